#include "analysis/context.hpp"

namespace readout::analysis {

std::optional<PartialDate> Context::date_of_meeting(int index) const {
  if (index >= 0)
    if (const Meeting* m = meeting(index); m && m->date && m->date->valid()) return m->date->start;
  if (head.dateline && head.dateline->valid()) return head.dateline->start;
  return std::nullopt;
}

const Attendee* Context::attendee(int index, int attendee) const {
  const Meeting* m = index >= 0 ? meeting(index) : nullptr;
  if (!m || attendee < 0 || static_cast<size_t>(attendee) >= m->attendees.size()) return nullptr;
  return &m->attendees[static_cast<size_t>(attendee)];
}

std::string_view Context::text(ByteRange range) const {
  return std::string_view(syntax.text()).substr(range.begin, range.size());
}

void Context::emit(const RuleInfo& rule, ByteRange range, std::string message,
                   std::vector<Fix> fixes, std::vector<RelatedInfo> related) {
  Diagnostic d;
  d.rule_id = std::string(rule.id);
  d.severity = rule.default_severity;
  d.range = range;
  d.message = std::move(message);
  d.fixes = std::move(fixes);
  d.related = std::move(related);
  diagnostics.push_back(std::move(d));
}

// Built with append rather than operator+, which trips GCC 12's -Wrestrict false positive at -O3.
std::string quote(std::string_view text) {
  std::string quoted;
  quoted.reserve(text.size() + 2);
  quoted.push_back('\'');
  quoted.append(text);
  quoted.push_back('\'');
  return quoted;
}

}  // namespace readout::analysis
