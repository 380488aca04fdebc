// What a meeting's analysis reads of the report's head (analysis/head_inputs.hpp) is what its
// cache key covers: a change to it analyses every meeting again, a change to the rest of the
// head analyses none.
#include <gtest/gtest.h>

#include "analysis/head_inputs.hpp"
#include "readout/analysis.hpp"
#include "support/compare_analysis.hpp"
#include "support/embedded_registry.hpp"

namespace readout {
namespace {

using analysis::HeadInputs;

const std::string kReport =
    "# C5+1 foreign ministers meet in Astana\n"
    "Dateline: 2023-03-02\n"
    "Place: Astana, Kazakhstan\n"
    "Source: The Diplomatic Insight (TDI)\n"
    "\n"
    "## C5+1 Ministerial {#c5plus1}\n"
    "Date: 2023-02-28\n"
    "\n"
    "### Attendees\n"
    "- @blinken: Antony Blinken | Secretary of State | United States\n"
    "\n"
    "## Blinken in Astana {#visit}\n"
    "Date: 2023-03-01\n";

uint64_t key_of(const std::string& text) {
  return HeadInputs::of(build_model(*SyntaxTree::parse(text))).key();
}

std::string replaced(std::string text, const std::string& from, const std::string& to) {
  return text.replace(text.find(from), from.size(), to);
}

TEST(HeadInputs, TheKeyCoversTheDateline) {
  EXPECT_EQ(key_of(kReport), key_of(kReport));
  EXPECT_NE(key_of(kReport), key_of(replaced(kReport, "2023-03-02", "2023-02-02")));
  EXPECT_NE(key_of(kReport), key_of(replaced(kReport, "Dateline: 2023-03-02\n", "")));
  // Where it starts, too: findings of a meeting may point at it.
  EXPECT_NE(key_of(kReport), key_of(replaced(kReport, "Dateline:", "Dateline: ")));
}

TEST(HeadInputs, TheRestOfTheHeadIsNotAnInput) {
  // Same length, so that nothing moves: only what the fields say differs.
  EXPECT_EQ(key_of(kReport), key_of(replaced(kReport, "Astana, Kazakhstan", "Almaty, Kazakhstan")));
  EXPECT_EQ(key_of(kReport), key_of(replaced(kReport, "(TDI)", "(AKI)")));
  EXPECT_EQ(key_of(kReport), key_of(replaced(kReport, "# C5+1", "# C6+1")));
}

// Edits `from` to `to` in an analysed report, analyses again with the first analysis, and
// returns the second, checked against a fresh analysis.
std::shared_ptr<const AnalysisResult> reanalysed(const std::string& from, const std::string& to) {
  const auto registry = testing::embedded_registry();
  const auto tree = SyntaxTree::parse(kReport);
  const auto first = analyze(tree, registry);
  const auto at = static_cast<uint32_t>(kReport.find(from));
  const auto edited = tree->edit({{{at, static_cast<uint32_t>(at + from.size())}, to}});
  auto second = analyze(edited, registry, {}, first);
  EXPECT_EQ(
      testing::first_difference(*second, *analyze(SyntaxTree::parse(edited->text()), registry)),
      "");
  return second;
}

TEST(HeadInputs, AChangedDatelineAnalysesEveryMeetingAgain) {
  const auto second = reanalysed("2023-03-02", "2023-02-02");
  EXPECT_EQ(second->work.meetings_analysed, 2u);
  size_t after_dateline = 0;
  for (const Diagnostic& d : second->diagnostics())
    after_dateline += d.rule_id == "meeting-after-dateline";
  EXPECT_EQ(after_dateline, 2u);
}

TEST(HeadInputs, AChangedPlaceAnalysesNoMeeting) {
  EXPECT_EQ(reanalysed("Astana, Kazakhstan", "Almaty, Kazakhstan")->work.meetings_analysed, 0u);
}

}  // namespace
}  // namespace readout
