// Line bookkeeping for UTF-8 byte offsets: LF, CRLF and lone CR all end a line.
#include <algorithm>

#include "readout/text.hpp"

namespace readout {

LineIndex::LineIndex(std::string_view text) : size_(static_cast<uint32_t>(text.size())) {
  ends_.clear();
  scan(text, 0, size_);
  ends_.push_back(size_);
}

// Appends the line breaks in [from, to) (a break's CRLF pair may end at `to`).
void LineIndex::scan(std::string_view text, uint32_t from, uint32_t to) {
  const char* data = text.data();
  for (uint32_t i = from; i < to; ++i) {
    const char c = data[i];
    if (static_cast<unsigned char>(c) > '\r' || (c != '\n' && c != '\r')) continue;
    ends_.push_back(i);
    if (c == '\r') {
      if (i + 1 < text.size() && data[i + 1] == '\n')
        ++i;
      else
        ++lone_crs_;
    }
    starts_.push_back(i + 1);
  }
}

LineIndex::LineIndex(const LineIndex& old, std::string_view text, uint32_t edit_begin,
                     uint32_t old_end, uint32_t new_end)
    : size_(static_cast<uint32_t>(text.size())) {
  const int64_t delta = static_cast<int64_t>(new_end) - static_cast<int64_t>(old_end);
  // Keep the lines that end before the edit, less one (a CR before the edit may pair with an
  // LF it inserts), and the lines that start well after it, shifted; scan the rest again.
  const uint32_t first = old.position(edit_begin).line;
  const uint32_t keep = first > 0 ? first - 1 : 0;  // lines 0..keep-1 are untouched
  starts_.assign(old.starts_.begin(), old.starts_.begin() + keep + 1);
  ends_.assign(old.ends_.begin(), old.ends_.begin() + keep);
  for (uint32_t k = 0; k < keep; ++k)
    if (old.ends_[k] + 1 == old.starts_[k + 1] && text[old.ends_[k]] == '\r') ++lone_crs_;
  // The first old line start after the edit whose preceding break is not touched by it.
  auto resume = std::upper_bound(old.starts_.begin(), old.starts_.end(), old_end + 1);
  const uint32_t scan_end =
      resume == old.starts_.end() ? size_ : static_cast<uint32_t>(*resume - 1 + delta);
  scan(text, starts_.back(), std::min(scan_end, size_));
  if (resume != old.starts_.end()) {
    // Copy the rest: each old line from `resume` on ends where it did, shifted.
    const size_t index = static_cast<size_t>(resume - old.starts_.begin());
    if (starts_.back() != static_cast<uint32_t>(*resume + delta)) {
      // The scan stopped before the break that precedes `resume`: add it.
      ends_.push_back(static_cast<uint32_t>(old.ends_[index - 1] + delta));
      starts_.push_back(static_cast<uint32_t>(*resume + delta));
      if (old.ends_[index - 1] + 1 == *resume &&
          text[static_cast<size_t>(old.ends_[index - 1] + delta)] == '\r')
        ++lone_crs_;
    }
    for (size_t k = index; k + 1 < old.starts_.size(); ++k) {
      ends_.push_back(static_cast<uint32_t>(old.ends_[k] + delta));
      starts_.push_back(static_cast<uint32_t>(old.starts_[k + 1] + delta));
      if (old.ends_[k] + 1 == old.starts_[k + 1] &&
          text[static_cast<size_t>(old.ends_[k] + delta)] == '\r')
        ++lone_crs_;
    }
  }
  ends_.push_back(size_);
}

LineColumn LineIndex::position(uint32_t offset) const {
  offset = std::min(offset, size_);
  const auto next = std::upper_bound(starts_.begin(), starts_.end(), offset);
  const auto line = static_cast<uint32_t>(next - starts_.begin() - 1);
  return {line, offset - starts_[line]};
}

uint32_t LineIndex::offset(LineColumn position) const {
  if (position.line >= line_count()) return size_;
  const uint32_t start = starts_[position.line];
  return std::min(start + position.column, ends_[position.line]);
}

uint32_t LineIndex::line_start(uint32_t line) const {
  return line < line_count() ? starts_[line] : size_;
}

std::string_view LineIndex::line_text(std::string_view text, uint32_t line) const {
  if (line >= line_count()) return {};
  const uint32_t start = std::min<uint32_t>(starts_[line], static_cast<uint32_t>(text.size()));
  const uint32_t end = std::min<uint32_t>(ends_[line], static_cast<uint32_t>(text.size()));
  return text.substr(start, end - start);
}

}  // namespace readout
