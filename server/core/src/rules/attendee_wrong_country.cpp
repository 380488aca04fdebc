#include <algorithm>

#include "analysis/titles.hpp"
#include "rules/helpers.hpp"
#include "rules/rule.hpp"

namespace readout::rules {
namespace {

const Organization* organization_of(const analysis::Context& ctx, const HeldPost& held) {
  if (held.organization) return held.organization;
  if (held.membership) return ctx.registry.organization(held.membership->organization_id);
  return held.post ? ctx.registry.organization(held.post->organization_id) : nullptr;
}

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
    for (const HeldPost& h : ctx.lookup.posts_of(*o.person)) {
      if (!h.membership || !h.membership->span().may_cover(*date)) continue;
      const Organization* org = organization_of(ctx, h);
      if (!org) continue;
      if (org->id == written->id) {
        held.clear();
        break;
      }
      if (std::find(held.begin(), held.end(), org) == held.end()) held.push_back(org);
      posts += (posts.empty() ? "" : "; ") + analysis::describe_post(h);
    }
    if (held.empty()) continue;
    std::vector<Fix> fixes;
    if (held.size() == 1)
      fixes.push_back(replace_fix("Replace with " + analysis::quote(held.front()->name),
                                  attendee->organization->range, held.front()->name, false));
    ctx.emit(attendee_wrong_country_rule().info, attendee->organization->range,
             o.person->name + " represented " + held.front()->name + ", not " + written->name + ", on " +
                 date->to_display() + " (" + posts + ").",
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
       "date and none belongs to the country written, the line probably mixes up two delegations.",
       "- @muhriddin: Sirojiddin Muhriddin | Minister of Foreign Affairs | Kyrgyzstan",
       "- @muhriddin: Sirojiddin Muhriddin | Minister of Foreign Affairs | Tajikistan",
       false},
      check};
  return rule;
}

}  // namespace readout::rules
