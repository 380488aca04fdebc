// The language server: JSON-RPC dispatch, the LSP lifecycle, documents and features. It does
// no I/O of its own: the transport feeds it frames and gives it a function to send bodies, so
// tests and benchmarks drive it in-process.
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <string_view>

#include "readout/lsp/framing.hpp"

namespace readout::lsp {

class Server {
 public:
  using Sender = std::function<void(std::string body)>;  // one serialised JSON message
  using Logger = std::function<void(std::string_view line)>;
  enum class LogLevel { Error, Warning, Info, Debug };

  // Limits on what a client may send. Anything over them is refused with a reply (or, for a
  // document, a window/showMessage) that names the limit and the option that raises it.
  static constexpr size_t kDefaultMaxDocumentBytes = 16 * 1024 * 1024;
  static constexpr size_t kMaxDocumentBytesLimit = 0x7fffffff;  // LSP positions are 31-bit
  static constexpr size_t kMaxJsonDepth = 1000;  // messages nested deeper are refused

  struct Options {
    unsigned workers = 0;  // 0: one per core, at least 2
    Logger log;            // may be empty
    LogLevel log_level = LogLevel::Info;
    size_t max_message_bytes = FrameReader::kDefaultMaxBodyBytes;  // --max-message-bytes
    size_t max_document_bytes = kDefaultMaxDocumentBytes;          // --max-document-bytes
  };

  Server(Sender send, Options options);
  explicit Server(Sender send) : Server(std::move(send), Options{}) {}
  ~Server();
  Server(const Server&) = delete;
  Server& operator=(const Server&) = delete;

  // Called by the transport, in order, from one thread.
  void receive(const Frame& frame);
  void receive_body(std::string_view body);
  // The input ended (client gone) without an `exit` notification: the requests already read are
  // answered (waiting a few seconds at most), then the server exits with status 1.
  void end_of_input();

  // Called once, from the thread that received `exit` (or end of input), with the status.
  void on_exit(std::function<void(int status)> handler);
  [[nodiscard]] bool exited() const;
  [[nodiscard]] int exit_status() const;

  // Blocks until all queued and debounced work has run (tests and benchmarks).
  void wait_idle();

  struct Impl;

 private:
  std::unique_ptr<Impl> impl_;
};

}  // namespace readout::lsp
