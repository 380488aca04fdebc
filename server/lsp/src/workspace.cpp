#include "workspace.hpp"

#include <algorithm>

#include "readout/data/files.hpp"
#include "readout/data/provenance.hpp"

namespace readout::lsp {

// Where the editor's rule levels come from, in their problems' messages.
const std::string kRulesOrigin = "settings \"readout.rules\"";

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
    // Kept whatever they are: the validator reports what is wrong, as for `.readout.json`.
    for (const auto& [id, level] : it->items())
      rules[id] = level.is_string() ? level.get<std::string>() : "";
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
  AnalysisOptions checked;
  std::vector<std::string> problems;
  for (const auto& problem : session::apply_rule_levels(settings_.rules, checked, kRulesOrigin))
    problems.push_back(problem.to_string());
  if (problems != shown_settings_problems_) {
    unshown_settings_problems_ = problems;
    shown_settings_problems_ = std::move(problems);
  }
  ++generation_;
}

std::vector<std::string> Workspace::take_settings_problems() {
  std::lock_guard lock(mutex_);
  return std::exchange(unshown_settings_problems_, {});
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
  // Problems were reported when the settings came (take_settings_problems).
  session::apply_rule_levels(settings_.rules, context.options, kRulesOrigin);
  context.config_file = config_file;
  context.registry_files = entry.layers.files;
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
  session::SettingsOverrides overrides;
  overrides.extra_registry_files = settings_.registry_files;
  entry.layers = session::registry_layers(&entry.config, overrides);
  const session::RegistryLayers& layers = entry.layers;

  if (progress.begin) progress.begin("Loading the registry of officials");
  data::LayerSource source;
  source.read = [&](const fs::path& file, std::string& text, std::string& error) {
    if (progress.report) progress.report(file.filename().string());
    if (auto it = overrides_.find(file); it != overrides_.end()) {
      text = it->second;
      return true;
    }
    return data::read_file(file, text, error);
  };
  source.parsed = [&](const fs::path& file, bool ok, RegistryData& part) {
    if (ok) {
      last_good_[file] = part;
    } else if (auto good = last_good_.find(file); good != last_good_.end()) {
      part = good->second;
    } else {
      part = {};
    }
  };
  std::vector<data::FileError> errors;
  data::LoadedRegistry loaded = session::load_registry(layers, errors, &source);
  entry.registry = loaded.registry;
  for (const fs::path& file : layers.files) {
    auto& problems = problems_[file];
    problems.clear();
    for (const auto& error : errors)
      if (error.file == file.string()) problems.push_back(error);
    dirty_problems_.insert(file);
  }
  // A "registryHash" pin that the registry's layers (the editor's unsaved texts of registry
  // files included) do not match is shown on the config, as `readout lint` reports it.
  if (!entry.config.file.empty()) {
    if (auto problem = data::registry_pin_problem(entry.config, *loaded.provenance)) {
      problems_[entry.config.file].push_back(*problem);
      dirty_problems_.insert(entry.config.file);
    }
  }
  if (progress.end) progress.end();
}

bool Workspace::file_changed(const fs::path& path) {
  std::lock_guard lock(mutex_);
  bool used = false;
  for (auto& [config_file, entry] : entries_) {
    bool mine = config_file == path;
    for (const auto& f : entry.layers.files) mine = mine || f == path;
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
