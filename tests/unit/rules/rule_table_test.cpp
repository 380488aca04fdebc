// The rule table: stable ids, complete entries, and docs/rules.md generated from it.
#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>

#include <gtest/gtest.h>

#include "readout/rules.hpp"

namespace readout {
namespace {

TEST(RuleTable, IdsAreUniqueKebabCaseAndEntriesComplete) {
  std::set<std::string_view> ids;
  const std::regex kebab("[a-z]+(-[a-z]+)*");
  for (const RuleInfo& rule : rule_table()) {
    EXPECT_TRUE(ids.insert(rule.id).second) << rule.id;
    EXPECT_TRUE(std::regex_match(std::string(rule.id), kebab)) << rule.id;
    EXPECT_FALSE(rule.summary.empty()) << rule.id;
    EXPECT_FALSE(rule.description.empty()) << rule.id;
    EXPECT_FALSE(rule.bad_example.empty()) << rule.id;
    EXPECT_NE(rule.bad_example, rule.good_example) << rule.id;
    EXPECT_EQ(find_rule(rule.id), &rule);
  }
  EXPECT_EQ(find_rule("no-such-rule"), nullptr);
  for (const char* required :
       {"syntax-error", "name-misspelled", "name-transliteration", "name-inconsistent",
        "title-never-held", "title-not-held-on-date", "title-wrong-country",
        "attendee-wrong-country", "title-acting", "person-unknown", "attendee-duplicate",
        "handle-undefined", "commitment-party-not-attendee", "date-invalid",
        "meeting-after-dateline", "date-range-reversed", "due-before-meeting",
        "meeting-id-duplicate", "meeting-date-missing"})
    EXPECT_NE(find_rule(required), nullptr) << required;
}

TEST(RuleTable, DefaultSeverities) {
  EXPECT_EQ(find_rule("name-misspelled")->default_severity, Severity::Warning);
  EXPECT_EQ(find_rule("name-transliteration")->default_severity, Severity::Hint);
  EXPECT_EQ(find_rule("person-unknown")->default_severity, Severity::Info);
  EXPECT_EQ(find_rule("handle-undefined")->default_severity, Severity::Error);
  EXPECT_TRUE(find_rule("date-range-reversed")->fixable);
  EXPECT_FALSE(find_rule("title-acting")->fixable);
}

std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

// One place registers a rule (docs/architecture.md, "Adding a rule"): its file
// server/core/src/rules/<id with '_'>.cpp holds its table entry, and the table lists it. Its
// examples are linted by docs_examples_test.cpp, which runs over the whole table.
TEST(RuleTable, EveryRuleFileIsInTheTableAndEveryEntryHasItsFile) {
  const std::filesystem::path folder =
      std::filesystem::path(READOUT_SOURCE_DIR) / "server/core/src/rules";
  std::set<std::string> files;
  for (const auto& entry : std::filesystem::directory_iterator(folder)) {
    const std::filesystem::path& path = entry.path();
    if (path.extension() != ".cpp" || path.stem() == "rules") continue;
    std::string id = path.stem().string();
    std::replace(id.begin(), id.end(), '_', '-');
    files.insert(id);
    EXPECT_NE(find_rule(id), nullptr) << path << " is not in rules::all_rules() (rules.cpp)";
    EXPECT_NE(read_file(path).find("{\"" + id + "\","), std::string::npos)
        << path << " does not declare the rule " << id;
  }
  for (const RuleInfo& rule : rule_table())
    EXPECT_TRUE(files.contains(std::string(rule.id)))
        << rule.id << " has no file of its own in server/core/src/rules";
}

// Regenerate with: readout rules --markdown > docs/rules.md
TEST(RuleTable, DocsRulesMdIsGeneratedFromTheTable) {
  const std::string path = std::string(READOUT_SOURCE_DIR) + "/docs/rules.md";
  std::ifstream in(path, std::ios::binary);
  ASSERT_TRUE(in) << path;
  std::stringstream s;
  s << in.rdbuf();
  EXPECT_EQ(s.str(), render_rules_markdown())
      << "docs/rules.md is stale: run `readout rules --markdown > docs/rules.md`";
  for (const RuleInfo& rule : rule_table())
    EXPECT_NE(s.str().find("\n## " + std::string(rule.id) + "\n"), std::string::npos) << rule.id;
}

}  // namespace
}  // namespace readout
