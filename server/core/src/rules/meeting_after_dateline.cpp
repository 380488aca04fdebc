#include "rules/helpers.hpp"
#include "rules/rule.hpp"

namespace readout::rules {
namespace {

void check(analysis::Context& ctx) {
  const auto& dateline = ctx.head.dateline;
  if (!dateline || !dateline->valid()) return;
  const PartialDate& published = *dateline->start;
  if (const Meeting* in_scope = ctx.scope_meeting()) {
    const Meeting& meeting = *in_scope;
    if (!meeting.date || !meeting.date->valid()) return;
    const PartialDate& held = *meeting.date->start;
    if (held.earliest_day() <= published.latest_day()) return;
    ctx.emit(meeting_after_dateline_rule().info, meeting.date->raw.range,
             "The meeting is dated " + held.to_display() + ", after the report's dateline, " +
                 published.to_display() +
                 "; a report cannot describe a later meeting, so one of the two dates is wrong.",
             {}, {{dateline->raw.range, "the dateline"}});
  }
}

}  // namespace

const Rule& meeting_after_dateline_rule() {
  static const Rule rule{
      {"meeting-after-dateline", Severity::Warning, "A meeting dated after the report's dateline.",
       "A readout is written after the meeting it reports. A meeting that begins after the "
       "`Dateline:` usually means a typo in one of the two dates.",
       R"(# C5+1 foreign ministers meet in Astana
Dateline: 2023-03-02

## C5+1 Ministerial {#c5plus1}
Date: 2023-03-28)",
       R"(# C5+1 foreign ministers meet in Astana
Dateline: 2023-03-02

## C5+1 Ministerial {#c5plus1}
Date: 2023-02-28
)",
       false},
      check};
  return rule;
}

}  // namespace readout::rules
