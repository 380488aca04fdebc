// Content-Length framing of JSON-RPC messages (LSP base protocol), independent of any socket:
// bytes go in, whole message bodies or framing errors come out. A bad frame never stops the
// stream: the reader reports it and resynchronises on the next "Content-Length" header. A body
// over the size limit is never held in memory: the reader reports it with the body's first
// bytes (so that the server can name the message it refused) and skips the rest.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace readout::lsp {

struct Frame {
  bool ok = true;
  std::string body;         // the message body when ok; when over_limit, its first bytes
  std::string error;        // what was wrong with the frame when !ok
  bool over_limit = false;  // Content-Length was over the limit (or beyond any number)
  std::optional<size_t> declared_length =
      std::nullopt;  // when over_limit: the Content-Length, if a number
};

class FrameReader {
 public:
  static constexpr size_t kMaxHeaderBytes = 8 * 1024;
  static constexpr size_t kDefaultMaxBodyBytes = 64 * 1024 * 1024;
  static constexpr size_t kPeekBytes = 64 * 1024;  // body start kept of a body over the limit

  explicit FrameReader(size_t max_body_bytes = kDefaultMaxBodyBytes) : max_body_(max_body_bytes) {}
  [[nodiscard]] size_t max_body_bytes() const { return max_body_; }

  void feed(std::string_view bytes) { buffer_.append(bytes); }
  // The next complete frame or framing error; nullopt when more bytes are needed.
  std::optional<Frame> next();
  // Call at end of input: reports a frame cut short, if any.
  std::optional<Frame> finish();

 private:
  std::optional<Frame> fail(std::string message, size_t resume);
  std::optional<Frame> refuse_oversized(bool at_end);
  bool resynchronise();
  size_t max_body_;
  bool syncing_ = false;  // skipping bytes after a bad frame
  // A body over the limit not yet reported: its Content-Length (nullopt inside: beyond size_t).
  std::optional<std::optional<size_t>> oversized_;
  std::string buffer_;
  size_t pos_ = 0;                     // start of unread bytes in buffer_
  std::optional<size_t> body_length_;  // set once a header block was read
};

// Frames a message body: "Content-Length: N\r\n\r\n" + body.
std::string frame_message(std::string_view body);

}  // namespace readout::lsp
