#include "analysis/resolver.hpp"
#include "rules/helpers.hpp"
#include "rules/rule.hpp"

namespace readout::rules {
namespace {

void check(analysis::Context& ctx) {
  for (size_t i = 0; i < ctx.names.size(); ++i) {
    const NameOccurrence& o = ctx.names[i];
    const analysis::Resolution& r = ctx.resolutions[i];
    if (!is_written_name(o) || r.status != analysis::Resolution::Status::Misspelled) continue;
    std::string message = analysis::quote(o.written.text) + " looks like a misspelling of " +
                          analysis::quote(r.suggestion) + " (" + r.suggestion_source + ")";
    message += r.suggestion_unambiguous
                   ? "; write " + analysis::quote(r.suggestion) + "."
                   : ", but other people have similar names; check which one is meant.";
    std::vector<RelatedInfo> related;
    if (const Attendee* a = ctx.attendee(r.target_meeting, r.target_attendee);
        a && !(a->name.range == o.written.range))
      related.push_back(
          {a->name.range, "the attendee is written " + analysis::quote(a->name.text) + " here"});
    ctx.emit(name_misspelled_rule().info, o.written.range, std::move(message),
             {replace_fix("Replace with " + analysis::quote(r.suggestion), o.written.range,
                          r.suggestion, r.suggestion_unambiguous)},
             std::move(related));
  }
}

}  // namespace

const Rule& name_misspelled_rule() {
  static const Rule rule{
      {"name-misspelled", Severity::Warning,
       "A name close to, but not the same as, a known person or an attendee.",
       "A person's name that differs by a letter or two from a person in the registry or from an "
       "attendee of the report is almost always a slip. Accepted other spellings and "
       "transliterations listed in the registry are not misspellings (see `name-transliteration`). "
       "Checked in attendee lines, commitment parties, prose and headings. The fix replaces the "
       "name with the known spelling, preferring the report's own attendee spelling; it is safe "
       "when only one known person is that close.",
       R"(# C5+1 foreign ministers meet in Astana
Dateline: 2023-03-02

## Visit of the US Secretary of State Anthony Blinken to Kazakhstan
Date: 2023-02-28)",
       R"(# C5+1 foreign ministers meet in Astana
Dateline: 2023-03-02

## Visit of the US Secretary of State Antony Blinken to Kazakhstan
Date: 2023-02-28)",
       true},
      check};
  return rule;
}

}  // namespace readout::rules
