#include "feature_util.hpp"

namespace readout::lsp {

uint32_t offset_of(const Snapshot& snapshot, const json& params) {
  return snapshot.mapper().offset(params.at("position").get<Position>());
}

json location(const Snapshot& snapshot, ByteRange range) {
  return {{"uri", snapshot.uri}, {"range", snapshot.mapper().range(range)}};
}

}  // namespace readout::lsp
