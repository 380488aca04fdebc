// Turning `readout lint` arguments into the list of files to lint.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace readout::cli {

struct InputFile {
  std::string display_path;    // what the user sees in findings
  std::filesystem::path path;  // what is read; empty for standard input
  bool from_stdin = false;
  // Where `.readout.json` discovery starts: the file's folder (for stdin: that of
  // --stdin-filename, else the current folder).
  std::filesystem::path config_start;
};

// Files are kept as named; directories are searched recursively for `*.readout` (hidden
// folders skipped), in sorted order; `-` is standard input, shown as `stdin_name` (default
// "<stdin>"). A file named twice is linted once. Paths that do not exist are reported as
// "cannot read 'x': No such file or directory" in `errors`.
std::vector<InputFile> collect_inputs(const std::vector<std::string>& arguments,
                                      const std::string& stdin_name,
                                      std::vector<std::string>& errors);

}  // namespace readout::cli
