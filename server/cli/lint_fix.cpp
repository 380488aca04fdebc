#include "lint_fix.hpp"

#include <algorithm>

namespace readout::cli {

std::vector<TextEdit> choose_safe_fixes(const std::vector<Diagnostic>& diagnostics,
                                        size_t& applied) {
  std::vector<TextEdit> chosen;
  applied = 0;
  auto overlaps = [&](const TextEdit& edit) {
    return std::any_of(chosen.begin(), chosen.end(), [&](const TextEdit& other) {
      // Two insertions at one point, or an edit inside another, would be ambiguous.
      return (edit.range.begin < other.range.end && other.range.begin < edit.range.end) ||
             edit.range.begin == other.range.begin;
    });
  };
  for (const Diagnostic& d : diagnostics) {
    auto fix = std::find_if(d.fixes.begin(), d.fixes.end(), [](const Fix& f) { return f.safe; });
    if (fix == d.fixes.end() || fix->edits.empty()) continue;
    if (std::any_of(fix->edits.begin(), fix->edits.end(), overlaps)) continue;
    chosen.insert(chosen.end(), fix->edits.begin(), fix->edits.end());
    ++applied;
  }
  return chosen;
}

}  // namespace readout::cli
