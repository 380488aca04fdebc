// A JSON document written while its one long array is still being filled: the document comes
// out byte for byte as ordered_json::dump(2) would write it whole, but each element is written
// (and can be freed) as soon as it is known.
#pragma once

#include <ostream>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

namespace readout::cli {

class StreamedArray {
 public:
  // What a document holds where the streamed array's elements go (as its only element).
  static constexpr std::string_view kPlaceholder = "@@readout-streamed-array@@";
  // The array to put in a document where the streamed elements go.
  static nlohmann::ordered_json placeholder() {
    return nlohmann::ordered_json::array({std::string(kPlaceholder)});
  }

  explicit StreamedArray(std::ostream& out) : out_(out) {}
  // Writes `document` up to the array's opening bracket.
  void begin(const nlohmann::ordered_json& document);
  void add(const nlohmann::ordered_json& element);
  // Writes the rest of `document` (which may differ from begin's after the array: a summary).
  void end(const nlohmann::ordered_json& document);

 private:
  struct Parts {
    std::string before;  // up to and with "[\n"
    size_t indent = 0;   // of the array's elements
    std::string after;   // from the newline before "]"
  };
  static Parts split(const nlohmann::ordered_json& document);
  std::ostream& out_;
  size_t indent_ = 0;
  bool empty_ = true;
};

}  // namespace readout::cli
