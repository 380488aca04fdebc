// Helpers shared by the feature translations.
#pragma once

#include "features.hpp"

namespace readout::lsp {

// The byte offset of params.position in the snapshot.
uint32_t offset_of(const Snapshot& snapshot, const json& params);

json location(const Snapshot& snapshot, ByteRange range);

}  // namespace readout::lsp
