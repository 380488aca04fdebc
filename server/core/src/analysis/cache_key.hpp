// The hash that cache keys of the incremental analysis are built with (FNV-1a style mixing).
#pragma once

#include <cstdint>
#include <string_view>

namespace readout::analysis {

inline constexpr uint64_t kKeySeed = 0xCBF29CE484222325ull;

inline uint64_t mix(uint64_t h, uint64_t value) {
  return (h ^ value) * 0x100000001B3ull + 0x9E3779B97F4A7C15ull;
}

inline uint64_t mix(uint64_t h, std::string_view text) {
  for (unsigned char c : text) h = (h ^ c) * 0x100000001B3ull;
  return mix(h, text.size());
}

}  // namespace readout::analysis
