// Heads of state and government: how terms of different sources combine (the cases that lost
// Netanyahu's term since 2022 and kept Ruto Vice-President), one id per country, and the
// leaders-history importer on a small copy of its files.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "importers/country_ids.hpp"
#include "readout/data/importers.hpp"

namespace readout::data {
namespace {

Membership term(std::string person, std::string post, std::string org, std::string start,
                std::string end, std::string note) {
  Membership m;
  m.person_id = std::move(person);
  m.post_id = std::move(post);
  m.organization_id = std::move(org);
  if (!start.empty()) m.start_date = PartialDate::parse(start);
  if (!end.empty()) m.end_date = PartialDate::parse(end);
  m.sources.push_back({"https://www.wikidata.org/wiki/Q43723", std::move(note)});
  return m;
}

TEST(LeadersHistory, APreciseTermReplacesOnlyTheTermsItOverlaps) {
  // world-leaders.csv: Netanyahu Prime Minister since 2022 (years); the Israeli cabinet file of
  // mid-2022 has his 2009-2021 term in days. Loading the cabinet used to replace every term of
  // his in the post, the 2022 one included.
  RegistryData leaders;
  leaders.memberships.push_back(term("Q43723", "Q208487", "Q801", "2022", "", "world-leaders"));
  leaders.memberships.push_back(term("Q43723", "Q208487", "Q801", "2009", "2021", "world-leaders"));
  RegistryData cabinet;
  cabinet.memberships.push_back(
      term("Q43723", "Q208487", "Q801", "2009-03-31", "2021-06-13", "holders21.csv"));
  merge_precise_terms(leaders, std::move(cabinet));
  ASSERT_EQ(leaders.memberships.size(), 2u);
  EXPECT_EQ(leaders.memberships[0].start_date->to_string(), "2022");
  EXPECT_EQ(leaders.memberships[1].start_date->to_string(), "2009-03-31");
  EXPECT_EQ(leaders.memberships[1].end_date->to_string(), "2021-06-13");
}

TEST(LeadersHistory, ASnapshotsOpenTermEndsWhenItsHolderBecomesHead) {
  // The Kenyan cabinet file of mid-2022 has Ruto as Vice-President since 2013, still open; he
  // became President on 13 September 2022.
  RegistryData d;
  d.posts.push_back({"Q14784066", "President of Kenya", {}, "Q114", {}});
  d.posts.push_back({"Q2446389", "Vice-President of Kenya", {}, "Q114", {}});
  d.posts.push_back({"Q1", "Minister of Agriculture", {}, "Q114", {}});
  d.memberships.push_back(term("Q195725", "Q2446389", "Q114", "2013-04-09", "", "holders21.csv"));
  d.memberships.push_back(term("Q195725", "Q14784066", "Q114", "2022-09-13", "", "heads"));
  d.memberships.push_back(term("Q195725", "Q1", "Q999", "2013-04-09", "", "holders21.csv"));
  auto ended = end_terms_on_promotion(d, {"Q14784066"}, [](const Membership& m) {
    return m.sources.front().note == "holders21.csv";
  });
  ASSERT_EQ(ended.size(), 1u);
  EXPECT_NE(ended[0].find("Vice-President of Kenya"), std::string::npos);
  EXPECT_EQ(d.memberships[0].end_date->to_string(), "2022-09-13");
  EXPECT_FALSE(d.memberships[1].end_date);  // the head term itself
  EXPECT_FALSE(d.memberships[2].end_date);  // a post of another country
}

// Mohammad bin Salman became Prime Minister in 2022 and stayed Crown Prince; he left the
// defence ministry.
TEST(LeadersHistory, AnHeirStaysHeirOnBecomingHeadOfGovernment) {
  RegistryData d;
  d.posts.push_back({"Q1153839", "Prime Minister of Saudi Arabia", {}, "Q851", {}});
  d.posts.push_back({"Q12251224", "Crown Prince of Saudi Arabia", {}, "Q851", {}});
  d.posts.push_back({"Q25556795", "Minister of Defense of Saudi Arabia", {}, "Q851", {}});
  d.memberships.push_back(term("Q6892571", "Q12251224", "Q851", "2017-06-21", "", "holders21.csv"));
  d.memberships.push_back(term("Q6892571", "Q25556795", "Q851", "2015-01-23", "", "holders21.csv"));
  d.memberships.push_back(term("Q6892571", "Q1153839", "Q851", "2022-09-27", "", "heads"));
  const auto ended =
      end_terms_on_promotion(d, {"Q1153839"}, [](const Membership&) { return true; });
  ASSERT_EQ(ended.size(), 1u);
  EXPECT_FALSE(d.memberships[0].end_date);
  ASSERT_TRUE(d.memberships[1].end_date);
  EXPECT_EQ(d.memberships[1].end_date->to_string(), "2022-09-27");
}

TEST(LeadersHistory, RealmsAreFiledUnderTheirCountry) {
  // The mapping table: every alias names a country id that is not itself an alias.
  for (const auto& a : country_id_aliases()) {
    EXPECT_EQ(country_id_alias(a.to), nullptr) << a.to;
    EXPECT_EQ(country_id_of(a.from), std::string(a.to));
    EXPECT_FALSE(a.source.empty());
  }
  EXPECT_EQ(country_id_of("Q756617"), "Q35");
  EXPECT_EQ(country_id_of("Q30"), "Q30");
  // The world leaders list files Denmark's Prime Minister under the Kingdom of Denmark.
  RegistryData data;
  std::vector<FileError> errors;
  ImportReport report;
  ASSERT_TRUE(
      import_wikidata_csv("countryid,country,position,positionLabel,officeholder,officeholderLabel,"
                          "start_year,end_year\n"
                          "Q756617,Kingdom of Denmark,Q795477,Prime Minister of "
                          "Denmark,Q5015,Mette Frederiksen,2019,\n",
                          "leaders.csv", WikidataCsvKind::Detect, data, errors, report));
  ASSERT_EQ(data.organizations.size(), 1u);
  EXPECT_EQ(data.organizations[0].id, "Q35");
  EXPECT_EQ(data.organizations[0].name, "Denmark");
  ASSERT_EQ(data.organizations[0].other_names.size(), 1u);
  EXPECT_EQ(data.organizations[0].other_names[0].name, "Kingdom of Denmark");
  EXPECT_EQ(data.memberships[0].organization_id, "Q35");
  EXPECT_EQ(data.posts[0].organization_id, "Q35");
}

void write(const std::filesystem::path& path, std::string_view text) {
  std::ofstream(path, std::ios::binary) << text;
}

class LeadersHistoryImport : public testing::Test {
 protected:
  void SetUp() override {
    // One folder per test: ctest runs them side by side, and a test may rewrite a file.
    dir_ = std::filesystem::path(testing::TempDir()) /
           (std::string("leaders-history-test-") +
            testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::create_directories(dir_);
    write(dir_ / "factbook-countries.csv",
          "MasterCountryID,CanonicalCode,CanonicalName,ISOAlpha2,EntityType,"
          "AdministeringMasterCountryID\n"
          "1,JA,Japan,JP,sovereign,\n"
          "2,UK,United Kingdom,GB,sovereign,\n"
          "3,IM,Isle of Man,GB,crown_dependency,2\n");
    write(dir_ / "factbook-executive-yearly-1990-2025.csv",
          "year,fips,iso2,country,entity_type,field,content\n"
          "2017,ja,JP,Japan,sovereign,Country name,conventional long form: none conventional "
          "short form: Japan local long form: Nihon-koku\n"
          "2017,uk,GB,United Kingdom,sovereign,Country name,conventional long form: United "
          "Kingdom of Great Britain and Northern Ireland conventional short form: United Kingdom\n"
          "2017,uk,GB,United Kingdom,sovereign,Executive branch,chief of state: Queen ELIZABETH II "
          "(since 6 February 1952) head of government: Prime Minister Theresa MAY (since 13 July "
          "2016) cabinet: Cabinet\n");
    write(dir_ / "factbook-executive-weekly-2015-2026.csv",
          "first_seen_commit_date,last_seen_commit_date,commit,file,country,chief_of_state,head_of_"
          "government\n"
          "2020-11-24,2021-09-30,abc,east-n-southeast-asia/ja.json,Japan,Emperor NARUHITO (since 1 "
          "May 2019),"
          "Prime Minister Yoshihide SUGA (since 16 September 2020)\n"
          "2021-10-07,2026-01-22,def,east-n-southeast-asia/ja.json,Japan,Emperor NARUHITO (since 1 "
          "May 2019),"
          "Prime Minister Fumio KISHIDA (since 4 October 2021)\n"
          "2020-11-24,2026-01-22,abc,europe/uk.json,United Kingdom,King CHARLES III (since 8 "
          "September 2022),"
          "Prime Minister Keir STARMER (since 5 July 2024)\n");
    write(
        dir_ / "wikidata-heads-history.csv",
        "iso3,country,role,person,person_qid,start,end,party,end_cause\n"
        "JPN,Japão,head_of_government,Shinzo "
        "Abe,Q132345,2012-12-26T00:00:00Z,2014-12-24T00:00:00Z,,\n"
        "JPN,Japão,head_of_government,Shinzo "
        "Abe,Q132345,2014-12-24T00:00:00Z,2020-09-16T00:00:00Z,,\n"
        "JPN,Japão,head_of_government,Yoshihide Suga,Q122465,2020-09-16T00:00:00Z,,,\n"
        "JPN,Japão,head_of_government,Fumio "
        "Kishida,Q1363563,2021-10-04T00:00:00Z,20254-01-01T00:00:00Z,,\n"
        "JPN,Japão,head_of_state,Naruhito,Q244011,,http://www.wikidata.org/.well-known/genid/ab,,\n"
        "JPN,Japão,head_of_government,x,http://www.wikidata.org/.well-known/genid/"
        "cd,2020-01-01T00:00:00Z,,,\n"
        "GBR,Reino Unido,head_of_state,Isabel II do Reino "
        "Unido,Q9682,1952-02-06T00:00:00Z,2022-09-08T00:00:00Z,,\n"
        "GBR,Reino Unido,head_of_government,Theresa "
        "May,Q264766,2016-07-13T00:00:00Z,2019-07-24T00:00:00Z,,\n"
        "JPN,Japão,head_of_state,Imperador "
        "Jimmu,Q200188,-0659-02-11T00:00:00Z,-0584-04-03T00:00:00Z,,\n");
    write(dir_ / "wikidata-heads-current.csv",
          "iso3,country,role,person,person_qid,start,end,party,end_cause\n");
    write(dir_ / "wikipedia-heads-2021.csv",
          "continent,country,position,positionlabel,officeholder,officeholderlabel,start_year,end_"
          "year\n"
          "Asia,Japan,Q274948,Prime Minister of Japan,Q122465,Yoshihide Suga (politician),2020,\n");
    // The registry so far: Japan's and the UK's prime ministers' posts, with a term each.
    known_.organizations.push_back({"Q17", "Japan", "country", {}, {{"u", ""}}, {}});
    known_.organizations.push_back({"Q145", "United Kingdom", "country", {}, {{"u", ""}}, {}});
    known_.posts.push_back(
        {"Q274948", "Prime Minister of Japan", {"Prime Minister"}, "Q17", {{"u", ""}}});
    known_.posts.push_back({"Q14211",
                            "Prime Minister of the United Kingdom",
                            {"Prime Minister"},
                            "Q145",
                            {{"u", ""}}});
    known_.persons.push_back({"Q132345", "Shinzo Abe", {}, {{"u", ""}}, "", {}});
    known_.persons.push_back({"Q264766", "Theresa May", {}, {{"u", ""}}, "", {}});
    known_.memberships.push_back(
        term("Q132345", "Q274948", "Q17", "2012", "2020", "world-leaders"));
    known_.memberships.push_back(
        term("Q264766", "Q14211", "Q145", "2016", "2019", "world-leaders"));
  }
  std::filesystem::path dir_;
  RegistryData known_;
};

TEST_F(LeadersHistoryImport, MergesWikidataAndTheFactbook) {
  RegistryData out;
  std::vector<FileError> errors;
  ImportReport report;
  MergeReport merges;
  ASSERT_TRUE(import_leaders_history(dir_, known_, out, errors, report, merges));
  EXPECT_TRUE(errors.empty());
  auto skipped = [&](std::string_view what) {
    return std::any_of(report.skipped.begin(), report.skipped.end(),
                       [&](const std::string& s) { return s.find(what) != std::string::npos; });
  };
  EXPECT_TRUE(skipped("'20254-01-01T00:00:00Z' is not a date"));
  EXPECT_TRUE(skipped("unknown value"));
  EXPECT_TRUE(skipped("no Wikidata person"));
  auto terms_of = [&](std::string_view person) {
    std::vector<const Membership*> found;
    for (const auto& m : out.memberships)
      if (m.person_id == person) found.push_back(&m);
    return found;
  };
  // Abe's two terms per cabinet are one, in the registry's post, with days.
  auto abe = terms_of("Q132345");
  ASSERT_EQ(abe.size(), 1u);
  EXPECT_EQ(abe[0]->post_id, "Q274948");
  EXPECT_EQ(abe[0]->start_date->to_string(), "2012-12-26");
  EXPECT_EQ(abe[0]->end_date->to_string(), "2020-09-16");
  // Suga: open in Wikidata, ended by the Factbook's successor; named as Wikipedia names him.
  auto suga = terms_of("Q122465");
  ASSERT_EQ(suga.size(), 1u);
  EXPECT_EQ(suga[0]->end_date->to_string(), "2021-10-04");
  const Person* suga_person = nullptr;
  const Person* elizabeth = nullptr;
  for (const auto& p : out.persons) {
    if (p.id == "Q122465") suga_person = &p;
    if (p.id == "Q9682") elizabeth = &p;
  }
  ASSERT_NE(suga_person, nullptr);
  EXPECT_EQ(suga_person->name, "Yoshihide Suga");
  // A Portuguese label gives way to the Factbook's name; the label stays an other name.
  ASSERT_NE(elizabeth, nullptr);
  EXPECT_EQ(elizabeth->name, "Elizabeth II");
  // Kishida: the Factbook alone dates his term once Wikidata's end "20254" is left out.
  auto kishida = terms_of("Q1363563");
  EXPECT_TRUE(kishida.empty() || kishida[0]->start_date->to_string() == "2021-10-04");
  // Every term keeps its sources: Wikidata's and the Factbook's.
  ASSERT_FALSE(suga.empty());
  EXPECT_GE(suga[0]->sources.size(), 2u);
  // Country names and codes on the registry's countries; the Isle of Man (whose code the
  // Factbook's list gives as GB) is not the United Kingdom.
  for (const auto& o : out.organizations)
    if (o.id == "Q145") {
      EXPECT_TRUE(std::none_of(o.other_names.begin(), o.other_names.end(),
                               [](const OtherName& n) { return n.name == "Isle of Man"; }));
      EXPECT_EQ(o.identifiers[0].identifier, "GB");
      EXPECT_EQ(o.identifiers[1].identifier, "GBR");
      EXPECT_TRUE(std::any_of(o.other_names.begin(), o.other_names.end(), [](const OtherName& n) {
        return n.name == "United Kingdom of Great Britain and Northern Ireland";
      }));
    }
  // Jimmu (660 BC) is out of scope, not a defect.
  EXPECT_TRUE(terms_of("Q200188").empty());
  EXPECT_FALSE(skipped("Q200188"));
  // The query was run after the latest date it gives (Elizabeth II's death): its open terms ran
  // that far.
  ASSERT_EQ(out.source_dates.size(), 1u);
  EXPECT_EQ(out.source_dates[0].note, suga[0]->sources[0].note);
  EXPECT_EQ(out.source_dates[0].as_of.to_string(), "2022-09-08");
}

// A Factbook holder who took office within days of a registry holder of the post but shares no
// name with them is somebody else (Senegal's prime minister Abdoul Mbaye, a day after
// President Macky Sall, whom Wikidata also lists as head of government): not an other name.
TEST_F(LeadersHistoryImport, TheSameStartWithoutANameInCommonIsAnotherPerson) {
  write(dir_ / "factbook-executive-yearly-1990-2025.csv",
        "year,fips,iso2,country,entity_type,field,content\n"
        "2017,uk,GB,United Kingdom,sovereign,Executive branch,chief of state: Queen ELIZABETH II "
        "(since 6 February 1952) head of government: Prime Minister John SMITH (since 14 July "
        "2016) cabinet: Cabinet\n");
  RegistryData out;
  std::vector<FileError> errors;
  ImportReport report;
  MergeReport merges;
  ASSERT_TRUE(import_leaders_history(dir_, known_, out, errors, report, merges));
  for (const auto& p : out.persons)
    for (const auto& other : p.other_names) EXPECT_NE(other.name, "John Smith") << p.name;
  EXPECT_TRUE(std::any_of(out.persons.begin(), out.persons.end(),
                          [](const Person& p) { return p.name == "John Smith"; }));
  EXPECT_TRUE(
      std::any_of(merges.conflicts.begin(), merges.conflicts.end(), [](const std::string& c) {
        return c.find("\"John SMITH\"") != std::string::npos &&
               c.find("no name in common") != std::string::npos;
      }));
}

// Wikidata files Palestine's heads under "Territórios palestinos" (PSE) and the Factbook has
// only the Gaza Strip and the West Bank: no name finds the registry's State of Palestine. Its
// president, who held the registry's post while heading the country, finds it; Wikipedia's
// list of 2021 heads names the registry's post of the prime ministers, whom the registry did
// not know. Before, every head of such a country was left out.
TEST_F(LeadersHistoryImport, ACountryAndItsPostsFoundThroughItsHeads) {
  write(dir_ / "factbook-countries.csv",
        "MasterCountryID,CanonicalCode,CanonicalName,ISOAlpha2,EntityType,"
        "AdministeringMasterCountryID\n"
        "1,GZ,Gaza Strip,PS,disputed,\n"
        "2,WE,West Bank,PS,disputed,\n");
  write(dir_ / "wikidata-heads-history.csv",
        "iso3,country,role,person,person_qid,start,end,party,end_cause\n"
        "PSE,Territórios palestinos,head_of_state,Mahmoud Abbas,Q127998,2005-01-15T00:00:00Z,,,\n"
        "PSE,Territórios palestinos,head_of_government,Salam "
        "Fayyad,Q57741,2007-06-14T00:00:00Z,2013-06-06T00:00:00Z,,\n"
        "PSE,Territórios palestinos,head_of_government,Rami "
        "Hamdallah,Q13415154,2014-06-02T00:00:00Z,2019-03-10T00:00:00Z,,\n"
        "PSE,Territórios palestinos,head_of_government,Mohammad "
        "Shtayyeh,Q16192933,2019-03-10T00:00:00Z,,,\n");
  write(dir_ / "wikipedia-heads-2021.csv",
        "continent,country,position,positionlabel,officeholder,officeholderlabel,start_year,end_"
        "year\n"
        "Asia,Palestine,Q15041211,Prime Minister of the State of Palestine,Q16192933,Mohammad "
        "Shtayyeh,2019,\n");
  known_ = {};
  known_.organizations.push_back({"Q219060", "State of Palestine", "country", {}, {{"u", ""}}, {}});
  known_.posts.push_back(
      {"Q3911022", "President of the State of Palestine", {"President"}, "Q219060", {{"u", ""}}});
  known_.posts.push_back({"Q15041211",
                          "Prime Minister of the State of Palestine",
                          {"Prime Minister"},
                          "Q219060",
                          {{"u", ""}}});
  known_.persons.push_back({"Q127998", "Mahmoud Abbas", {}, {{"u", ""}}, "", {}});
  known_.memberships.push_back(term("Q127998", "Q3911022", "Q219060", "2005", "", "world-leaders"));
  RegistryData out;
  std::vector<FileError> errors;
  ImportReport report;
  MergeReport merges;
  ASSERT_TRUE(import_leaders_history(dir_, known_, out, errors, report, merges));
  auto post_of = [&](std::string_view person) {
    for (const auto& m : out.memberships)
      if (m.person_id == person) return m.organization_id + " " + m.post_id;
    return std::string("none");
  };
  EXPECT_EQ(post_of("Q16192933"), "Q219060 Q15041211");
  EXPECT_EQ(post_of("Q13415154"), "Q219060 Q15041211");
  EXPECT_EQ(post_of("Q57741"), "Q219060 Q15041211");
  EXPECT_TRUE(std::none_of(out.posts.begin(), out.posts.end(), [](const Post& p) {
    return p.organization_id == "Q219060" && p.id != "Q3911022" && p.id != "Q15041211";
  }));
}

TEST_F(LeadersHistoryImport, MissingFilesAreReported) {
  std::filesystem::remove(dir_ / "wikidata-heads-current.csv");
  RegistryData out;
  std::vector<FileError> errors;
  ImportReport report;
  MergeReport merges;
  EXPECT_FALSE(import_leaders_history(dir_, known_, out, errors, report, merges));
  ASSERT_FALSE(errors.empty());
  EXPECT_EQ(errors[0].file, "leaders-history/wikidata-heads-current.csv");
}

}  // namespace
}  // namespace readout::data
