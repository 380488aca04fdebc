// Every case of tests/lsp/hostile/cases/*.md against the built `readout lsp`, one test each.
#include <gtest/gtest.h>

#include <set>

#include "player.hpp"

namespace readout::lsp::testing {
namespace {

const std::vector<Case>& all_cases() {
  static const std::vector<Case> cases =
      load_cases(std::filesystem::path(READOUT_SOURCE_DIR) / "tests/lsp/hostile/cases");
  return cases;
}

class Hostile : public ::testing::TestWithParam<size_t> {};

TEST_P(Hostile, ServerSurvives) {
  const Case& c = all_cases()[GetParam()];
  PlayOptions options;
  options.server = {READOUT_BINARY, "lsp"};
  options.source_dir = READOUT_SOURCE_DIR;
  PlayResult result = play(c, options);
  EXPECT_TRUE(result.ok) << c.title << "\n" << result.report;
  RecordProperty("seconds", std::to_string(result.seconds));
}

std::vector<size_t> indices() {
  std::vector<size_t> out(all_cases().size());
  for (size_t i = 0; i < out.size(); ++i) out[i] = i;
  return out;
}

std::string test_name(const ::testing::TestParamInfo<size_t>& info) {
  const Case& c = all_cases()[info.param];
  std::string name = c.file + "_" + c.name;
  for (auto& ch : name)
    if (!std::isalnum(static_cast<unsigned char>(ch))) ch = '_';
  return name;
}

INSTANTIATE_TEST_SUITE_P(Lsp, Hostile, ::testing::ValuesIn(indices()), test_name);

TEST(HostileCases, AreThereAndNamedUniquely) {
  std::set<std::string> names;
  for (const auto& c : all_cases()) {
    EXPECT_TRUE(names.insert(c.file + "_" + c.name).second) << "two cases named " << c.title;
    EXPECT_FALSE(c.blocks.empty()) << c.file << ".md:" << c.line << ": a case without steps";
  }
  EXPECT_GE(all_cases().size(), 40u);
}

}  // namespace
}  // namespace readout::lsp::testing
