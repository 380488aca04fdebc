// Reading and writing registry files in Popolo JSON (docs/registry.md).
#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "readout/registry.hpp"

namespace readout::data {

// A problem in an input file, located for the user: "file:line:col: message".
struct FileError {
  std::string file;
  uint32_t line = 0;    // 1-based
  uint32_t column = 0;  // 1-based, in bytes
  std::string message;
  [[nodiscard]] std::string to_string() const;  // "file:line:col: error: message"
};

// Parses one Popolo registry file. Returns false and fills `errors` (every problem found, not
// just the first) when the file is not valid; `out` then holds what could be read.
bool parse_popolo(std::string_view json_text, const std::string& file_name, RegistryData& out,
                  std::vector<FileError>& errors);
bool load_popolo_file(const std::filesystem::path& path, RegistryData& out,
                      std::vector<FileError>& errors);

// Serialises deterministically (stable key order, 2-space indent, trailing newline) so that
// generated files diff cleanly.
std::string write_popolo(const RegistryData& data);

// The registry embedded in the binary (generated data + curated files), parsed once.
const RegistryData& embedded_registry_data();

// Embedded registry, then `extra_files` in order (later override earlier).
std::shared_ptr<const Registry> load_registry(const std::vector<std::filesystem::path>& extra_files,
                                              bool include_embedded,
                                              std::vector<FileError>& errors);

}  // namespace readout::data
