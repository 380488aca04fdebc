// How JSON and SARIF output name the registries a run checked against (docs/cli.md).
#pragma once

#include <nlohmann/json.hpp>

#include "formats/formats.hpp"

namespace readout::cli {

// [{"contentHash", "embedded", "files", "dataDate", "sources": [{"note", "asOf"}]}, ...]
nlohmann::ordered_json registries_json(const RunRegistries& registries);

}  // namespace readout::cli
