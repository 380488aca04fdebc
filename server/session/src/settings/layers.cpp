// Registry layers and rule levels: the pieces of settings resolution both front ends share.
#include "readout/session/settings.hpp"

namespace readout::session {

RegistryLayers registry_layers(const data::Config* config, const SettingsOverrides& overrides) {
  RegistryLayers layers;
  layers.embedded = !overrides.no_embedded_registry;
  if (config) {
    layers.files = config->registry_files;
    layers.embedded = layers.embedded && config->use_embedded_registry;
  }
  layers.files.insert(layers.files.end(), overrides.extra_registry_files.begin(),
                      overrides.extra_registry_files.end());
  return layers;
}

data::LoadedRegistry load_registry(const RegistryLayers& layers,
                                   std::vector<data::FileError>& errors,
                                   const data::LayerSource* source) {
  if (!source || layers.files.empty())
    return data::load_registry_layers(layers.files, layers.embedded, errors);
  std::vector<std::filesystem::path> all;
  if (layers.embedded) all.emplace_back();  // an empty path stands for the embedded registry
  all.insert(all.end(), layers.files.begin(), layers.files.end());
  return data::load_registry_layers(all, errors, *source);
}

std::vector<data::FileError> apply_rule_levels(const std::map<std::string, std::string>& levels,
                                               AnalysisOptions& options,
                                               const std::string& origin) {
  std::vector<data::FileError> problems;
  for (const auto& [id, level] : levels) {
    if (auto problem = data::apply_rule_setting(id, level, options))
      problems.push_back(data::FileError{origin, 0, 0, problem->message});
  }
  return problems;
}

}  // namespace readout::session
