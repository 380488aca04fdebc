// Writing registry files (readout/data/registry_output.hpp).
#include "readout/data/registry_output.hpp"

#include <algorithm>
#include <filesystem>
#include <vector>

#include "readout/data/files.hpp"
#include "readout/data/popolo.hpp"

namespace readout::data {

bool write_output(const std::string& path, const std::string& text, const Log& log) {
  std::string error;
  if (write_file_atomically(path, text, error)) return true;
  log({true, path + ": error: cannot write: " + error});
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
bool write_divided(const std::string& path, const RegistryData& data, const Log& log) {
  std::string text = write_popolo(data);
  const size_t parts = text.size() / kMaxFileBytes + 1;
  const std::string stem = path.substr(0, path.size() - (path.ends_with(".json") ? 5 : 0));
  auto part_path = [&](size_t i) {
    return i == 0 ? path : stem + "-" + std::to_string(i + 1) + ".json";
  };
  // Parts of an earlier, larger output would be loaded with the new ones.
  auto remove_stale_parts = [&] {
    for (size_t i = std::max<size_t>(parts, 1);; ++i) {
      std::error_code ec;
      if (!std::filesystem::remove(part_path(i), ec)) break;
      log({false, "removed " + part_path(i) + ", a part of the previous output"});
    }
  };
  if (parts == 1) {
    if (!write_output(path, text, log)) return false;
    remove_stale_parts();
    return true;
  }
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
  // All parts are written beside their places first and moved in only when every one was
  // written: a full disk leaves the previous set as it was, not half replaced.
  std::vector<std::string> written;
  auto discard = [&] {
    std::error_code ignored;
    for (const auto& file : written) std::filesystem::remove(file, ignored);
  };
  for (size_t i = 0; i < parts; ++i) {
    written.push_back(part_path(i) + ".readout-new");
    if (!write_output(written.back(), write_popolo(out[i]), log)) {
      discard();
      return false;
    }
  }
  for (size_t i = 0; i < parts; ++i) {
    std::error_code ec;
    std::filesystem::rename(written[i], part_path(i), ec);
    if (ec) {
      log({true, part_path(i) + ": error: cannot write: " + ec.message()});
      discard();
      return false;
    }
  }
  remove_stale_parts();
  log({false, "the output is divided into " + std::to_string(parts) + " files, " + path + " to " +
                  part_path(parts - 1) +
                  ": name them all, in order, where the registry is listed"});
  return true;
}

}  // namespace readout::data
