// Linting files, one per task, on a few threads; results keep the input order.
#pragma once

#include <cstddef>
#include <functional>
#include <string>

#include "lint_types.hpp"
#include "readout/analysis.hpp"
#include "readout/registry.hpp"

namespace readout::cli {

// Parses and analyses `text`. With `fix`, applies safe fixes and analyses again, until no
// safe fix is left (or a few rounds have passed), so that a second run finds nothing to fix.
LintedFile lint_text(std::string display_path, std::string text,
                     std::shared_ptr<const Registry> registry, const AnalysisOptions& options,
                     bool fix);

// Calls task(0..count-1) on up to `jobs` threads (the calling one included). Each index is
// handled exactly once; the caller stores results by index, so order is deterministic.
void run_parallel(size_t count, unsigned jobs, const std::function<void(size_t)>& task);

// What linting one input gave.
struct LintSlot {
  bool read = false;
  std::string error;     // why it could not be read
  std::string original;  // the text before --fix
  LintedFile file;
};

// Lints inputs 0..count-1 with lint(i) on `jobs` threads and hands each result to use(i, slot)
// on the calling thread, in index order, as soon as it and those before it are done. Workers
// stay at most a few files ahead of use(), so memory does not grow with the number of inputs.
void lint_in_order(size_t count, unsigned jobs, const std::function<LintSlot(size_t)>& lint,
                   const std::function<void(size_t, LintSlot&)>& use);

}  // namespace readout::cli
