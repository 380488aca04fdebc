// The shared pieces of settings resolution: registry layers, rule levels checked by the one
// validator, and registry files read through the front end's source.
#include <gtest/gtest.h>

#include "readout/data/config.hpp"
#include "readout/rules.hpp"
#include "readout/session/settings.hpp"

namespace readout::session {
namespace {

namespace fs = std::filesystem;

TEST(RegistryLayersTest, ConfigFilesComeBeforeTheFrontEndsAndEitherCanDropTheEmbedded) {
  data::Config config;
  config.registry_files = {"a.json"};
  SettingsOverrides overrides;
  overrides.extra_registry_files = {"b.json"};
  RegistryLayers layers = registry_layers(&config, overrides);
  EXPECT_EQ(layers.files, (std::vector<fs::path>{"a.json", "b.json"}));
  EXPECT_TRUE(layers.embedded);
  config.use_embedded_registry = false;
  EXPECT_FALSE(registry_layers(&config, overrides).embedded);
  overrides.no_embedded_registry = true;
  EXPECT_FALSE(registry_layers(nullptr, overrides).embedded);
  EXPECT_EQ(registry_layers(nullptr, overrides).files, (std::vector<fs::path>{"b.json"}));
}

// The editor's rule levels and `.readout.json`'s give the same messages: one validator.
TEST(RuleLevelsTest, ProblemsAreWordedAsInAConfig) {
  const std::string rule(rule_table().front().id);
  data::Config config;
  std::vector<data::FileError> config_errors;
  data::parse_config(R"({"rules": {"no-such-rule": "off", ")" + rule + R"(": "loud"}})", "c.json",
                     config, config_errors);
  AnalysisOptions options;
  auto problems = apply_rule_levels({{"no-such-rule", "off"}, {rule, "loud"}}, options, "here");
  ASSERT_EQ(problems.size(), 2u);
  ASSERT_EQ(config_errors.size(), 2u);
  for (size_t i = 0; i < 2; ++i) {
    EXPECT_EQ(problems[i].message, config_errors[i].message);
    EXPECT_EQ(problems[i].to_string(), "here: error: " + config_errors[i].message);
  }
  EXPECT_TRUE(options.disabled_rules.empty());
  EXPECT_TRUE(options.severity_overrides.empty());
}

TEST(RuleLevelsTest, ALevelTurnsBackOnARuleTheConfigTurnedOff) {
  const std::string rule(rule_table().front().id);
  AnalysisOptions options;
  options.disabled_rules.insert(rule);
  EXPECT_TRUE(apply_rule_levels({{rule, "hint"}}, options, "here").empty());
  EXPECT_EQ(options.disabled_rules.count(rule), 0u);
  EXPECT_EQ(options.severity_overrides.at(rule), Severity::Hint);
}

TEST(LoadRegistryTest, UserFilesAreReadThroughTheSourceAndHashedAsRead) {
  RegistryLayers layers{{"unsaved.json"}, false};
  data::LayerSource source;
  source.read = [](const fs::path&, std::string& text, std::string&) {
    text = R"({"persons": [{"id": "ada", "name": "Ada Example"}]})";
    return true;
  };
  std::vector<data::FileError> errors;
  data::LoadedRegistry loaded = load_registry(layers, errors, &source);
  ASSERT_TRUE(errors.empty()) << errors[0].to_string();
  EXPECT_EQ(loaded.registry->size(), 1u);
  EXPECT_EQ(loaded.provenance->content_hash,
            data::registry_content_hash(
                {data::sha256_hex(R"({"persons": [{"id": "ada", "name": "Ada Example"}]})")}));
}

}  // namespace
}  // namespace readout::session
