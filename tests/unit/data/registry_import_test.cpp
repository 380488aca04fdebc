// The import pipelines, registry output and stats of the data layer
// (readout/data/registry_import.hpp, registry_output.hpp, registry_stats.hpp).
#include <gtest/gtest.h>

#include <filesystem>

#include "readout/data/registry_import.hpp"
#include "readout/data/registry_stats.hpp"
#include "support/temp_folder.hpp"

namespace readout::data {
namespace {

const char* kLeaders =
    "countryid,country,position,positionLabel,officeholder,officeholderLabel,start_year,end_year\n"
    "Q232,Kazakhstan,Q2416315,Prime Minister of Kazakhstan,Q527063,Askar Mamin,2019,2022\n"
    "Q863,Tajikistan,Q1044136,President of Tajikistan,Q57366,Emomali Rahmon,1994,\n"
    "Q965,Burkina Faso,Q1402561,military leader,Q27146606,Q27146606,2016,\n";

struct Logged {
  std::vector<LogLine> lines;
  Log log() {
    return [this](const LogLine& line) { lines.push_back(line); };
  }
  [[nodiscard]] bool has(const std::string& text) const {
    for (const auto& l : lines)
      if (l.text.find(text) != std::string::npos) return true;
    return false;
  }
};

TEST(RegistryImport, WikidataCsvFilesAreWrittenWithTheirSummaryAndReport) {
  readout::testing::TempFolder dir;
  const auto csv = dir.write("leaders.csv", kLeaders);
  Logged logged;
  const WikidataCsvImport input{{csv.string()}, WikidataCsvKind::Detect, {}, {}};
  const ImportResult result = import_wikidata_csv_files(
      input, {(dir / "out.json").string(), "", (dir / "report.md").string()}, logged.log());
  ASSERT_EQ(result.status, ImportStatus::Written);
  EXPECT_EQ(result.summary, "2 of 3 rows imported into " + (dir / "out.json").string() +
                                " (2 persons, 2 organizations, 2 posts, 2 memberships; 0 persons "
                                "merged, 0 conflicts)");
  EXPECT_EQ(dir.read("report.md"), result.merge_report);
  EXPECT_NE(dir.read("out.json").find("Askar Mamin"), std::string::npos);
  ASSERT_EQ(logged.lines.size(), 1u);  // the row without a name
  EXPECT_TRUE(logged.lines[0].located);
  EXPECT_TRUE(logged.has(": skipped"));
}

TEST(RegistryImport, MembershipsGoToTheirOwnFileWhenAsked) {
  readout::testing::TempFolder dir;
  const auto csv = dir.write("leaders.csv", kLeaders);
  Logged logged;
  const ImportResult result = import_wikidata_csv_files(
      {{csv.string()}, WikidataCsvKind::Leaders, {}, {}},
      {(dir / "records.json").string(), (dir / "terms.json").string(), ""}, logged.log());
  ASSERT_EQ(result.status, ImportStatus::Written);
  EXPECT_EQ(dir.read("records.json").find("\"memberships\": [{"), std::string::npos);
  EXPECT_NE(dir.read("terms.json").find("Q527063"), std::string::npos);
}

TEST(RegistryImport, AnUnreadableFileWritesNothing) {
  readout::testing::TempFolder dir;
  Logged logged;
  const ImportResult result =
      import_wikidata_csv_files({{(dir / "missing.csv").string()}, WikidataCsvKind::Detect, {}, {}},
                                {(dir / "out.json").string(), "", ""}, logged.log());
  EXPECT_EQ(result.status, ImportStatus::CannotReadOrWrite);
  EXPECT_TRUE(logged.has("missing.csv: error: cannot read: "));
  EXPECT_FALSE(std::filesystem::exists(dir / "out.json"));
}

TEST(RegistryImport, SparqlResultsWithErrorsAreNotWritten) {
  readout::testing::TempFolder dir;
  Logged logged;
  const ImportStatus status =
      write_wikidata_sparql({{"heads-of-state", "heads-of-state.json", "{not json"}},
                            (dir / "out.json").string(), logged.log());
  EXPECT_EQ(status, ImportStatus::InputErrors);
  EXPECT_FALSE(std::filesystem::exists(dir / "out.json"));
  ASSERT_FALSE(logged.lines.empty());
  EXPECT_FALSE(logged.lines.back().located);
  EXPECT_EQ(logged.lines.back().text, (dir / "out.json").string() + " was not written");
}

TEST(RegistryOutput, WritingRemovesThePartsOfALargerEarlierOutput) {
  readout::testing::TempFolder dir;
  dir.write("out-2.json", "{}");
  dir.write("out-3.json", "{}");
  Logged logged;
  RegistryData data;
  data.persons.push_back({"p1", "Petra Testova", {}, {}, "", {}});
  ASSERT_TRUE(write_divided((dir / "out.json").string(), data, logged.log()));
  EXPECT_NE(dir.read("out.json").find("Petra Testova"), std::string::npos);
  EXPECT_FALSE(std::filesystem::exists(dir / "out-2.json"));
  EXPECT_FALSE(std::filesystem::exists(dir / "out-3.json"));
  ASSERT_EQ(logged.lines.size(), 2u);
  EXPECT_EQ(logged.lines[0].text,
            "removed " + (dir / "out-2.json").string() + ", a part of the previous output");
}

TEST(RegistryOutput, AFailedWriteIsLoggedWithItsFile) {
  readout::testing::TempFolder dir;
  Logged logged;
  const std::string path = (dir / "no-such-folder" / "out.json").string();
  EXPECT_FALSE(write_output(path, "{}", logged.log()));
  ASSERT_EQ(logged.lines.size(), 1u);
  EXPECT_TRUE(logged.lines[0].located);
  EXPECT_EQ(logged.lines[0].text.rfind(path + ": error: cannot write: ", 0), 0u);
}

TEST(RegistryStats, CountsRecordsDatesAndSources) {
  RegistryData d;
  d.persons = {{"p1", "Petra Testova", {{"Petra T.", "", "", {}}}, {{"", "survey"}}, "", {}},
               {"p2", "Jan Novak", {}, {}, "", {}}};
  d.organizations = {{"o1", "Ruritania", "country", {}, {}, {}},
                     {"o2", "Council", "international organization", {}, {}, {}}};
  d.posts = {{"post1", "Minister of Foreign Affairs", {}, "o1", {}}};
  d.memberships = {
      {"p1",
       "post1",
       "o1",
       PartialDate::parse("2020-03-01"),
       PartialDate::parse("2021"),
       false,
       "",
       {{"", "survey"}}},
      {"p2", "post1", "o1", PartialDate::parse("2021-06"), std::nullopt, true, "", {}}};
  d.source_dates = {{"survey", *PartialDate::parse("2022-01-31")}};
  const RegistryStats s = registry_stats(*Registry::build(d));
  EXPECT_EQ(s.persons, 2u);
  EXPECT_EQ(s.other_names, 1u);
  EXPECT_EQ(s.persons_with_sources, 1u);
  EXPECT_EQ(s.organizations, 2u);
  EXPECT_EQ(s.countries, 1u);
  EXPECT_EQ(s.acting, 1u);
  EXPECT_EQ(s.day_dates, 1u);
  EXPECT_EQ(s.month_dates, 1u);
  EXPECT_EQ(s.year_dates, 1u);
  EXPECT_EQ(s.first->to_string(), "2020-03-01");
  EXPECT_EQ(s.last->to_string(), "2021");  // its latest day is the last
  ASSERT_EQ(s.source_count, 2u);
  ASSERT_EQ(s.sources.size(), 2u);         // one term each: at least 1 (0.5% of 2, at least one)
  EXPECT_EQ(s.sources[0].note, "survey");  // gathered 2022-01-31: the newest
  EXPECT_EQ(s.sources[0].gathered->to_string(), "2022-01-31");
  EXPECT_EQ(s.sources[1].note, "");
  EXPECT_EQ(s.sources[1].latest->to_string(), "2021-06-30");
  EXPECT_EQ(s.small_sources, 0u);
}

TEST(RegistryCheck, FilesMayReferToTheEmbeddedRegistryAndToEarlierFiles) {
  readout::testing::TempFolder dir;
  const auto first =
      dir.write("first.json", R"({"persons": [{"id": "p1", "name": "Petra Testova"}]})");
  // Q30 (the United States) is in the embedded registry, p1 in the file before.
  const auto second =
      dir.write("second.json",
                R"({"posts": [{"id": "post1", "label": "Envoy", "organization_id": "Q30"}],
          "memberships": [{"person_id": "p1", "post_id": "post1"}]})");
  const auto bad = dir.write("bad.json", R"({"memberships": [{"person_id": "nobody"}]})");
  const std::vector<FileCheck> checks =
      check_registry_files({first.string(), second.string(), bad.string()});
  ASSERT_EQ(checks.size(), 3u);
  EXPECT_TRUE(checks[0].errors.empty());
  EXPECT_EQ(checks[0].persons, 1u);
  EXPECT_TRUE(checks[1].errors.empty()) << checks[1].errors.front().to_string();
  EXPECT_EQ(checks[1].posts, 1u);
  EXPECT_EQ(checks[1].memberships, 1u);
  ASSERT_FALSE(checks[2].errors.empty());
  EXPECT_EQ(checks[2].errors.front().file, bad.string());
}

}  // namespace
}  // namespace readout::data
