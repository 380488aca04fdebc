#include "analysis/resolver.hpp"

#include <algorithm>

#include "analysis/name_match.hpp"
#include "analysis/romanised.hpp"
#include "analysis/titles.hpp"
#include "readout/names.hpp"

namespace readout::analysis {
namespace {

std::string last_word(std::string_view text) {
  const size_t space = text.find_last_of(' ');
  return std::string(space == std::string_view::npos ? text : text.substr(space + 1));
}

bool is_single_word(std::string_view written) { return name_tokens(written).size() == 1; }

}  // namespace

void Resolver::run() {
  if (ctx_.scope >= 0) {
    const Meeting& meeting = *ctx_.meeting(ctx_.scope);
    resolve_attendees(meeting, ctx_.scope);
    resolve_commitments(meeting, ctx_.scope);
    scan_line(meeting.title, ctx_.scope, true);
    resolve_sections(meeting.prose, ctx_.scope);
  } else {
    const Report& head = *ctx_.head_model;
    if (head.title) scan_line(*head.title, -1, true);
    resolve_sections(head.prose, -1);
  }
  // Sort occurrences (and their resolutions) by position.
  std::vector<size_t> order(ctx_.names.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    return ctx_.names[a].written.range.begin < ctx_.names[b].written.range.begin;
  });
  std::vector<NameOccurrence> names;
  std::vector<Resolution> resolutions;
  names.reserve(order.size());
  resolutions.reserve(order.size());
  for (size_t i : order) {
    names.push_back(std::move(ctx_.names[i]));
    resolutions.push_back(std::move(ctx_.resolutions[i]));
  }
  ctx_.names = std::move(names);
  ctx_.resolutions = std::move(resolutions);
}

void Resolver::add(NameOccurrence occurrence, Resolution resolution) {
  ctx_.names.push_back(std::move(occurrence));
  ctx_.resolutions.push_back(std::move(resolution));
}

NameMatchKind Resolver::kind_against(std::string_view written, const Person& person) const {
  if (is_single_word(written)) {
    const std::string surname = surname_of(written);
    if (surname == surname_of(person.name, person.key)) return NameMatchKind::Exact;
    for (const auto& other : person.other_names)
      if (surname == surname_of(other.name, other.key)) return NameMatchKind::OtherName;
    return NameMatchKind::Exact;
  }
  if (same_name(written, person.name, person.key)) return NameMatchKind::Exact;
  for (const auto& other : person.other_names)
    if (same_name(written, other.name, other.key)) return NameMatchKind::OtherName;
  // Registry-normalised forms (script, name order) that same_name does not see.
  for (const auto& c : ctx_.lookup.find_person(written, false))
    if (c.person == &person) return c.kind;
  return NameMatchKind::Exact;
}

// The attendee lines of a meeting, as the directory resolved them.
void Resolver::resolve_attendees(const Meeting& meeting, int m) {
  for (int a = 0; a < static_cast<int>(meeting.attendees.size()); ++a) {
    const Attendee& attendee = meeting.attendees[static_cast<size_t>(a)];
    const Directory::Entry* entry = directory_.entry(m, a);
    if (attendee.name.text.empty() || !entry) continue;
    add({NameOccurrence::Role::AttendeeName, attendee.name, attendee.title, m, a, entry->person,
         entry->match},
        entry->resolution);
    if (attendee.handle) {
      Resolution h = entry->resolution;
      h.status = Resolution::Status::Resolved;
      add({NameOccurrence::Role::HandleDefinition, *attendee.handle, std::nullopt, m, a,
           entry->person, entry->match},
          h);
    }
  }
}

