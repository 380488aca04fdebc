// Writing registry files for the `readout registry` subcommands.
#pragma once

#include <string>

#include "readout/registry.hpp"

namespace readout::cli {

// Writes atomically (the old file stays whole on failure); prints why it could not.
bool write_output(const std::string& path, const std::string& text);

// Writes `data` as Popolo JSON to `path`, divided into `path`, `path`-2.json, ... when it is
// larger than the generated files' limit (docs/registry.md).
bool write_divided(const std::string& path, const RegistryData& data);

}  // namespace readout::cli
