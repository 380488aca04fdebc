// A one-line progress bar on standard error for long runs on a terminal. Thread-safe.
#pragma once

#include <atomic>
#include <cstddef>
#include <mutex>

namespace readout::cli {

class ProgressBar {
 public:
  // Shown only when `enabled` (stderr is a terminal and there are many files).
  ProgressBar(size_t total, bool enabled) : total_(total), enabled_(enabled) {}
  ~ProgressBar() { finish(); }

  void advance();  // one more file done
  void finish();   // erases the bar

  // Whether a run over `files` files deserves a bar: stderr is a terminal and it is long.
  static bool wanted(size_t files);

 private:
  void draw();
  size_t total_;
  bool enabled_;
  std::atomic<size_t> done_{0};
  std::mutex mutex_;
  size_t drawn_percent_ = 101;
  bool visible_ = false;
};

}  // namespace readout::cli
