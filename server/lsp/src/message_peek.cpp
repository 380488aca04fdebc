#include "message_peek.hpp"

#include <vector>

namespace readout::lsp {
namespace {

using json = nlohmann::json;

// A SAX reader that keeps only the members it looks for and stops at the first error (which a
// truncated start always ends with).
class Peeker : public nlohmann::json_sax<json> {
 public:
  explicit Peeker(MessagePeek& out) : out_(out) {}

  bool null() override { return true; }
  bool boolean(bool) override { return true; }
  bool number_integer(number_integer_t v) override { return id_value(json(v)); }
  bool number_unsigned(number_unsigned_t v) override { return id_value(json(v)); }
  bool number_float(number_float_t, const string_t&) override { return true; }
  bool string(string_t& v) override {
    if (at_top("method")) out_.method = v;
    if (stack_.size() == 3 && stack_[0].key == "params" && stack_[1].key == "textDocument" &&
        stack_[2].key == "uri")
      out_.uri = v;
    return id_value(json(v));
  }
  bool binary(binary_t&) override { return true; }
  bool start_object(size_t) override { return open(); }
  bool key(string_t& k) override {
    if (deeper_ > 0 || stack_.empty()) return true;
    stack_.back().key = k;
    if (stack_.size() == 1 && (k == "result" || k == "error")) out_.response = true;
    return true;
  }
  bool end_object() override { return close(); }
  bool start_array(size_t) override { return open(); }
  bool end_array() override { return close(); }
  bool parse_error(size_t, const std::string&, const nlohmann::detail::exception&) override {
    return false;
  }

 private:
  struct Level {
    std::string key;  // the member being read, in an object
  };

  bool at_top(const char* key) const {
    return deeper_ == 0 && stack_.size() == 1 && stack_[0].key == key;
  }
  bool id_value(const json& v) {
    if (at_top("id")) out_.id = v;
    return true;
  }
  // Nothing of interest is deeper than params.textDocument.uri; deeper levels are only counted.
  bool open() {
    if (stack_.size() < 4)
      stack_.push_back({});
    else
      ++deeper_;
    return true;
  }
  bool close() {
    if (deeper_ > 0)
      --deeper_;
    else if (!stack_.empty())
      stack_.pop_back();
    return true;
  }

  MessagePeek& out_;
  std::vector<Level> stack_;
  size_t deeper_ = 0;
};

}  // namespace

MessagePeek peek_message(std::string_view start) {
  MessagePeek peek;
  Peeker peeker(peek);
  json::sax_parse(start, &peeker, json::input_format_t::json, /*strict=*/false);
  if (!peek.id.is_string() && !peek.id.is_number_integer()) peek.id = nullptr;
  return peek;
}

bool nests_deeper_than(std::string_view text, size_t limit) {
  size_t depth = 0;
  bool in_string = false;
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (in_string) {
      if (c == '\\')
        ++i;
      else if (c == '"')
        in_string = false;
    } else if (c == '"') {
      in_string = true;
    } else if (c == '[' || c == '{') {
      if (++depth > limit) return true;
    } else if ((c == ']' || c == '}') && depth > 0) {
      --depth;
    }
  }
  return false;
}

}  // namespace readout::lsp
