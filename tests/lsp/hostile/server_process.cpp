#include "server_process.hpp"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fstream>

namespace readout::lsp::testing {
namespace {

constexpr size_t kStderrKeep = 1 << 20;  // the tail of the server's stderr kept for reports

#if defined(__SANITIZE_ADDRESS__)
constexpr double kBuildScale = 4;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr double kBuildScale = 4;
#else
constexpr double kBuildScale = 1;
#endif
#else
constexpr double kBuildScale = 1;
#endif

void set_nonblocking(int fd) { fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK); }

void close_fd(int& fd) {
  if (fd != -1) ::close(fd);
  fd = -1;
}

}  // namespace

double time_scale() {
  if (const char* env = std::getenv("READOUT_TEST_TIME_SCALE")) {
    double value = std::atof(env);
    if (value > 0) return value;
  }
  return kBuildScale;
}

Clock::time_point deadline_in(double seconds) {
  return Clock::now() + std::chrono::milliseconds(static_cast<long>(seconds * 1000 * time_scale()));
}

ServerProcess::ServerProcess(const std::vector<std::string>& argv) {
  int to[2], from[2], errs[2];
  if (pipe(to) != 0 || pipe(from) != 0 || pipe(errs) != 0) {
    problems_.push_back(std::string("pipe: ") + std::strerror(errno));
    return;
  }
  pid_ = fork();
  if (pid_ == 0) {
    dup2(to[0], 0);
    dup2(from[1], 1);
    dup2(errs[1], 2);
    for (int fd : {to[0], to[1], from[0], from[1], errs[0], errs[1]}) ::close(fd);
    signal(SIGPIPE, SIG_DFL);
    std::vector<std::string> copy = argv;
    std::vector<char*> args;
    for (auto& a : copy) args.push_back(a.data());
    args.push_back(nullptr);
    execvp(args[0], args.data());
    _exit(127);
  }
  ::close(to[0]);
  ::close(from[1]);
  ::close(errs[1]);
  in_ = to[1];
  out_ = from[0];
  err_ = errs[0];
  for (int fd : {in_, out_, err_}) set_nonblocking(fd);
  // Writing to a server that has gone must fail with EPIPE, not kill the test.
  signal(SIGPIPE, SIG_IGN);
}

ServerProcess::~ServerProcess() {
  if (pid_ > 0 && !status_) {
    kill(pid_, SIGKILL);
    waitpid(pid_, nullptr, 0);
  }
  close_fd(in_);
  close_fd(out_);
  close_fd(err_);
}

void ServerProcess::read_output() {
  char buffer[64 * 1024];
  while (out_ != -1) {
    ssize_t n = ::read(out_, buffer, sizeof buffer);
    if (n > 0) {
      reader_.feed(std::string_view(buffer, static_cast<size_t>(n)));
      while (auto frame = reader_.next()) {
        if (!frame->ok) {
          problems_.push_back("the server sent a bad frame: " + frame->error);
          continue;
        }
        auto message = nlohmann::json::parse(frame->body, nullptr, false);
        if (message.is_discarded())
          problems_.push_back("the server sent a body that is not JSON: " +
                              frame->body.substr(0, 200));
        else
          messages_.push_back(std::move(message));
      }
      continue;
    }
    if (n < 0 && (errno == EAGAIN || errno == EINTR)) return;
    if (auto frame = reader_.finish())
      problems_.push_back("output ended inside a frame: " + frame->error);
    close_fd(out_);
  }
}

void ServerProcess::read_stderr() {
  char buffer[16 * 1024];
  while (err_ != -1) {
    ssize_t n = ::read(err_, buffer, sizeof buffer);
    if (n > 0) {
      stderr_.append(buffer, static_cast<size_t>(n));
      if (stderr_.size() > 2 * kStderrKeep) stderr_.erase(0, stderr_.size() - kStderrKeep);
      continue;
    }
    if (n < 0 && (errno == EAGAIN || errno == EINTR)) return;
    close_fd(err_);
  }
}

bool ServerProcess::pump(Clock::time_point deadline, bool want_write) {
  pollfd fds[3];
  int count = 0;
  if (reading_ && out_ != -1) fds[count++] = {out_, POLLIN, 0};
  if (draining_stderr_ && err_ != -1) fds[count++] = {err_, POLLIN, 0};
  if (want_write && in_ != -1) fds[count++] = {in_, POLLOUT, 0};
  auto left =
      std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now()).count();
  if (left <= 0) return false;
  int ready = poll(fds, static_cast<nfds_t>(count), static_cast<int>(std::min<long>(left, 50)));
  if (ready < 0 && errno != EINTR) return false;
  for (int i = 0; i < count; ++i) {
    if (fds[i].revents == 0) continue;
    if (fds[i].fd == out_)
      read_output();
    else if (fds[i].fd == err_)
      read_stderr();
  }
  return true;
}

bool ServerProcess::write(std::string_view bytes, Clock::time_point deadline, std::string& error) {
  size_t done = 0;
  while (done < bytes.size()) {
    if (in_ == -1) {
      error = "the server's input is closed";
      return false;
    }
    ssize_t n = ::write(in_, bytes.data() + done, std::min<size_t>(bytes.size() - done, 1 << 20));
    if (n > 0) {
      done += static_cast<size_t>(n);
      continue;
    }
    if (n < 0 && errno == EPIPE) {
      error = "the server closed its input after " + std::to_string(done) + " of " +
              std::to_string(bytes.size()) + " bytes";
      return false;
    }
    if (n < 0 && errno != EAGAIN && errno != EINTR) {
      error = std::string("write: ") + std::strerror(errno);
      return false;
    }
    if (!pump(deadline, true)) {
      error = "timed out writing to the server: it stopped reading its input after " +
              std::to_string(done) + " of " + std::to_string(bytes.size()) + " bytes";
      return false;
    }
  }
  return true;
}

std::optional<nlohmann::json> ServerProcess::next_message(Clock::time_point deadline) {
  while (messages_.empty()) {
    if (out_ == -1) return std::nullopt;
    bool was_reading = reading_;
    reading_ = true;
    bool ok = pump(deadline, false);
    reading_ = was_reading;
    if (!ok) return std::nullopt;
  }
  nlohmann::json message = std::move(messages_.front());
  messages_.pop_front();
  return message;
}

void ServerProcess::close_input() { close_fd(in_); }

void ServerProcess::close_output() {
  close_fd(out_);
  messages_.clear();
}

void ServerProcess::reap() {
  if (status_ || pid_ <= 0) return;
  int status = 0;
  if (waitpid(pid_, &status, WNOHANG) != pid_) return;
  status_ = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

std::optional<int> ServerProcess::wait_exit(Clock::time_point deadline) {
  while (true) {
    reap();
    if (status_) {
      // Collect what it wrote before exiting.
      if (reading_ && out_ != -1) read_output();
      if (err_ != -1) read_stderr();
      return status_;
    }
    if (!pump(deadline, false)) return std::nullopt;
  }
}

long ServerProcess::resident_kb() const {
  std::ifstream status("/proc/" + std::to_string(pid_) + "/status");
  std::string key;
  while (status >> key) {
    if (key == "VmRSS:") {
      long kb = 0;
      status >> kb;
      return kb;
    }
    status.ignore(4096, '\n');
  }
  return 0;
}

}  // namespace readout::lsp::testing
