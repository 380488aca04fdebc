// Splitting a line of prose into words, for finding people mentioned in it.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "readout/text.hpp"

namespace readout::analysis {

struct Word {
  ByteRange range;     // the word without a possessive "'s"
  std::string folded;  // lower case, for comparing with title words
  bool capitalised = false;
  bool possessive = false;  // followed by "'s" / "’s" (not part of range)
  bool has_digit = false;   // "C5": never part of a name
  // What separates this word from the previous one.
  enum class Gap { Start, Space, Comma, Other } gap = Gap::Start;
};

// Words of `text`, whose first byte is at `base` in the document. Letters (any script) with
// inner hyphens and apostrophes make a word; "al-" and similar particles keep a capital after
// them capitalised ("al-Sudani").
std::vector<Word> split_words(std::string_view text, uint32_t base);

// Lower-case particles that may stand inside a name: "bin", "van", "de", ...
bool is_name_particle(std::string_view folded);

}  // namespace readout::analysis
