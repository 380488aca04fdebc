#include "config_jsonc.hpp"

#include <cctype>
#include <vector>

#include <nlohmann/json.hpp>

namespace readout::data {
namespace {

struct Frame {
  bool is_object = false;
  std::string pointer;  // of the container itself
  std::string key;      // object: the current member's key
  size_t index = 0;     // array: the current element's index
  bool expecting_key = true;
};

class Scanner {
 public:
  explicit Scanner(std::string_view text) : text_(text) { layout_.cleaned = std::string(text); }

  JsoncLayout run() {
    while (pos_ < text_.size()) step();
    return std::move(layout_);
  }

 private:
  void step() {
    char c = text_[pos_];
    if (skip_space_or_comment()) return;
    switch (c) {
      case '{':
      case '[': {
        std::string pointer = value_pointer();
        layout_.value_offsets.emplace(pointer, pos_);
        stack_.push_back(Frame{c == '{', pointer, {}, 0, true});
        ++pos_;
        return;
      }
      case '}':
      case ']':
        if (!stack_.empty()) stack_.pop_back();
        ++pos_;
        return;
      case ':':
        if (!stack_.empty()) stack_.back().expecting_key = false;
        ++pos_;
        return;
      case ',':
        comma();
        return;
      case '"':
        string_token();
        return;
      default:
        literal();
    }
  }

  // Skips one run of white space or one comment; returns whether it skipped anything.
  bool skip_space_or_comment() {
    size_t start = pos_;
    while (pos_ < text_.size() && std::isspace(static_cast<unsigned char>(text_[pos_]))) ++pos_;
    if (text_.compare(pos_, 2, "//") == 0) {
      while (pos_ < text_.size() && text_[pos_] != '\n' && text_[pos_] != '\r') ++pos_;
    } else if (text_.compare(pos_, 2, "/*") == 0) {
      size_t end = text_.find("*/", pos_ + 2);
      pos_ = end == std::string_view::npos ? text_.size() : end + 2;
    }
    return pos_ != start;
  }

  void comma() {
    size_t comma_at = pos_++;
    size_t saved = pos_;
    while (pos_ < text_.size() && skip_space_or_comment()) {
    }
    bool trailing = pos_ < text_.size() && (text_[pos_] == '}' || text_[pos_] == ']');
    pos_ = saved;
    if (trailing) {
      layout_.cleaned[comma_at] = ' ';
      return;
    }
    if (stack_.empty()) return;
    Frame& top = stack_.back();
    if (top.is_object) {
      top.expecting_key = true;
    } else {
      ++top.index;
    }
  }

  void string_token() {
    size_t start = pos_++;
    while (pos_ < text_.size() && text_[pos_] != '"') {
      if (text_[pos_] == '\\') ++pos_;
      ++pos_;
    }
    if (pos_ < text_.size()) ++pos_;
    std::string_view token = text_.substr(start, pos_ - start);
    if (!stack_.empty() && stack_.back().is_object && stack_.back().expecting_key) {
      Frame& top = stack_.back();
      top.key = decode(token);
      layout_.key_offsets.emplace(pointer_append(top.pointer, top.key), start);
      return;
    }
    layout_.value_offsets.emplace(value_pointer(), static_cast<uint32_t>(start));
  }

  void literal() {
    size_t start = pos_;
    while (pos_ < text_.size() && !std::isspace(static_cast<unsigned char>(text_[pos_])) &&
           std::string_view(",:{}[]\"/").find(text_[pos_]) == std::string_view::npos) {
      ++pos_;
    }
    if (pos_ == start) {
      ++pos_;  // a stray character: the parser will report it
      return;
    }
    layout_.value_offsets.emplace(value_pointer(), static_cast<uint32_t>(start));
  }

  std::string value_pointer() const {
    if (stack_.empty()) return "";
    const Frame& top = stack_.back();
    return top.is_object ? pointer_append(top.pointer, top.key)
                         : pointer_append(top.pointer, std::to_string(top.index));
  }

  // The string's value, so that keys written with escapes are found under their meaning.
  static std::string decode(std::string_view token) {
    auto parsed = nlohmann::json::parse(token, nullptr, false);
    if (parsed.is_string()) return parsed.get<std::string>();
    return std::string(token.substr(1, token.size() >= 2 ? token.size() - 2 : 0));
  }

  std::string_view text_;
  size_t pos_ = 0;
  std::vector<Frame> stack_;
  JsoncLayout layout_;
};

}  // namespace

std::string pointer_append(std::string_view pointer, std::string_view key) {
  std::string out(pointer);
  out += '/';
  for (char c : key) {
    if (c == '~') {
      out += "~0";
    } else if (c == '/') {
      out += "~1";
    } else {
      out += c;
    }
  }
  return out;
}

JsoncLayout scan_jsonc(std::string_view text) { return Scanner(text).run(); }

}  // namespace readout::data
