#include "readout/lsp/positions.hpp"

#include <algorithm>

namespace readout::lsp {

std::string_view to_string(PositionEncoding encoding) {
  switch (encoding) {
    case PositionEncoding::Utf8:
      return "utf-8";
    case PositionEncoding::Utf16:
      return "utf-16";
    case PositionEncoding::Utf32:
      return "utf-32";
  }
  return "utf-16";
}

std::optional<PositionEncoding> parse_position_encoding(std::string_view name) {
  if (name == "utf-8") return PositionEncoding::Utf8;
  if (name == "utf-16") return PositionEncoding::Utf16;
  if (name == "utf-32") return PositionEncoding::Utf32;
  return std::nullopt;
}

uint32_t utf8_length(unsigned char lead) {
  if (lead < 0x80) return 1;
  if ((lead >> 5) == 0x6) return 2;
  if ((lead >> 4) == 0xE) return 3;
  if ((lead >> 3) == 0x1E) return 4;
  return 1;  // stray continuation or invalid byte: count it alone
}

uint32_t code_units(unsigned char lead, PositionEncoding encoding) {
  switch (encoding) {
    case PositionEncoding::Utf8:
      return utf8_length(lead);
    case PositionEncoding::Utf16:
      return utf8_length(lead) == 4 ? 2 : 1;  // astral: a pair
    case PositionEncoding::Utf32:
      return 1;
  }
  return 1;
}

uint32_t length_in(std::string_view text, PositionEncoding encoding) {
  uint32_t units = 0;
  for (size_t i = 0; i < text.size();) {
    auto lead = static_cast<unsigned char>(text[i]);
    units += code_units(lead, encoding);
    i += std::min<size_t>(utf8_length(lead), text.size() - i);
  }
  return units;
}

uint32_t PositionMapper::offset(Position position) const {
  if (position.line >= lines_.line_count()) return static_cast<uint32_t>(text_.size());
  uint32_t start = lines_.line_start(position.line);
  std::string_view line = lines_.line_text(text_, position.line);
  uint32_t units = 0;
  size_t i = 0;
  while (i < line.size()) {
    auto lead = static_cast<unsigned char>(line[i]);
    uint32_t next_units = units + code_units(lead, encoding_);
    if (next_units > position.character) break;
    units = next_units;
    i += std::min<size_t>(utf8_length(lead), line.size() - i);
  }
  return start + static_cast<uint32_t>(i);
}

Position PositionMapper::position(uint32_t offset) const {
  offset = std::min<uint32_t>(offset, static_cast<uint32_t>(text_.size()));
  LineColumn lc = lines_.position(offset);
  std::string_view line = lines_.line_text(text_, lc.line);
  // An offset inside the line terminator (between CR and LF) counts as the line's end.
  uint32_t column = std::min<uint32_t>(lc.column, static_cast<uint32_t>(line.size()));
  return {lc.line, length_in(line.substr(0, column), encoding_)};
}

ByteRange PositionMapper::byte_range(const Range& range) const {
  uint32_t begin = offset(range.start);
  uint32_t end = offset(range.end);
  if (end < begin) std::swap(begin, end);
  return {begin, end};
}

Range PositionMapper::range(ByteRange bytes) const {
  return {position(bytes.begin), position(bytes.end)};
}

}  // namespace readout::lsp
