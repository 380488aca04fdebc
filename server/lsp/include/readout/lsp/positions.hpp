// The one place where LSP positions (line + column in the negotiated encoding) and the core's
// UTF-8 byte offsets meet. Lines end at LF, CRLF or a lone CR, as in readout::LineIndex.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

#include "readout/text.hpp"

namespace readout::lsp {

enum class PositionEncoding { Utf8, Utf16, Utf32 };

std::string_view to_string(PositionEncoding encoding);  // "utf-8", "utf-16", "utf-32"
std::optional<PositionEncoding> parse_position_encoding(std::string_view name);

struct Position {
  uint32_t line = 0;
  uint32_t character = 0;
  friend bool operator==(const Position&, const Position&) = default;
};

struct Range {
  Position start;
  Position end;
  friend bool operator==(const Range&, const Range&) = default;
};

// Converts positions for one text. Columns past the end of a line clamp to the line's end;
// lines past the end of the text clamp to the end of the text; a column inside a character
// (half of a surrogate pair, inside a UTF-8 sequence) snaps to the character's start.
class PositionMapper {
 public:
  PositionMapper(std::string_view text, const LineIndex& lines, PositionEncoding encoding)
      : text_(text), lines_(lines), encoding_(encoding) {}

  [[nodiscard]] uint32_t offset(Position position) const;
  [[nodiscard]] Position position(uint32_t offset) const;
  [[nodiscard]] ByteRange byte_range(const Range& range) const;
  [[nodiscard]] Range range(ByteRange bytes) const;

 private:
  std::string_view text_;
  const LineIndex& lines_;
  PositionEncoding encoding_;
};

// Code units of one UTF-8 encoded character in the given encoding (given its lead byte).
uint32_t code_units(unsigned char lead_byte, PositionEncoding encoding);
// Byte length of the UTF-8 character starting with this lead byte (1 for invalid bytes).
uint32_t utf8_length(unsigned char lead_byte);
// Length of `text` in code units of the encoding.
uint32_t length_in(std::string_view text, PositionEncoding encoding);

}  // namespace readout::lsp
