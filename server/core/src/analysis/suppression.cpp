#include "analysis/suppression.hpp"

#include <algorithm>
#include <set>
#include <string>

namespace readout::analysis {
namespace {

// Which rules are off at a point of a disable/enable sweep.
struct BlockState {
  bool all = false;               // a bare readout-disable is in force
  std::set<std::string> off;      // rules disabled by name
  std::set<std::string> back_on;  // rules enabled by name inside a bare disable

  void apply(const Suppression& s) {
    const bool every = s.rules.empty();
    if (s.kind == Suppression::Kind::Disable) {
      if (every) {
        all = true;
        back_on.clear();
      }
      for (const Span& r : s.rules) (all ? (void)back_on.erase(r.text) : (void)off.insert(r.text));
    } else if (s.kind == Suppression::Kind::Enable) {
      if (every) {
        all = false;
        off.clear();
        back_on.clear();
      }
      for (const Span& r : s.rules) (all ? (void)back_on.insert(r.text) : (void)off.erase(r.text));
    }
  }
  [[nodiscard]] bool suppresses(const std::string& rule) const {
    return all ? !back_on.contains(rule) : off.contains(rule);
  }
};

bool names_rule(const Suppression& s, const std::string& rule) {
  return s.rules.empty() ||
         std::any_of(s.rules.begin(), s.rules.end(), [&](const Span& r) { return r.text == rule; });
}

}  // namespace

void apply_suppressions(const Report& report, const LineIndex& lines,
                        std::vector<Diagnostic>& diagnostics) {
  if (report.suppressions.empty()) return;
  std::vector<const Suppression*> blocks;
  for (const Suppression& s : report.suppressions)
    if (s.kind == Suppression::Kind::Disable || s.kind == Suppression::Kind::Enable)
      blocks.push_back(&s);
  std::stable_sort(blocks.begin(), blocks.end(), [](const Suppression* a, const Suppression* b) {
    return a->range.begin < b->range.begin;
  });

  std::vector<size_t> order(diagnostics.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    return diagnostics[a].range.begin < diagnostics[b].range.begin;
  });
  std::vector<bool> drop(diagnostics.size(), false);
  BlockState state;
  size_t next_block = 0;
  for (size_t index : order) {
    const Diagnostic& d = diagnostics[index];
    const uint32_t line = lines.position(d.range.begin).line;
    // Directives on earlier lines, or earlier on the same line, are in force.
    while (next_block < blocks.size() &&
           (blocks[next_block]->line < line || blocks[next_block]->range.begin <= d.range.begin))
      state.apply(*blocks[next_block++]);
    bool suppressed = state.suppresses(d.rule_id);
    for (const Suppression& s : report.suppressions) {
      if (suppressed) break;
      if (s.kind == Suppression::Kind::DisableLine && s.line == line && names_rule(s, d.rule_id))
        suppressed = true;
      if (s.kind == Suppression::Kind::DisableNextLine && s.line + 1 == line &&
          names_rule(s, d.rule_id))
        suppressed = true;
    }
    drop[index] = suppressed;
  }
  std::vector<Diagnostic> kept;
  for (size_t i = 0; i < diagnostics.size(); ++i)
    if (!drop[i]) kept.push_back(std::move(diagnostics[i]));
  diagnostics = std::move(kept);
}

}  // namespace readout::analysis
