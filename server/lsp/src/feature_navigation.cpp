// Definition, references, document highlight and rename: the session's answers as LSP
// locations, highlights and workspace edits.
#include "feature_util.hpp"
#include "readout/session/queries.hpp"

namespace readout::lsp {

json definition(const Snapshot& snapshot, const json& params) {
  auto declaration = session::definition(*snapshot.analysis, offset_of(snapshot, params));
  if (!declaration) return nullptr;
  return location(snapshot, *declaration);
}

json references(const Snapshot& snapshot, const json& params) {
  bool include_declaration = true;
  if (params.contains("context"))
    include_declaration = params["context"].value("includeDeclaration", true);
  auto found =
      session::references(*snapshot.analysis, offset_of(snapshot, params), include_declaration);
  if (!found) return nullptr;
  json out = json::array();
  for (const auto& r : *found) out.push_back(location(snapshot, r.range));
  return out;
}

json document_highlight(const Snapshot& snapshot, const json& params) {
  auto found = session::references(*snapshot.analysis, offset_of(snapshot, params));
  if (!found) return nullptr;
  constexpr int kRead = 2, kWrite = 3;  // DocumentHighlightKind: a declaration "writes"
  PositionMapper mapper = snapshot.mapper();
  json out = json::array();
  for (const auto& r : *found)
    out.push_back({{"range", mapper.range(r.range)}, {"kind", r.declaration ? kWrite : kRead}});
  return out;
}

json prepare_rename(const Snapshot& snapshot, const json& params) {
  auto target = session::prepare_rename(*snapshot.analysis, offset_of(snapshot, params));
  if (!target) return nullptr;
  return {{"range", snapshot.mapper().range(target->range)}, {"placeholder", target->placeholder}};
}

json rename(const Snapshot& snapshot, const json& params) {
  uint32_t offset = offset_of(snapshot, params);
  // With nothing to rename there, that is the error, whatever the new name.
  std::string new_name;
  if (session::prepare_rename(*snapshot.analysis, offset))
    new_name = params.at("newName").get<std::string>();
  auto result = session::rename(*snapshot.analysis, offset, std::move(new_name));
  if (result.error)
    throw RpcError{result.error->kind == session::QueryError::Kind::NothingHere
                       ? error_code::kRequestFailed
                       : error_code::kInvalidParams,
                   result.error->message};
  PositionMapper mapper = snapshot.mapper();
  json edits = json::array();
  for (const auto& e : result.edits)
    edits.push_back(LspTextEdit{mapper.range(e.range), e.replacement});
  return {{"changes", {{snapshot.uri, edits}}}};
}

}  // namespace readout::lsp
