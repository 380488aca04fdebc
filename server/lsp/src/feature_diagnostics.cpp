// Diagnostics as LSP objects, and code actions: every fix as a quick fix, fix-all for the
// file, and registry edits ("add this spelling as an alias", "add this person").
#include <algorithm>

#include "feature_util.hpp"

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

bool overlaps(ByteRange a, ByteRange b) {
  return a.begin <= b.end && b.begin <= a.end;  // touching counts: a cursor at the edge
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

const NameOccurrence* occurrence_for(const AnalysisResult& analysis, ByteRange range) {
  for (const auto& o : analysis.names())
    if (o.written.range == range && !is_handle(o)) return &o;
  return nullptr;
}

}  // namespace

json diagnostics_json(const Snapshot& snapshot) {
  json out = json::array();
  for (const auto& d : snapshot.analysis->diagnostics) out.push_back(diagnostic_json(snapshot, d));
  return out;
}

json code_actions(const Snapshot& snapshot, const json& params) {
  const AnalysisResult& analysis = *snapshot.analysis;
  ByteRange range = snapshot.mapper().byte_range(params.at("range").get<Range>());
  json only = params.contains("context") ? params["context"].value("only", json()) : json();
  json actions = json::array();

  if (wanted(only, "quickfix")) {
    for (const auto& d : analysis.diagnostics) {
      if (!overlaps(d.range, range)) continue;
      json diag = diagnostic_json(snapshot, d);
      size_t safe =
          std::count_if(d.fixes.begin(), d.fixes.end(), [](const Fix& f) { return f.safe; });
      for (const auto& fix : d.fixes) {
        json action = {{"title", fix.title},
                       {"kind", "quickfix"},
                       {"diagnostics", {diag}},
                       {"edit", {{"changes", {{snapshot.uri, edits_json(snapshot, fix.edits)}}}}}};
        if (fix.safe && safe == 1) action["isPreferred"] = true;
        actions.push_back(action);
      }
      // A name the registry does not know as written: teach it.
      const NameOccurrence* o = occurrence_for(analysis, d.range);
      if (!o) continue;
      if (o->person && o->match == NameMatchKind::Fuzzy) {
        actions.push_back({{"title", "Add '" + o->written.text +
                                         "' to the registry as a spelling of " + o->person->name},
                           {"kind", "quickfix"},
                           {"diagnostics", {diag}},
                           {"command",
                            {{"title", "Add spelling to the registry"},
                             {"command", "readout.addAlias"},
                             {"arguments",
                              {{{"uri", snapshot.uri},
                                {"personId", o->person->id},
                                {"alias", o->written.text}}}}}}});
      } else if (!o->person) {
        actions.push_back(
            {{"title", "Add '" + o->written.text + "' to the registry as a new person"},
             {"kind", "quickfix"},
             {"diagnostics", {diag}},
             {"command",
              {{"title", "Add person to the registry"},
               {"command", "readout.addPerson"},
               {"arguments", {{{"uri", snapshot.uri}, {"name", o->written.text}}}}}}});
      }
    }
  }

  if (wanted(only, "source.fixAll.readout")) {
    // Every safe fix in the file, skipping any that would overlap one already taken.
    std::vector<TextEdit> edits;
    size_t fixes = 0;
    for (const auto& d : analysis.diagnostics) {
      for (const auto& fix : d.fixes) {
        if (!fix.safe) continue;
        bool clash = false;
        for (const auto& e : fix.edits)
          for (const auto& taken : edits)
            clash = clash || (e.range.begin < taken.range.end && taken.range.begin < e.range.end) ||
                    (e.range == taken.range);
        if (clash) continue;
        edits.insert(edits.end(), fix.edits.begin(), fix.edits.end());
        ++fixes;
        break;
      }
    }
    if (fixes > 0) {
      std::sort(edits.begin(), edits.end(),
                [](const TextEdit& a, const TextEdit& b) { return a.range.begin < b.range.begin; });
      actions.push_back(
          {{"title", "Fix all safe problems in this file (" + std::to_string(fixes) + ")"},
           {"kind", "source.fixAll.readout"},
           {"edit", {{"changes", {{snapshot.uri, edits_json(snapshot, edits)}}}}}});
    }
  }
  return actions;
}

}  // namespace readout::lsp
