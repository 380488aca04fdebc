// Positions as people and tools count them: 1-based lines, and 1-based columns in Unicode
// code points (not bytes), so "Astana’s" counts the apostrophe once.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "readout/text.hpp"

namespace readout::cli {

struct DisplayPosition {
  uint32_t line = 1;    // 1-based
  uint32_t column = 1;  // 1-based, in code points
};

DisplayPosition display_position(std::string_view text, const LineIndex& lines, uint32_t offset);

// Number of code points in a UTF-8 string (a malformed byte counts as one).
uint32_t count_code_points(std::string_view utf8);

// Terminal cells a UTF-8 string takes: wide East Asian characters take two, combining marks
// none, everything else one (tabs included, as the text format prints them as one space).
uint32_t display_width(std::string_view utf8);

}  // namespace readout::cli
