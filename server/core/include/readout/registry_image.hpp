// A registry image: the look-up tables that lint and the language server use (name hashes, the
// misspelling index, the title lexicon), computed at build time from the embedded registry and
// stored beside its records, so that a process uses them in place instead of building them.
//
// Layout (all numbers little-endian, every section 16-byte aligned from the image's start):
//   "readout-image-2\n"  16 bytes
//   u64 persons, u64 posts  of the data it was made from (an image of other data is ignored)
//   u64 section count, u64 0; per section: char name[16] (zero-padded), u64 offset, u64 size
//   the sections
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "readout/registry.hpp"

namespace readout {

// The image of a registry's tables (builds them first).
[[nodiscard]] std::string make_registry_image(const std::shared_ptr<const Registry>& registry);

// A named section of an image made from `data`; empty when the image is not one (wrong magic,
// out-of-range offsets), was made from other data, or has no such section.
[[nodiscard]] std::string_view registry_image_section(std::string_view image,
                                                      const RegistryRecords& data,
                                                      std::string_view name);

}  // namespace readout
