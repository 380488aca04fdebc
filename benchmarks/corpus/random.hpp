// A small deterministic PRNG (SplitMix64): the same seed gives the same corpus everywhere,
// which the standard distributions do not promise across library versions.
#pragma once

#include <cstdint>

namespace readout::corpus {

class Random {
 public:
  explicit Random(uint64_t seed) : state_(seed) {}

  uint64_t next() {
    uint64_t z = (state_ += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
  }
  // Uniform in [0, bound) (bound > 0); the slight modulo bias does not matter here.
  size_t below(size_t bound) { return static_cast<size_t>(next() % bound); }
  // Uniform in [low, high].
  long between(long low, long high) {
    return low + static_cast<long>(below(static_cast<size_t>(high - low + 1)));
  }
  bool chance(double p) { return static_cast<double>(next() >> 11) * 0x1.0p-53 < p; }

  template <class Container>
  const auto& pick(const Container& items) {
    return items[below(items.size())];
  }

 private:
  uint64_t state_;
};

// Mixes a seed with an index so that report N does not depend on reports 0..N-1.
inline uint64_t derive_seed(uint64_t seed, uint64_t index) {
  Random mix(seed ^ (index * 0xD1B54A32D192ED03ull));
  return mix.next();
}

}  // namespace readout::corpus
