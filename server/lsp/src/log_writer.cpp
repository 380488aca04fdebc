#include "log_writer.hpp"

#include <unistd.h>

#include <cerrno>

namespace readout::lsp {

LogWriter::Sink LogWriter::stderr_sink() {
  return [](const std::string& line) {
    size_t done = 0;
    while (done < line.size()) {
      ssize_t n = ::write(2, line.data() + done, line.size() - done);
      if (n > 0)
        done += static_cast<size_t>(n);
      else if (n < 0 && errno == EINTR)
        continue;
      else
        return;  // stderr closed: the log goes nowhere
    }
  };
}

std::shared_ptr<LogWriter> LogWriter::start(Sink sink) {
  std::shared_ptr<LogWriter> writer(new LogWriter(std::move(sink)));
  // The thread holds the writer, so that a thread left blocked at exit still has it.
  writer->thread_ = std::thread([writer] { writer->run(); });
  return writer;
}

void LogWriter::write(std::string_view line) {
  std::lock_guard lock(mutex_);
  if (closing_) return;
  if (queued_bytes_ + line.size() > kMaxQueuedBytes) {
    ++dropped_;
    return;
  }
  queued_bytes_ += line.size();
  queue_.emplace_back(line);
  wake_.notify_one();
}

void LogWriter::run() {
  std::unique_lock lock(mutex_);
  while (true) {
    wake_.wait(lock, [this] { return !queue_.empty() || dropped_ > 0 || closing_; });
    if (queue_.empty() && dropped_ == 0) break;  // closing, and everything written
    std::string text;
    if (!queue_.empty()) {
      text = std::move(queue_.front());
      queue_.pop_front();
      queued_bytes_ -= text.size();
    } else {
      text = "readout lsp: warning: " + std::to_string(dropped_) +
             " log lines dropped: the log was not being read";
      dropped_ = 0;
    }
    writing_ = true;
    lock.unlock();
    sink_(text + '\n');
    lock.lock();
    writing_ = false;
    idle_.notify_all();
  }
  idle_.notify_all();
}

void LogWriter::close(std::chrono::milliseconds timeout) {
  std::unique_lock lock(mutex_);
  closing_ = true;
  wake_.notify_one();
  bool done = idle_.wait_for(lock, timeout,
                             [this] { return queue_.empty() && dropped_ == 0 && !writing_; });
  lock.unlock();
  if (done && thread_.joinable())
    thread_.join();
  else if (thread_.joinable())
    thread_.detach();
}

}  // namespace readout::lsp
