// The unified diff of --fix --dry-run, and the choice of safe fixes.
#include <gtest/gtest.h>

#include "lint_fix.hpp"

namespace readout::cli {
namespace {

TEST(UnifiedDiffTest, EqualTextsGiveNothing) {
  EXPECT_EQ(unified_diff("a\nb\n", "a\nb\n", "x.readout"), "");
  EXPECT_EQ(unified_diff("", "", "x.readout"), "");
}

TEST(UnifiedDiffTest, OneChangedLineWithContext) {
  std::string before = "1\n2\n3\n4\n5\n6\n7\n8\n9\n";
  std::string after = "1\n2\n3\n4\nFIVE\n6\n7\n8\n9\n";
  EXPECT_EQ(unified_diff(before, after, "r/x.readout"),
            "--- a/r/x.readout\n"
            "+++ b/r/x.readout\n"
            "@@ -2,7 +2,7 @@\n"
            " 2\n 3\n 4\n-5\n+FIVE\n 6\n 7\n 8\n");
}

TEST(UnifiedDiffTest, DistantChangesMakeTwoHunksAndNearOnesOne) {
  std::string before;
  for (int i = 1; i <= 20; ++i) before += std::to_string(i) + "\n";
  std::string after = before;
  after.replace(after.find("2\n"), 2, "two\n");
  after.replace(after.find("\n18\n") + 1, 3, "eighteen\n");
  std::string diff = unified_diff(before, after, "x");
  EXPECT_NE(diff.find("@@ -1,5 +1,5 @@\n 1\n-2\n+two\n 3\n 4\n 5\n"), std::string::npos) << diff;
  EXPECT_NE(diff.find("@@ -15,6 +15,6 @@\n 15\n 16\n 17\n-18\n+eighteen\n 19\n 20\n"),
            std::string::npos)
      << diff;

  std::string near = before;
  near.replace(near.find("\n5\n") + 1, 2, "five\n");
  near.replace(near.find("\n11\n") + 1, 3, "eleven\n");
  std::string merged = unified_diff(before, near, "x");
  size_t hunks = 0;
  for (size_t at = merged.find("\n@@ "); at != std::string::npos;
       at = merged.find("\n@@ ", at + 1)) {
    ++hunks;
  }
  EXPECT_EQ(hunks, 1u) << merged;
  EXPECT_NE(merged.find("@@ -2,13 +2,13 @@\n"), std::string::npos) << merged;
}

TEST(UnifiedDiffTest, InsertionsDeletionsAndMissingFinalNewline) {
  EXPECT_EQ(unified_diff("a\nb", "a\nc", "x"),
            "--- a/x\n+++ b/x\n@@ -1,2 +1,2 @@\n a\n-b\n\\ No newline at end of file\n+c\n"
            "\\ No newline at end of file\n");
  EXPECT_EQ(unified_diff("", "new\n", "x"), "--- a/x\n+++ b/x\n@@ -0,0 +1 @@\n+new\n");
  EXPECT_EQ(unified_diff("", "new\n", "/tmp/x"), "--- a/tmp/x\n+++ b/tmp/x\n@@ -0,0 +1 @@\n+new\n");
  EXPECT_EQ(unified_diff("a\nb\nc\n", "a\nc\n", "x"),
            "--- a/x\n+++ b/x\n@@ -1,3 +1,2 @@\n a\n-b\n c\n");
}

TEST(UnifiedDiffTest, CrlfLineEndsArePreserved) {
  EXPECT_EQ(unified_diff("a\r\nb\r\n", "a\r\nB\r\n", "x"),
            "--- a/x\n+++ b/x\n@@ -1,2 +1,2 @@\n a\r\n-b\r\n+B\r\n");
}

Diagnostic with_fix(ByteRange range, std::string replacement, bool safe) {
  Diagnostic d;
  d.rule_id = "test-rule";
  d.range = range;
  d.fixes.push_back(Fix{"Replace", {TextEdit{range, std::move(replacement)}}, safe});
  return d;
}

TEST(ChooseSafeFixesTest, TakesSafeFixesAndSkipsOverlapsAndSuggestions) {
  std::vector<Diagnostic> diagnostics{
      with_fix({0, 5}, "A", true),
      with_fix({3, 8}, "B", true),     // overlaps the first: left for the next round
      with_fix({10, 12}, "C", false),  // only a suggestion
      with_fix({20, 22}, "D", true),
  };
  diagnostics.push_back(Diagnostic{});  // no fix at all
  size_t applied = 0;
  std::vector<TextEdit> edits = choose_safe_fixes(diagnostics, applied);
  EXPECT_EQ(applied, 2u);
  ASSERT_EQ(edits.size(), 2u);
  EXPECT_EQ(edits[0].replacement, "A");
  EXPECT_EQ(edits[1].replacement, "D");
}

TEST(ChooseSafeFixesTest, PrefersTheFirstSafeFixOfAFinding) {
  Diagnostic d = with_fix({0, 3}, "unsafe", false);
  d.fixes.push_back(Fix{"first safe", {TextEdit{{0, 3}, "one"}}, true});
  d.fixes.push_back(Fix{"second safe", {TextEdit{{0, 3}, "two"}}, true});
  size_t applied = 0;
  std::vector<TextEdit> edits = choose_safe_fixes({d}, applied);
  ASSERT_EQ(edits.size(), 1u);
  EXPECT_EQ(edits[0].replacement, "one");
}

}  // namespace
}  // namespace readout::cli
