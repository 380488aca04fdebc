#include "rules/rule.hpp"

namespace readout::rules {
namespace {

void check(analysis::Context& ctx) {
  if (const Meeting* in_scope = ctx.scope_meeting()) {
    const Meeting& meeting = *in_scope;
    if (!meeting.date || !meeting.date->valid()) return;
    const PartialDate& held = *meeting.date->start;
    for (const Commitment& c : meeting.commitments) {
      if (!c.due || !c.due->valid()) continue;
      const PartialDate& due = c.due->end ? *c.due->end : *c.due->start;
      if (due.latest_day() >= held.earliest_day()) continue;
      ctx.emit(due_before_meeting_rule().info, c.due->raw.range,
               "The commitment is due " + due.to_display() + ", before the meeting of " +
                   held.to_display() +
                   " where it was made; a due date must fall on or after the meeting.");
    }
  }
}

}  // namespace

const Rule& due_before_meeting_rule() {
  static const Rule rule{
      {"due-before-meeting", Severity::Warning, "A commitment due before the meeting that made it.",
       "A due date earlier than the meeting's date is almost always a wrong year or month.",
       R"(# C5+1 foreign ministers meet in Astana
Dateline: 2023-03-02

## C5+1 Ministerial {#c5plus1}
Date: 2023-02-28

### Commitments
- all: report back [due 2022-12-31])",
       R"(# C5+1 foreign ministers meet in Astana
Dateline: 2023-03-02

## C5+1 Ministerial {#c5plus1}
Date: 2023-02-28

### Commitments
- all: report back [due 2023-12-31])",
       false},
      check};
  return rule;
}

}  // namespace readout::rules
