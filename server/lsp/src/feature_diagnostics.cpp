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
  for (const auto& d : snapshot.analysis->diagnostics())
    out.push_back(diagnostic_json(snapshot, d));
  return out;
}

std::string diagnostics_json(const Snapshot& snapshot, DiagnosticsJsonCache& cache) {
  const AnalysisResult& analysis = *snapshot.analysis;
  const LineIndex& lines = analysis.syntax->lines();
  const auto& parts = analysis.diagnostic_parts();
  DiagnosticsJsonCache next;
  next.parts.reserve(parts.size());
  std::string out = "[";
  bool first = true;
  for (size_t i = 0; i < parts.size(); ++i) {
    const AnalysisResult::DiagnosticPart& part = parts[i];
    std::vector<uint32_t> first_lines;
    first_lines.reserve(part.findings->points_into.size());
    for (uint32_t p : part.findings->points_into)
      first_lines.push_back(lines.position(analysis.part_start(p)).line);
    DiagnosticsJsonCache::Part entry;
    // The same findings on the same lines: the parts they point into have the same bytes
    // (AnalysisResult::diagnostic_parts), so the same positions.
    if (i < cache.parts.size() && cache.parts[i].findings == part.findings &&
        cache.parts[i].lines == first_lines) {
      entry = std::move(cache.parts[i]);
    } else {
      entry.findings = part.findings;
      entry.lines = std::move(first_lines);
      for (Diagnostic d : part.findings->diagnostics) {
        auto move = [&](ByteRange& r) {
          r.begin = static_cast<uint32_t>(r.begin + part.shift);
          r.end = static_cast<uint32_t>(r.end + part.shift);
        };
        move(d.range);
        for (RelatedInfo& related : d.related) move(related.range);
        if (!entry.items.empty()) entry.items += ',';
        entry.items +=
            diagnostic_json(snapshot, d).dump(-1, ' ', false, json::error_handler_t::replace);
      }
    }
    if (!entry.items.empty()) {
      if (!first) out += ',';
      out += entry.items;
      first = false;
    }
    next.parts.push_back(std::move(entry));
  }
  out += ']';
  cache = std::move(next);
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
