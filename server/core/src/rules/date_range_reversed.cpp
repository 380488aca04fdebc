#include "rules/dates.hpp"
#include "rules/rule.hpp"

namespace readout::rules {
namespace {

void check(analysis::Context& ctx) {
  for_each_date(ctx, [&](const DateValue& date, std::string_view what) {
    if (!date.start || !date.end || date.end->latest_day() >= date.start->earliest_day()) return;
    const std::string start_text(ctx.text(date.start_range));
    const std::string end_text(ctx.text(date.end_range));
    Fix fix;
    fix.title = "Swap the two dates";
    fix.edits = {{date.start_range, end_text}, {date.end_range, start_text}};
    fix.safe = !date.start_range.empty() && !date.end_range.empty();
    std::vector<Fix> fixes;
    if (fix.safe) fixes.push_back(std::move(fix));
    ctx.emit(date_range_reversed_rule().info, date.raw.range,
             "The " + std::string(what) + " range ends (" + date.end->to_display() +
                 ") before it begins (" + date.start->to_display() +
                 "); write the earlier date first: " + end_text + " to " + start_text + ".",
             std::move(fixes));
  });
}

}  // namespace

const Rule& date_range_reversed_rule() {
  static const Rule rule{
      {"date-range-reversed", Severity::Error, "A date range that ends before it begins.",
       "The two dates of a range are in the wrong order. The fix swaps them.",
       R"(# C5+1 foreign ministers meet in Astana
Dateline: 2023-03-02

## Blinken in Central Asia {#visit}
Date: 2023-03-01 to 2023-02-28)",
       R"(# C5+1 foreign ministers meet in Astana
Dateline: 2023-03-02

## Blinken in Central Asia {#visit}
Date: 2023-02-28 to 2023-03-01)",
       true},
      check};
  return rule;
}

}  // namespace readout::rules
