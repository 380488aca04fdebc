#include "rules/rule.hpp"

namespace readout::rules {
namespace {

void check(analysis::Context& ctx) {
  for (const SyntaxProblem& problem : ctx.syntax_problems)
    ctx.emit(syntax_error_rule().info, problem.range, problem.message);
}

}  // namespace

const Rule& syntax_error_rule() {
  static const Rule rule{
      {"syntax-error", Severity::Error, "A line that does not follow the readout markup.",
       "The parser could not read a line as any construct of the markup (see `docs/markup.md`), or "
       "a "
       "construct lacks a required part, such as an attendee line without a name. The rest of the "
       "report is still checked: one broken line does not hide the others.",
       R"(# C5+1 foreign ministers meet in Astana
Dateline: 2023-03-02

## C5+1 Ministerial {#c5plus1}
Date: 2023-02-28

### Attendees
- @blinken: | Secretary of State | United States)",
       R"(# C5+1 foreign ministers meet in Astana
Dateline: 2023-03-02

## C5+1 Ministerial {#c5plus1}
Date: 2023-02-28

### Attendees
- @blinken: Antony Blinken | Secretary of State | United States)",
       false},
      check};
  return rule;
}

}  // namespace readout::rules
