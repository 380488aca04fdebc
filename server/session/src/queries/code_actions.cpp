// Code actions: every fix of a finding, fix-all for the file, and registry edits for a name
// the registry does not know as written ("add this spelling", "add this person").
#include <algorithm>

#include "readout/session/queries.hpp"

namespace readout::session {
namespace {

bool overlaps(ByteRange a, ByteRange b) {
  return a.begin <= b.end && b.begin <= a.end;  // touching counts: a cursor at the edge
}

const NameOccurrence* occurrence_for(const AnalysisResult& analysis, ByteRange range) {
  for (const auto& o : analysis.names())
    if (o.written.range == range && !is_handle(o)) return &o;
  return nullptr;
}

void add_quick_fixes(const AnalysisResult& analysis, ByteRange range,
                     std::vector<CodeAction>& actions) {
  using Kind = CodeAction::Kind;
  for (const auto& d : analysis.diagnostics()) {
    if (!overlaps(d.range, range)) continue;
    size_t safe =
        std::count_if(d.fixes.begin(), d.fixes.end(), [](const Fix& f) { return f.safe; });
    for (const auto& fix : d.fixes)
      actions.push_back({Kind::QuickFix, fix.title, &d, fix.edits, fix.safe && safe == 1, "", ""});
    // A name the registry does not know as written: teach it.
    const NameOccurrence* o = occurrence_for(analysis, d.range);
    if (!o) continue;
    const std::string& written = o->written.text;
    if (o->person && o->match == NameMatchKind::Fuzzy) {
      actions.push_back(
          {Kind::AddAlias,
           "Add '" + written + "' to the registry as a spelling of " + o->person->name.str(),
           &d,
           {},
           false,
           o->person->id.str(),
           written});
    } else if (!o->person) {
      actions.push_back({Kind::AddPerson,
                         "Add '" + written + "' to the registry as a new person",
                         &d,
                         {},
                         false,
                         "",
                         written});
    }
  }
}

// Every safe fix in the file, skipping any that would overlap one already taken.
void add_fix_all(const AnalysisResult& analysis, std::vector<CodeAction>& actions) {
  std::vector<TextEdit> edits;
  size_t fixes = 0;
  for (const auto& d : analysis.diagnostics()) {
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
  if (fixes == 0) return;
  std::sort(edits.begin(), edits.end(),
            [](const TextEdit& a, const TextEdit& b) { return a.range.begin < b.range.begin; });
  actions.push_back({CodeAction::Kind::FixAll,
                     "Fix all safe problems in this file (" + std::to_string(fixes) + ")", nullptr,
                     std::move(edits), false, "", ""});
}

}  // namespace

std::vector<CodeAction> code_actions(const AnalysisResult& analysis, ByteRange range,
                                     bool quick_fixes, bool fix_all) {
  std::vector<CodeAction> actions;
  if (quick_fixes) add_quick_fixes(analysis, range, actions);
  if (fix_all) add_fix_all(analysis, actions);
  return actions;
}

}  // namespace readout::session
