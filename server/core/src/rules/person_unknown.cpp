#include <algorithm>

#include "rules/helpers.hpp"
#include "rules/rule.hpp"

namespace readout::rules {
namespace {

// When the title written with the name names posts of the country written whose data ends
// before the meeting's date, the registry may simply not know the person yet: say so.
std::string horizon_note(const analysis::Context& ctx, const NameOccurrence& o,
                         const analysis::Resolution& r) {
  const std::optional<PartialDate> date = ctx.date_of_meeting(o.meeting);
  if (!o.title || !date) return "";
  const Organization* org = r.organization;
  if (!org) {
    const Attendee* attendee = ctx.attendee(o.meeting, o.attendee);
    if (attendee && attendee->organization)
      org = ctx.registry.find_organization(attendee->organization->text);
    else if (r.country)
      org = ctx.registry.find_organization(r.country->text);
  }
  if (!org) return "";
  const std::vector<const Post*> posts = ctx.registry.find_posts_by_title(o.title->text, org);
  const std::optional<PartialDate> ends =
      posts.empty() ? std::nullopt : ctx.registry.data_ends(posts);
  if (!ends || ends->latest_day() >= date->earliest_day()) return "";
  const RecordString& post = posts.front()->label;
  const std::string named =
      post.find(org->name) == std::string::npos ? post + " (" + org->name + ")" : post.str();
  return " The registry's data on " + named + " ends on " + ends->to_string() +
         ": someone who took the post later is not in it (`readout registry update` fetches newer "
         "data).";
}

void check(analysis::Context& ctx) {
  for (size_t i = 0; i < ctx.names.size(); ++i) {
    const NameOccurrence& o = ctx.names[i];
    const analysis::Resolution& r = ctx.resolutions[i];
    if (r.status != analysis::Resolution::Status::Unknown) continue;
    const bool applies = o.role == NameOccurrence::Role::AttendeeName ||
                         o.role == NameOccurrence::Role::CommitmentParty ||
                         (o.role == NameOccurrence::Role::ProseMention && r.titled);
    if (!applies) continue;
    // post-holder-mismatch says who held the post written with the name: enough said.
    if (std::any_of(ctx.post_holders.begin(), ctx.post_holders.end(),
                    [&](const analysis::PostHolderMismatch& m) { return m.name_index == i; }))
      continue;
    std::string message = analysis::quote(o.written.text) +
                          " is neither in the registry nor an attendee of this report";
    if (r.nearest.empty()) {
      message +=
          ", and no similar name is known; check the spelling or add the person to a registry "
          "file.";
    } else {
      message += "; the nearest known names are ";
      for (size_t k = 0; k < r.nearest.size(); ++k)
        message += (k == 0                      ? ""
                    : k + 1 == r.nearest.size() ? " and "
                                                : ", ") +
                   analysis::quote(r.nearest[k]);
      message += ".";
    }
    message += horizon_note(ctx, o, r);
    ctx.emit(person_unknown_rule().info, o.written.range, std::move(message));
  }
}

}  // namespace

const Rule& person_unknown_rule() {
  static const Rule rule{
      {"person-unknown", Severity::Info,
       "A person who is neither in the registry nor an attendee of the report.",
       "Attendees, commitment parties and people named with a title in prose (\"President Xyz\") "
       "are looked up in the registry. An unknown name may be correct (the registry is not "
       "complete) or a wrong name; the message lists the nearest known names. Add the person to "
       "a registry file named in `.readout.json` to silence it (docs/registry.md), or suppress "
       "the finding on its line (`<!-- readout-disable-line person-unknown -->`). When the "
       "meeting is later than "
       "the registry's data on the post written with the name (its data horizon: the day its "
       "sources were gathered), the message says so: the person may have taken the post since.",
       R"(# C5+1 foreign ministers meet in Astana
Dateline: 2023-03-02

## C5+1 Ministerial {#c5plus1}
Date: 2023-02-28

### Attendees
- @vassilenko: Roman Vassilenko | Deputy Minister of Foreign Affairs | Kazakhstan)",
       R"(# C5+1 foreign ministers meet in Astana
Dateline: 2023-03-02

## C5+1 Ministerial {#c5plus1}
Date: 2023-02-28

### Attendees
- @vassilenko: Roman Vassilenko | Deputy Minister of Foreign Affairs | Kazakhstan <!-- readout-disable-line person-unknown -->)",
       false},
      check};
  return rule;
}

}  // namespace readout::rules
