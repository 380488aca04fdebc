// SettingsResolver (readout/session/settings.hpp): settings for the files of one run, cached.
#include "readout/session/settings.hpp"

namespace readout::session {

namespace fs = std::filesystem;

std::optional<FileSettings> SettingsResolver::resolve(const fs::path& folder,
                                                      std::vector<std::string>& errors) {
  std::optional<fs::path> config_file = overrides_.config_file;
  if (!config_file) {
    std::error_code ec;
    fs::path key = fs::absolute(folder, ec).lexically_normal();
    auto [it, inserted] = folder_configs_.try_emplace(key);
    if (inserted) {
      it->second = data::find_config(key);
      // Shown in messages: keep it relative to where the user is, like the linted paths.
      if (it->second) it->second = it->second->lexically_proximate(fs::current_path(ec));
    }
    config_file = it->second;
  }

  static const auto kNoOptions = std::make_shared<const AnalysisOptions>();
  FileSettings settings{nullptr, nullptr, kNoOptions, {}};
  const data::Config* config = nullptr;
  if (config_file) {
    const LoadedConfig& loaded = this->config(*config_file, errors);
    if (!loaded.ok) return std::nullopt;
    settings.analysis = loaded.analysis;
    settings.config_file = *config_file;
    config = &loaded.config;
  }
  const data::LoadedRegistry& loaded = registry(registry_layers(config, overrides_), errors);
  if (!loaded.registry) return std::nullopt;
  settings.registry = loaded.registry;
  settings.provenance = loaded.provenance;
  if (config) {
    if (auto problem = data::registry_pin_problem(*config, *loaded.provenance)) {
      // Once per config: the pin and the registry it names are the same for all its files.
      if (pin_reported_.insert(*config_file).second) errors.push_back(problem->to_string());
      return std::nullopt;
    }
  }
  return settings;
}

const SettingsResolver::LoadedConfig& SettingsResolver::config(const fs::path& file,
                                                               std::vector<std::string>& errors) {
  auto [it, inserted] = configs_.try_emplace(file);
  LoadedConfig& loaded = it->second;
  if (!inserted) return loaded;
  std::vector<data::FileError> problems;
  loaded.ok = data::load_config(file, loaded.config, problems);
  for (const data::FileError& problem : problems) errors.push_back(problem.to_string());
  loaded.analysis = std::make_shared<const AnalysisOptions>(loaded.config.analysis);
  return loaded;
}

const data::LoadedRegistry& SettingsResolver::registry(const RegistryLayers& layers,
                                                       std::vector<std::string>& errors) {
  auto [it, inserted] = registries_.try_emplace(layers);
  if (!inserted) return it->second;
  std::vector<data::FileError> problems;
  data::LoadedRegistry loaded = load_registry(layers, problems);
  for (const data::FileError& problem : problems) errors.push_back(problem.to_string());
  if (problems.empty()) it->second = std::move(loaded);
  return it->second;
}

}  // namespace readout::session
