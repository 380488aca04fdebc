// The one place positions are converted: every encoding, line end and clamping rule.
#include <gtest/gtest.h>

#include "readout/lsp/framing.hpp"
#include "readout/lsp/positions.hpp"

namespace readout::lsp {
namespace {

// "a🙂b" on line 0 (CRLF), "é" on line 1 (lone CR), "x" on line 2 (LF), then an empty line.
const std::string kText =
    "a\xF0\x9F\x99\x82"
    "b\r\n\xC3\xA9\rx\n";

TEST(Positions, AstralCharacterPerEncoding) {
  LineIndex lines(kText);
  // 'b' is at byte 5: after 1 + 4 bytes, 1 + 2 UTF-16 units, 1 + 1 code points.
  EXPECT_EQ(PositionMapper(kText, lines, PositionEncoding::Utf8).position(5), (Position{0, 5}));
  EXPECT_EQ(PositionMapper(kText, lines, PositionEncoding::Utf16).position(5), (Position{0, 3}));
  EXPECT_EQ(PositionMapper(kText, lines, PositionEncoding::Utf32).position(5), (Position{0, 2}));
  EXPECT_EQ(PositionMapper(kText, lines, PositionEncoding::Utf16).offset({0, 3}), 5u);
  EXPECT_EQ(PositionMapper(kText, lines, PositionEncoding::Utf32).offset({0, 2}), 5u);
}

TEST(Positions, InsideACharacterSnapsToItsStart) {
  LineIndex lines(kText);
  // UTF-16 column 2 is between the two halves of the surrogate pair.
  EXPECT_EQ(PositionMapper(kText, lines, PositionEncoding::Utf16).offset({0, 2}), 1u);
  EXPECT_EQ(PositionMapper(kText, lines, PositionEncoding::Utf8).offset({0, 3}), 1u);
}

TEST(Positions, CrlfAndLoneCrEndLines) {
  LineIndex lines(kText);
  PositionMapper utf16(kText, lines, PositionEncoding::Utf16);
  EXPECT_EQ(utf16.offset({1, 0}), 8u);   // after "\r\n"
  EXPECT_EQ(utf16.offset({1, 1}), 10u);  // after "é" (2 bytes)
  EXPECT_EQ(utf16.offset({2, 0}), 11u);  // after the lone CR
  EXPECT_EQ(utf16.position(11), (Position{2, 0}));
  // The CR of a CRLF belongs to the line's end, not to its text.
  EXPECT_EQ(utf16.position(7), (Position{0, 4}));
}

TEST(Positions, ClampsPastLineAndTextEnds) {
  LineIndex lines(kText);
  PositionMapper utf16(kText, lines, PositionEncoding::Utf16);
  EXPECT_EQ(utf16.offset({0, 99}), 6u);  // end of "a🙂b", before "\r\n"
  EXPECT_EQ(utf16.offset({42, 0}), static_cast<uint32_t>(kText.size()));
  EXPECT_EQ(utf16.position(1000), utf16.position(static_cast<uint32_t>(kText.size())));
}

TEST(Positions, NegotiationNames) {
  EXPECT_EQ(parse_position_encoding("utf-8"), PositionEncoding::Utf8);
  EXPECT_EQ(parse_position_encoding("utf-32"), PositionEncoding::Utf32);
  EXPECT_FALSE(parse_position_encoding("latin-1").has_value());
  EXPECT_EQ(to_string(PositionEncoding::Utf16), "utf-16");
}

TEST(Framing, SplitReadsAndResynchronisation) {
  FrameReader reader;
  std::string two = frame_message("{\"a\":1}") + "garbage" + frame_message("{\"b\":2}");
  for (char c : two) reader.feed(std::string_view(&c, 1));  // one byte at a time
  auto first = reader.next();
  ASSERT_TRUE(first && first->ok);
  EXPECT_EQ(first->body, "{\"a\":1}");
  auto error = reader.next();
  ASSERT_TRUE(error && !error->ok);
  auto second = reader.next();
  ASSERT_TRUE(second && second->ok);
  EXPECT_EQ(second->body, "{\"b\":2}");
  EXPECT_FALSE(reader.next());
  EXPECT_FALSE(reader.finish());
}

TEST(Framing, TruncatedBodyAtEndOfInput) {
  FrameReader reader;
  reader.feed("Content-Length: 10\r\n\r\n{\"a\"");
  EXPECT_FALSE(reader.next());
  auto error = reader.finish();
  ASSERT_TRUE(error && !error->ok);
  EXPECT_NE(error->error.find("cut short"), std::string::npos);
}

}  // namespace
}  // namespace readout::lsp
