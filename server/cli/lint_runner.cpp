#include "lint_runner.hpp"

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <map>
#include <mutex>
#include <thread>
#include <vector>

#include "lint_fix.hpp"
#include "readout/syntax.hpp"

namespace readout::cli {

LintedFile lint_text(std::string display_path, std::string text,
                     std::shared_ptr<const Registry> registry, const AnalysisOptions& options,
                     bool fix) {
  // One fix can reveal or unblock another (overlapping fixes wait for the next round).
  constexpr int kMaxFixRounds = 10;
  LintedFile result;
  result.display_path = std::move(display_path);
  auto analysis = analyze(SyntaxTree::parse(std::move(text)), registry, options);
  for (int round = 0; fix && round < kMaxFixRounds; ++round) {
    size_t applied = 0;
    std::vector<TextEdit> edits = choose_safe_fixes(analysis->diagnostics(), applied);
    if (edits.empty()) break;
    std::string fixed = analysis->syntax->text();
    if (!apply_edits(fixed, std::move(edits))) break;
    result.fixes_applied += applied;
    analysis = analyze(SyntaxTree::parse(std::move(fixed)), registry, options);
  }
  result.text = analysis->syntax->text();
  result.lines = analysis->syntax->lines();
  result.diagnostics = analysis->diagnostics();
  return result;
}

void lint_in_order(size_t count, unsigned jobs, const std::function<LintSlot(size_t)>& lint,
                   const std::function<void(size_t, LintSlot&)>& use) {
  jobs = std::max(1u, jobs);
  const size_t ahead = 4 * static_cast<size_t>(jobs);  // files linted but not yet used, at most
  std::mutex mutex;
  std::condition_variable claimable, finished;
  size_t next = 0, used = 0;
  std::map<size_t, LintSlot> done;
  auto work = [&] {
    for (;;) {
      size_t i = 0;
      {
        std::unique_lock lock(mutex);
        claimable.wait(lock, [&] { return next >= count || next < used + ahead; });
        if (next >= count) return;
        i = next++;
      }
      LintSlot slot;
      try {
        slot = lint(i);
      } catch (const std::exception& e) {  // a file that breaks the linter must not stop the run
        slot = LintSlot{};
        slot.error = std::string("internal error: ") + e.what();
      }
      {
        std::lock_guard lock(mutex);
        done.emplace(i, std::move(slot));
      }
      finished.notify_one();
    }
  };
  std::vector<std::jthread> workers;
  for (unsigned t = 0; t < std::min<size_t>(jobs, count); ++t) workers.emplace_back(work);
  for (size_t i = 0; i < count; ++i) {
    LintSlot slot;
    {
      std::unique_lock lock(mutex);
      finished.wait(lock, [&] { return done.contains(i); });
      slot = std::move(done.at(i));
      done.erase(i);
    }
    try {
      use(i, slot);
    } catch (...) {  // stop the workers before the exception leaves (they join on the way out)
      {
        std::lock_guard lock(mutex);
        next = count;
      }
      claimable.notify_all();
      throw;
    }
    {
      std::lock_guard lock(mutex);
      used = i + 1;
    }
    claimable.notify_all();
  }
}

void run_parallel(size_t count, unsigned jobs, const std::function<void(size_t)>& task) {
  std::atomic<size_t> next{0};
  auto work = [&] {
    for (size_t i = next++; i < count; i = next++) task(i);
  };
  size_t extra_threads = std::min<size_t>(jobs == 0 ? 1 : jobs, count);
  extra_threads = extra_threads == 0 ? 0 : extra_threads - 1;
  std::vector<std::jthread> threads;
  for (size_t t = 0; t < extra_threads; ++t) threads.emplace_back(work);
  work();
}

}  // namespace readout::cli
