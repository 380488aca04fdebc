// `.readout.json` parsing, validation with line:col errors, and discovery.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "readout/data/config.hpp"
#include "readout/rules.hpp"

namespace readout::data {
namespace {

namespace fs = std::filesystem;

std::string some_rule() { return std::string(rule_table().front().id); }

TEST(ConfigTest, ReadsEverySettingWithCommentsAndTrailingCommas) {
  std::string rule = some_rule();
  std::string text =
      "// project settings\n"
      "{\n"
      "  /* our own officials */\n"
      "  \"registry\": [\"people.json\", \"../shared/more.json\",],\n"
      "  \"embeddedRegistry\": false, // offline\n"
      "  \"rules\": {\"" +
      rule +
      "\": \"error\",},\n"
      "}\n";
  Config config;
  std::vector<FileError> errors;
  ASSERT_TRUE(parse_config(text, "/proj/sub/.readout.json", config, errors))
      << (errors.empty() ? "" : errors[0].to_string());
  EXPECT_EQ(config.file, fs::path("/proj/sub/.readout.json"));
  ASSERT_EQ(config.registry_files.size(), 2u);
  EXPECT_EQ(config.registry_files[0], fs::path("/proj/sub/people.json"));
  EXPECT_EQ(config.registry_files[1], fs::path("/proj/shared/more.json"));
  EXPECT_FALSE(config.use_embedded_registry);
  ASSERT_EQ(config.analysis.severity_overrides.count(rule), 1u);
  EXPECT_EQ(config.analysis.severity_overrides.at(rule), Severity::Error);
  EXPECT_TRUE(config.analysis.disabled_rules.empty());
}

TEST(ConfigTest, OffDisablesARule) {
  std::string rule = some_rule();
  Config config;
  std::vector<FileError> errors;
  ASSERT_TRUE(parse_config("{\"rules\": {\"" + rule + "\": \"off\"}}", "c.json", config, errors));
  EXPECT_EQ(config.analysis.disabled_rules.count(rule), 1u);
  EXPECT_TRUE(config.analysis.severity_overrides.empty());
  EXPECT_TRUE(config.use_embedded_registry);
}

TEST(ConfigTest, EmptyObjectGivesDefaults) {
  Config config;
  std::vector<FileError> errors;
  ASSERT_TRUE(parse_config("{}", "c.json", config, errors));
  EXPECT_TRUE(config.registry_files.empty());
  EXPECT_TRUE(config.use_embedded_registry);
}

TEST(ConfigTest, UnknownRuleIsAnErrorAtItsKey) {
  std::string text = "{\n  \"rules\": {\n    \"no-such-rule\": \"warning\"\n  }\n}\n";
  Config config;
  std::vector<FileError> errors;
  EXPECT_FALSE(parse_config(text, "dir/.readout.json", config, errors));
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].file, "dir/.readout.json");
  EXPECT_EQ(errors[0].line, 3u);
  EXPECT_EQ(errors[0].column, 5u);
  EXPECT_NE(errors[0].message.find("unknown rule 'no-such-rule'"), std::string::npos);
}

// nlohmann_json throws out_of_range, not parse_error, for a number a double cannot hold
// (found by fuzz_config: it ended `readout lint`).
TEST(ConfigTest, ANumberTooLargeIsAnErrorAtTheNumber) {
  std::string text = "{\n  \"rules\": {},\n  \"x\": [1e4, 4444e444444]\n}\n";
  Config config;
  std::vector<FileError> errors;
  EXPECT_FALSE(parse_config(text, "c.json", config, errors));
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].line, 3u);
  EXPECT_EQ(errors[0].column, 14u);
  EXPECT_NE(errors[0].message.find("too large"), std::string::npos) << errors[0].message;
}

// A file that ends inside an object after a CRLF: the error is at the end of a line, never in
// the middle of its "\r\n" (found by fuzz_config).
TEST(ConfigTest, AnErrorAtACrlfIsAtTheEndOfItsLine) {
  Config config;
  std::vector<FileError> errors;
  EXPECT_FALSE(parse_config("{\n  \"rules\": {},\r\n", "c.json", config, errors));
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].line, 2u);
  EXPECT_EQ(errors[0].column, 15u);  // just after "  \"rules\": {},"
}

TEST(ConfigTest, MisspelledRuleGetsASuggestion) {
  std::string rule = some_rule();
  std::string typo = rule.substr(0, rule.size() - 1) + "x";
  Config config;
  std::vector<FileError> errors;
  EXPECT_FALSE(parse_config("{\"rules\": {\"" + typo + "\": \"info\"}}", "c.json", config, errors));
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_NE(errors[0].message.find("did you mean '" + rule + "'"), std::string::npos)
      << errors[0].message;
}

