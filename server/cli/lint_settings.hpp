// Which configuration and registry apply to each linted file: `--config`, or the nearest
// `.readout.json` above the file, plus `--registry` and `--no-embedded-registry`. Configs are
// cached per folder and registries per distinct list of files, so a run over a thousand
// reports loads the embedded registry once.
#pragma once

#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "readout/analysis.hpp"
#include "readout/data/config.hpp"
#include "readout/data/provenance.hpp"

namespace readout::cli {

struct SettingsOverrides {
  std::optional<std::filesystem::path> config_file;         // --config: no discovery
  std::vector<std::filesystem::path> extra_registry_files;  // --registry, in order
  bool no_embedded_registry = false;
};

struct FileSettings {
  std::shared_ptr<const Registry> registry;
  std::shared_ptr<const data::RegistryProvenance> provenance;
  std::shared_ptr<const AnalysisOptions> analysis;
  std::filesystem::path config_file;  // empty when none applies
};

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
  using RegistryKey = std::pair<std::vector<std::filesystem::path>, bool>;

  const LoadedConfig& config(const std::filesystem::path& file, std::vector<std::string>& errors);
  const data::LoadedRegistry& registry(const RegistryKey& key, std::vector<std::string>& errors);

  SettingsOverrides overrides_;
  std::map<std::filesystem::path, std::optional<std::filesystem::path>> folder_configs_;
  std::map<std::filesystem::path, LoadedConfig> configs_;
  std::map<RegistryKey, data::LoadedRegistry> registries_;  // null registry: failed to load
  std::set<std::filesystem::path> pin_reported_;
};

}  // namespace readout::cli
