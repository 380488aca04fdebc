// Reading and writing registry files in Popolo JSON (docs/registry.md).
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "readout/registry.hpp"
#include "readout/text.hpp"

namespace readout::data {

// A problem in an input file, located for the user: "file:line:col: message".
struct FileError {
  std::string file;
  uint32_t line = 0;    // 1-based
  uint32_t column = 0;  // 1-based, in bytes
  std::string message;
  [[nodiscard]] std::string to_string() const;  // "file:line:col: error: message"
  // The error at byte `offset` of `text` (whose line index is `lines`). The "\n" of a "\r\n"
  // is not a column of its line: an error there is put at the line's end.
  static FileError at(std::string file, std::string_view text, const LineIndex& lines,
                      uint32_t offset, std::string message);
};

// Parses one Popolo registry file. Returns false and fills `errors` (every problem found, not
// just the first) when the file is not valid; `out` then holds what could be read.
bool parse_popolo(std::string_view json_text, const std::string& file_name, RegistryData& out,
                  std::vector<FileError>& errors);
// As above, but ids in memberships and posts may also refer to records of `context` (the
// registry files loaded before this one), so that a user file can add a term to a known person.
bool parse_popolo(std::string_view json_text, const std::string& file_name,
                  const RegistryData& context, RegistryData& out, std::vector<FileError>& errors);
bool load_popolo_file(const std::filesystem::path& path, RegistryData& out,
                      std::vector<FileError>& errors);
bool load_popolo_file(const std::filesystem::path& path, const RegistryData& context,
                      RegistryData& out, std::vector<FileError>& errors);

// Serialises deterministically (stable key order, 2-space indent, one record per line, UTF-8,
// trailing newline) so that generated files diff cleanly and stay compact.
std::string write_popolo(const RegistryData& data);

// The compact binary form of registry data (popolo_pack.cpp): built from the embedded JSON at
// build time, so that start-up needs no JSON parsing, followed by a registry image of the
// same data (readout/registry_image.hpp), its look-up tables computed ahead.
std::string pack_registry(const RegistryData& data, std::string_view image = {});
// Reads a pack's records into `out`, whose text views `bytes` in place: the bytes must outlive
// `out` and every copy of its records. Returns false (and leaves `out` alone) when the bytes are
// not a pack of this version; else `image` is the image's bytes, 16-byte aligned when the pack is,
// and used in place.
bool read_registry_pack(std::string_view bytes, RegistryData& out,
                        std::string_view* image = nullptr);
// The same records, each read on first use (RecordTable) rather than all at once: nullopt when
// the bytes are not a pack of this version. The bytes must outlive the records.
std::optional<RegistryRecords> open_registry_pack(std::string_view bytes,
                                                  std::string_view* image = nullptr);

// The registry embedded in the binary (generated data + curated files), opened once: from the
// pack when the program links one (readout does; its records are read on first use), else by
// parsing the embedded JSON.
std::shared_ptr<const Registry> embedded_registry();
// A copy of all its records, as data to merge other files with or to write (reads them all).
RegistryData embedded_registry_data();
// The pack it is opened from; empty in a program that links none.
std::string_view embedded_registry_pack();
// Problems found in the embedded files (empty in a correct build; checked by the tests).
const std::vector<FileError>& embedded_registry_errors();

// Embedded registry, then `extra_files` in order (later override earlier). With no extra
// files, the embedded registry is built once and shared.
std::shared_ptr<const Registry> load_registry(const std::vector<std::filesystem::path>& extra_files,
                                              bool include_embedded,
                                              std::vector<FileError>& errors);

}  // namespace readout::data
