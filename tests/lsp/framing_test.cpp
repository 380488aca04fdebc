// FrameReader gives the same frames however the stream is cut into reads: a transport hands
// it whatever arrived, one byte or a megabyte. (fuzz_jsonrpc checks this on generated streams;
// these are the cases it found.)
#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

#include "readout/lsp/framing.hpp"

namespace readout::lsp {
namespace {

struct Read {
  bool ok;
  std::string body;
  std::string error;
  friend bool operator==(const Read&, const Read&) = default;
  friend std::ostream& operator<<(std::ostream& out, const Read& r) {
    return out << (r.ok ? "body '" + r.body.substr(0, 40) + "'" : "error '" + r.error + "'");
  }
};

// Reads the stream in pieces of the given sizes (cycled); 0 means all at once.
std::vector<Read> read_in_chunks(const std::string& stream, const std::vector<size_t>& sizes) {
  FrameReader reader;
  std::vector<Read> out;
  size_t at = 0, next_size = 0;
  while (at < stream.size()) {
    size_t n = sizes.empty() ? stream.size() : sizes[next_size++ % sizes.size()];
    n = std::min(n, stream.size() - at);
    reader.feed(std::string_view(stream).substr(at, n));
    at += n;
    while (auto frame = reader.next()) out.push_back({frame->ok, frame->body, frame->error});
  }
  if (auto frame = reader.finish()) out.push_back({frame->ok, frame->body, frame->error});
  return out;
}

// A header block of exactly `size` bytes (before the blank line) announcing a 2-byte body.
std::string frame_with_header_block_of(size_t size) {
  std::string headers = "Content-Length: 2\r\nX-Padding: ";
  headers.append(size - headers.size(), 'a');
  return headers + "\r\n\r\n{}";
}

TEST(FrameReader, AHeaderBlockOverTheLimitIsRefusedHoweverItArrives) {
  const std::string stream =
      frame_with_header_block_of(FrameReader::kMaxHeaderBytes + 1) + frame_message("{\"next\":1}");
  const auto whole = read_in_chunks(stream, {});
  ASSERT_FALSE(whole.empty());
  EXPECT_FALSE(whole[0].ok);
  EXPECT_EQ(whole[0].error, "header block longer than 8192 bytes");
  EXPECT_EQ(whole.back(), (Read{true, "{\"next\":1}", ""}));
  EXPECT_EQ(read_in_chunks(stream, {1}), whole);
  EXPECT_EQ(read_in_chunks(stream, {4096}), whole);
}

TEST(FrameReader, AHeaderBlockAtTheLimitIsReadHoweverItArrives) {
  const std::string stream = frame_with_header_block_of(FrameReader::kMaxHeaderBytes);
  const std::vector<Read> expected = {{true, "{}", ""}};
  EXPECT_EQ(read_in_chunks(stream, {}), expected);
  // Byte by byte, the first three bytes of the blank line arrive before the fourth.
  EXPECT_EQ(read_in_chunks(stream, {1}), expected);
  EXPECT_EQ(read_in_chunks(stream, {FrameReader::kMaxHeaderBytes + 2, 1}), expected);
}

TEST(FrameReader, AHeaderNameLongerThanTheLimitIsRefusedHoweverItArrives) {
  // In pieces, the reader sees the limit passed before it sees how the name ends (fuzz_jsonrpc).
  const std::string stream = std::string(FrameReader::kMaxHeaderBytes + 10, 'a') + " x\r\n\r\n" +
                             frame_message("{\"next\":1}");
  const auto whole = read_in_chunks(stream, {});
  ASSERT_FALSE(whole.empty());
  EXPECT_EQ(whole[0].error, "header block longer than 8192 bytes");
  EXPECT_EQ(whole.back(), (Read{true, "{\"next\":1}", ""}));
  EXPECT_EQ(read_in_chunks(stream, {1}), whole);
  EXPECT_EQ(read_in_chunks(stream, {512}), whole);
}

TEST(FrameReader, RandomChunkingGivesTheFramesOfOneRead) {
  const std::string stream =
      frame_message("{\"a\":1}") + "Content-Type: x\r\n\r\n{\"no\":\"length\"}" +
      frame_message("{\"b\":2}") + "Content-Length: twelve\r\n\r\n{}" +
      "Content-Length: 2\r\nContent-Length: 2\r\n\r\n{}" + "junk" + frame_message("{\"c\":3}") +
      frame_with_header_block_of(FrameReader::kMaxHeaderBytes + 3) + frame_message("{\"d\":4}") +
      "Content-Length: 10\r\n\r\n{\"cut";
  const auto whole = read_in_chunks(stream, {});
  std::mt19937 random(6);
  for (int round = 0; round < 50; ++round) {
    std::vector<size_t> sizes;
    for (int i = 0; i < 20; ++i) sizes.push_back(1 + random() % (round % 2 ? 7 : 3000));
    ASSERT_EQ(read_in_chunks(stream, sizes), whole) << "round " << round;
  }
}

}  // namespace
}  // namespace readout::lsp