TEST(ConfigTest, BadLevelIsAnErrorAtTheValue) {
  std::string rule = some_rule();
  std::string text = "{\"rules\": {\"" + rule + "\":\n   \"loud\"}}";
  Config config;
  std::vector<FileError> errors;
  EXPECT_FALSE(parse_config(text, "c.json", config, errors));
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].line, 2u);
  EXPECT_EQ(errors[0].column, 4u);
}

TEST(ConfigTest, WrongTypesAndUnknownSettingsAreReportedTogether) {
  std::string text =
      "{\n"
      "  \"registry\": \"people.json\",\n"
      "  \"embeddedRegistry\": \"yes\",\n"
      "  \"rule\": {}\n"
      "}\n";
  Config config;
  std::vector<FileError> errors;
  EXPECT_FALSE(parse_config(text, "c.json", config, errors));
  ASSERT_EQ(errors.size(), 3u);
  // In file order, although nlohmann_json visits members in key order.
  EXPECT_EQ(errors[0].line, 2u);  // registry's value
  EXPECT_EQ(errors[0].column, 15u);
  EXPECT_EQ(errors[1].line, 3u);  // embeddedRegistry's value
  EXPECT_EQ(errors[1].column, 23u);
  EXPECT_EQ(errors[2].line, 4u);  // the key "rule"
  EXPECT_EQ(errors[2].column, 3u);
  EXPECT_NE(errors[2].message.find("unknown setting \"rule\""), std::string::npos);
}

TEST(ConfigTest, SyntaxErrorHasLineAndColumn) {
  Config config;
  std::vector<FileError> errors;
  EXPECT_FALSE(
      parse_config("{\n  \"registry\": [\"a.json\"\n  \"rules\": {}\n}", "c.json", config, errors));
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].line, 3u);
  EXPECT_EQ(errors[0].column, 3u);
  EXPECT_EQ(errors[0].message.find("[json.exception"), std::string::npos) << errors[0].message;
}

TEST(ConfigTest, SyntaxErrorPointsAtTheStartOfTheBadToken) {
  Config config;
  std::vector<FileError> errors;
  EXPECT_FALSE(parse_config("{\"embeddedRegistry\":  yes}", "c.json", config, errors));
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].column, 23u) << errors[0].message;
  errors.clear();
  EXPECT_FALSE(parse_config("{\"rules\": {} 12}", "c.json", config, errors));
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].column, 14u) << errors[0].message;
}

TEST(ConfigTest, CommasInsideStringsAndCommentsAreLeftAlone) {
  std::string text =
      "{\"registry\": [\"a,].json\" /* ,] */, \"b.json\" // ,}\n"
      "]}";
  Config config;
  std::vector<FileError> errors;
  ASSERT_TRUE(parse_config(text, "/p/c.json", config, errors))
      << (errors.empty() ? "" : errors[0].to_string());
  ASSERT_EQ(config.registry_files.size(), 2u);
  EXPECT_EQ(config.registry_files[0], fs::path("/p/a,].json"));
}

TEST(ConfigTest, RootMustBeAnObject) {
  Config config;
  std::vector<FileError> errors;
  EXPECT_FALSE(parse_config("[1, 2]", "c.json", config, errors));
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].line, 1u);
  EXPECT_EQ(errors[0].column, 1u);
}

class ConfigFilesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    root_ = fs::temp_directory_path() /
            ("readout-config-test-" +
             std::to_string(::testing::UnitTest::GetInstance()->random_seed()) + "-" +
             ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(root_);
    fs::create_directories(root_ / "a" / "b" / "c");
  }
  void TearDown() override { fs::remove_all(root_); }
  void write(const fs::path& path, const std::string& text) { std::ofstream(path) << text; }
  fs::path root_;
};

TEST_F(ConfigFilesTest, FindsTheNearestConfigWalkingUp) {
  write(root_ / ".readout.json", "{}");
  write(root_ / "a" / "b" / ".readout.json", "{}");
  EXPECT_EQ(find_config(root_ / "a" / "b" / "c"), root_ / "a" / "b" / ".readout.json");
  EXPECT_EQ(find_config(root_ / "a" / "b"), root_ / "a" / "b" / ".readout.json");
  EXPECT_EQ(find_config(root_ / "a"), root_ / ".readout.json");
}

TEST_F(ConfigFilesTest, LoadsAFileAndResolvesRegistryPathsAgainstIt) {
  write(root_ / "a" / ".readout.json", "{\"registry\": [\"people.json\"]}");
  Config config;
  std::vector<FileError> errors;
  ASSERT_TRUE(load_config(root_ / "a" / ".readout.json", config, errors));
  ASSERT_EQ(config.registry_files.size(), 1u);
  EXPECT_EQ(config.registry_files[0], root_ / "a" / "people.json");
}

TEST_F(ConfigFilesTest, MissingFileIsAnError) {
  Config config;
  std::vector<FileError> errors;
  EXPECT_FALSE(load_config(root_ / "nope.json", config, errors));
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_NE(errors[0].message.find("No such file or directory"), std::string::npos);
}

}  // namespace
}  // namespace readout::data
