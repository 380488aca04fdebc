#include <algorithm>

#include "analysis/titles.hpp"
#include "readout/post_description.hpp"
#include "rules/helpers.hpp"
#include "rules/rule.hpp"

namespace readout::rules {
namespace {

void check(analysis::Context& ctx) {
  for (size_t i = 0; i < ctx.names.size(); ++i) {
    const NameOccurrence& o = ctx.names[i];
    if (o.role != NameOccurrence::Role::AttendeeName || !o.person) continue;
    const Attendee* attendee = ctx.attendee(o.meeting, o.attendee);
    if (!attendee || !attendee->organization) continue;
    const Organization* written = ctx.lookup.find_organization(attendee->organization->text);
    const std::optional<PartialDate> date = ctx.date_of_meeting(o.meeting);
    if (!written || !date) continue;
    std::vector<const Organization*> held;
    std::string posts;
    bool any_on_date = false;
    for (const HeldPost& h : ctx.lookup.posts_of(*o.person)) {
      if (!h.membership || !h.membership->span().may_cover(*date)) continue;
      const Organization* org = analysis::organization_of(ctx.registry, h);
      if (!org) continue;
      any_on_date = true;
      if (org->id == written->id) {
        held.clear();
        break;
      }
      if (std::find(held.begin(), held.end(), org) == held.end()) held.push_back(org);
      posts += (posts.empty() ? "" : "; ") + describe_post(h);
    }
    std::string message;
    if (!held.empty()) {
      message = o.person->name + " represented " + held.front()->name + ", not " + written->name +
                ", on " + date->to_display() + " (" + posts + ").";
    } else if (!any_on_date && written->classification == "country") {
      const HeldPost* latest = nullptr;
      const Organization* only = analysis::only_country_of(ctx.lookup, *o.person, &latest);
      if (!only || only->id == written->id) continue;
      posts = describe_held_post(*latest);
      held.push_back(only);
      message = o.person->name + " is known only in posts of " + only->name + " (" + posts +
                "), not of " + written->name + ".";
    } else {
      continue;
    }
    std::vector<Fix> fixes;
    if (held.size() == 1)
      fixes.push_back(replace_fix("Replace with " + analysis::quote(held.front()->name),
                                  attendee->organization->range, held.front()->name.str(), false));
    ctx.emit(attendee_wrong_country_rule().info, attendee->organization->range, std::move(message),
             std::move(fixes));
  }
}

}  // namespace

const Rule& attendee_wrong_country_rule() {
  static const Rule rule{
      {"attendee-wrong-country", Severity::Warning,
       "An attendee's country is not the country of the posts the person held then.",
       "The country or organisation column of an attendee line should be the one the person "
       "represented at the meeting. When the registry lists posts for the person on the meeting's "
       "date and none belongs to the country written, the line probably mixes up two delegations. "
       "When it lists none on that date (a minister appointed after its sources looked) but every "
       "post it knows of the person is of one country, another country written is taken as wrong "
       "too.",
       R"(# C5+1 foreign ministers meet in Astana
Dateline: 2023-03-02

## C5+1 Ministerial {#c5plus1}
Date: 2023-02-28

### Attendees
- @muhriddin: Sirojiddin Muhriddin | Minister of Foreign Affairs | Kyrgyzstan)",
       R"(# C5+1 foreign ministers meet in Astana
Dateline: 2023-03-02

## C5+1 Ministerial {#c5plus1}
Date: 2023-02-28

### Attendees
- @muhriddin: Sirojiddin Muhriddin | Minister of Foreign Affairs | Tajikistan)",
       false},
      check};
  return rule;
}

}  // namespace readout::rules
