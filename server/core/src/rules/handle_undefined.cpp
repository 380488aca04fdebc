#include "rules/helpers.hpp"
#include "rules/rule.hpp"

namespace readout::rules {
namespace {

void check(analysis::Context& ctx) {
  for (size_t i = 0; i < ctx.names.size(); ++i) {
    const NameOccurrence& o = ctx.names[i];
    const analysis::Resolution& r = ctx.resolutions[i];
    if (o.role != NameOccurrence::Role::HandleReference ||
        r.status != analysis::Resolution::Status::Undefined)
      continue;
    std::string message = "@" + o.written.text + " is not defined by any attendee" +
                          std::string(o.meeting >= 0 ? " of this meeting" : " of this report");
    std::vector<Fix> fixes;
    if (!r.suggestion.empty()) {
      message += "; did you mean @" + r.suggestion + "?";
      fixes.push_back(replace_fix("Replace with @" + r.suggestion, o.written.range, r.suggestion,
                                  r.suggestion_unambiguous));
    } else if (!r.nearest.empty()) {
      message += "; the handles defined are ";
      for (size_t k = 0; k < r.nearest.size(); ++k) message += (k == 0 ? "" : ", ") + r.nearest[k];
      message += ".";
    } else {
      message +=
          "; define it in an attendee line: - @" + o.written.text + ": Name | Title | Country.";
    }
    ctx.emit(handle_undefined_rule().info, o.written.range, std::move(message), std::move(fixes));
  }
}

}  // namespace

const Rule& handle_undefined_rule() {
  static const Rule rule{
      {"handle-undefined", Severity::Error, "An @handle that no attendee defines.",
       "Commitments and prose refer to attendees by the handle given in their attendee line. A "
       "handle nobody defines is a typo or a missing attendee. When one defined handle is close, "
       "the fix replaces it.",
       R"(# C5+1 foreign ministers meet in Astana
Dateline: 2023-03-02

## C5+1 Ministerial {#c5plus1}
Date: 2023-02-28

### Attendees
- @blinken: Antony Blinken | Secretary of State | United States

### Commitments
- @blinkn: continue consultations)",
       R"(# C5+1 foreign ministers meet in Astana
Dateline: 2023-03-02

## C5+1 Ministerial {#c5plus1}
Date: 2023-02-28

### Attendees
- @blinken: Antony Blinken | Secretary of State | United States

### Commitments
- @blinken: continue consultations)",
       true},
      check};
  return rule;
}

}  // namespace readout::rules
