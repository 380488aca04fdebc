// JSON with comments and trailing commas, for `.readout.json`. nlohmann_json skips comments
// itself; this scanner blanks trailing commas (which nlohmann_json 3.11 rejects) and records
// where each key and value starts, so that errors found after parsing can point at them.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <string_view>

namespace readout::data {

struct JsoncLayout {
  std::string cleaned;  // the input, same length, with trailing commas replaced by spaces
  // JSON pointer ("/rules/name-misspelled") -> byte offset of the key's opening quote.
  std::map<std::string, uint32_t, std::less<>> key_offsets;
  // JSON pointer -> byte offset of the value's first character ("" is the root).
  std::map<std::string, uint32_t, std::less<>> value_offsets;
};

// Never fails: on malformed input the layout is partial and the JSON parser reports the error.
JsoncLayout scan_jsonc(std::string_view text);

// "/" + key with '~' and '/' escaped as JSON pointers require.
std::string pointer_append(std::string_view pointer, std::string_view key);

}  // namespace readout::data
