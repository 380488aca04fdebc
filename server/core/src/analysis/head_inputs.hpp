// What the analysis of a meeting may read of the report's head. A meeting's analysis is kept
// and reused while its key is unchanged, so a meeting's rules see the head only through this
// type, and key() is derived from this type's members: a field a rule needs (Place:, Source:)
// is added here, and then it is in the key too.
#pragma once

#include <cstdint>
#include <optional>

#include "readout/model.hpp"

namespace readout::analysis {

struct HeadInputs {
  std::optional<DateValue> dateline;

  static HeadInputs of(const Report& head);
  // Covers every member: key() destructures the whole struct, so adding a member without
  // hashing it does not compile.
  [[nodiscard]] uint64_t key() const;
};

}  // namespace readout::analysis
