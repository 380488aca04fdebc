// Writing registry files (registry_output.hpp).
#include "registry_output.hpp"

#include <iostream>
#include <vector>

#include "readout/data/files.hpp"
#include "readout/data/popolo.hpp"

namespace readout::cli {

bool write_output(const std::string& path, const std::string& text) {
  std::string error;
  if (data::write_file_atomically(path, text, error)) return true;
  std::cerr << path << ": error: cannot write: " << error << '\n';
  return false;
}

namespace {
// Generated files stay under this size (docs/registry.md); larger output is divided.
constexpr size_t kMaxFileBytes = 4'500'000;
}  // namespace

// Writes `data` to `path`, or, when its JSON would pass kMaxFileBytes, to `path` and
// `path`-2.json, -3.json, ...: persons and memberships are divided between them (all terms of
// one person stay in one file, since a file's terms of a person in a post replace the earlier
// ones), organizations and posts stay in the first.
bool write_divided(const std::string& path, const RegistryData& data) {
  std::string text = data::write_popolo(data);
  const size_t parts = text.size() / kMaxFileBytes + 1;
  if (parts == 1) return write_output(path, text);
  std::vector<RegistryData> out(parts);
  out[0].organizations = data.organizations;
  out[0].posts = data.posts;
  out[0].source_dates = data.source_dates;
  for (size_t i = 0; i < data.persons.size(); ++i)
    out[i * parts / data.persons.size()].persons.push_back(data.persons[i]);
  size_t part = 0;
  for (size_t i = 0; i < data.memberships.size(); ++i) {
    const size_t share = i * parts / data.memberships.size();
    if (share > part && data.memberships[i].person_id != data.memberships[i - 1].person_id)
      part = share;
    out[part].memberships.push_back(data.memberships[i]);
  }
  const std::string stem = path.substr(0, path.size() - (path.ends_with(".json") ? 5 : 0));
  for (size_t i = 0; i < parts; ++i)
    if (!write_output(i == 0 ? path : stem + "-" + std::to_string(i + 1) + ".json",
                      data::write_popolo(out[i])))
      return false;
  return true;
}

}  // namespace readout::cli
