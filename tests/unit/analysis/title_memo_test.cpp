// The registry's title memos (TitleLexicon) keep what a title names, shared by every report, but
// not titles that name nothing: in the language server, a title typed letter by letter would
// otherwise stay in memory for the life of the process.
#include <gtest/gtest.h>

#include <string>

#include "analysis/title_lexicon.hpp"
#include "readout/analysis.hpp"
#include "support/embedded_registry.hpp"

namespace readout {
namespace {

std::string report(const std::string& title) {
  return "# Talks\nDateline: 2023-03-02\n\n## Meeting\nDate: 2023-03-01\n\n### Attendees\n"
         "- Antony Blinken | " +
         title + " | United States\n";
}

TEST(TitleMemoTest, TitlesThatNameNoPostAreNotKept) {
  const auto registry = testing::embedded_registry();
  const auto lexicon = analysis::title_lexicon(registry);
  (void)analyze(SyntaxTree::parse(report("Secretary of State")), registry);
  const size_t known = lexicon->posts_titled.size();
  EXPECT_GT(known, 0u);
  // Typed a letter at a time, a title passes through many forms that name no post.
  const std::string typed = "Undersecretary for Xylophone Affairs";
  for (size_t length = 1; length <= typed.size(); ++length)
    (void)analyze(SyntaxTree::parse(report(typed.substr(0, length))), registry);
  EXPECT_LE(lexicon->posts_titled.size(), known + 8);  // a few prefixes are real titles ("Under")
  // What a title names is still found and kept.
  const auto again = analyze(SyntaxTree::parse(report("Secretary of State")), registry);
  EXPECT_TRUE(again->diagnostics().empty());
}

}  // namespace
}  // namespace readout
