// Where the server's work runs: a thread pool, with a strand per document so that its edits,
// analyses and requests run in arrival order, and a count of work in flight for wait_idle()
// and shutdown.
#pragma once

#include <chrono>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <optional>
#include <string>

#include <boost/asio/post.hpp>
#include <boost/asio/strand.hpp>
#include <boost/asio/thread_pool.hpp>

namespace readout::lsp {

using Strand = boost::asio::strand<boost::asio::thread_pool::executor_type>;

class WorkQueue {
 public:
  using ErrorLog = std::function<void(const std::string& what)>;
  WorkQueue(unsigned workers, ErrorLog on_error);

  Strand make_strand() { return boost::asio::make_strand(pool_.get_executor()); }

  // Runs `work` on the executor (the pool or a strand); an exception it throws is logged.
  template <class Executor, class F>
  void spawn(const Executor& executor, F&& work);
  template <class F>
  void spawn(F&& work) {
    spawn(pool_.get_executor(), std::forward<F>(work));
  }

  // Counts work started elsewhere (a timer) as in flight until finished().
  void started();
  void finished();

  // Waits until nothing is in flight, or until `timeout` has passed.
  void wait_idle(std::optional<std::chrono::milliseconds> timeout = std::nullopt);
  // Stops taking work and joins the threads.
  void stop();

 private:
  ErrorLog on_error_;
  std::mutex mutex_;
  std::condition_variable idle_;
  int in_flight_ = 0;
  boost::asio::thread_pool pool_;
};

template <class Executor, class F>
void WorkQueue::spawn(const Executor& executor, F&& work) {
  started();
  boost::asio::post(executor, [this, work = std::forward<F>(work)]() mutable {
    try {
      work();
    } catch (const std::exception& e) {
      on_error_(std::string("internal error: ") + e.what());
    }
    finished();
  });
}

}  // namespace readout::lsp
