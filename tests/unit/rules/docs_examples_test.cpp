// Docs that run: every example of docs/rules.md (the rule table's) and docs/markup.md is a whole
// report, linted here with the embedded registry as `readout lint` would. A rule's "Reported"
// example gives the rule, its "Correct" one gives nothing at all; the markup examples give
// nothing but hints.
#include <algorithm>
#include <fstream>
#include <regex>
#include <sstream>

#include <gtest/gtest.h>

#include "readout/analysis.hpp"
#include "rules/rule.hpp"
#include "support/embedded_registry.hpp"

namespace readout {
namespace {

std::vector<Diagnostic> lint(std::string_view example) {
  return analyze(SyntaxTree::parse(std::string(example) + "\n"), testing::embedded_registry())
      ->diagnostics();
}

std::string describe(const std::vector<Diagnostic>& found) {
  std::string out;
  for (const Diagnostic& d : found) out += "\n  " + d.rule_id + ": " + d.message;
  return out.empty() ? " nothing" : out;
}

bool gives(const std::vector<Diagnostic>& found, std::string_view rule) {
  for (const Diagnostic& d : found)
    if (d.rule_id == rule) return true;
  return false;
}

// The convention of both pages: an example is a whole report, title line first.
bool is_whole_report(std::string_view example) { return example.starts_with("# "); }

class RuleExamples : public ::testing::TestWithParam<const rules::Rule*> {};

TEST_P(RuleExamples, ReportedGivesTheRule) {
  const RuleInfo& rule = GetParam()->info;
  EXPECT_TRUE(is_whole_report(rule.bad_example)) << rule.bad_example;
  const auto found = lint(rule.bad_example);
  EXPECT_TRUE(gives(found, rule.id))
      << rule.id << ": the Reported example gives" << describe(found);
}

TEST_P(RuleExamples, CorrectGivesNothing) {
  const RuleInfo& rule = GetParam()->info;
  EXPECT_TRUE(is_whole_report(rule.good_example)) << rule.good_example;
  const auto found = lint(rule.good_example);
  EXPECT_TRUE(found.empty()) << rule.id << ": the Correct example gives" << describe(found);
}

INSTANTIATE_TEST_SUITE_P(EveryRule, RuleExamples, ::testing::ValuesIn(rules::all_rules()),
                         [](const ::testing::TestParamInfo<const rules::Rule*>& info) {
                           std::string name(info.param->info.id);
                           std::replace(name.begin(), name.end(), '-', '_');
                           return name;
                         });

// The ```readout blocks of a Markdown page.
std::vector<std::string> readout_blocks(const std::string& page) {
  std::ifstream in(std::string(READOUT_SOURCE_DIR) + "/docs/" + page, std::ios::binary);
  EXPECT_TRUE(in) << page;
  std::stringstream s;
  s << in.rdbuf();
  const std::string text = s.str();
  std::vector<std::string> blocks;
  const std::regex block("```readout\n([^`]*)```");
  for (auto it = std::sregex_iterator(text.begin(), text.end(), block);
       it != std::sregex_iterator(); ++it)
    blocks.push_back((*it)[1]);
  return blocks;
}

TEST(MarkupExamples, EachIsAWholeReportWithNothingButHints) {
  const auto blocks = readout_blocks("markup.md");
  EXPECT_GE(blocks.size(), 8u);
  for (const std::string& block : blocks) {
    EXPECT_TRUE(is_whole_report(block)) << block;
    std::vector<Diagnostic> found = lint(block);
    std::erase_if(found, [](const Diagnostic& d) { return d.severity == Severity::Hint; });
    EXPECT_TRUE(found.empty()) << block << "\ngives" << describe(found);
  }
}

// rules.md is the table's (rule_table_test.cpp); here its blocks are the examples tested above.
TEST(RulesMd, ShowsTheTestedExamples) {
  const auto blocks = readout_blocks("rules.md");
  ASSERT_EQ(blocks.size(), 2 * rules::all_rules().size());
  for (size_t i = 0; i < rules::all_rules().size(); ++i) {
    const RuleInfo& rule = rules::all_rules()[i]->info;
    EXPECT_EQ(blocks[2 * i], std::string(rule.bad_example) + "\n") << rule.id;
    EXPECT_EQ(blocks[2 * i + 1], std::string(rule.good_example) + "\n") << rule.id;
  }
}

}  // namespace
}  // namespace readout
