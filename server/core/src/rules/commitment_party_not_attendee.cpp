#include <algorithm>

#include "readout/names.hpp"
#include "rules/helpers.hpp"
#include "rules/rule.hpp"

namespace readout::rules {
namespace {

// Whether `org` (or, when not in the registry, the written text) is the country or
// organisation of an attendee of the meeting.
bool is_attendee_organization(const analysis::Context& ctx, const Meeting& meeting,
                              const Organization* org, std::string_view written) {
  for (const Attendee& a : meeting.attendees) {
    if (!a.organization) continue;
    if (names::key(a.organization->text) == names::key(written)) return true;
    if (org && ctx.lookup.find_organization(a.organization->text) == org) return true;
  }
  return false;
}

std::string attendee_countries(const Meeting& meeting) {
  std::vector<std::string> seen;
  for (const Attendee& a : meeting.attendees)
    if (a.organization && std::find(seen.begin(), seen.end(), a.organization->text) == seen.end())
      seen.push_back(a.organization->text);
  std::string out;
  for (const auto& s : seen) out += (out.empty() ? "" : ", ") + s;
  return out;
}

void check(analysis::Context& ctx) {
  for (size_t i = 0; i < ctx.names.size(); ++i) {
    const NameOccurrence& o = ctx.names[i];
    const analysis::Resolution& r = ctx.resolutions[i];
    if (o.role != NameOccurrence::Role::CommitmentParty || o.meeting < 0) continue;
    const Meeting& meeting = *ctx.meeting(o.meeting);
    using Status = analysis::Resolution::Status;
    if ((r.status == Status::Resolved || r.status == Status::Misspelled) &&
        r.target_meeting == o.meeting)
      continue;
    if (r.status == Status::Resolved && !o.person) continue;  // ambiguous surname: cannot judge
    if (r.status == Status::Organization &&
        is_attendee_organization(ctx, meeting, r.organization, o.written.text))
      continue;
    std::string message = analysis::quote(o.written.text);
    if (r.status == Status::Organization) {
      const std::string countries = attendee_countries(meeting);
      message +=
          " is a party to this commitment, but no attendee of this meeting represents it" +
          (countries.empty() ? std::string(".") : " (the attendees represent " + countries + ").") +
          " Add its delegate to the attendees or name a party that attended.";
    } else {
      message += " is a party to this commitment but not an attendee of this meeting; add " +
                 std::string(o.person ? o.person->name : o.written.text) +
                 " to the attendees, or name an attendee (@handle), their country, or all.";
    }
    ctx.emit(commitment_party_not_attendee_rule().info, o.written.range, std::move(message));
  }
}

}  // namespace

const Rule& commitment_party_not_attendee_rule() {
  static const Rule rule{
      {"commitment-party-not-attendee", Severity::Warning,
       "A commitment party that is not an attendee, nor the country of one.",
       "A commitment binds those who made it at the meeting. Each party should be an attendee "
       "(by handle or name), the country or organisation an attendee represents, or `all`.",
       R"(# C5+1 foreign ministers meet in Astana
Dateline: 2023-03-02

## C5+1 Ministerial {#c5plus1}
Date: 2023-02-28

### Attendees
- @blinken: Antony Blinken | Secretary of State | United States
- @tileuberdi: Mukhtar Tileuberdi | Minister of Foreign Affairs | Kazakhstan

### Commitments
- United States, France: expand energy cooperation)",
       R"(# C5+1 foreign ministers meet in Astana
Dateline: 2023-03-02

## C5+1 Ministerial {#c5plus1}
Date: 2023-02-28

### Attendees
- @blinken: Antony Blinken | Secretary of State | United States
- @tileuberdi: Mukhtar Tileuberdi | Minister of Foreign Affairs | Kazakhstan

### Commitments
- United States, Kazakhstan: expand energy cooperation)",
       false},
      check};
  return rule;
}

}  // namespace readout::rules
