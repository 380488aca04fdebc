// The pocom importer on a small folder written by the test (same layout as the real data), the
// merge with known records, and the binary pack of the embedded registry.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "readout/data/embedded.hpp"
#include "readout/data/importers.hpp"
#include "readout/data/popolo.hpp"
#include "readout/names.hpp"

namespace readout::data {
namespace {

namespace fs = std::filesystem;

void write(const fs::path& file, const std::string& text) {
  fs::create_directories(file.parent_path());
  std::ofstream(file) << text;
}

std::string chief(const std::string& id, const std::string& person, const std::string& role,
                  const std::string& started, const std::string& ended) {
  return "<chief><id>" + id + "</id><person-id>" + person + "</person-id><role-title-id>" + role +
         "</role-title-id><appointed><date/><note/></appointed><started><date>" + started +
         "</date><note/></started><ended><date>" + ended + "</date><note/></ended></chief>";
}

class PocomImport : public testing::Test {
 protected:
  void SetUp() override {
    dir = fs::temp_directory_path() / ("readout-pocom-" + std::to_string(::getpid()));
    fs::remove_all(dir);
    write(dir / "people/c/courtney-william-harrison.xml",
          "<person><id>courtney-william-harrison</id><persName><surname>Courtney</surname>"
          "<forename>William Harrison</forename><altname>William H. Courtney</altname>"
          "</persName></person>");
    write(dir / "people/s/smith-jane-q.xml",
          "<person><id>smith-jane-q</id><old-ids><old-id>smith-jane</old-id></old-ids><persName>"
          "<surname>Smith</surname><forename>Jane Q.</forename><genName>Jr.</genName>"
          "</persName></person>");
    write(dir / "roles-country-chiefs/ambassador-e-p.xml",
          "<role><id>ambassador-e-p</id><names><singular>Ambassador Extraordinary and "
          "Plenipotentiary</singular></names></role>");
    write(dir / "roles-country-chiefs/charge-daffaires-ad-interim.xml",
          "<role><id>charge-daffaires-ad-interim</id><names><singular>Chargé d\xE2\x80\x99"
          "Affaires ad interim</singular></names></role>");
    write(dir / "missions-countries/kazakhstan.xml",
          "<country-mission><territory-id>kazakhstan</territory-id><chiefs>" +
              chief("kz-1", "smith-jane", "charge-daffaires-ad-interim", "1992-02-01", "") +
              chief("kz-2", "courtney-william-harrison", "ambassador-e-p", "1992-09-15",
                    "1995-07-01") +
              "</chiefs></country-mission>");
    write(dir / "positions-principals/secretary.xml",
          "<principal-position><id>secretary</id><names><singular>Secretary of State</singular>"
          "<alternate/></names><principals><principal><id>s-1</id><person-id>smith-jane-q"
          "</person-id><role-title-id>secretary</role-title-id><appointed><date>2001-01-01"
          "</date></appointed><started><date>2001-01-02</date></started><ended><date>2002"
          "</date></ended></principal></principals></principal-position>");
  }
  void TearDown() override { fs::remove_all(dir); }
  fs::path dir;
};

TEST_F(PocomImport, PostsPersonsAndTerms) {
  RegistryData out;
  std::vector<FileError> errors;
  ImportReport report;
  ASSERT_TRUE(import_pocom(dir, out, errors, report)) << errors[0].to_string();
  EXPECT_EQ(report.imported, 3u);
  auto registry = Registry::build(out);
  const Post* kz = registry->post("pocom-chief-kazakhstan");
  ASSERT_NE(kz, nullptr);
  EXPECT_EQ(kz->label, "Ambassador of the United States to Kazakhstan");
  EXPECT_EQ(kz->organization_id, "Q30");
  EXPECT_TRUE(registry->title_matches("US Ambassador to Kazakhstan", *kz));
  EXPECT_TRUE(registry->title_matches("Ambassador", *kz));
  // The chargé's term is acting, titled by the role, and ends when the ambassador starts.
  auto jane = registry->find_person("Jane Q. Smith", false);
  ASSERT_EQ(jane.size(), 1u);
  EXPECT_EQ(jane[0].person->id, "pocom-smith-jane-q");  // joined through the old id
  auto terms = registry->posts_of(*jane[0].person);
  ASSERT_EQ(terms.size(), 2u);
  EXPECT_TRUE(terms[0].membership->acting);
  EXPECT_EQ(terms[0].membership->label, "Chargé d'Affaires ad interim");
  EXPECT_EQ(terms[0].membership->end_date->to_string(), "1992-09-15");
  EXPECT_EQ(terms[1].post->label, "Secretary of State");
  EXPECT_EQ(terms[1].membership->end_date->to_string(), "2002");
  // Names: full, without suffix, the altname and first + last.
  EXPECT_EQ(registry->find_person("William H. Courtney", false).size(), 1u);
  EXPECT_EQ(registry->find_person("William Courtney", false).size(), 1u);
  for (const auto& p : out.persons) EXPECT_FALSE(p.sources.empty());
  for (const auto& m : out.memberships) EXPECT_FALSE(m.sources.empty());
}

TEST_F(PocomImport, MalformedXmlIsLocated) {
  write(dir / "missions-countries/broken.xml", "<country-mission>\n  <chiefs>\n</country>");
  RegistryData out;
  std::vector<FileError> errors;
  ImportReport report;
  EXPECT_FALSE(import_pocom(dir, out, errors, report));
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_NE(errors[0].file.find("broken.xml"), std::string::npos);
  EXPECT_EQ(errors[0].line, 3u);
}

TEST_F(PocomImport, MergesWithKnownPersonsByNameCountryAndOverlap) {
  RegistryData incoming;
  std::vector<FileError> errors;
  ImportReport report;
  ASSERT_TRUE(import_pocom(dir, incoming, errors, report));
  RegistryData known;
  known.organizations.push_back({"Q30", "United States", "country", {}, {}, {}});
  known.persons.push_back({"Q1", "William Courtney", {}, {{"https://example.org", ""}}, "", {}});
  known.persons.push_back({"Q2", "Jane Smith", {}, {{"https://example.org", ""}}, "", {}});
  known.posts.push_back({"Q9", "United States Ambassador to Kazakhstan", {}, "Q30", {}});
  Membership courtney{"Q1",  "Q9", "Q30", PartialDate::parse("1992"), PartialDate::parse("1995"),
                      false, "",   {}};
  Membership smith{"Q2", "Q9", "Q30", PartialDate::parse("2010"), std::nullopt, false, "", {}};
  known.memberships = {courtney, smith};
  MergeReport merges;
  merge_into_known(known, incoming, merges);
  EXPECT_EQ(merges.merged_posts.size(), 1u);
  ASSERT_EQ(merges.merged_persons.size(), 1u);  // Courtney: same name, post and years
  const auto& persons = incoming.persons;
  EXPECT_TRUE(std::any_of(persons.begin(), persons.end(), [](const Person& p) {
    return p.id == "Q1" && p.name == "William Courtney";
  }));
  // Jane Smith's terms do not overlap with the known Jane Smith's: a conflict, kept apart.
  EXPECT_EQ(merges.conflicts.size(), 2u);  // Smith kept apart; Courtney's dates differ
  EXPECT_NE(merge_report_markdown(merges, "t").find("kept apart"), std::string::npos);
}

TEST(RegistryPack, RoundTripsTheEmbeddedRegistry) {
  // The embedded registry (read from the pack in this program) is what its JSON files say.
  RegistryData from_json;
  std::vector<FileError> errors;
  for (const auto& file : embedded::files()) {
    RegistryData one;
    parse_popolo(file.bytes(), file.path, from_json, one, errors);
    from_json.merge_from(std::move(one));
  }
  EXPECT_TRUE(errors.empty());
  const RegistryData& data = embedded_registry_data();
  EXPECT_EQ(write_popolo(data), write_popolo(from_json));
  RegistryData back;
  const std::string pack = pack_registry(data);  // the records read view it: it outlives them
  ASSERT_TRUE(read_registry_pack(pack, back));
  EXPECT_EQ(write_popolo(back), write_popolo(data));
  std::string bytes = pack;
  bytes.resize(bytes.size() / 2);
  EXPECT_FALSE(read_registry_pack(bytes, back));
  EXPECT_FALSE(read_registry_pack("not a pack", back));
}

TEST(RegistryPack, CarriesEachNamesComparisonKey) {
  // What the index would compute with ICU at start-up, computed once when packing.
  size_t checked = 0;
  for (const Person& p : embedded_registry()->records().persons) {
    ASSERT_EQ(p.key, names::key(p.name)) << p.id;
    for (const OtherName& o : p.other_names)
      ASSERT_EQ(o.key, names::key(o.name)) << p.id << " " << o.name;
    ++checked;
  }
  EXPECT_GT(checked, 10000u);
}

}  // namespace
}  // namespace readout::data