void Resolver::resolve_handle_ref(const Span& handle, int meeting, bool fallback_to_report) {
  Resolution r;
  NameOccurrence occurrence{NameOccurrence::Role::HandleReference,
                            handle,
                            std::nullopt,
                            meeting,
                            -1,
                            nullptr,
                            NameMatchKind::Exact};
  const Known* found = nullptr;
  if (const auto* list = directory_.with_handle(handle.text)) {
    const Known* k = directory_.pick(list, meeting);
    if (k->meeting == meeting || fallback_to_report || meeting < 0) found = k;
  }
  if (found) {
    r.status = Resolution::Status::Resolved;
    r.target_meeting = found->meeting;
    r.target_attendee = found->attendee;
    occurrence.attendee = found->meeting == meeting ? found->attendee : -1;
    occurrence.person = found->person;
    occurrence.match = found->match;
  } else {
    r.status = Resolution::Status::Undefined;
    // A close handle in scope, as the fix.
    int best = 3;
    std::vector<std::string> closest;
    for (const auto& [name, list] : directory_.handles()) {
      const Known* k = directory_.pick(&list, meeting);
      if (k->meeting != meeting && meeting >= 0 && !fallback_to_report) continue;
      // Short handles are too alike to guess between: "@b" is not a slip for "@a".
      const size_t length = std::max(k->handle.size(), handle.text.size());
      const int limit = length < 4 ? 0 : length < 8 ? 1 : 2;
      const int d = names::edit_distance(k->handle, handle.text, limit);
      if (d > limit) continue;
      if (d < best) {
        best = d;
        closest = {k->handle};
      } else if (d == best &&
                 std::find(closest.begin(), closest.end(), k->handle) == closest.end()) {
        closest.push_back(k->handle);
      }
    }
    if (!closest.empty()) {
      r.suggestion = closest.front();
      r.suggestion_unambiguous = closest.size() == 1;
    }
    for (const Known& k : directory_.known())
      if (!k.handle.empty() && (k.meeting == meeting || meeting < 0) &&
          std::find(r.nearest.begin(), r.nearest.end(), "@" + k.handle) == r.nearest.end())
        r.nearest.push_back("@" + k.handle);
    std::sort(r.nearest.begin(), r.nearest.end());
  }
  add(occurrence, r);
}

void Resolver::resolve_commitments(const Meeting& meeting, int m) {
  for (const Commitment& commitment : meeting.commitments) {
    for (const Party& party : commitment.parties) {
      if (party.kind == Party::Kind::All) continue;
      if (party.kind == Party::Kind::Handle) {
        resolve_handle_ref(party.span, m, false);
        continue;
      }
      const std::string& text = party.span.text;
      Outcome o;
      const Known* attendee = directory_.same_name_attendee(text, m);
      if (attendee && attendee->meeting != m) attendee = nullptr;
      const Organization* org = attendee ? nullptr : ctx_.lookup.find_organization(text);
      bool attendee_org_text = false;
      if (!attendee && !org)
        for (const Attendee& a : meeting.attendees)
          if (a.organization && names::key(a.organization->text) == names::key(text))
            attendee_org_text = true;
      if (org || attendee_org_text) {
        o.resolution.status = Resolution::Status::Organization;
        o.resolution.organization = org;
      } else {
        o = resolve_written(text, m, true, false, std::nullopt);
      }
      add({NameOccurrence::Role::CommitmentParty, party.span, std::nullopt, m,
           o.resolution.target_meeting == m ? o.resolution.target_attendee : -1, o.person, o.match},
          o.resolution);
    }
  }
}

