#include "analysis/titles.hpp"
#include "readout/post_description.hpp"
#include "rules/helpers.hpp"
#include "rules/rule.hpp"

namespace readout::rules {
namespace {

void check(analysis::Context& ctx) {
  for (const analysis::TitleAssessment& a : ctx.titles) {
    if (a.verdict != analysis::TitleAssessment::Verdict::ActingNotSaid || !a.date) continue;
    const Person& person = *ctx.names[a.name_index].person;
    const bool attendee = ctx.names[a.name_index].role == NameOccurrence::Role::AttendeeName;
    ctx.emit(title_acting_rule().info, a.part.range,
             "On " + a.date->to_display() + " the registry has " + person.name + " as " +
                 describe_post(a.matching.front()) + "; write " +
                 analysis::quote("Acting " + a.part.text) +
                 (attendee ? " or add the [acting] flag." : "."),
             {replace_fix("Write " + analysis::quote("Acting " + a.part.text),
                          {a.part.range.begin, a.part.range.begin}, "Acting ", false)});
  }
}

}  // namespace

const Rule& title_acting_rule() {
  static const Rule rule{
      {"title-acting", Severity::Hint, "An acting office holder given the full title.",
       "The registry marks the person's post on that date as acting. Readers should not mistake an "
       "acting minister for a confirmed one: write \"Acting\" before the title, or add the "
       "`acting` "
       "flag to the attendee line.",
       R"(# C5+1 foreign ministers meet in Astana
Dateline: 2023-03-02

## C5+1 Ministerial {#c5plus1}
Date: 2023-02-28

### Attendees
- @saidov: Bakhtiyor Saidov | Minister of Foreign Affairs | Uzbekistan)",
       R"(# C5+1 foreign ministers meet in Astana
Dateline: 2023-03-02

## C5+1 Ministerial {#c5plus1}
Date: 2023-02-28

### Attendees
- @saidov: Bakhtiyor Saidov | Acting Minister of Foreign Affairs | Uzbekistan [acting])",
       false},
      check};
  return rule;
}

}  // namespace readout::rules
