// Hover: the session's card for the name under the cursor, as LSP Hover.
#include "feature_util.hpp"
#include "readout/session/queries.hpp"

namespace readout::lsp {

json hover(const Snapshot& snapshot, const json& params, const ClientFeatures& client) {
  auto card = session::hover(*snapshot.analysis, offset_of(snapshot, params));
  if (!card) return nullptr;
  json contents = {{"kind", client.markdown ? "markdown" : "plaintext"}, {"value", card->markdown}};
  return {{"contents", contents}, {"range", snapshot.mapper().range(card->range)}};
}

}  // namespace readout::lsp
