#include "rules/dates.hpp"
#include "rules/rule.hpp"

namespace readout::rules {
namespace {

void check(analysis::Context& ctx) {
  for_each_date(ctx, [&](const DateValue& date, std::string_view what) {
    if (date.valid() || date.raw.text.empty()) return;
    const std::string why =
        date.error.empty() ? PartialDate::explain_invalid(date.raw.text) : date.error;
    ctx.emit(
        date_invalid_rule().info, date.raw.range,
        "The " + std::string(what) + " " + analysis::quote(date.raw.text) +
            " is not a valid date: " + why +
            ". Write YYYY-MM-DD, YYYY-MM or YYYY, or a range such as 2023-02-28 to 2023-03-01.");
  });
}

}  // namespace

const Rule& date_invalid_rule() {
  static const Rule rule{
      {"date-invalid", Severity::Error, "A date that is malformed or does not exist.",
       "Dates are ISO 8601 of day, month or year precision (`2023-02-28`, `2023-02`, `2023`), or a "
       "range of two such dates. A date such as 2023-02-30 does not exist; the message says why.",
       R"(# C5+1 foreign ministers meet in Astana
Dateline: 2023-03-02

## C5+1 Ministerial {#c5plus1}
Date: 2023-02-30)",
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
