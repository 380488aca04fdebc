// Whole-file reading and crash-safe writing. Errors are the system's words ("No such file or
// directory") so that callers can say "cannot read 'x': <error>".
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

namespace readout::data {

// Reads the whole file into `out`. On failure returns false and sets `error`.
bool read_file(const std::filesystem::path& path, std::string& out, std::string& error);

// Replaces the file's contents so that readers see either the old or the new text, never a
// mix: writes a temporary file in the same directory, fsyncs it, then renames it over the
// target. Keeps the target's permissions; writes through a symbolic link to its target.
bool write_file_atomically(const std::filesystem::path& path, std::string_view contents,
                           std::string& error);

}  // namespace readout::data
