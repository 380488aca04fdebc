// A language server run as a child process over pipes, the way editors run it. Every operation
// takes a deadline, so a server that hangs (or stops reading) fails a test instead of blocking
// it; the destructor kills a server that is still running.
#pragma once

#include <sys/types.h>

#include <chrono>
#include <deque>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "readout/lsp/framing.hpp"

namespace readout::lsp::testing {

using Clock = std::chrono::steady_clock;

// How much slower than a normal build the binaries run: READOUT_TEST_TIME_SCALE, else 4 in a
// sanitizer build, else 1. Timeouts are multiplied by it.
double time_scale();
Clock::time_point deadline_in(double seconds);  // scaled

class ServerProcess {
 public:
  // argv[0] is the program; the child's stdin, stdout and stderr are pipes.
  explicit ServerProcess(const std::vector<std::string>& argv);
  ~ServerProcess();
  ServerProcess(const ServerProcess&) = delete;
  ServerProcess& operator=(const ServerProcess&) = delete;

  [[nodiscard]] pid_t pid() const { return pid_; }

  // Writes all bytes before the deadline. While the server's stdin is full it keeps reading the
  // server's output (unless reading is paused), so that neither side blocks the other.
  bool write(std::string_view bytes, Clock::time_point deadline, std::string& error);
  // The next message from the server, in order; nullopt at the deadline or end of output.
  std::optional<nlohmann::json> next_message(Clock::time_point deadline);

  // A client that stops reading the server's stdout (or stderr) lets the pipe fill up.
  void set_reading(bool reading) { reading_ = reading; }
  void set_draining_stderr(bool draining) { draining_stderr_ = draining; }
  void close_input();   // the server sees end of input
  void close_output();  // the client hangs up: the server's writes fail

  // Exit status (128 + N for signal N); nullopt when it is still running at the deadline.
  std::optional<int> wait_exit(Clock::time_point deadline);
  [[nodiscard]] bool output_ended() const { return out_ == -1; }

  [[nodiscard]] const std::string& stderr_text() const { return stderr_; }
  // Output that broke the protocol: frames that are not JSON, framing errors.
  [[nodiscard]] const std::vector<std::string>& protocol_problems() const { return problems_; }
  // Resident memory of the server in kB (/proc/PID/status VmRSS), 0 once it has exited.
  [[nodiscard]] long resident_kb() const;

 private:
  // Waits up to the deadline for the fds of interest, moving output into the buffers.
  // Returns false at the deadline.
  bool pump(Clock::time_point deadline, bool want_write);
  void read_output();
  void read_stderr();
  void reap();

  pid_t pid_ = -1;
  int in_ = -1, out_ = -1, err_ = -1;
  bool reading_ = true;
  bool draining_stderr_ = true;
  std::optional<int> status_;
  FrameReader reader_{static_cast<size_t>(1) << 40};
  std::deque<nlohmann::json> messages_;
  std::string stderr_;
  std::vector<std::string> problems_;
};

}  // namespace readout::lsp::testing
