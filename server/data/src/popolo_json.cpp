// LocatedJson: nlohmann_json's SAX parser fed through an iterator that publishes how far the
// lexer has read. When an event fires, the lexer has just consumed the value's token, so its
// start can be found by looking back from that point.
#include "popolo_json.hpp"

#include <iterator>

#include <nlohmann/json.hpp>

namespace readout::data {
namespace {

// An input iterator over the text that records its position in a shared cursor.
class CountingIterator {
 public:
  using iterator_category = std::input_iterator_tag;
  using value_type = char;
  using difference_type = std::ptrdiff_t;
  using pointer = const char*;
  using reference = const char&;

  CountingIterator(const char* at, const char** cursor) : at_(at), cursor_(cursor) {}
  reference operator*() const { return *at_; }
  CountingIterator& operator++() {
    *cursor_ = ++at_;
    return *this;
  }
  CountingIterator operator++(int) {
    CountingIterator before = *this;
    ++*this;
    return before;
  }
  friend bool operator==(const CountingIterator& a, const CountingIterator& b) {
    return a.at_ == b.at_;
  }

 private:
  const char* at_;
  const char** cursor_;
};

class TreeBuilder final : public nlohmann::json_sax<nlohmann::json> {
 public:
  TreeBuilder(std::string_view text, const char** cursor, LocatedJson& root, JsonSyntaxError& error)
      : text_(text), cursor_(cursor), root_(root), error_(error) {}

  bool null() override {
    add_scalar(LocatedJson::Kind::Null, literal_start(4));
    return true;
  }
  bool boolean(bool value) override {
    LocatedJson& v = add_scalar(LocatedJson::Kind::Boolean, literal_start(value ? 4 : 5));
    v.boolean = value;
    return true;
  }
  bool number_integer(number_integer_t) override { return add_number(); }
  bool number_unsigned(number_unsigned_t) override { return add_number(); }
  bool number_float(number_float_t, const string_t&) override { return add_number(); }
  bool string(string_t& value) override {
    LocatedJson& v = add_scalar(LocatedJson::Kind::String, string_start());
    v.text = std::move(value);
    return true;
  }
  bool binary(binary_t&) override { return false; }
  bool start_object(std::size_t) override {
    open(LocatedJson::Kind::Object);
    return true;
  }
  bool key(string_t& value) override {
    LocatedJson* object = stack_.back();
    object->members.push_back({std::move(value), string_start(), {}});
    return true;
  }
  bool end_object() override {
    stack_.pop_back();
    return true;
  }
  bool start_array(std::size_t) override {
    open(LocatedJson::Kind::Array);
    return true;
  }
  bool end_array() override {
    stack_.pop_back();
    return true;
  }
  bool parse_error(std::size_t position, const std::string&,
                   const nlohmann::detail::exception& ex) override {
    error_.offset = static_cast<uint32_t>(position > 0 ? position - 1 : 0);
    error_.message = ex.what();
    // "[json.exception.parse_error.101] parse error at line 3, column 5: syntax error ..."
    if (auto colon = error_.message.find(": "); colon != std::string::npos)
      error_.message = error_.message.substr(colon + 2);
    return false;
  }

 private:
  uint32_t position() const { return static_cast<uint32_t>(*cursor_ - text_.data()); }
  uint32_t literal_start(uint32_t length) const { return position() - length; }
  // The cursor is just past the closing quote; walk back to the opening one.
  uint32_t string_start() const {
    uint32_t i = position() - 1;
    while (i > 0) {
      --i;
      if (text_[i] != '"') continue;
      uint32_t backslashes = 0;
      while (i > backslashes && text_[i - backslashes - 1] == '\\') ++backslashes;
      if (backslashes % 2 == 0) return i;
    }
    return 0;
  }
  // The lexer reads one character past a number (unless the text ends there).
  bool add_number() {
    uint32_t end = position();
    auto is_number_char = [](char c) {
      return (c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E';
    };
    if (end > 0 && !is_number_char(text_[end - 1])) --end;
    uint32_t start = end;
    while (start > 0 && is_number_char(text_[start - 1])) --start;
    LocatedJson& v = add_scalar(LocatedJson::Kind::Number, start);
    v.text = std::string(text_.substr(start, end - start));
    return true;
  }
  LocatedJson& place(LocatedJson value) {
    if (stack_.empty()) {
      root_ = std::move(value);
      return root_;
    }
    LocatedJson* parent = stack_.back();
    if (parent->kind == LocatedJson::Kind::Array) {
      parent->items.push_back(std::move(value));
      return parent->items.back();
    }
    parent->members.back().value = std::move(value);
    return parent->members.back().value;
  }
  LocatedJson& add_scalar(LocatedJson::Kind kind, uint32_t offset) {
    LocatedJson v;
    v.kind = kind;
    v.offset = offset;
    return place(std::move(v));
  }
  void open(LocatedJson::Kind kind) {
    LocatedJson& v = add_scalar(kind, position() - 1);
    stack_.push_back(&v);
  }

  std::string_view text_;
  const char** cursor_;
  LocatedJson& root_;
  JsonSyntaxError& error_;
  // Open containers. Pointers stay valid: a container only grows while it is the innermost.
  std::vector<LocatedJson*> stack_;
};

}  // namespace

const LocatedJson* LocatedJson::find(std::string_view key) const {
  for (const auto& m : members)
    if (m.key == key) return &m.value;
  return nullptr;
}

std::string_view LocatedJson::kind_name() const {
  switch (kind) {
    case Kind::Null:
      return "null";
    case Kind::Boolean:
      return "a boolean";
    case Kind::Number:
      return "a number";
    case Kind::String:
      return "a string";
    case Kind::Array:
      return "an array";
    case Kind::Object:
      return "an object";
  }
  return "a value";
}

bool parse_located_json(std::string_view text, LocatedJson& out, JsonSyntaxError& error) {
  const char* cursor = text.data();
  TreeBuilder builder(text, &cursor, out, error);
  CountingIterator begin(text.data(), &cursor);
  CountingIterator end(text.data() + text.size(), &cursor);
  return nlohmann::json::sax_parse(begin, end, &builder);
}

}  // namespace readout::data
