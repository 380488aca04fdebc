// The cabinet importer's choice of posts (cabinets-more brings foreign ministers' history).
#include <gtest/gtest.h>

#include <algorithm>

#include "readout/data/importers.hpp"

namespace readout::data {
namespace {

TEST(CabinetPosts, ForeignAffairsPostsAreKnownByTheirLabels) {
  // Labels as cabinets-more writes them.
  for (const char* label :
       {"Minister of Foreign Affairs", "Minister for Foreign Affairs of Finland",
        "Minister for External Affairs", "Minister of External Relations",
        "Secretary of Foreign Affairs", "Minister of Foreign and European Affairs",
        "Minister of Foreign Affairs, Regional Integration and Francophone Affairs",
        "Deputy Minister of Foreign Affairs", "Minister Delegate for Foreign Affairs",
        "Minister of State for Foreign Affairs", "State Secretary for Foreign Affairs",
        "Secretary of State for Foreign Affairs",
        "Minister Delegate to the Minister of External Relations in charge of Relations with the "
        "Commonwealth",
        "Second Deputy Prime Minister and Minister of Foreign Affairs and Diaspora",
        "Foreign Minister", "minister of foreign\naffairs"})
    EXPECT_TRUE(is_foreign_affairs_post(label)) << label;
  for (const char* label :
       {"Minister of Defence", "State Secretary", "Secretary of State", "Minister of Foreign Trade",
        "Minister for European Affairs", "Minister of International Cooperation",
        "Deputy Minister of Foreign Trade",
        "Minister for Development Cooperation and Foreign Trade", "ambassador to France",
        "Permanent Representative to the United Nations", "Prime Minister"})
    EXPECT_FALSE(is_foreign_affairs_post(label)) << label;
}

class CabinetImport : public ::testing::Test {
 protected:
  // Norway's Prime Minister from the leaders list: the country and its head of government.
  void SetUp() override {
    std::vector<FileError> errors;
    ImportReport report;
    ASSERT_TRUE(import_wikidata_csv(
        "countryid,country,position,positionLabel,officeholder,officeholderLabel,start_year,"
        "end_year\nQ20,Norway,Q838839,Prime Minister of Norway,Q57651,Jonas Gahr Støre,2021,\n",
        "world-leaders.csv", WikidataCsvKind::Leaders, leaders, errors, report));
    ASSERT_TRUE(errors.empty());
  }

  RegistryData import(CabinetPosts posts, ImportReport& report) {
    RegistryData out = leaders;
    std::vector<FileError> errors;
    EXPECT_TRUE(import_wikidata_cabinet(kHolders, "norway/html/holders21.csv", kPositions, "Norway",
                                        out, errors, report, posts));
    EXPECT_TRUE(errors.empty());
    return out;
  }

  static std::vector<std::string> posts_of(const RegistryData& data, const std::string& person) {
    std::vector<std::string> out;
    for (const auto& m : data.memberships)
      if (m.person_id == person) out.push_back(m.post_id.str());
    std::sort(out.begin(), out.end());
    return out;
  }

  static constexpr std::string_view kPositions =
      "id,position,country,jurisdiction,deputy,list,start,end,before,after,enwiki\n"
      "Q838839,Prime Minister of Norway,Q20,Q20,,,,,,,\n"
      "Q1368986,Minister of Foreign Affairs of Norway,Q20,Q20,,,,,,,\n"
      "Q2000001,Minister of Defence of Norway,Q20,Q20,,,,,,,\n";
  static constexpr std::string_view kHolders =
      "position,person,personID,start,end\n"
      "Prime Minister,Erna Solberg,Q289622,2013-10-16,2021-10-14\n"
      "Minister of Foreign Affairs,Ine Eriksen Søreide,Q289593,2017-10-20,2021-10-14\n"
      "Minister of Defence,Ine Eriksen Søreide,Q289593,2013-10-16,2017-10-20\n"
      "Minister of Defence,Frank Bakke-Jensen,Q1443553,2017-10-20,2021-10-14\n"
      "State Secretary,Audun Halvorsen,Q29898580,2018-01-05,2021-10-14\n"
      "State Secretary for Foreign Affairs,Marianne Hagen,Q29898581,2015-12-16,2018-01-05\n";
  RegistryData leaders;
};

TEST_F(CabinetImport, ForeignAffairsKeepsHeadsAndForeignAffairsPersonsOnly) {
  ImportReport report;
  RegistryData out = import(CabinetPosts::ForeignAffairs, report);
  EXPECT_EQ(report.rows, 6u);
  EXPECT_EQ(report.imported, 4u);
  EXPECT_EQ(posts_of(out, "Q289622"), std::vector<std::string>{"Q838839"});  // a head
  // A foreign minister keeps her other posts (Defence before).
  EXPECT_EQ(posts_of(out, "Q289593"), (std::vector<std::string>{"Q1368986", "Q2000001"}));
  EXPECT_EQ(posts_of(out, "Q29898581"),
            std::vector<std::string>{"Q20-state-secretary-for-foreign-affairs"});
  EXPECT_TRUE(posts_of(out, "Q1443553").empty());
  EXPECT_TRUE(posts_of(out, "Q29898580").empty());
  for (const auto& p : out.persons) EXPECT_NE(p.id, "Q1443553");
  for (const auto& p : out.posts) EXPECT_NE(p.id, "Q20-state-secretary");
}

TEST_F(CabinetImport, AllPostsByDefault) {
  ImportReport report;
  RegistryData out = import(CabinetPosts::All, report);
  EXPECT_EQ(report.imported, 6u);
  EXPECT_EQ(posts_of(out, "Q289593"), (std::vector<std::string>{"Q1368986", "Q2000001"}));
  EXPECT_EQ(posts_of(out, "Q1443553"), std::vector<std::string>{"Q2000001"});
}

}  // namespace
}  // namespace readout::data
