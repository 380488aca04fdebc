// A string field of a registry record. The embedded registry's records view their text where
// it lies, in the program's read-only pack, so that start-up copies and allocates nothing for
// it; records read from files or made by importers own their text, shared between copies of the
// record. Either way the text never moves while a copy of the string lives.
//
// It converts implicitly to std::string_view, and to std::string only explicitly: a function
// taking `const std::string&` would otherwise get a temporary copy, and a view it returned of
// that copy would dangle.
#pragma once

#include <compare>
#include <concepts>
#include <cstddef>
#include <memory>
#include <ostream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace readout {

class RecordString {
 public:
  RecordString() = default;
  // Owns a copy of the text (NOLINT: implicit, so that records are written as with std::string).
  RecordString(std::string text)  // NOLINT(google-explicit-constructor)
  {
    if (text.empty()) return;
    owned_ = std::make_shared<const std::string>(std::move(text));
    view_ = *owned_;
  }
  RecordString(std::string_view text)  // NOLINT(google-explicit-constructor)
      : RecordString(std::string(text)) {}
  RecordString(const char* text)  // NOLINT(google-explicit-constructor)
      : RecordString(std::string(text)) {}
  // Text that outlives every copy of this string (the embedded pack): viewed, not copied.
  [[nodiscard]] static RecordString borrowed(std::string_view text) {
    RecordString out;
    out.view_ = text;
    return out;
  }

  RecordString(const RecordString&) = default;
  RecordString& operator=(const RecordString&) = default;
  // A moved-from string is empty, never a view of text it no longer keeps.
  RecordString(RecordString&& other) noexcept
      : view_(std::exchange(other.view_, {})), owned_(std::move(other.owned_)) {}
  RecordString& operator=(RecordString&& other) noexcept {
    view_ = std::exchange(other.view_, {});
    owned_ = std::move(other.owned_);
    return *this;
  }
  ~RecordString() = default;

  operator std::string_view() const { return view_; }  // NOLINT(google-explicit-constructor)
  explicit operator std::string() const { return std::string(view_); }
  [[nodiscard]] std::string_view view() const { return view_; }
  [[nodiscard]] std::string str() const { return std::string(view_); }

  [[nodiscard]] bool empty() const { return view_.empty(); }
  [[nodiscard]] size_t size() const { return view_.size(); }
  [[nodiscard]] const char* data() const { return view_.data(); }
  [[nodiscard]] auto begin() const { return view_.begin(); }
  [[nodiscard]] auto end() const { return view_.end(); }
  [[nodiscard]] char front() const { return view_.front(); }
  [[nodiscard]] char back() const { return view_.back(); }
  [[nodiscard]] char operator[](size_t i) const { return view_[i]; }
  [[nodiscard]] size_t find(std::string_view s, size_t from = 0) const {
    return view_.find(s, from);
  }
  [[nodiscard]] size_t find(char c, size_t from = 0) const { return view_.find(c, from); }
  [[nodiscard]] size_t rfind(std::string_view s) const { return view_.rfind(s); }
  [[nodiscard]] size_t rfind(char c) const { return view_.rfind(c); }
  [[nodiscard]] std::string_view substr(size_t at, size_t n = std::string_view::npos) const {
    return view_.substr(at, n);
  }
  [[nodiscard]] bool starts_with(std::string_view s) const { return view_.starts_with(s); }
  [[nodiscard]] bool ends_with(std::string_view s) const { return view_.ends_with(s); }

  template <typename T>
  requires std::convertible_to<const T&, std::string_view>
  friend bool operator==(const RecordString& a, const T& b) {
    return a.view_ == std::string_view(b);
  }
  template <typename T>
  requires std::convertible_to<const T&, std::string_view>
  friend std::strong_ordering operator<=>(const RecordString& a, const T& b) {
    return a.view_.compare(std::string_view(b)) <=> 0;
  }
  template <typename T>
  requires std::convertible_to<const T&, std::string_view>
  friend std::string operator+(const RecordString& a, const T& b) {
    std::string out(a.view_);
    return out += std::string_view(b);
  }
  template <typename T>
  requires(std::convertible_to<const T&, std::string_view> &&
           !std::same_as<T, RecordString>) friend std::string
  operator+(const T& a, const RecordString& b) {
    std::string out(a);
    return out += b.view_;
  }
  friend std::string operator+(const RecordString& a, char b) {
    std::string out(a.view_);
    return out += b;
  }
  friend std::ostream& operator<<(std::ostream& out, const RecordString& s) {
    return out << s.view_;
  }

 private:
  std::string_view view_;
  std::shared_ptr<const std::string> owned_;  // null when borrowed or empty
};

// Texts as record strings, each owning its copy (a post's other labels made by an importer).
inline std::vector<RecordString> record_strings(std::vector<std::string> texts) {
  std::vector<RecordString> out;
  out.reserve(texts.size());
  for (std::string& text : texts) out.emplace_back(std::move(text));
  return out;
}

}  // namespace readout
