// The server's log goes through a thread of its own and a bounded queue, so that a client that
// never reads the server's stderr blocks only that thread: lines beyond the queue are counted,
// dropped and reported later, and the server keeps answering.
#pragma once

#include <chrono>
#include <condition_variable>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <thread>

namespace readout::lsp {

class LogWriter {
 public:
  static constexpr size_t kMaxQueuedBytes = 4 * 1024 * 1024;

  // Writes one line (with its '\n'); called on the writer's thread only.
  using Sink = std::function<void(const std::string& line)>;
  static std::shared_ptr<LogWriter> start(Sink sink);
  // A sink writing straight to file descriptor 2 with write(2): not through stdio, whose lock a
  // blocked write would hold and exit() would then wait for.
  static Sink stderr_sink();

  void write(std::string_view line);  // never blocks on the output
  // Writes what is queued, waiting up to `timeout`; a thread still blocked after that is left
  // to the end of the process.
  void close(std::chrono::milliseconds timeout);

 private:
  explicit LogWriter(Sink sink) : sink_(std::move(sink)) {}
  void run();

  Sink sink_;
  std::mutex mutex_;
  std::condition_variable wake_;
  std::condition_variable idle_;
  std::deque<std::string> queue_;
  size_t queued_bytes_ = 0;
  size_t dropped_ = 0;
  bool writing_ = false;
  bool closing_ = false;
  std::thread thread_;
};

}  // namespace readout::lsp
