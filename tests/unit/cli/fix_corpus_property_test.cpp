// Fix safety as properties over the generated corpus (benchmarks/corpus), through the code
// `readout lint --fix` runs: after every safe fix a second lint finds nothing fixable, a second
// --fix changes nothing, and every byte outside the fixes' edits is where it was.
#include <gtest/gtest.h>

#include <algorithm>

#include "corpus.hpp"
#include "lint_fix.hpp"
#include "lint_runner.hpp"
#include "readout/analysis.hpp"
#include "readout/syntax.hpp"
#include "support/embedded_registry.hpp"

namespace readout::cli {
namespace {

std::shared_ptr<const Registry> embedded() { return testing::embedded_registry(); }

// The text with `edits` applied, built without apply_edits: the untouched stretches between
// edits copied from `before`, the replacements in between. Edits must not overlap.
std::string rebuilt(const std::string& before, std::vector<TextEdit> edits) {
  std::sort(edits.begin(), edits.end(),
            [](const TextEdit& a, const TextEdit& b) { return a.range.begin < b.range.begin; });
  std::string out;
  uint32_t at = 0;
  for (const TextEdit& edit : edits) {
    EXPECT_LE(at, edit.range.begin) << "overlapping edits";
    EXPECT_LE(edit.range.end, before.size());
    out.append(before, at, edit.range.begin - at);
    out += edit.replacement;
    at = edit.range.end;
  }
  out.append(before, at);
  return out;
}

size_t count_safe_fixes(const std::vector<Diagnostic>& diagnostics) {
  return static_cast<size_t>(std::count_if(diagnostics.begin(), diagnostics.end(),
                                           [](const Diagnostic& d) { return d.has_safe_fix(); }));
}

struct Totals {
  size_t reports = 0, fixable = 0, edits = 0;
};

// One report through the properties; returns how many fixable findings it first had.
void check_report(const corpus::Report& report, Totals& totals) {
  SCOPED_TRACE(report.file_name);
  const auto registry = embedded();
  const AnalysisOptions options;

  // Round by round, as lint_text does it: each round's edits change nothing but their ranges,
  // and each edit stays inside the finding that proposed it.
  std::string text = report.text;
  for (int round = 0; round < 10; ++round) {
    const auto analysis = analyze(SyntaxTree::parse(text), registry, options);
    if (round == 0) totals.fixable += count_safe_fixes(analysis->diagnostics());
    for (const Diagnostic& d : analysis->diagnostics())
      for (const Fix& fix : d.fixes)
        for (const TextEdit& e : fix.edits)
          if (fix.safe) {
            const bool inside = e.range.begin >= d.range.begin && e.range.end <= d.range.end;
            EXPECT_TRUE(inside) << d.rule_id << " fix edits [" << e.range.begin << ", "
                                << e.range.end << ") outside its finding [" << d.range.begin << ", "
                                << d.range.end << ")";
          }
    size_t applied = 0;
    std::vector<TextEdit> edits = choose_safe_fixes(analysis->diagnostics(), applied);
    if (edits.empty()) break;
    totals.edits += edits.size();
    std::string fixed = text;
    ASSERT_TRUE(apply_edits(fixed, edits));
    ASSERT_EQ(fixed, rebuilt(text, edits)) << "round " << round;
    text = std::move(fixed);
  }

  // What `readout lint --fix` gives: the same text, and nothing fixable left.
  const LintedFile once = lint_text(report.file_name, report.text, registry, options, true);
  EXPECT_EQ(once.text, text);
  for (const Diagnostic& d : once.diagnostics)
    EXPECT_FALSE(d.has_safe_fix()) << d.rule_id << " still fixable after --fix: " << d.message;
  // A second --fix changes nothing.
  const LintedFile twice = lint_text(report.file_name, once.text, registry, options, true);
  EXPECT_EQ(twice.fixes_applied, 0u);
  EXPECT_EQ(twice.text, once.text);
  ++totals.reports;
}

TEST(FixCorpusProperty, GeneratedReportsAreFixedSafelyAndOnce) {
  corpus::Options options;
  options.seed = 606;
  options.misspelled_share = 0.15;  // more mistakes than usual, to give the fixes work
  options.wrong_title_share = 0.10;
  const corpus::Generator generator(*embedded(), options);
  Totals totals;
  for (size_t i = 0; i < 150; ++i) check_report(generator.report(i), totals);
  check_report(generator.digest(150'000), totals);
  EXPECT_EQ(totals.reports, 151u);
  // The corpus has mistakes to fix: the properties are not vacuous.
  EXPECT_GT(totals.fixable, 300u);
  EXPECT_GT(totals.edits, 300u);
  std::printf("fix property: %zu reports, %zu fixable findings, %zu edits applied\n",
              totals.reports, totals.fixable, totals.edits);
}

}  // namespace
}  // namespace readout::cli
