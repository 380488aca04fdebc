#include <cstdlib>
#include <fstream>
#include <random>
#include <sstream>

#include <gtest/gtest.h>

#include "readout/syntax.hpp"
#include "support/compare_analysis.hpp"

namespace readout {
namespace {

std::string sexp(const SyntaxTree& tree) {
  char* raw = ts_node_string(tree.root());
  std::string result(raw);
  std::free(raw);
  return result;
}

std::string read_example(const std::string& name) {
  std::ifstream in(std::string(READOUT_SOURCE_DIR) + "/examples/" + name, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

TEST(SyntaxTree, ParsesTheAstanaExampleWithoutErrors) {
  const auto tree = SyntaxTree::parse(read_example("c5plus1-astana-2023.readout"));
  EXPECT_STREQ(ts_node_type(tree->root()), "report");
  EXPECT_FALSE(ts_node_has_error(tree->root())) << sexp(*tree);
}

TEST(SyntaxTree, NodeTextAndRangeAreByteExact) {
  const auto tree = SyntaxTree::parse("# Встреча в Астане\n");
  const TSNode header = ts_node_named_child(tree->root(), 0);
  const TSNode title = ts_node_child_by_field_name(header, "title", 5);
  EXPECT_EQ(tree->node_text(title), "Встреча в Астане");
  EXPECT_EQ(SyntaxTree::node_range(title),
            (ByteRange{2, 2 + static_cast<uint32_t>(std::string("Встреча в Астане").size())}));
}

TEST(SyntaxTree, EditLeavesTheOriginalUntouched) {
  const auto original = SyntaxTree::parse("# T\n\n## A {#a}\nDate: 2023-02-28\n");
  const std::string before = sexp(*original);
  const auto edited = original->edit({{{8, 9}, "Meeting"}});
  EXPECT_EQ(edited->text(), "# T\n\n## Meeting {#a}\nDate: 2023-02-28\n");
  EXPECT_EQ(sexp(*original), before);
  EXPECT_EQ(original->text(), "# T\n\n## A {#a}\nDate: 2023-02-28\n");
  EXPECT_EQ(sexp(*edited), sexp(*SyntaxTree::parse(edited->text())));
}

TEST(SyntaxTree, EditedSinceCoversAStructuralEdit) {
  const std::string text = "# T\n\n## A\n### Summary\nText.\n";
  const auto original = SyntaxTree::parse(text);
  // "### Summary" becomes "### Attendees": the section's kind changes.
  const uint32_t at = static_cast<uint32_t>(text.find("Summary"));
  const auto edited = original->edit({{{at, at + 7}, "Attendees"}});
  const auto region = edited->edited_since(*original);
  ASSERT_TRUE(region.has_value());
  // From the end of the line before: what closes a node there is on the edited line.
  EXPECT_EQ(region->begin, text.find("### Summary") - 1);
  EXPECT_EQ(region->old_end, at + 7);
  EXPECT_EQ(region->new_end, at + 9);
  EXPECT_EQ(edited->edited_since(*edited)->new_end, 0u);
}

TEST(SyntaxTree, EditsApplyInSequence) {
  const auto original = SyntaxTree::parse("abc\n");
  // The second edit addresses the text as left by the first.
  const auto edited = original->edit({{{0, 0}, "# "}, {{5, 5}, "d"}});
  EXPECT_EQ(edited->text(), "# abcd\n");
}

TEST(SyntaxTree, EditOutsideTheTextThrows) {
  const auto original = SyntaxTree::parse("abc\n");
  EXPECT_THROW((void)original->edit({{{2, 10}, "x"}}), std::out_of_range);
}

// Incremental reparsing must give exactly the tree a fresh parse gives, whatever the edit.
TEST(SyntaxTree, RandomIncrementalEditsEqualFreshParses) {
  const std::vector<std::string> snippets = {"\n",
                                             "\r\n",
                                             "- ",
                                             "@blinken",
                                             ": ",
                                             " | ",
                                             "[head]",
                                             "[acting, head]",
                                             "### Attendees\n",
                                             "### Commitments\n",
                                             "## Talks {#t}\n",
                                             "# Title\n",
                                             "Date: 2023-02-28\n",
                                             " to ",
                                             "<!-- note -->",
                                             "<!-- readout-disable-line name-misspelled -->",
                                             "<!--",
                                             "-->",
                                             "[due ",
                                             "]",
                                             "Жеенбек Кулубаев",
                                             "Türkiye",
                                             "Nguyễn Phú Trọng",
                                             "all",
                                             ", ",
                                             "{#",
                                             "}",
                                             "x"};
  std::mt19937 random(20230228);
  std::string text = read_example("c5plus1-astana-2023.readout");
  auto tree = SyntaxTree::parse(text);
  for (int round = 0; round < 300; ++round) {
    const auto size = static_cast<uint32_t>(tree->text().size());
    const uint32_t begin = std::uniform_int_distribution<uint32_t>(0, size)(random);
    const uint32_t length =
        std::uniform_int_distribution<uint32_t>(0, random() % 4 == 0 ? 40 : 8)(random);
    const uint32_t end = std::min(size, begin + length);
    const std::string& snippet = snippets[random() % snippets.size()];
    const std::string replacement = (random() % 3 == 0) ? std::string() : snippet;
    tree = tree->edit({{{begin, end}, replacement}});
    ASSERT_EQ(sexp(*tree), sexp(*SyntaxTree::parse(tree->text())))
        << "after round " << round << ", text:\n"
        << tree->text();
  }
}

// A paragraph line is closed by the next line's first token that is not a comment or a
// directive; an edit after a directive there must not leave the paragraph as it was.
TEST(SyntaxTree, AnEditAfterADirectiveReopensTheParagraphBefore) {
  const std::string text = "- A\n<!-- readout-disable-line name-misspelled -->\n- B\n";
  const auto original = SyntaxTree::parse(text);
  const auto at = static_cast<uint32_t>(text.find("-->\n") + 3);
  const auto edited = original->edit({{{at, at + 3}, " "}});
  ASSERT_EQ(edited->text(), "- A\n<!-- readout-disable-line name-misspelled --> B\n");
  EXPECT_EQ(sexp(*edited), sexp(*SyntaxTree::parse(edited->text())));
}

// What changed since an earlier tree, over chains of edits: the text before the region and
// after it is the earlier text's.
TEST(SyntaxTree, EditedSinceBoundsEveryChangeOfAChain) {
  std::mt19937 random(7);
  const auto first = SyntaxTree::parse(read_example("c5plus1-astana-2023.readout"));
  for (int chain = 0; chain < 50; ++chain) {
    std::vector<std::shared_ptr<const SyntaxTree>> trees{first};
    for (int step = 0; step < 10; ++step) {
      const auto size = static_cast<uint32_t>(trees.back()->text().size());
      const uint32_t begin = std::uniform_int_distribution<uint32_t>(0, size)(random);
      const uint32_t end =
          std::min(size, begin + std::uniform_int_distribution<uint32_t>(0, 20)(random));
      std::vector<TextEdit> edits{{{begin, end}, std::string(random() % 4, 'x')}};
      if (random() % 3 == 0) edits.push_back({{0, 0}, "\n"});  // two edits in one call
      trees.push_back(trees.back()->edit(edits));
    }
    const std::string& now = trees.back()->text();
    for (const auto& earlier : trees) {
      const auto region = trees.back()->edited_since(*earlier);
      ASSERT_TRUE(region.has_value());
      const std::string& then = earlier->text();
      ASSERT_LE(region->begin, region->old_end);
      ASSERT_LE(region->begin, region->new_end);
      ASSERT_EQ(then.substr(0, region->begin), now.substr(0, region->begin));
      ASSERT_EQ(then.substr(region->old_end), now.substr(region->new_end));
    }
  }
  EXPECT_FALSE(first->edited_since(*SyntaxTree::parse("x")).has_value());
}

}  // namespace
}  // namespace readout

// fuzz_edits found edits after which tree-sitter's incremental parse recovers from a syntax
// error differently from a fresh parse of the same text. Parsing such texts afresh at every
// keystroke made every keystroke in a broken report re-analyse all of it (the soak test's replies
// took seconds), so edit() keeps the difference and says so; settled(), called once the
// keystrokes stop, gives the fresh parse.
namespace readout {
namespace {

const std::vector<std::vector<TextEdit>> kRecoversDifferently = {
    {{{22, 24}, "### Commitments\n"}},
    {{{32, 33}, "ort   \nPlace: Ast### Comm"}},
    {{{10, 10}, " R"},
     {{14, 28}, "<!-- readout-disable-line name-misspelled -->"},
     {{72, 91}, "a"}},
    {{{38, 40}, ""}, {{40, 42}, ""}},
};
const char* const kRecoversDifferentlyStart = "# Report   \nPlace: Astana   \n";

TEST(SyntaxTreeEdit, AroundASyntaxErrorTheTreeMayRecoverDifferentlyButCoversTheText) {
  auto tree = SyntaxTree::parse(kRecoversDifferentlyStart);
  for (const auto& batch : kRecoversDifferently) {
    tree = tree->edit(batch);
    const auto fresh = SyntaxTree::parse(tree->text());
    const bool errors = ts_node_has_error(tree->root()) || ts_node_has_error(fresh->root());
    if (!errors) {
      EXPECT_EQ(testing::first_difference(*tree, *fresh), "") << tree->text();
    }
    EXPECT_EQ(SyntaxTree::node_range(tree->root()).end, tree->text().size());
  }
  EXPECT_EQ(tree->text(),
            "# Report   R \n<!-- readout-disable-linna-misspelled -->Commitort   \nants\na   \n");
}

TEST(SyntaxTreeSettled, GivesTheFreshParseAfterEditsAroundAnError) {
  auto tree = SyntaxTree::parse(kRecoversDifferentlyStart);
  for (const auto& batch : kRecoversDifferently) {
    tree = tree->edit(batch);
    const auto settled = tree->settled();
    EXPECT_EQ(settled->text(), tree->text());
    EXPECT_EQ(testing::first_difference(*settled, *SyntaxTree::parse(tree->text())), "");
    EXPECT_FALSE(settled->may_differ_from_fresh_parse());
    EXPECT_EQ(settled->settled(), settled);
    // Its lineage goes on only where its nodes are the incremental tree's.
    EXPECT_EQ(settled->edited_since(*tree).has_value(),
              testing::first_difference(*settled, *tree).empty());
  }
  EXPECT_TRUE(tree->may_differ_from_fresh_parse());
}

// A clean report never pays for the check: its edited trees are sure, and settled() is free.
TEST(SyntaxTreeSettled, IsTheTreeItselfWhenNoErrorWasInvolved) {
  auto tree = SyntaxTree::parse(read_example("c5plus1-astana-2023.readout"));
  const auto at = static_cast<uint32_t>(tree->text().find("Blinken"));
  for (const char* typed : {"A", "n", "t"}) {
    tree = tree->edit({{{at, at}, typed}});
    ASSERT_FALSE(ts_node_has_error(tree->root()));
    EXPECT_FALSE(tree->may_differ_from_fresh_parse());
    EXPECT_EQ(tree->settled(), tree);
  }
}

// An error that came and went leaves the tree unsure; when a fresh parse gives the same nodes,
// the settled tree keeps the lineage, so an incremental analysis of it reuses everything.
TEST(SyntaxTreeSettled, KeepsTheLineageWhenTheFreshParseIsTheSame) {
  const std::string text = "# T\n\n## A {#a}\nDate: 2023-02-28\n";
  const auto original = SyntaxTree::parse(text);
  const auto at = static_cast<uint32_t>(text.find("{#a}"));
  const auto broken = original->edit({{{at + 4, at + 4}, "{#"}});
  ASSERT_TRUE(ts_node_has_error(broken->root())) << sexp(*broken);
  const auto repaired = broken->edit({{{at + 4, at + 6}, ""}});
  ASSERT_EQ(repaired->text(), text);
  EXPECT_TRUE(repaired->may_differ_from_fresh_parse());
  const auto settled = repaired->settled();
  EXPECT_NE(settled, repaired);
  EXPECT_FALSE(settled->may_differ_from_fresh_parse());
  EXPECT_EQ(testing::first_difference(*settled, *repaired), "");
  const auto since_repaired = settled->edited_since(*repaired);
  ASSERT_TRUE(since_repaired.has_value());
  EXPECT_EQ(since_repaired->begin, since_repaired->old_end);
  EXPECT_EQ(since_repaired->begin, since_repaired->new_end);
  EXPECT_TRUE(settled->edited_since(*original).has_value());
}

}  // namespace
}  // namespace readout
