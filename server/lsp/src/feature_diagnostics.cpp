// Diagnostics as LSP objects, and the session's code actions as LSP CodeActions (registry
// edits become workspace/executeCommand commands).
#include "feature_util.hpp"
#include "readout/session/queries.hpp"

namespace readout::lsp {
namespace {

json diagnostic_json(const Snapshot& snapshot, const Diagnostic& d) {
  PositionMapper mapper = snapshot.mapper();
  json out = {{"range", mapper.range(d.range)},
              {"severity", static_cast<int>(d.severity)},
              {"code", d.rule_id},
              {"source", "readout"},
              {"message", d.message}};
  if (!d.related.empty()) {
    json related = json::array();
    for (const auto& r : d.related)
      related.push_back({{"location", location(snapshot, r.range)}, {"message", r.message}});
    out["relatedInformation"] = related;
  }
  return out;
}

json edits_json(const Snapshot& snapshot, const std::vector<TextEdit>& edits) {
  PositionMapper mapper = snapshot.mapper();
  json out = json::array();
  for (const auto& e : edits) out.push_back(LspTextEdit{mapper.range(e.range), e.replacement});
  return out;
}

bool wanted(const json& only, std::string_view kind) {
  if (!only.is_array()) return true;
  for (const auto& k : only) {
    if (!k.is_string()) continue;
    std::string prefix = k.get<std::string>();
    if (kind == prefix ||
        (kind.size() > prefix.size() && kind.starts_with(prefix) && kind[prefix.size()] == '.'))
      return true;
  }
  return false;
}

}  // namespace

json diagnostics_json(const Snapshot& snapshot) {
  json out = json::array();
  for (const auto& d : snapshot.analysis->diagnostics) out.push_back(diagnostic_json(snapshot, d));
  return out;
}

json code_actions(const Snapshot& snapshot, const json& params) {
  ByteRange range = snapshot.mapper().byte_range(params.at("range").get<Range>());
  json only = params.contains("context") ? params["context"].value("only", json()) : json();
  json actions = json::array();
  using Kind = session::CodeAction::Kind;
  for (const auto& a : session::code_actions(*snapshot.analysis, range, wanted(only, "quickfix"),
                                             wanted(only, "source.fixAll.readout"))) {
    json action = {{"title", a.title},
                   {"kind", a.kind == Kind::FixAll ? "source.fixAll.readout" : "quickfix"}};
    // json::array, not braces: {one json} is a copy of it under some compilers (clang), not a list.
    if (a.diagnostic)
      action["diagnostics"] = json::array({diagnostic_json(snapshot, *a.diagnostic)});
    if (a.kind == Kind::QuickFix || a.kind == Kind::FixAll)
      action["edit"] = {{"changes", {{snapshot.uri, edits_json(snapshot, a.edits)}}}};
    if (a.preferred) action["isPreferred"] = true;
    if (a.kind == Kind::AddAlias) {
      action["command"] = {
          {"title", "Add spelling to the registry"},
          {"command", "readout.addAlias"},
          {"arguments",
           {{{"uri", snapshot.uri}, {"personId", a.person_id}, {"alias", a.spelling}}}}};
    } else if (a.kind == Kind::AddPerson) {
      action["command"] = {{"title", "Add person to the registry"},
                           {"command", "readout.addPerson"},
                           {"arguments", {{{"uri", snapshot.uri}, {"name", a.spelling}}}}};
    }
    actions.push_back(std::move(action));
  }
  return actions;
}

}  // namespace readout::lsp
