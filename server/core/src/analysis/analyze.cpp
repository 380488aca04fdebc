#include <algorithm>

#include "analysis/context.hpp"
#include "analysis/resolver.hpp"
#include "analysis/suppression.hpp"
#include "analysis/title_lexicon.hpp"
#include "analysis/titles.hpp"
#include "readout/analysis.hpp"
#include "rules/rule.hpp"

namespace readout {

std::shared_ptr<const AnalysisResult> analyze(std::shared_ptr<const SyntaxTree> syntax,
                                              std::shared_ptr<const Registry> registry,
                                              const AnalysisOptions& options) {
  auto result = std::make_shared<AnalysisResult>();
  result->syntax = std::move(syntax);
  result->registry = registry ? std::move(registry) : Registry::empty();
  result->report = build_model(*result->syntax);

  analysis::Context ctx(*result->syntax, *result->registry, result->report);
  const auto lexicon = analysis::title_lexicon(result->registry);
  ctx.lexicon = lexicon.get();
  analysis::Resolver(ctx, *lexicon).run();
  analysis::assess_titles(ctx, *lexicon);

  for (const rules::Rule* rule : rules::all_rules())
    if (!options.disabled_rules.contains(rule->info.id)) rule->check(ctx);

  analysis::apply_suppressions(result->report, result->syntax->lines(), ctx.diagnostics);
  for (Diagnostic& d : ctx.diagnostics)
    if (auto it = options.severity_overrides.find(d.rule_id); it != options.severity_overrides.end())
      d.severity = it->second;
  std::stable_sort(ctx.diagnostics.begin(), ctx.diagnostics.end(), [](const Diagnostic& a, const Diagnostic& b) {
    if (a.range.begin != b.range.begin) return a.range.begin < b.range.begin;
    if (a.range.end != b.range.end) return a.range.end < b.range.end;
    return a.rule_id < b.rule_id;
  });
  result->names = std::move(ctx.names);
  result->diagnostics = std::move(ctx.diagnostics);
  return result;
}

int AnalysisResult::meeting_at(uint32_t offset) const {
  const auto& meetings = report.meetings;
  // Meetings follow each other in the text: the last one starting at or before the offset.
  auto it = std::upper_bound(meetings.begin(), meetings.end(), offset,
                             [](uint32_t o, const Meeting& m) { return o < m.range.begin; });
  if (it == meetings.begin()) return -1;
  --it;
  const bool inside = offset < it->range.end || (offset == it->range.end && it + 1 == meetings.end() &&
                                                  syntax && offset == syntax->text().size());
  return inside ? static_cast<int>(it - meetings.begin()) : -1;
}

std::optional<PartialDate> AnalysisResult::date_at(uint32_t offset) const {
  const int m = meeting_at(offset);
  if (m >= 0) {
    const auto& date = report.meetings[static_cast<size_t>(m)].date;
    if (date && date->valid()) return date->start;
  }
  if (report.dateline && report.dateline->valid()) return report.dateline->start;
  return std::nullopt;
}

}  // namespace readout
