// Configuration and registries for the documents of a workspace: `.readout.json` files found
// by walking up from each document, the registries they name (loaded once, shared), client
// settings, and reloading when watched files change. Thread-safe.
#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "readout/analysis.hpp"
#include "readout/data/config.hpp"
#include "readout/data/popolo.hpp"
#include "readout/session/settings.hpp"

namespace readout::lsp {

namespace fs = std::filesystem;

// Settings from the client (initializationOptions, workspace/configuration, or
// didChangeConfiguration), section "readout".
struct Settings {
  int diagnostics_delay_ms = 200;            // debounce while typing
  std::vector<fs::path> registry_files;      // added after those of .readout.json
  std::map<std::string, std::string> rules;  // rule id -> "error" | ... | "off"
  bool insert_titles = true;  // completing a name also inserts the title on that date
  // Reads known keys, keeps the rest as they were. Relative paths resolve against `root`.
  void update(const nlohmann::json& section, const fs::path& root);
};

// What analysing one document needs.
struct Context {
  std::shared_ptr<const Registry> registry;
  AnalysisOptions options;
  fs::path config_file;                  // empty when none
  std::vector<fs::path> registry_files;  // user registry files in effect
};

// Reports a long load: begin(title), then end(). May be empty.
struct ProgressSink {
  std::function<void(const std::string& title)> begin;
  std::function<void(const std::string& message)> report;
  std::function<void()> end;
};

class Workspace {
 public:
  void set_root(fs::path root);
  [[nodiscard]] fs::path root() const;
  void update_settings(const nlohmann::json& section);
  [[nodiscard]] Settings settings() const;

  // The context for a document at `path` (nullopt for unsaved buffers: the workspace root).
  Context context_for(const std::optional<fs::path>& path, const ProgressSink& progress);

  // A file changed on disk. True when it was a config or registry file in use; the next
  // context_for() sees the new state. A broken registry keeps the last good one.
  bool file_changed(const fs::path& path);

  // A changed generation means every analysis must be redone.
  [[nodiscard]] uint64_t generation() const;
  void bump_generation();

  // Problems found in config and registry files, by file (empty vector: now clean).
  // Returns the files whose problems changed since the last call.
  std::map<fs::path, std::vector<data::FileError>> take_file_problems();

  // Problems in the client's settings (unknown rule ids, wrong levels), worded as in
  // `.readout.json`, not yet shown; each set of problems is returned once.
  std::vector<std::string> take_settings_problems();

  // Registry text overrides (edits applied through workspace/applyEdit not yet saved).
  void set_registry_override(const fs::path& path, std::string text);

 private:
  struct Entry {
    data::Config config;
    bool loaded = false;
    std::shared_ptr<const Registry> registry;
    session::RegistryLayers layers;  // the config's files, then the settings'
  };
  Entry& entry_for(const fs::path& config_file, const ProgressSink& progress);
  void load(Entry& entry, const fs::path& config_file, const ProgressSink& progress);

  mutable std::mutex mutex_;
  fs::path root_;
  Settings settings_;
  uint64_t generation_ = 1;
  std::map<fs::path, Entry> entries_;  // by config file ("" for none)
  std::map<fs::path, std::vector<data::FileError>> problems_;
  std::set<fs::path> dirty_problems_;
  std::map<fs::path, std::string> overrides_;
  std::map<fs::path, std::vector<data::FileError>> sent_problems_;
  std::map<fs::path, RegistryData> last_good_;
  std::vector<std::string> shown_settings_problems_;
  std::vector<std::string> unshown_settings_problems_;
};

}  // namespace readout::lsp
