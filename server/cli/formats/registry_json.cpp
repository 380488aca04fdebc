#include "formats/registry_json.hpp"

namespace readout::cli {

nlohmann::ordered_json registries_json(const RunRegistries& registries) {
  nlohmann::ordered_json list = nlohmann::ordered_json::array();
  for (const auto& registry : registries) {
    nlohmann::ordered_json sources = nlohmann::ordered_json::array();
    for (const SourceDate& s : registry->sources)
      sources.push_back({{"note", s.note}, {"asOf", s.as_of.to_string()}});
    const auto data_date = registry->data_date();
    list.push_back(
        {{"contentHash", registry->content_hash},
         {"embedded", registry->embedded},
         {"files", registry->files},
         {"dataDate", data_date ? nlohmann::ordered_json(data_date->to_string()) : nullptr},
         {"sources", sources}});
  }
  return list;
}

}  // namespace readout::cli
