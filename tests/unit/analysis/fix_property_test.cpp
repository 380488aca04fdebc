// Applying every safe fix and analysing again leaves nothing with a safe fix.
#include <fstream>
#include <sstream>

#include <gtest/gtest.h>

#include "analysis/analysis_test_support.hpp"

namespace readout {
namespace {

std::string apply_safe_fixes(const AnalysisResult& r) {
  std::vector<TextEdit> edits;
  for (const Diagnostic& d : r.diagnostics())
    for (const Fix& f : d.fixes)
      if (f.safe) {
        // Skip fixes that overlap one already taken (as `readout lint --fix` does).
        bool overlaps = false;
        for (const TextEdit& e : f.edits)
          for (const TextEdit& taken : edits)
            overlaps = overlaps ||
                       (e.range.begin < taken.range.end && taken.range.begin < e.range.end) ||
                       e.range == taken.range;
        if (!overlaps) edits.insert(edits.end(), f.edits.begin(), f.edits.end());
        break;
      }
  std::string text = r.syntax->text();
  EXPECT_TRUE(apply_edits(text, edits));
  return text;
}

void expect_fixpoint(std::string text) {
  for (int round = 0; round < 3; ++round) {
    const auto r = testing::lint(text);
    bool any = false;
    for (const Diagnostic& d : r->diagnostics()) any = any || d.has_safe_fix();
    if (!any) return;
    text = apply_safe_fixes(*r);
  }
  const auto r = testing::lint(text);
  for (const Diagnostic& d : r->diagnostics())
    EXPECT_FALSE(d.has_safe_fix()) << d.rule_id << ": " << d.message << "\n" << text;
}

TEST(FixProperty, EverySafeFixableRuleReachesAFixpointInOneRound) {
  const std::string text =
      "# Talks\nDateline: 2023-03-02\n\n## Ministerial {#m}\nDate: 2023-03-01 to 2023-02-28\n\n### "
      "Attendees\n" +
      testing::kBlinken + "- @t: Mukhtar Tleuberdi | Foreign Minister | Kazakhstan\n" +
      testing::kBlinken +
      "- @s: Antony Blinkenn | Secretary of State | United States\n"
      "\n### Commitments\n- @blinkn, @t: cooperate\n"
      "\n### Summary\nSecretary of State Anthony Blinken met Mukhtar Tileuberdi and Foreign "
      "Minister Tileuberdi.\n";
  const auto first = testing::lint(text);
  size_t fixable = 0;
  for (const Diagnostic& d : first->diagnostics()) fixable += d.has_safe_fix();
  EXPECT_GE(fixable, 5u);
  const std::string fixed = apply_safe_fixes(*first);
  const auto second = testing::lint(fixed);
  for (const Diagnostic& d : second->diagnostics())
    EXPECT_FALSE(d.has_safe_fix()) << d.rule_id << ": " << d.message << "\n" << fixed;
}

TEST(FixProperty, ExamplesReachAFixpoint) {
  for (const char* name : {"c5plus1-astana-2023.readout"}) {
    std::ifstream in(std::string(READOUT_SOURCE_DIR) + "/examples/" + name, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    expect_fixpoint(s.str());
  }
}

}  // namespace
}  // namespace readout
