// Line bookkeeping for UTF-8 byte offsets: LF, CRLF and lone CR all end a line.
#include <algorithm>

#include "readout/text.hpp"

namespace readout {

LineIndex::LineIndex(std::string_view text) : size_(static_cast<uint32_t>(text.size())) {
  ends_.clear();
  for (uint32_t i = 0; i < size_; ++i) {
    const char c = text[i];
    if (c != '\n' && c != '\r') continue;
    ends_.push_back(i);
    if (c == '\r' && i + 1 < size_ && text[i + 1] == '\n') ++i;
    starts_.push_back(i + 1);
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
