// Files embedded in the binary at build time (the default registry, the Wikidata queries).
#pragma once

#include <span>
#include <string_view>

namespace readout::embedded {

struct EmbeddedFile {
  const char* path;  // relative to the source tree, e.g. "data/curated/c5plus1-2023.json"
  const char* begin;
  const char* end;
  [[nodiscard]] std::string_view bytes() const {
    return begin ? std::string_view(begin, static_cast<size_t>(end - begin)) : std::string_view();
  }
};

// In load order: generated registry files first, then hand-curated ones.
std::span<const EmbeddedFile> files();

// data/queries/*.rq, sorted by name (`readout registry update`).
std::span<const EmbeddedFile> sparql_queries();

}  // namespace readout::embedded
