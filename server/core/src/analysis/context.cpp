#include "analysis/context.hpp"

namespace readout::analysis {

std::optional<PartialDate> Context::date_of_meeting(int meeting) const {
  if (meeting >= 0 && static_cast<size_t>(meeting) < report.meetings.size()) {
    const auto& date = report.meetings[static_cast<size_t>(meeting)].date;
    if (date && date->valid()) return date->start;
  }
  if (report.dateline && report.dateline->valid()) return report.dateline->start;
  return std::nullopt;
}

const Attendee* Context::attendee(int meeting, int attendee) const {
  if (meeting < 0 || static_cast<size_t>(meeting) >= report.meetings.size()) return nullptr;
  const auto& list = report.meetings[static_cast<size_t>(meeting)].attendees;
  if (attendee < 0 || static_cast<size_t>(attendee) >= list.size()) return nullptr;
  return &list[static_cast<size_t>(attendee)];
}

std::string_view Context::text(ByteRange range) const {
  return std::string_view(syntax.text()).substr(range.begin, range.size());
}

void Context::emit(const RuleInfo& rule, ByteRange range, std::string message, std::vector<Fix> fixes,
                   std::vector<RelatedInfo> related) {
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
