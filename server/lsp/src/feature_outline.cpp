// Document symbols, folding ranges and semantic tokens: the session's outline in LSP's
// shapes (lines, the token legend and its relative integer encoding).
#include "feature_util.hpp"
#include "readout/session/queries.hpp"

namespace readout::lsp {
namespace {

// Token types in the order of session::TokenType; one modifier.
constexpr const char* kTokenTypes[session::kTokenTypeCount] = {
    "namespace", "variable", "parameter", "type", "enumMember", "number", "comment"};
constexpr uint32_t kDeclaration = 1;

int symbol_kind(session::SymbolKind kind) {
  switch (kind) {
    case session::SymbolKind::Meeting:
      return symbol_kind::kNamespace;
    case session::SymbolKind::Attendee:
      return symbol_kind::kVariable;
    case session::SymbolKind::Commitment:
      return symbol_kind::kEvent;
  }
  return symbol_kind::kObject;
}

json symbol_json(const PositionMapper& mapper, const session::Symbol& s) {
  json out = {{"name", s.name},
              {"detail", s.detail},
              {"kind", symbol_kind(s.kind)},
              {"range", mapper.range(s.range)},
              {"selectionRange", mapper.range(s.selection)}};
  if (s.kind == session::SymbolKind::Meeting) {
    json children = json::array();
    for (const auto& child : s.children) children.push_back(symbol_json(mapper, child));
    out["children"] = children;
  }
  return out;
}

}  // namespace

json document_symbols(const Snapshot& snapshot) {
  PositionMapper mapper = snapshot.mapper();
  json out = json::array();
  for (const auto& s : session::document_symbols(snapshot.analysis->report()))
    out.push_back(symbol_json(mapper, s));
  return out;
}

json folding_ranges(const Snapshot& snapshot) {
  PositionMapper mapper = snapshot.mapper();
  json out = json::array();
  for (const auto& f : session::folding_ranges(*snapshot.analysis)) {
    json fold = {{"startLine", mapper.position(f.range.begin).line},
                 {"endLine", mapper.position(f.range.end).line}};
    if (f.comment) fold["kind"] = "comment";
    out.push_back(fold);
  }
  return out;
}

json semantic_tokens_legend() {
  json types = json::array();
  for (const char* type : kTokenTypes) types.push_back(type);
  return {{"tokenTypes", types}, {"tokenModifiers", {"declaration"}}};
}

std::vector<uint32_t> semantic_tokens(const Snapshot& snapshot) {
  PositionMapper mapper = snapshot.mapper();
  std::vector<uint32_t> data;
  Position previous;
  for (const auto& t : session::semantic_tokens(*snapshot.analysis)) {
    Position start = mapper.position(t.range.begin);
    Position end = mapper.position(t.range.end);
    if (end.line != start.line) continue;  // tokens may not span lines
    data.push_back(start.line - previous.line);
    data.push_back(start.line == previous.line ? start.character - previous.character
                                               : start.character);
    data.push_back(end.character - start.character);
    data.push_back(static_cast<uint32_t>(t.type));
    data.push_back(t.declaration ? kDeclaration : 0);
    previous = start;
  }
  return data;
}

json semantic_tokens_edits(const std::vector<uint32_t>& before,
                           const std::vector<uint32_t>& after) {
  size_t prefix = 0;
  while (prefix < before.size() && prefix < after.size() && before[prefix] == after[prefix])
    ++prefix;
  size_t suffix = 0;
  while (suffix < before.size() - prefix && suffix < after.size() - prefix &&
         before[before.size() - 1 - suffix] == after[after.size() - 1 - suffix])
    ++suffix;
  if (prefix == before.size() && prefix == after.size()) return json::array();
  std::vector<uint32_t> data(after.begin() + static_cast<long>(prefix),
                             after.end() - static_cast<long>(suffix));
  return json::array(
      {{{"start", prefix}, {"deleteCount", before.size() - prefix - suffix}, {"data", data}}});
}

}  // namespace readout::lsp
