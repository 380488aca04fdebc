// Applying a batch of non-overlapping edits, all addressed to the original text.
#include <algorithm>

#include "readout/text.hpp"

namespace readout {

bool apply_edits(std::string& text, std::vector<TextEdit> edits) {
  // Stable, so that several insertions at one offset keep the order they were given in.
  std::stable_sort(edits.begin(), edits.end(), [](const TextEdit& a, const TextEdit& b) {
    // An insertion sorts before a replacement starting at the same offset: they do not overlap.
    if (a.range.begin != b.range.begin) return a.range.begin < b.range.begin;
    return a.range.end < b.range.end;
  });
  uint32_t previous_end = 0;
  for (const TextEdit& edit : edits) {
    if (edit.range.begin > edit.range.end || edit.range.end > text.size()) return false;
    if (edit.range.begin < previous_end) return false;
    previous_end = edit.range.end;
  }
  std::string result;
  result.reserve(text.size());
  uint32_t copied = 0;
  for (const TextEdit& edit : edits) {
    result.append(text, copied, edit.range.begin - copied);
    result += edit.replacement;
    copied = edit.range.end;
  }
  result.append(text, copied, std::string::npos);
  text = std::move(result);
  return true;
}

}  // namespace readout
