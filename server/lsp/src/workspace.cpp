#include "workspace.hpp"

#include <algorithm>

#include "readout/data/files.hpp"
#include "readout/data/provenance.hpp"

namespace readout::lsp {

void Settings::update(const nlohmann::json& section, const fs::path& root) {
  if (!section.is_object()) return;
  if (auto it = section.find("diagnosticsDelay"); it != section.end() && it->is_number_integer())
    diagnostics_delay_ms =
        it->is_number_unsigned()
            ? static_cast<int>(std::min<uint64_t>(it->get<uint64_t>(), 10000))
            : static_cast<int>(std::clamp<int64_t>(it->get<int64_t>(), 0, 10000));
  if (auto it = section.find("insertTitles"); it != section.end() && it->is_boolean())
    insert_titles = it->get<bool>();
  if (auto it = section.find("registry"); it != section.end() && it->is_array()) {
    registry_files.clear();
    for (const auto& item : *it) {
      if (!item.is_string()) continue;
      fs::path p = item.get<std::string>();
      registry_files.push_back(p.is_absolute() || root.empty() ? p : (root / p).lexically_normal());
    }
  }
  if (auto it = section.find("rules"); it != section.end() && it->is_object()) {
    rules.clear();
    for (const auto& [id, level] : it->items())
      if (level.is_string()) rules[id] = level.get<std::string>();
  }
}

void Workspace::set_root(fs::path root) {
  std::lock_guard lock(mutex_);
  root_ = std::move(root);
}

fs::path Workspace::root() const {
  std::lock_guard lock(mutex_);
  return root_;
}

void Workspace::update_settings(const nlohmann::json& section) {
  std::lock_guard lock(mutex_);
  Settings before = settings_;
  settings_.update(section, root_);
  if (before.registry_files != settings_.registry_files) {
    for (auto& [file, entry] : entries_) entry.loaded = false;
  }
  ++generation_;
}

Settings Workspace::settings() const {
  std::lock_guard lock(mutex_);
  return settings_;
}

uint64_t Workspace::generation() const {
  std::lock_guard lock(mutex_);
  return generation_;
}

void Workspace::bump_generation() {
  std::lock_guard lock(mutex_);
  ++generation_;
}

Context Workspace::context_for(const std::optional<fs::path>& path, const ProgressSink& progress) {
  std::lock_guard lock(mutex_);
  fs::path start = path ? path->parent_path() : root_;
  fs::path config_file;
  if (!start.empty()) {
    if (auto found = data::find_config(start)) config_file = *found;
  }
  Entry& entry = entry_for(config_file, progress);
  Context context;
  context.registry = entry.registry;
  context.options = entry.config.analysis;
  for (const auto& [id, level] : settings_.rules) {
    Severity severity;
    if (level == "off") {
      context.options.disabled_rules.insert(id);
    } else if (parse_severity(level, severity)) {
      context.options.disabled_rules.erase(id);
      context.options.severity_overrides[id] = severity;
    }
  }
  context.config_file = config_file;
  context.registry_files = entry.config.registry_files;
  for (const auto& f : settings_.registry_files) context.registry_files.push_back(f);
  return context;
}

Workspace::Entry& Workspace::entry_for(const fs::path& config_file, const ProgressSink& progress) {
  Entry& entry = entries_[config_file];
  if (!entry.loaded) load(entry, config_file, progress);
  return entry;
}

// Loads the config and its registries. A file that fails to load keeps contributing its last
// good records, and gets its errors reported as diagnostics.
void Workspace::load(Entry& entry, const fs::path& config_file, const ProgressSink& progress) {
  entry.loaded = true;
  if (!config_file.empty()) {
    data::Config config;
    std::vector<data::FileError> errors;
    // Keep what was read even when some settings were wrong; errors are shown on the file.
    data::load_config(config_file, config, errors);
    config.file = config_file;
    entry.config = config;
    problems_[config_file] = errors;
    dirty_problems_.insert(config_file);
  }
  std::vector<fs::path> files = entry.config.registry_files;
  for (const auto& f : settings_.registry_files) files.push_back(f);

  if (progress.begin) progress.begin("Loading the registry of officials");
  if (files.empty()) {
    // The embedded registry alone is built once and shared by every workspace.
    std::vector<data::FileError> errors;
    entry.registry = entry.config.use_embedded_registry ? data::load_registry({}, true, errors)
                                                        : Registry::empty();
    check_pin(entry, files);
    if (progress.end) progress.end();
    return;
  }
  RegistryData merged;
  if (entry.config.use_embedded_registry) merged = data::embedded_registry_data();
  for (size_t i = 0; i < files.size(); ++i) {
    const fs::path& file = files[i];
    if (progress.report) progress.report(file.filename().string());
    RegistryData part;
    std::vector<data::FileError> errors;
    bool ok;
    if (auto it = overrides_.find(file); it != overrides_.end()) {
      ok = data::parse_popolo(it->second, file.string(), merged, part, errors);
    } else {
      ok = data::load_popolo_file(file, merged, part, errors);
    }
    problems_[file] = errors;
    dirty_problems_.insert(file);
    if (ok) {
      last_good_[file] = part;
    } else if (auto good = last_good_.find(file); good != last_good_.end()) {
      part = good->second;
    } else {
      part = {};
    }
    merged.merge_from(std::move(part));
  }
  entry.registry = Registry::build(std::move(merged));
  check_pin(entry, files);
  if (progress.end) progress.end();
}

// A "registryHash" pin that the registry's layers (the editor's unsaved texts of registry files
// included) do not match is shown on the config, as `readout lint` reports it.
void Workspace::check_pin(const Entry& entry, const std::vector<fs::path>& files) {
  if (entry.config.registry_pin.empty() || entry.config.file.empty()) return;
  data::RegistryProvenance provenance;
  provenance.embedded = entry.config.use_embedded_registry;
  std::vector<std::string> layers;
  if (provenance.embedded) layers.push_back(data::embedded_layer_hash());
  for (const auto& file : files) {
    std::string text, error;
    if (auto it = overrides_.find(file); it != overrides_.end())
      text = it->second;
    else if (!data::read_file(file, text, error))
      continue;  // reported on the file already
    layers.push_back(data::sha256_hex(text));
    provenance.files.push_back(file.string());
  }
  provenance.content_hash = data::registry_content_hash(layers);
  provenance.sources = entry.registry->data().source_dates;
  if (auto problem = data::registry_pin_problem(entry.config, provenance)) {
    problems_[entry.config.file].push_back(*problem);
    dirty_problems_.insert(entry.config.file);
  }
}

bool Workspace::file_changed(const fs::path& path) {
  std::lock_guard lock(mutex_);
  bool used = false;
  for (auto& [config_file, entry] : entries_) {
    bool mine = config_file == path;
    for (const auto& f : entry.config.registry_files) mine = mine || f == path;
    for (const auto& f : settings_.registry_files) mine = mine || f == path;
    if (mine) {
      entry.loaded = false;
      used = true;
    }
  }
  // A new .readout.json may now apply to documents that had none.
  if (path.filename() == ".readout.json") {
    entries_.erase(fs::path());
    used = true;
  }
  overrides_.erase(path);
  if (used) ++generation_;
  return used;
}

void Workspace::set_registry_override(const fs::path& path, std::string text) {
  std::lock_guard lock(mutex_);
  overrides_[path] = std::move(text);
  for (auto& [config_file, entry] : entries_) entry.loaded = false;
  ++generation_;
}

std::map<fs::path, std::vector<data::FileError>> Workspace::take_file_problems() {
  std::lock_guard lock(mutex_);
  std::map<fs::path, std::vector<data::FileError>> out;
  for (const auto& file : dirty_problems_) {
    auto& now = problems_[file];
    auto& sent = sent_problems_[file];
    bool same = now.size() == sent.size() &&
                std::equal(now.begin(), now.end(), sent.begin(), [](const auto& a, const auto& b) {
                  return a.line == b.line && a.column == b.column && a.message == b.message;
                });
    if (!same) out[file] = now;
    sent = now;
  }
  dirty_problems_.clear();
  return out;
}

}  // namespace readout::lsp
