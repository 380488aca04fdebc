#include "formats/positions.hpp"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

namespace readout::cli {
namespace {

template <typename Visit>
void for_each_code_point(std::string_view utf8, Visit visit) {
  const auto* bytes = reinterpret_cast<const uint8_t*>(utf8.data());
  int32_t length = static_cast<int32_t>(utf8.size());
  int32_t i = 0;
  while (i < length) {
    UChar32 c;
    U8_NEXT(bytes, i, length, c);
    visit(c);
  }
}

uint32_t cell_width(UChar32 c) {
  if (c < 0) return 1;  // malformed byte, printed as one replacement character
  int8_t category = static_cast<int8_t>(u_charType(c));
  if (category == U_NON_SPACING_MARK || category == U_ENCLOSING_MARK || c == 0x200B) return 0;
  int width = u_getIntPropertyValue(c, UCHAR_EAST_ASIAN_WIDTH);
  return (width == U_EA_WIDE || width == U_EA_FULLWIDTH) ? 2 : 1;
}

}  // namespace

uint32_t count_code_points(std::string_view utf8) {
  uint32_t count = 0;
  for_each_code_point(utf8, [&](UChar32) { ++count; });
  return count;
}

uint32_t display_width(std::string_view utf8) {
  uint32_t width = 0;
  for_each_code_point(utf8, [&](UChar32 c) { width += cell_width(c); });
  return width;
}

DisplayPosition display_position(std::string_view text, const LineIndex& lines, uint32_t offset) {
  if (offset > text.size()) offset = static_cast<uint32_t>(text.size());
  LineColumn position = lines.position(offset);
  uint32_t start = lines.line_start(position.line);
  return {position.line + 1, count_code_points(text.substr(start, offset - start)) + 1};
}

}  // namespace readout::cli
