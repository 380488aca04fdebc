#include "analysis/name_match.hpp"
#include "rules/helpers.hpp"
#include "rules/rule.hpp"

namespace readout::rules {
namespace {

void check(analysis::Context& ctx) {
  if (const Meeting* in_scope = ctx.scope_meeting()) {
    const int m = ctx.scope;
    const Meeting& meeting = *in_scope;
    std::vector<const Person*> persons(meeting.attendees.size(), nullptr);
    for (const NameOccurrence& o : ctx.names)
      if (o.role == NameOccurrence::Role::AttendeeName && o.meeting == m && o.attendee >= 0)
        persons[static_cast<size_t>(o.attendee)] = o.person;
    for (size_t a = 1; a < meeting.attendees.size(); ++a) {
      const Attendee& later = meeting.attendees[a];
      for (size_t b = 0; b < a; ++b) {
        const Attendee& earlier = meeting.attendees[b];
        const bool same_handle =
            later.handle && earlier.handle && later.handle->text == earlier.handle->text;
        const bool same_person = (persons[a] && persons[a] == persons[b]) ||
                                 analysis::same_name(later.name.text, earlier.name.text);
        if (!same_handle && !same_person) continue;
        // Deleting the line is safe when nothing can refer to it by another handle.
        bool handle_used = false;
        if (later.handle && !same_handle)
          for (const NameOccurrence& o : ctx.names)
            if (o.role == NameOccurrence::Role::HandleReference &&
                o.written.text == later.handle->text)
              handle_used = true;
        const bool safe = same_person && !handle_used;
        const std::string who = persons[a] ? persons[a]->name.str() : later.name.text;
        ctx.emit(
            attendee_duplicate_rule().info, later.range,
            same_person
                ? who + " is listed twice in this meeting; remove this line."
                : "The handle @" + later.handle->text +
                      " is defined twice in this meeting; give each attendee their own handle.",
            {[&] {
              Fix fix;
              fix.title = "Remove the duplicate line";
              fix.edits.push_back({whole_lines(ctx, later.range), ""});
              fix.safe = safe;
              return fix;
            }()},
            {{earlier.range, "first listed here"}});
        break;
      }
    }
  }
}

}  // namespace

const Rule& attendee_duplicate_rule() {
  static const Rule rule{
      {"attendee-duplicate", Severity::Warning,
       "The same person or handle listed twice in one meeting.",
       "Two attendee lines of one meeting name the same person (the same handle, the same "
       "registry person, or the same name). The fix deletes the later line; it is applied "
       "automatically only when no handle of that line is used elsewhere.",
       R"(# C5+1 foreign ministers meet in Astana
Dateline: 2023-03-02

## C5+1 Ministerial {#c5plus1}
Date: 2023-02-28

### Attendees
- @blinken: Antony Blinken | Secretary of State | United States
- @blinken: Antony Blinken | Secretary of State | United States)",
       R"(# C5+1 foreign ministers meet in Astana
Dateline: 2023-03-02

## C5+1 Ministerial {#c5plus1}
Date: 2023-02-28

### Attendees
- @blinken: Antony Blinken | Secretary of State | United States)",
       true},
      check};
  return rule;
}

}  // namespace readout::rules
