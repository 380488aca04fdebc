#include "work_queue.hpp"

#include <algorithm>
#include <thread>

namespace readout::lsp {
namespace {

unsigned worker_count(unsigned requested) {
  if (requested > 0) return requested;
  return std::max(2u, std::thread::hardware_concurrency());
}

}  // namespace

WorkQueue::WorkQueue(unsigned workers, ErrorLog on_error)
    : on_error_(std::move(on_error)), pool_(worker_count(workers)) {}

void WorkQueue::started() {
  std::lock_guard lock(mutex_);
  ++in_flight_;
}

void WorkQueue::finished() {
  std::lock_guard lock(mutex_);
  if (--in_flight_ == 0) idle_.notify_all();
}

void WorkQueue::wait_idle(std::optional<std::chrono::milliseconds> timeout) {
  std::unique_lock lock(mutex_);
  auto idle = [this] { return in_flight_ == 0; };
  if (timeout)
    idle_.wait_for(lock, *timeout, idle);
  else
    idle_.wait(lock, idle);
}

void WorkQueue::stop() {
  pool_.stop();
  pool_.join();
}

}  // namespace readout::lsp
