// Definition, references, document highlight and rename for attendees: their handle, their
// name in the attendee list, mentions in prose and commitments, across the whole report.
#include <cctype>

#include "feature_util.hpp"
#include "readout/names.hpp"

namespace readout::lsp {
namespace {

bool is_declaration(const NameOccurrence& o) {
  return o.role == NameOccurrence::Role::HandleDefinition ||
         o.role == NameOccurrence::Role::AttendeeName;
}

// The attendee-list entry an occurrence refers to: same meeting when it has one there.
const NameOccurrence* declaration_of(const AnalysisResult& analysis, const NameOccurrence& at) {
  const NameOccurrence* best = nullptr;
  bool want_handle = is_handle(at);
  for (const auto& o : analysis.names()) {
    if (!is_declaration(o) || !same_target(o, at)) continue;
    bool better = !best || (o.meeting == at.meeting && best->meeting != at.meeting) ||
                  (o.meeting == best->meeting && is_handle(o) == want_handle &&
                   is_handle(*best) != want_handle);
    if (better) best = &o;
  }
  return best;
}

bool valid_handle(std::string_view s) {
  if (s.empty()) return false;
  for (unsigned char c : s)
    if (!(std::isalnum(c) || c == '-' || c == '_' || c == '.' || c >= 0x80)) return false;
  return true;
}

std::string last_word(std::string_view s) {
  size_t space = s.find_last_of(' ');
  return std::string(space == std::string_view::npos ? s : s.substr(space + 1));
}

}  // namespace

json definition(const Snapshot& snapshot, const json& params) {
  const NameOccurrence* at = occurrence_at(*snapshot.analysis, offset_of(snapshot, params));
  if (!at) return nullptr;
  const NameOccurrence* decl = declaration_of(*snapshot.analysis, *at);
  if (!decl) return nullptr;
  return location(snapshot, decl->written.range);
}

json references(const Snapshot& snapshot, const json& params) {
  const NameOccurrence* at = occurrence_at(*snapshot.analysis, offset_of(snapshot, params));
  if (!at) return nullptr;
  bool include_declaration = true;
  if (params.contains("context"))
    include_declaration = params["context"].value("includeDeclaration", true);
  json out = json::array();
  for (const auto& o : snapshot.analysis->names()) {
    if (!same_target(o, *at) || (!include_declaration && is_declaration(o))) continue;
    out.push_back(location(snapshot, o.written.range));
  }
  return out;
}

json document_highlight(const Snapshot& snapshot, const json& params) {
  const NameOccurrence* at = occurrence_at(*snapshot.analysis, offset_of(snapshot, params));
  if (!at) return nullptr;
  json out = json::array();
  PositionMapper mapper = snapshot.mapper();
  for (const auto& o : snapshot.analysis->names()) {
    if (!same_target(o, *at)) continue;
    out.push_back({{"range", mapper.range(o.written.range)}, {"kind", is_declaration(o) ? 3 : 2}});
  }
  return out;
}

json prepare_rename(const Snapshot& snapshot, const json& params) {
  const NameOccurrence* at = occurrence_at(*snapshot.analysis, offset_of(snapshot, params));
  if (!at || (at->attendee < 0 && !at->person)) return nullptr;
  return {{"range", snapshot.mapper().range(at->written.range)}, {"placeholder", at->written.text}};
}

// Renaming a handle renames every use of that handle; renaming a name rewrites the attendee's
// name and its mentions (a surname-only mention gets the new surname).
json rename(const Snapshot& snapshot, const json& params) {
  const NameOccurrence* at = occurrence_at(*snapshot.analysis, offset_of(snapshot, params));
  if (!at || (at->attendee < 0 && !at->person))
    throw RpcError{error_code::kRequestFailed, "there is no attendee or person here to rename"};
  std::string new_name = params.at("newName").get<std::string>();
  bool handle = is_handle(*at);
  if (!new_name.empty() && new_name[0] == '@' && handle) new_name.erase(0, 1);
  if (handle && !valid_handle(new_name))
    throw RpcError{error_code::kInvalidParams,
                   "a handle is letters, digits, '-', '_' or '.', without spaces"};
  if (!handle && new_name.find_first_not_of(" \t") == std::string::npos)
    throw RpcError{error_code::kInvalidParams, "the new name is empty"};

  const std::string old_text = at->written.text;
  const std::string old_surname_key = names::key(last_word(old_text));
  PositionMapper mapper = snapshot.mapper();
  json edits = json::array();
  for (const auto& o : snapshot.analysis->names()) {
    if (is_handle(o) != handle || !same_target(o, *at)) continue;
    std::string replacement = new_name;
    if (handle) {
      if (o.written.text != old_text) continue;
    } else if (o.written.text.find(' ') == std::string::npos &&
               names::key(o.written.text) == old_surname_key) {
      replacement = last_word(new_name);
    }
    edits.push_back(LspTextEdit{mapper.range(o.written.range), replacement});
  }
  return {{"changes", {{snapshot.uri, edits}}}};
}

}  // namespace readout::lsp
