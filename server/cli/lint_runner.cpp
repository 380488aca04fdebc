#include "lint_runner.hpp"

#include <algorithm>
#include <atomic>
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
    std::vector<TextEdit> edits = choose_safe_fixes(analysis->diagnostics, applied);
    if (edits.empty()) break;
    std::string fixed = analysis->syntax->text();
    if (!apply_edits(fixed, std::move(edits))) break;
    result.fixes_applied += applied;
    analysis = analyze(SyntaxTree::parse(std::move(fixed)), registry, options);
  }
  result.text = analysis->syntax->text();
  result.lines = analysis->syntax->lines();
  result.diagnostics = analysis->diagnostics;
  return result;
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
