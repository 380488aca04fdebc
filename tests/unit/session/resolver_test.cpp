// Which config and registry apply to a file: discovery, caching, overrides, errors.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "readout/rules.hpp"
#include "readout/session/settings.hpp"

namespace readout::session {
namespace {

namespace fs = std::filesystem;

class SettingsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    root_ = fs::temp_directory_path() /
            (std::string("readout-settings-test-") +
             ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(root_);
    fs::create_directories(root_ / "project" / "a" / "b");
    fs::create_directories(root_ / "other");
    rule_ = std::string(rule_table().front().id);
    std::ofstream(root_ / "project" / ".readout.json")
        << "{\"embeddedRegistry\": false, \"rules\": {\"" << rule_ << "\": \"off\"}}";
  }
  void TearDown() override { fs::remove_all(root_); }
  SettingsOverrides offline() {
    SettingsOverrides o;
    o.no_embedded_registry = true;  // keeps the test independent of the embedded data
    return o;
  }
  fs::path root_;
  std::string rule_;
};

TEST_F(SettingsTest, NearestConfigAppliesAndIsLoadedOncePerRun) {
  SettingsResolver resolver(offline());
  std::vector<std::string> errors;
  auto deep = resolver.resolve(root_ / "project" / "a" / "b", errors);
  auto top = resolver.resolve(root_ / "project", errors);
  ASSERT_TRUE(deep && top) << (errors.empty() ? "" : errors[0]);
  EXPECT_EQ(deep->analysis->disabled_rules.count(rule_), 1u);
  EXPECT_EQ(deep->analysis, top->analysis) << "one parsed config shared by both folders";
  EXPECT_EQ(deep->registry, top->registry) << "one registry for equal registry settings";
  EXPECT_EQ(fs::weakly_canonical(deep->config_file),
            fs::weakly_canonical(root_ / "project" / ".readout.json"));
}

TEST_F(SettingsTest, WithoutAConfigTheDefaultsApply) {
  SettingsResolver resolver(offline());
  std::vector<std::string> errors;
  auto settings = resolver.resolve(root_ / "other", errors);
  ASSERT_TRUE(settings);
  if (!fs::exists(fs::path("/.readout.json")) &&
      !fs::exists(fs::temp_directory_path() / ".readout.json")) {
    EXPECT_TRUE(settings->config_file.empty());
    EXPECT_TRUE(settings->analysis->disabled_rules.empty());
  }
  ASSERT_TRUE(settings->registry);
  EXPECT_EQ(settings->registry->size(), 0u);
}

TEST_F(SettingsTest, ExplicitConfigSkipsDiscovery) {
  std::ofstream(root_ / "other" / "strict.json") << "{\"rules\": {\"" << rule_ << "\": \"error\"}}";
  SettingsOverrides o = offline();
  o.config_file = root_ / "other" / "strict.json";
  SettingsResolver resolver(o);
  std::vector<std::string> errors;
  auto settings = resolver.resolve(root_ / "project", errors);
  ASSERT_TRUE(settings);
  EXPECT_TRUE(settings->analysis->disabled_rules.empty());
  EXPECT_EQ(settings->analysis->severity_overrides.at(rule_), Severity::Error);
}

TEST_F(SettingsTest, ConfigErrorsAreLocatedAndReportedOnce) {
  std::ofstream(root_ / "other" / ".readout.json")
      << "{\n  \"rules\": {\"no-such-rule\": \"off\"}\n}\n";
  SettingsResolver resolver(offline());
  std::vector<std::string> errors;
  EXPECT_FALSE(resolver.resolve(root_ / "other", errors));
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_NE(errors[0].find(".readout.json:2:13:"), std::string::npos) << errors[0];
  std::vector<std::string> again;
  EXPECT_FALSE(resolver.resolve(root_ / "other", again));
  EXPECT_TRUE(again.empty());
}

TEST_F(SettingsTest, RegistryErrorsFailTheResolution) {
  std::ofstream(root_ / "other" / "broken.json") << "{\"persons\": [}";
  SettingsOverrides o = offline();
  o.extra_registry_files.push_back(root_ / "other" / "broken.json");
  SettingsResolver resolver(o);
  std::vector<std::string> errors;
  EXPECT_FALSE(resolver.resolve(root_ / "other", errors));
  ASSERT_FALSE(errors.empty());
  EXPECT_NE(errors[0].find("broken.json:1:"), std::string::npos) << errors[0];
}

}  // namespace
}  // namespace readout::session