Resolver::Outcome Resolver::resolve_written(std::string_view written, int meeting, bool titled,
                                            bool strict_prose,
                                            const std::optional<Span>& title) const {
  Outcome o;
  Resolution& r = o.resolution;
  r.titled = titled;
  auto target = [&](const Known& k) {
    r.target_meeting = k.meeting;
    r.target_attendee = k.attendee;
  };
  auto resolved_to_attendee = [&](const Known& k) {
    r.status = Resolution::Status::Resolved;
    target(k);
    o.person = k.person;
    o.match = k.person ? kind_against(written, *k.person) : k.match;
    o.found = true;
    return o;
  };
  if (const Known* k = directory_.same_name_attendee(written, meeting))
    return resolved_to_attendee(*k);

  const bool single = is_single_word(written);
  // Attendees the name may stand for other than by the same name (directory.hpp): found when
  // first needed, since a name the registry has as written needs none.
  std::optional<std::vector<const Known*>> candidates;
  auto attendees = [&]() -> const std::vector<const Known*>& {
    if (!candidates) candidates = directory_.candidates_for(written, meeting);
    return *candidates;
  };
  // A hyphenated family name alone ("Minister Okonjo-Iweala"): the end of an attendee's name.
  if (!single && written.find(' ') == std::string_view::npos) {
    const std::vector<std::string>& tail = name_tokens(written);
    for (const Known* k : attendees()) {
      const std::vector<std::string>& all = name_tokens(k->written);
      if (all.size() > tail.size() && std::equal(tail.rbegin(), tail.rend(), all.rbegin())) {
        resolved_to_attendee(*k);
        r.surname_only = true;
        return o;
      }
    }
  }
  if (!single) {
    const std::vector<NameCandidate>& exact = ctx_.lookup.find_person(written, false);
    if (!exact.empty()) {
      const NameCandidate* chosen = &exact.front();
      for (const auto& c : exact)
        if (directory_.attendee_with_person(c.person, meeting)) {
          chosen = &c;
          break;
        }
      r.status = Resolution::Status::Resolved;
      o.person = chosen->person;
      o.match = chosen->kind;
      o.found = true;
      if (const Known* k = directory_.attendee_with_person(o.person, meeting)) target(*k);
      return o;
    }
  } else {
    r.surname_only = true;
    const std::string surname = surname_of(written);
    if (const auto* list = directory_.with_surname(surname))
      return resolved_to_attendee(*directory_.pick(list, meeting));
    if (!titled) return o;
    std::vector<const Person*> persons = ctx_.lookup.find_by_surname(written);
    if (persons.size() > 1 && title) {
      std::vector<const Person*> holders;
      for (const Person* p : persons)
        if (holds_title(ctx_, lexicon_, *p, title->text, ctx_.date_of_meeting(meeting)))
          holders.push_back(p);
      if (!holders.empty()) persons = holders;
    }
    if (!persons.empty()) {
      r.status = Resolution::Status::Resolved;
      o.found = true;
      if (persons.size() == 1) {
        o.person = persons.front();
        o.match = kind_against(written, *o.person);
      }
      return o;
    }
    for (const Known* k : attendees())
      if (plausible_surname_misspelling(written, k->written)) {
        r.status = Resolution::Status::Misspelled;
        target(*k);
        o.person = k->person;
        o.match = NameMatchKind::Fuzzy;
        r.suggestion = last_word(k->written);
        r.suggestion_unambiguous = true;
        r.suggestion_source = k->handle.empty() ? "an attendee" : "attendee @" + k->handle;
        o.found = true;
        return o;
      }
    r.status = Resolution::Status::Unknown;
    r.nearest = directory_.nearest(written, ctx_.lookup);
    o.found = true;
    return o;
  }

  // Two or more name parts, no exact match. Another script's spelling of an attendee, or
  // another romanisation?
  for (const Known* k : attendees())
    if (plausible_transliteration(written, k->written) ||
        another_romanisation(ctx_.lookup, written, k->written, k->person)) {
      resolved_to_attendee(*k);
      o.match = NameMatchKind::OtherName;
      return o;
    }
  // A misspelling of an attendee or a registry person?
  std::vector<const Known*> close_attendees;
  for (const Known* k : attendees())
    if (k->match != NameMatchKind::Fuzzy && plausible_misspelling(written, k->written))
      close_attendees.push_back(k);
  if (!close_attendees.empty()) {
    const Known& k = *close_attendees.front();
    r.status = Resolution::Status::Misspelled;
    target(k);
    o.person = k.person;
    o.match = NameMatchKind::Fuzzy;
    r.suggestion = k.written;
    r.suggestion_source = k.handle.empty() ? "an attendee" : "attendee @" + k.handle;
    r.suggestion_unambiguous =
        std::all_of(close_attendees.begin(), close_attendees.end(),
                    [&](const Known* c) { return same_name(c->written, k.written); });
    o.found = true;
    return o;
  }
  const std::vector<std::string> parts = name_parts(written);
  const bool worth_fuzzy =
      !strict_prose || titled || std::any_of(parts.begin(), parts.end(), [&](const std::string& t) {
        return directory_.is_attendee_token(t) || !ctx_.lookup.find_by_surname(t).empty();
      });
  if (worth_fuzzy) {
    std::vector<NameCandidate> close;
    for (auto& c : ctx_.lookup.find_person(written, true)) {
      if (c.kind != NameMatchKind::Fuzzy) continue;
      if (plausible_transliteration(written, c.matched_name) ||
          another_romanisation(ctx_.lookup, written, c.matched_name, c.person)) {
        r.status = Resolution::Status::Resolved;
        o.person = c.person;
        o.match = NameMatchKind::OtherName;
        o.found = true;
        if (const Known* k = directory_.attendee_with_person(o.person, meeting)) target(*k);
        return o;
      }
      if (plausible_misspelling(written, c.matched_name)) close.push_back(c);
    }
    if (!close.empty()) {
      r.status = Resolution::Status::Misspelled;
      o.person = close.front().person;
      o.match = NameMatchKind::Fuzzy;
      r.suggestion = spelling_like(written, close.front().matched_name);
      r.suggestion_source = "the registry";
      r.suggestion_unambiguous =
          std::all_of(close.begin(), close.end(),
                      [&](const NameCandidate& c) { return c.person == close.front().person; });
      o.found = true;
      return o;
    }
  }
  if (titled || !strict_prose) {
    r.status = Resolution::Status::Unknown;
    r.nearest = directory_.nearest(written, ctx_.lookup);
    o.found = true;
  }
  return o;
}

}  // namespace readout::analysis
