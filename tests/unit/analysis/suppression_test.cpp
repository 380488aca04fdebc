// Suppression comments and AnalysisOptions (severity overrides, disabled rules).
#include <gtest/gtest.h>

#include "analysis/analysis_test_support.hpp"

namespace readout {
namespace {

using testing::lint;
using testing::of_rule;

// Three misspelt attendees on lines 8, 9 and 10, after `before` and with `inside` between them.
std::string report(const std::string& before, const std::string& line8_end = "",
                   const std::string& between = "") {
  return "# R\nDateline: 2023-03-02\n\n## M {#m}\nDate: 2023-02-28\n\n### Attendees\n" + before +
         "- @a: Anthony Blinken | Secretary of State | United States" + line8_end + "\n" + between +
         "- @b: Mukhtar Tileuberdo | Foreign Minister | Kazakhstan\n"
         "- @c: Sirojiddin Muhriddinn | Foreign Minister | Tajikistan\n";
}

size_t misspelled(const std::string& text) {
  return of_rule(*lint(text), "name-misspelled").size();
}

TEST(Suppression, Baseline) { EXPECT_EQ(misspelled(report("")), 3u); }

TEST(Suppression, DisableLineAllRulesAndNamedRule) {
  EXPECT_EQ(misspelled(report("", " <!-- readout-disable-line -->")), 2u);
  EXPECT_EQ(misspelled(report("", " <!-- readout-disable-line name-misspelled -->")), 2u);
  EXPECT_EQ(misspelled(report("", " <!-- readout-disable-line person-unknown -->")), 3u);
}

TEST(Suppression, DisableNextLine) {
  EXPECT_EQ(misspelled(report("", "", "<!-- readout-disable-next-line name-misspelled -->\n")), 2u);
  EXPECT_EQ(misspelled(report("", "",
                              "<!-- readout-disable-next-line date-invalid, person-unknown -->\n")),
            3u);
  EXPECT_EQ(misspelled(report("", "", "<!-- readout-disable-next-line -->\n")), 2u);
}

TEST(Suppression, DisableAndEnableBlocks) {
  EXPECT_EQ(misspelled(report("<!-- readout-disable -->\n")), 0u);
  EXPECT_EQ(misspelled(report("<!-- readout-disable name-misspelled -->\n")), 0u);
  EXPECT_EQ(misspelled(report("<!-- readout-disable title-acting -->\n")), 3u);
  // Enabled again after the first attendee.
  EXPECT_EQ(misspelled(report("<!-- readout-disable -->\n", "", "<!-- readout-enable -->\n")), 2u);
  EXPECT_EQ(misspelled(report("<!-- readout-disable name-misspelled -->\n", "",
                              "<!-- readout-enable name-misspelled -->\n")),
            2u);
  // A bare disable, then one rule enabled by name.
  EXPECT_EQ(misspelled(report("<!-- readout-disable -->\n", "",
                              "<!-- readout-enable name-misspelled -->\n")),
            2u);
}

TEST(Options, SeverityOverride) {
  AnalysisOptions options;
  options.severity_overrides["name-misspelled"] = Severity::Error;
  const auto r = lint(report(""), options);
  const auto found = of_rule(*r, "name-misspelled");
  ASSERT_EQ(found.size(), 3u);
  for (const Diagnostic* d : found) EXPECT_EQ(d->severity, Severity::Error);
}

TEST(Options, DisabledRule) {
  AnalysisOptions options;
  options.disabled_rules.insert("name-misspelled");
  const auto r = lint(report(""), options);
  EXPECT_TRUE(of_rule(*r, "name-misspelled").empty());
  EXPECT_EQ(r->names().size(), lint(report(""))->names().size());  // resolution still complete
}

TEST(Diagnostics, SortedByPosition) {
  const auto r = lint(report("") + "\n### Commitments\n- @zz: go [due 2022-01-01]\n");
  ASSERT_GE(r->diagnostics().size(), 4u);
  for (size_t i = 1; i < r->diagnostics().size(); ++i)
    EXPECT_LE(r->diagnostics()[i - 1].range.begin, r->diagnostics()[i].range.begin);
}

}  // namespace
}  // namespace readout
