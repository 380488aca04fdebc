// Content-Length framing of JSON-RPC messages (LSP base protocol), independent of any socket:
// bytes go in, whole message bodies or framing errors come out. A bad frame never stops the
// stream: the reader reports it and resynchronises on the next "Content-Length" header.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace readout::lsp {

struct Frame {
  bool ok = true;
  std::string body;   // the message body when ok
  std::string error;  // what was wrong with the frame when !ok
};

class FrameReader {
 public:
  static constexpr size_t kMaxHeaderBytes = 8 * 1024;
  static constexpr size_t kMaxBodyBytes = 256 * 1024 * 1024;

  void feed(std::string_view bytes) { buffer_.append(bytes); }
  // The next complete frame or framing error; nullopt when more bytes are needed.
  std::optional<Frame> next();
  // Call at end of input: reports a frame cut short, if any.
  std::optional<Frame> finish();

 private:
  std::optional<Frame> fail(std::string message, size_t resume);
  bool resynchronise();
  bool syncing_ = false;  // skipping bytes after a bad frame
  std::string buffer_;
  size_t pos_ = 0;  // start of unread bytes in buffer_
  std::optional<size_t> body_length_;  // set once a header block was read
};

// Frames a message body: "Content-Length: N\r\n\r\n" + body.
std::string frame_message(std::string_view body);

}  // namespace readout::lsp
