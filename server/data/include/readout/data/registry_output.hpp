// Writing generated registry files (`readout registry import` and `update`), and how the
// writing and importing report what they do.
#pragma once

#include <functional>
#include <string>

#include "readout/registry.hpp"

namespace readout::data {

// One line for the user: a note ("the output is divided into ...") that the program prefixes
// with its own name, or a located line ("file: error: cannot write: ...", "file:3: ...:
// skipped") that it prints as it is.
struct LogLine {
  bool located = false;
  std::string text;
};
using Log = std::function<void(const LogLine&)>;

// Writes atomically (the old file stays whole on failure); logs why it could not.
bool write_output(const std::string& path, const std::string& text, const Log& log);

// Writes `data` as Popolo JSON to `path`, divided into `path`, `path`-2.json, ... when it is
// larger than the generated files' limit (docs/registry.md). Parts of an earlier, larger
// output are removed; a failure leaves the previous files as they were.
bool write_divided(const std::string& path, const RegistryData& data, const Log& log);

}  // namespace readout::data
