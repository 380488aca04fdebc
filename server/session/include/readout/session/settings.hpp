// Which settings and registry apply to a report, for both front ends: the nearest
// `.readout.json` (or the one named), the registry layers it and the front end name (the
// embedded registry, then user files), rule levels, and the registry pin. One validator
// (data::apply_rule_setting) and one error format (data::FileError, "file:line:col: error: ...").
#pragma once

#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "readout/analysis.hpp"
#include "readout/data/config.hpp"
#include "readout/data/provenance.hpp"

namespace readout::session {

// What the front end adds to `.readout.json`: the command line's options or the editor's
// settings.
struct SettingsOverrides {
  std::optional<std::filesystem::path> config_file;         // --config: no discovery
  std::vector<std::filesystem::path> extra_registry_files;  // after the config's, in order
  bool no_embedded_registry = false;
};

// The layers of a registry: the embedded one unless turned off, then user files; later win.
struct RegistryLayers {
  std::vector<std::filesystem::path> files;
  bool embedded = true;
  auto operator<=>(const RegistryLayers&) const = default;
};

// The layers that `config` (null: none applies) and `overrides` name together.
RegistryLayers registry_layers(const data::Config* config, const SettingsOverrides& overrides);

// Loads `layers`, user files through `source` when given (the editor's unsaved texts). The
// embedded registry alone is built once and shared.
data::LoadedRegistry load_registry(const RegistryLayers& layers,
                                   std::vector<data::FileError>& errors,
                                   const data::LayerSource* source = nullptr);

// Rule levels set outside `.readout.json` (the editor's "rules": id -> "error" ... "off"),
// applied over `options` and checked as `.readout.json`'s are. Each problem names `origin`.
std::vector<data::FileError> apply_rule_levels(const std::map<std::string, std::string>& levels,
                                               AnalysisOptions& options, const std::string& origin);

struct FileSettings {
  std::shared_ptr<const Registry> registry;
  std::shared_ptr<const data::RegistryProvenance> provenance;
  std::shared_ptr<const AnalysisOptions> analysis;
  std::filesystem::path config_file;  // empty when none applies
};

// Settings for many files in one run (`readout lint`, `readout registry`). Configs are cached
// per folder and registries per distinct list of layers, so a run over a thousand reports
// loads the embedded registry once.
class SettingsResolver {
 public:
  explicit SettingsResolver(SettingsOverrides overrides) : overrides_(std::move(overrides)) {}

  // Settings for a file whose config discovery starts in `folder`. On a config or registry
  // error, returns nullopt and appends located messages ("file:line:col: error: ...") to
  // `errors`, each problem once per run. A registry whose content hash differs from the
  // config's "registryHash" pin is such an error.
  std::optional<FileSettings> resolve(const std::filesystem::path& folder,
                                      std::vector<std::string>& errors);

 private:
  struct LoadedConfig {
    bool ok = false;
    data::Config config;
    std::shared_ptr<const AnalysisOptions> analysis;
  };

  const LoadedConfig& config(const std::filesystem::path& file, std::vector<std::string>& errors);
  const data::LoadedRegistry& registry(const RegistryLayers& layers,
                                       std::vector<std::string>& errors);

  SettingsOverrides overrides_;
  std::map<std::filesystem::path, std::optional<std::filesystem::path>> folder_configs_;
  std::map<std::filesystem::path, LoadedConfig> configs_;
  std::map<RegistryLayers, data::LoadedRegistry> registries_;  // null registry: failed to load
  std::set<std::filesystem::path> pin_reported_;
};

}  // namespace readout::session
