#include <gtest/gtest.h>

#include "readout/text.hpp"

namespace readout {
namespace {

TEST(LineIndex, EmptyTextHasOneEmptyLine) {
  const LineIndex index("");
  EXPECT_EQ(index.line_count(), 1u);
  EXPECT_EQ(index.position(0), (LineColumn{0, 0}));
  EXPECT_EQ(index.line_text("", 0), "");
}

TEST(LineIndex, LineFeeds) {
  const std::string text = "ab\ncd\n\nef";
  const LineIndex index(text);
  ASSERT_EQ(index.line_count(), 4u);
  EXPECT_EQ(index.position(0), (LineColumn{0, 0}));
  EXPECT_EQ(index.position(2), (LineColumn{0, 2}));  // the '\n' itself
  EXPECT_EQ(index.position(3), (LineColumn{1, 0}));
  EXPECT_EQ(index.position(6), (LineColumn{2, 0}));
  EXPECT_EQ(index.position(8), (LineColumn{3, 1}));
  EXPECT_EQ(index.line_text(text, 1), "cd");
  EXPECT_EQ(index.line_text(text, 2), "");
  EXPECT_EQ(index.line_text(text, 3), "ef");
  EXPECT_EQ(index.line_start(3), 7u);
}

TEST(LineIndex, CrLfCountsAsOneLineEnd) {
  const std::string text = "ab\r\ncd\r\n";
  const LineIndex index(text);
  ASSERT_EQ(index.line_count(), 3u);
  EXPECT_EQ(index.line_start(1), 4u);
  EXPECT_EQ(index.line_text(text, 0), "ab");
  EXPECT_EQ(index.line_text(text, 1), "cd");
  EXPECT_EQ(index.position(5), (LineColumn{1, 1}));
  EXPECT_EQ(index.position(8), (LineColumn{2, 0}));
}

TEST(LineIndex, LoneCarriageReturnEndsALine) {
  const std::string text = "ab\rcd\ref";
  const LineIndex index(text);
  ASSERT_EQ(index.line_count(), 3u);
  EXPECT_EQ(index.line_text(text, 0), "ab");
  EXPECT_EQ(index.line_text(text, 1), "cd");
  EXPECT_EQ(index.line_text(text, 2), "ef");
  EXPECT_EQ(index.position(3), (LineColumn{1, 0}));
}

TEST(LineIndex, OffsetClampsToTheLineEndAndTheText) {
  const std::string text = "abc\r\nde";
  const LineIndex index(text);
  EXPECT_EQ(index.offset({0, 1}), 1u);
  EXPECT_EQ(index.offset({0, 99}), 3u);  // before the CR, not inside the terminator
  EXPECT_EQ(index.offset({1, 1}), 6u);
  EXPECT_EQ(index.offset({1, 99}), 7u);
  EXPECT_EQ(index.offset({5, 0}), 7u);
  EXPECT_EQ(index.position(99), (LineColumn{1, 2}));
}

TEST(LineIndex, OffsetsAreBytesOfUtf8) {
  const std::string text = "Жеенбек\nTürkiye";
  const LineIndex index(text);
  EXPECT_EQ(index.line_start(1), 15u);  // seven Cyrillic letters of two bytes, then '\n'
  EXPECT_EQ(index.position(18), (LineColumn{1, 3}));
}

TEST(LineIndex, PositionAndOffsetRoundTrip) {
  const std::string text = "# T\r\nDate: 2023\n\nx\ry";
  const LineIndex index(text);
  for (uint32_t offset = 0; offset <= text.size(); ++offset) {
    const LineColumn position = index.position(offset);
    const std::string_view line = index.line_text(text, position.line);
    if (position.column <= line.size()) {
      EXPECT_EQ(index.offset(position), offset) << offset;
    }
  }
}

// The index of an edited text, built from the old index around the edit, equals a fresh one:
// random texts of CR, LF and letters, random replacements (CR/LF pairs made and split).
TEST(LineIndex, EditedIndexEqualsAFreshOne) {
  uint64_t state = 7;
  auto next = [&](uint64_t bound) {
    state = state * 6364136223846793005ull + 1442695040888963407ull;
    return (state >> 33) % bound;
  };
  auto random_text = [&](size_t length) {
    std::string out;
    for (size_t i = 0; i < length; ++i) out += "ab\r\n"[next(4)];
    return out;
  };
  for (int round = 0; round < 3000; ++round) {
    const std::string before = random_text(next(30));
    const uint32_t begin = static_cast<uint32_t>(next(before.size() + 1));
    const uint32_t old_end = begin + static_cast<uint32_t>(next(before.size() - begin + 1));
    const std::string inserted = random_text(next(5));
    std::string after = before;
    after.replace(begin, old_end - begin, inserted);
    const LineIndex fresh(after);
    const LineIndex edited(LineIndex(before), after, begin, old_end,
                           begin + static_cast<uint32_t>(inserted.size()));
    ASSERT_EQ(edited.line_count(), fresh.line_count()) << round;
    ASSERT_EQ(edited.has_lone_cr(), fresh.has_lone_cr()) << round;
    for (uint32_t line = 0; line < fresh.line_count(); ++line) {
      ASSERT_EQ(edited.line_start(line), fresh.line_start(line)) << round << " line " << line;
      ASSERT_EQ(edited.line_text(after, line), fresh.line_text(after, line))
          << round << " line " << line;
    }
    for (uint32_t offset = 0; offset <= after.size(); ++offset)
      ASSERT_EQ(edited.position(offset), fresh.position(offset)) << round << " offset " << offset;
  }
}

TEST(ApplyEdits, AppliesEditsGivenInAnyOrder) {
  std::string text = "Antony Blinken met Tleuberdi";
  ASSERT_TRUE(apply_edits(text, {{{19, 28}, "Tileuberdi"}, {{0, 6}, "Anthony"}}));
  EXPECT_EQ(text, "Anthony Blinken met Tileuberdi");
}

TEST(ApplyEdits, InsertionsAndDeletions) {
  std::string text = "abcdef";
  ASSERT_TRUE(apply_edits(text, {{{3, 3}, "XY"}, {{0, 1}, ""}, {{6, 6}, "!"}}));
  EXPECT_EQ(text, "bcXYdef!");
}

TEST(ApplyEdits, InsertionBeforeAReplacementAtTheSameOffset) {
  std::string text = "abcdef";
  ASSERT_TRUE(apply_edits(text, {{{2, 4}, "--"}, {{2, 2}, "+"}}));
  EXPECT_EQ(text, "ab+--ef");
}

TEST(ApplyEdits, RejectsOverlapsAndOutOfRangeEditsAndLeavesTextAlone) {
  std::string text = "abcdef";
  EXPECT_FALSE(apply_edits(text, {{{0, 3}, "x"}, {{2, 4}, "y"}}));
  EXPECT_FALSE(apply_edits(text, {{{4, 9}, "x"}}));
  EXPECT_FALSE(apply_edits(text, {{{4, 2}, "x"}}));
  EXPECT_EQ(text, "abcdef");
}

}  // namespace
}  // namespace readout
