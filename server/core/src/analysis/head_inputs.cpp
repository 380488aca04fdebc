#include "analysis/head_inputs.hpp"

#include "analysis/cache_key.hpp"

namespace readout::analysis {
namespace {

// A field's text and where it starts (findings may point at it).
uint64_t mix(uint64_t h, const Span& span) {
  return analysis::mix(analysis::mix(h, span.text), span.range.begin);
}

uint64_t mix(uint64_t h, const DateValue& date) { return mix(h, date.raw); }

template <typename T>
uint64_t mix(uint64_t h, const std::optional<T>& value) {
  return value ? mix(analysis::mix(h, uint64_t{1}), *value) : analysis::mix(h, uint64_t{0});
}

}  // namespace

HeadInputs HeadInputs::of(const Report& head) { return HeadInputs{head.dateline}; }

uint64_t HeadInputs::key() const {
  const auto& [dateline] = *this;  // a new member must be named here, and hashed below
  return mix(kKeySeed, dateline);
}

}  // namespace readout::analysis
