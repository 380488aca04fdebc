// A JSON tree that remembers where each value and key starts, so that problems found after
// parsing (a bad date, an unknown id) can be reported at the right line and column.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace readout::data {

struct LocatedJson {
  enum class Kind { Null, Boolean, Number, String, Array, Object };
  Kind kind = Kind::Null;
  uint32_t offset = 0;  // byte offset of the value's first character
  bool boolean = false;
  std::string text;                // a string's value or a number's spelling
  std::vector<LocatedJson> items;  // array elements
  struct Member;
  std::vector<Member> members;  // object members, in file order

  [[nodiscard]] const LocatedJson* find(std::string_view key) const;
  [[nodiscard]] std::string_view kind_name() const;  // "a string", "an object", ...
};

struct LocatedJson::Member {
  std::string key;
  uint32_t key_offset = 0;
  LocatedJson value;
};

struct JsonSyntaxError {
  uint32_t offset = 0;
  std::string message;
};

// Parses strict JSON (RFC 8259) with nlohmann_json's SAX interface. False on a syntax error.
bool parse_located_json(std::string_view text, LocatedJson& out, JsonSyntaxError& error);

}  // namespace readout::data
