#include "rules/rule.hpp"

namespace readout::rules {
namespace {

void check(analysis::Context& ctx) {
  const auto& dateline = ctx.head.dateline;
  if (const Meeting* in_scope = ctx.scope_meeting()) {
    const Meeting& meeting = *in_scope;
    if (meeting.date) return;
    std::string message = "This meeting has no Date: line; ";
    message += dateline && dateline->valid()
                   ? "titles are checked against the report's dateline (" +
                         dateline->start->to_display() + ") instead."
                   : "titles cannot be checked against a date.";
    message += " Add 'Date: YYYY-MM-DD' under the heading.";
    ctx.emit(meeting_date_missing_rule().info, meeting.heading_range, std::move(message));
  }
}

}  // namespace

const Rule& meeting_date_missing_rule() {
  static const Rule rule{
      {"meeting-date-missing", Severity::Info, "A meeting without a date.",
       "Without a `Date:` line, titles are checked against the report's dateline, which may be "
       "days "
       "later than the meeting.",
       R"(# C5+1 foreign ministers meet in Astana
Dateline: 2023-03-02

## C5+1 Ministerial {#c5plus1}
Place: Astana, Kazakhstan)",
       R"(# C5+1 foreign ministers meet in Astana
Dateline: 2023-03-02

## C5+1 Ministerial {#c5plus1}
Date: 2023-02-28

Place: Astana, Kazakhstan)",
       false},
      check};
  return rule;
}

}  // namespace readout::rules
