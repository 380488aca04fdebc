#include "formats/streamed_json.hpp"

#include <stdexcept>

namespace readout::cli {
namespace {

std::string dump(const nlohmann::ordered_json& value) {
  return value.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
}

}  // namespace

StreamedArray::Parts StreamedArray::split(const nlohmann::ordered_json& document) {
  const std::string text = dump(document);
  const std::string marker = "\"" + std::string(kPlaceholder) + "\"";
  const size_t at = text.find(marker);
  if (at == std::string::npos)
    throw std::logic_error("streamed JSON document without its placeholder");
  const size_t line = text.rfind('\n', at) + 1;
  return {text.substr(0, line), at - line, text.substr(at + marker.size())};
}

void StreamedArray::begin(const nlohmann::ordered_json& document) {
  const Parts parts = split(document);
  out_ << std::string_view(parts.before).substr(0, parts.before.size() - 1);  // up to "["
  indent_ = parts.indent;
}

void StreamedArray::add(const nlohmann::ordered_json& element) {
  const std::string text = dump(element);
  const std::string pad(indent_, ' ');
  std::string indented = (empty_ ? "\n" : ",\n") + pad;
  indented.reserve(text.size() + text.size() / 8);
  for (char c : text) {  // JSON strings hold no raw line breaks: each one is between values
    indented += c;
    if (c == '\n') indented += pad;
  }
  out_ << indented;
  empty_ = false;
}

void StreamedArray::end(const nlohmann::ordered_json& document) {
  const std::string after = split(document).after;
  if (!empty_) {
    out_ << after << '\n';
    return;
  }
  // An empty array is written "[]": drop the line break and indentation before "]".
  out_ << std::string_view(after).substr(after.find(']')) << '\n';
}

}  // namespace readout::cli
