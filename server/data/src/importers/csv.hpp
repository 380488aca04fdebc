// A small RFC 4180 CSV reader that keeps the position of every field for error messages.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace readout::data::csv {

struct Field {
  std::string value;
  uint32_t line = 1;    // 1-based
  uint32_t column = 1;  // 1-based, in bytes
};

using Row = std::vector<Field>;

// Splits the text into rows of fields: quoted fields may hold commas, doubled quotes and line
// breaks; CRLF and LF end rows; a final empty line is not a row. Sets `error` (with its
// line/column) on an unterminated quote.
std::vector<Row> parse(std::string_view text, Field& error);

}  // namespace readout::data::csv
