#include "lint_progress.hpp"

#include <unistd.h>

#include <cstdio>
#include <string>

namespace readout::cli {

bool ProgressBar::wanted(size_t files) {
  constexpr size_t kManyFiles = 20;
  return files >= kManyFiles && ::isatty(STDERR_FILENO) == 1;
}

void ProgressBar::advance() {
  ++done_;
  if (enabled_) draw();
}

void ProgressBar::draw() {
  std::lock_guard lock(mutex_);
  size_t done = done_.load();  // read under the lock, so the bar never moves backwards
  size_t percent = total_ == 0 ? 100 : done * 100 / total_;
  if (percent == drawn_percent_) return;  // redraw only when the bar moves
  drawn_percent_ = percent;
  constexpr size_t kWidth = 30;
  size_t filled = percent * kWidth / 100;
  std::string bar = "\r[" + std::string(filled, '#') + std::string(kWidth - filled, '.') + "] " +
                    std::to_string(done) + "/" + std::to_string(total_) + " files";
  std::fputs(bar.c_str(), stderr);
  std::fflush(stderr);
  visible_ = true;
}

void ProgressBar::finish() {
  std::lock_guard lock(mutex_);
  if (!visible_) return;
  std::fputs("\r\x1b[K", stderr);  // back to the line start, clear it
  std::fflush(stderr);
  visible_ = false;
}

}  // namespace readout::cli
