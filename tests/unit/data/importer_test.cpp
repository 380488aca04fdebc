// The Wikidata CSV importer: shapes, mapping to Popolo, title variants and located errors.
#include <gtest/gtest.h>

#include "readout/data/importers.hpp"

namespace readout::data {
namespace {

const char* kLeaders =
    "countryid,country,position,positionLabel,officeholder,officeholderLabel,start_year,end_year\n"
    "Q232,Kazakhstan,Q2416315,Prime Minister of Kazakhstan,Q527063,Askar Mamin,2019,2022\n"
    "Q863,Tajikistan,Q1044136,president of Tajikistan,Q57366,Emomali Rahmon,1994,\n"
    "Q398,Bahrain,Q58150,Prime Minister of Bahrain,Q58140,\"Salman bin Hamad, Crown Prince of "
    "Bahrain\",2020,\n"
    "Q965,Burkina Faso,Q1402561,military leader,Q27146606,Q27146606,2016,\n";

const char* kMinisters =
    "person,name,country,countryLabel,position,positionLabel,start,psid\n"
    ",,Q754,Trinidad and Tobago,Q19901428,Minister of Foreign Affairs,,\n"
    "Q18198123,Sirodjidin Aslov,Q863,Tajikistan,Q25593310,Minister of Foreign Affairs of the "
    "Republic of "
    "Tajikistan,2013-11-29,Q18198123-5B84\r\n"
    "Q111744930,Jeenbek Kulubaev,Q813,Kyrgyzstan,Q109445425,Minister for Foreign Affairs of "
    "Kyrgyzstan,"
    "2022-04-22,Q111744930-5CE2\n"
    // A real row of 2022-09: the country's place holds the concept "foreign minister".
    "Q110684398,Mario BÃº"
    "caro,Q7330070,foreign minister,Q25241973,Minister of Foreign Affairs,"
    "2022-02-01,Q110684398-E3B9\n";

TEST(WikidataCsv, DetectsTheShape) {
  EXPECT_EQ(
      detect_wikidata_csv("countryid,country,position,positionLabel,officeholder,officeholderLabel,"
                          "start_year,end_year"),
      WikidataCsvKind::Leaders);
  EXPECT_EQ(
      detect_wikidata_csv("person,name,country,countryLabel,position,positionLabel,start,psid"),
      WikidataCsvKind::ForeignMinisters);
  EXPECT_EQ(detect_wikidata_csv("a,b,c"), WikidataCsvKind::Detect);
}

TEST(WikidataCsv, ImportsLeadersWithYearPrecision) {
  RegistryData data;
  std::vector<FileError> errors;
  ImportReport report;
  ASSERT_TRUE(
      import_wikidata_csv(kLeaders, "leaders.csv", WikidataCsvKind::Detect, data, errors, report));
  EXPECT_EQ(report.rows, 4u);
  EXPECT_EQ(report.imported, 3u);
  ASSERT_EQ(report.skipped.size(), 1u);
  EXPECT_EQ(report.skipped[0], "leaders.csv:5: Q27146606 has no English name in Wikidata");
  ASSERT_EQ(data.memberships.size(), 3u);
  const Membership& mamin = data.memberships[0];
  EXPECT_EQ(mamin.start_date->precision, DatePrecision::Year);
  EXPECT_EQ(mamin.end_date->to_string(), "2022");
  EXPECT_FALSE(data.memberships[1].end_date.has_value());
  EXPECT_EQ(data.persons[2].name, "Salman bin Hamad, Crown Prince of Bahrain");
  ASSERT_EQ(data.posts.size(), 3u);
  EXPECT_EQ(data.posts[0].other_labels, std::vector<RecordString>{"Prime Minister"});
  EXPECT_EQ(data.posts[1].label, "President of Tajikistan");  // capitalised
  EXPECT_EQ(data.posts[1].other_labels, std::vector<RecordString>{"President"});
  EXPECT_EQ(data.organizations[0].id, "Q232");
  EXPECT_EQ(data.persons[0].sources[0].url, "https://www.wikidata.org/wiki/Q527063");
  EXPECT_EQ(data.persons[0].identifiers[0].identifier, "Q527063");
}

TEST(WikidataCsv, ImportsForeignMinisters) {
  RegistryData data;
  std::vector<FileError> errors;
  ImportReport report;
  ASSERT_TRUE(import_wikidata_csv(kMinisters, "fm.csv", WikidataCsvKind::ForeignMinisters, data,
                                  errors, report));
  EXPECT_EQ(report.imported, 2u);
  EXPECT_EQ(report.skipped,
            (std::vector<std::string>{
                "fm.csv:2: no office holder recorded",
                "fm.csv:5: the country 'foreign minister' is not the name of a country"}));
  ASSERT_EQ(data.posts.size(), 2u);
  EXPECT_EQ(data.posts[0].other_labels,
            (std::vector<RecordString>{"Minister of Foreign Affairs", "Foreign Minister",
                                       "Minister for Foreign Affairs"}));
  EXPECT_EQ(data.posts[1].other_labels,
            (std::vector<RecordString>{"Minister for Foreign Affairs", "Foreign Minister",
                                       "Minister of Foreign Affairs"}));
  ASSERT_EQ(data.memberships.size(), 2u);
  EXPECT_EQ(data.memberships[0].start_date->to_string(), "2013-11-29");
  EXPECT_EQ(data.memberships[0].sources[0].url,
            "https://www.wikidata.org/wiki/Q18198123#Q18198123-5B84");
}

TEST(WikidataCsv, ErrorsAreLocated) {
  RegistryData data;
  std::vector<FileError> errors;
  ImportReport report;
  const char* bad =
      "person,name,country,countryLabel,position,positionLabel,start,psid\n"
      "Q1,Ana,Q863,Tajikistan,Q2,Minister,2023-02-30,x\n"
      "Q1,Ana,Q863,Tajikistan\n"
      "Q1,Ana,Tajikistan,Tajikistan,Q2,Minister,2023,x\n";
  EXPECT_FALSE(import_wikidata_csv(bad, "bad.csv", WikidataCsvKind::Detect, data, errors, report));
  ASSERT_EQ(errors.size(), 3u);
  EXPECT_EQ(errors[0].to_string(),
            "bad.csv:2:36: error: '2023-02-30' is not a valid date: February has only 28 days");
  EXPECT_EQ(errors[1].to_string(), "bad.csv:3:1: error: expected 8 fields, found 4");
  EXPECT_EQ(errors[2].to_string(),
            "bad.csv:4:8: error: \"country\" must be a Wikidata id such as Q30, not 'Tajikistan'");
  errors.clear();
  EXPECT_FALSE(import_wikidata_csv("a,b\n1,2\n", "other.csv", WikidataCsvKind::Detect, data, errors,
                                   report));
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_NE(errors[0].message.find("unknown CSV shape"), std::string::npos);
  errors.clear();
  EXPECT_FALSE(import_wikidata_csv("person,name\n\"Q1,Ana\n", "quote.csv",
                                   WikidataCsvKind::ForeignMinisters, data, errors, report));
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].to_string(), "quote.csv:2:1: error: unterminated quoted field");
}

TEST(WikidataCsv, SortedOutputDoesNotDependOnInputOrder) {
  RegistryData a, b;
  std::vector<FileError> errors;
  ImportReport report;
  import_wikidata_csv(kLeaders, "x.csv", WikidataCsvKind::Detect, a, errors, report);
  import_wikidata_csv(kMinisters, "y.csv", WikidataCsvKind::Detect, a, errors, report);
  import_wikidata_csv(kMinisters, "y.csv", WikidataCsvKind::Detect, b, errors, report);
  import_wikidata_csv(kLeaders, "x.csv", WikidataCsvKind::Detect, b, errors, report);
  sort_registry_data(a);
  sort_registry_data(b);
  EXPECT_EQ(write_popolo(a), write_popolo(b));
  EXPECT_EQ(a.persons.front().id, "Q57366");  // numeric order: Q57366 < Q58140 < Q527063
}

}  // namespace
}  // namespace readout::data
