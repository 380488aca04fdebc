#include "lint_inputs.hpp"

#include <algorithm>
#include <cstring>
#include <set>
#include <system_error>

namespace readout::cli {
namespace {

namespace fs = std::filesystem;

constexpr std::string_view kExtension = ".readout";

std::string shown(const fs::path& path) {
  std::string s = path.lexically_normal().generic_string();
  return s.empty() ? "." : s;
}

fs::path folder_of(const fs::path& file) {
  fs::path parent = file.parent_path();
  return parent.empty() ? fs::path(".") : parent;
}

void add_directory(const fs::path& dir, std::vector<InputFile>& out,
                   std::vector<std::string>& errors) {
  std::vector<fs::path> found;
  std::error_code ec;
  fs::recursive_directory_iterator it(dir, fs::directory_options::skip_permission_denied, ec);
  for (; !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
    const fs::path& p = it->path();
    bool hidden = p.filename().string().starts_with(".");
    if (it->is_directory(ec)) {
      if (hidden) it.disable_recursion_pending();
      continue;
    }
    if (!hidden && p.extension() == kExtension && it->is_regular_file(ec)) found.push_back(p);
  }
  if (ec) errors.push_back("cannot read '" + shown(dir) + "': " + ec.message());
  std::sort(found.begin(), found.end());
  for (const fs::path& p : found) out.push_back({shown(p), p, false, folder_of(p)});
}

}  // namespace

std::vector<InputFile> collect_inputs(const std::vector<std::string>& arguments,
                                      const std::string& stdin_name,
                                      std::vector<std::string>& errors) {
  std::vector<InputFile> collected;
  for (const std::string& argument : arguments) {
    if (argument == "-") {
      fs::path named = stdin_name;
      collected.push_back({stdin_name.empty() ? "<stdin>" : stdin_name,
                           {},
                           true,
                           stdin_name.empty() ? fs::path(".") : folder_of(named)});
      continue;
    }
    fs::path path = argument;
    std::error_code ec;
    fs::file_status status = fs::status(path, ec);
    if (!fs::exists(status)) {
      errors.push_back("cannot read '" + argument +
                       "': " + std::strerror(ec ? ec.value() : ENOENT));
    } else if (fs::is_directory(status)) {
      add_directory(path, collected, errors);
    } else {
      collected.push_back({shown(path), path, false, folder_of(path)});
    }
  }
  // The same file named twice (or found through two folders) is linted once.
  std::vector<InputFile> unique;
  std::set<fs::path> seen;
  for (InputFile& input : collected) {
    if (!input.from_stdin) {
      std::error_code ec;
      fs::path key = fs::weakly_canonical(input.path, ec);
      if (!seen.insert(ec ? input.path : key).second) continue;
    }
    unique.push_back(std::move(input));
  }
  return unique;
}

}  // namespace readout::cli
