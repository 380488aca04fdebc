// Writing and reading the sections of a registry image (readout/registry_image.hpp): numbers
// and arrays of fixed-layout records, each array 16-byte aligned so that it is used in place.
#pragma once

#include <cstdint>
#include <cstring>
#include <span>
#include <string>
#include <string_view>
#include <type_traits>

namespace readout::image_io {

constexpr size_t kAlign = 16;

class Writer {
 public:
  void u64(uint64_t value) {
    for (int b = 0; b < 8; ++b) out_.push_back(static_cast<char>((value >> (8 * b)) & 0xff));
  }
  // The records as they lie in memory (their types have no padding bytes), from an aligned
  // offset (zeros up to it).
  template <typename T>
  void array(std::span<const T> items) {
    static_assert(std::is_trivially_copyable_v<T> && std::has_unique_object_representations_v<T>);
    pad();
    out_.append(reinterpret_cast<const char*>(items.data()), items.size_bytes());
  }
  void bytes(std::string_view text) {
    pad();
    out_ += text;
  }
  void pad() { out_.resize((out_.size() + kAlign - 1) / kAlign * kAlign, '\0'); }
  [[nodiscard]] std::string take() { return std::move(out_); }

 private:
  std::string out_;
};

// Reads what Writer wrote from memory that starts 16-byte aligned; any out-of-range count or
// misalignment makes ok() false and every later read empty.
class Reader {
 public:
  explicit Reader(std::string_view in) : in_(in) {
    if (reinterpret_cast<uintptr_t>(in.data()) % kAlign != 0) ok_ = false;
  }
  [[nodiscard]] bool ok() const { return ok_; }
  uint64_t u64() {
    if (!ok_ || in_.size() - at_ < 8) return fail(), 0;
    uint64_t value = 0;
    for (int b = 0; b < 8; ++b)
      value |= static_cast<uint64_t>(static_cast<unsigned char>(in_[at_ + b])) << (8 * b);
    at_ += 8;
    return value;
  }
  template <typename T>
  std::span<const T> array(uint64_t count) {
    skip_padding();
    if (!ok_ || count > (in_.size() - at_) / sizeof(T)) return fail(), std::span<const T>();
    const auto* first = reinterpret_cast<const T*>(in_.data() + at_);
    at_ += count * sizeof(T);
    return {first, static_cast<size_t>(count)};
  }
  std::string_view bytes(uint64_t count) {
    skip_padding();
    if (!ok_ || count > in_.size() - at_) return fail(), std::string_view();
    const std::string_view out = in_.substr(at_, count);
    at_ += count;
    return out;
  }

 private:
  void skip_padding() { at_ = std::min(in_.size(), (at_ + kAlign - 1) / kAlign * kAlign); }
  void fail() { ok_ = false; }
  std::string_view in_;
  size_t at_ = 0;
  bool ok_ = true;
};

}  // namespace readout::image_io
