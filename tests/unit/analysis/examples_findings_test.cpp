// The fictional examples (examples/fictional/), linted with the registry their .readout.json
// names, show exactly the findings their top comments announce, and each of their suppressions
// hides a real finding. The Russian C5+1 example resolves every Cyrillic attendee to the same
// registry person as the English original.
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <regex>
#include <set>
#include <sstream>

#include <gtest/gtest.h>

#include "analysis/analysis_test_support.hpp"
#include "readout/data/config.hpp"
#include "readout/data/popolo.hpp"

namespace readout {
namespace {

namespace fs = std::filesystem;

const fs::path kExamples = fs::path(READOUT_SOURCE_DIR) / "examples";

std::string read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

// What `readout lint examples/fictional/...` uses: the config found there and its registry.
const data::Config& fictional_config() {
  static const data::Config config = [] {
    data::Config c;
    std::vector<data::FileError> errors;
    EXPECT_TRUE(data::load_config(kExamples / "fictional" / ".readout.json", c, errors));
    EXPECT_TRUE(errors.empty());
    return c;
  }();
  return config;
}

std::shared_ptr<const Registry> registry_of(const data::Config& config) {
  std::vector<data::FileError> errors;
  auto registry = data::load_registry(config.registry_files, config.use_embedded_registry, errors);
  for (const data::FileError& e : errors)
    ADD_FAILURE() << e.file << ":" << e.line << ": " << e.message;
  return registry;
}

std::shared_ptr<const Registry> fictional_registry() {
  static const auto registry = registry_of(fictional_config());
  return registry;
}

std::shared_ptr<const Registry> embedded_registry() {
  static const auto registry = registry_of(data::Config{});
  return registry;
}

std::vector<fs::path> fictional_examples() {
  std::vector<fs::path> paths;
  for (const auto& entry : fs::directory_iterator(kExamples / "fictional"))
    if (entry.path().extension() == ".readout") paths.push_back(entry.path());
  std::sort(paths.begin(), paths.end());
  return paths;
}

// Rules announced by comment lines of the form "<!-- - rule-id: what it shows -->".
std::set<std::string> announced_rules(const std::string& text) {
  static const std::regex announcement(R"(<!-- - ([a-z]+(?:-[a-z]+)*): )");
  std::set<std::string> rules;
  for (auto it = std::sregex_iterator(text.begin(), text.end(), announcement);
       it != std::sregex_iterator(); ++it)
    rules.insert((*it)[1]);
  return rules;
}

std::shared_ptr<const AnalysisResult> lint_fictional(const std::string& text) {
  return testing::lint(text, fictional_config().analysis, fictional_registry());
}

TEST(FictionalExamples, TheConfigNamesTheirOwnRegistry) {
  const data::Config& config = fictional_config();
  ASSERT_EQ(config.registry_files.size(), 1u);
  EXPECT_EQ(config.registry_files[0].filename(), "officials.json");
  EXPECT_TRUE(config.use_embedded_registry);
}

TEST(FictionalExamples, TheInventedPeopleResembleNobodyInTheEmbeddedRegistry) {
  data::Config only_officials = fictional_config();
  only_officials.use_embedded_registry = false;
  const auto officials = registry_of(only_officials);
  ASSERT_GE(officials->records().persons.size(), 5u);
  for (const Person& person : officials->records().persons) {
    EXPECT_EQ(fictional_registry()->person(person.id)->name, person.name);
    for (const auto& candidate : embedded_registry()->find_person(person.name, true))
      ADD_FAILURE() << person.name << " resembles " << candidate.person->name;
  }
}

TEST(FictionalExamples, ShowExactlyTheFindingsTheyAnnounce) {
  const auto examples = fictional_examples();
  EXPECT_EQ(examples.size(), 4u);
  for (const fs::path& path : examples) {
    const std::string text = read_file(path);
    const std::set<std::string> announced = announced_rules(text);
    EXPECT_GE(announced.size(), 2u) << path.filename();
    std::map<std::string, int> found;
    const auto result = lint_fictional(text);
    for (const Diagnostic& d : result->diagnostics()) ++found[d.rule_id];
    for (const auto& [rule, count] : found) {
      EXPECT_TRUE(announced.count(rule)) << path.filename() << ": unannounced " << rule;
      EXPECT_EQ(count, 1) << path.filename() << ": " << rule;
    }
    for (const std::string& rule : announced)
      EXPECT_TRUE(found.count(rule)) << path.filename() << ": no " << rule;
  }
}

// The text without one suppression (and, for a readout-disable, without its readout-enable).
std::string without(const std::string& text, const std::vector<Suppression>& all, size_t i) {
  std::vector<ByteRange> cut = {all[i].range};
  if (all[i].kind == Suppression::Kind::Disable) {
    for (size_t j = i + 1; j < all.size(); ++j)
      if (all[j].kind == Suppression::Kind::Enable) {
        cut.push_back(all[j].range);
        break;
      }
  }
  std::string out = text;
  for (auto it = cut.rbegin(); it != cut.rend(); ++it) out.erase(it->begin, it->size());
  return out;
}

TEST(FictionalExamples, EverySuppressionHidesARealFinding) {
  size_t suppressions = 0;
  for (const fs::path& path : fictional_examples()) {
    const std::string text = read_file(path);
    const auto base = lint_fictional(text);
    const std::vector<Suppression>& all = base->report().suppressions;
    for (size_t i = 0; i < all.size(); ++i) {
      if (all[i].kind == Suppression::Kind::Enable) continue;
      ++suppressions;
      const auto unsuppressed = lint_fictional(without(text, all, i));
      EXPECT_GT(unsuppressed->diagnostics().size(), base->diagnostics().size())
          << path.filename() << ": the suppression on line " << all[i].line + 1 << " hides nothing";
    }
  }
  EXPECT_GE(suppressions, 4u);
}

TEST(RussianExample, ResolvesEveryCyrillicAttendeeLikeTheEnglishOriginal) {
  const auto english =
      testing::lint(read_file(kExamples / "c5plus1-astana-2023.readout"), {}, embedded_registry());
  const auto russian = testing::lint(read_file(kExamples / "c5plus1-astana-2023.ru.readout"), {},
                                     embedded_registry());
  auto attendee_people = [](const AnalysisResult& result) {
    std::map<std::pair<int, int>, const Person*> people;
    for (const NameOccurrence& o : result.names())
      if (o.role == NameOccurrence::Role::AttendeeName) people[{o.meeting, o.attendee}] = o.person;
    return people;
  };
  const auto en = attendee_people(*english);
  const auto ru = attendee_people(*russian);
  ASSERT_EQ(ru.size(), en.size());
  for (const auto& [where, person] : en) {
    ASSERT_NE(person, nullptr);
    ASSERT_TRUE(ru.count(where));
    ASSERT_NE(ru.at(where), nullptr) << "meeting " << where.first << ", attendee " << where.second;
    EXPECT_EQ(ru.at(where)->id, person->id);
  }
  EXPECT_TRUE(testing::of_rule(*russian, "person-unknown").empty());
  EXPECT_TRUE(testing::of_rule(*russian, "syntax-error").empty());
  // The genitive 'Энтони Блинкена' in the second heading is Blinken in another case, not a slip.
  EXPECT_TRUE(testing::of_rule(*russian, "name-misspelled").empty());
}

TEST(RussianExample, HintsNameTheSpellingTheRegistryListsForTheWrittenName) {
  const auto russian = testing::lint(read_file(kExamples / "c5plus1-astana-2023.ru.readout"), {},
                                     embedded_registry());
  int checked = 0;
  for (const Diagnostic* d : testing::of_rule(*russian, "name-transliteration")) {
    if (d->message.find("Бахтиёр Саидов") != std::string::npos) {
      ++checked;  // listed in the registry as uz-Cyrl, not as the Uzbek Latin variant
      EXPECT_NE(d->message.find("uz-Cyrl"), std::string::npos) << d->message;
    }
    if (d->message.find("Энтони Блинкен") != std::string::npos) {
      ++checked;  // not listed at all: not the "official style" variant Antony J. Blinken
      EXPECT_NE(d->message.find("written in another script"), std::string::npos) << d->message;
    }
  }
  EXPECT_EQ(checked, 2);
}

}  // namespace
}  // namespace readout
