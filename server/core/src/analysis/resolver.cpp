#include "analysis/resolver.hpp"

#include <algorithm>

#include "analysis/name_match.hpp"
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

std::string spelling_like(std::string_view written, std::string_view spelling) {
  const bool written_has_initials =
      name_tokens(written).size() != name_parts(written).size();
  if (written_has_initials) return std::string(spelling);
  std::string out;
  size_t start = 0;
  while (start < spelling.size()) {
    size_t end = spelling.find(' ', start);
    if (end == std::string_view::npos) end = spelling.size();
    const std::string_view word = spelling.substr(start, end - start);
    const bool initial = !word.empty() && name_parts(word).empty() && !name_tokens(word).empty();
    if (!word.empty() && !initial) out += (out.empty() ? "" : " ") + std::string(word);
    start = end + 1;
  }
  return out.empty() ? std::string(spelling) : out;
}

std::string name_key(std::string_view written) {
  std::vector<std::string> parts = name_parts(written);
  std::sort(parts.begin(), parts.end());
  std::string out;
  for (const auto& p : parts) out += (out.empty() ? "" : " ") + p;
  return out;
}

void Resolver::add_known(Known known) {
  const size_t index = known_.size();
  known.key = name_key(known.written);
  auto& same = by_key_[known.key];
  if (same.empty()) distinct_.push_back(index);
  same.push_back(index);
  for (const auto& surname : known.surnames) {
    auto& list = by_surname_[surname];
    if (std::find(list.begin(), list.end(), index) == list.end()) list.push_back(index);
  }
  if (!known.handle.empty()) by_handle_[known.handle].push_back(index);
  for (const auto& part : name_parts(known.written)) tokens_.insert(part);
  known_.push_back(std::move(known));
}

const Resolver::Known* Resolver::pick(const std::vector<size_t>* list, int meeting) const {
  if (!list || list->empty()) return nullptr;
  // Attendees are indexed in meeting order, so the lists are sorted by meeting.
  auto it = std::lower_bound(list->begin(), list->end(), meeting,
                             [&](size_t i, int m) { return known_[i].meeting < m; });
  if (it != list->end() && known_[*it].meeting == meeting) return &known_[*it];
  return &known_[list->front()];
}

const Resolver::Known* Resolver::same_name_attendee(std::string_view written, int meeting) const {
  const std::string key = name_key(written);
  if (key.empty()) return nullptr;
  auto it = by_key_.find(key);
  return it == by_key_.end() ? nullptr : pick(&it->second, meeting);
}

void Resolver::run() {
  resolve_attendees();
  resolve_commitments();
  resolve_prose();
  // Sort occurrences (and their resolutions) by position.
  std::vector<size_t> order(ctx_.names.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    return ctx_.names[a].written.range.begin < ctx_.names[b].written.range.begin;
  });
  std::vector<NameOccurrence> names;
  std::vector<Resolution> resolutions;
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
    if (surname == surname_of(person.name)) return NameMatchKind::Exact;
    for (const auto& other : person.other_names)
      if (surname == surname_of(other.name)) return NameMatchKind::OtherName;
    return NameMatchKind::Exact;
  }
  if (same_name(written, person.name)) return NameMatchKind::Exact;
  for (const auto& other : person.other_names)
    if (same_name(written, other.name)) return NameMatchKind::OtherName;
  // Registry-normalised forms (script, name order) that same_name does not see.
  for (const auto& c : ctx_.lookup.find_person(written, false))
    if (c.person == &person) return c.kind;
  return NameMatchKind::Exact;
}

std::vector<const Resolver::Known*> Resolver::attendees_for(int meeting) const {
  // One attendee per distinct name (the one of `meeting` when it has one), meeting's first.
  std::vector<const Known*> own, others;
  for (size_t i : distinct_) {
    const Known* k = pick(&by_key_.at(known_[i].key), meeting);
    (k->meeting == meeting ? own : others).push_back(k);
  }
  own.insert(own.end(), others.begin(), others.end());
  return own;
}

bool Resolver::is_attendee_token(const std::string& token) const { return tokens_.contains(token); }

std::vector<std::string> Resolver::nearest(std::string_view written) const {
  std::vector<std::string> out;
  auto offer = [&](const std::string& name) {
    if (out.size() < 3 && std::find(out.begin(), out.end(), name) == out.end()) out.push_back(name);
  };
  for (size_t i : distinct_)
    if (plausible_misspelling(written, known_[i].written) || plausible_surname_misspelling(written, known_[i].written))
      offer(known_[i].written);
  for (const auto& c : ctx_.lookup.find_person(written, true)) offer(c.person->name);
  // Names with an extra or a missing part: try the given name with each other part, and each
  // part as a family name.
  const std::vector<std::string> parts = name_parts(written);
  for (size_t k = 1; k < parts.size() && out.size() < 3; ++k)
    for (const auto& c : ctx_.lookup.find_person(parts.front() + " " + parts[k], true)) offer(c.person->name);
  for (size_t k = 0; k < parts.size() && out.empty(); ++k)
    for (const Person* p : ctx_.lookup.find_by_surname(parts[k])) offer(p->name);
  return out;
}

void Resolver::resolve_attendees() {
  const Report& report = ctx_.report;
  for (int m = 0; m < static_cast<int>(report.meetings.size()); ++m) {
    const Meeting& meeting = report.meetings[static_cast<size_t>(m)];
    for (int a = 0; a < static_cast<int>(meeting.attendees.size()); ++a) {
      const Attendee& attendee = meeting.attendees[static_cast<size_t>(a)];
      const std::string& name = attendee.name.text;
      if (name.empty()) continue;
      Resolution r;
      r.target_meeting = m;
      r.target_attendee = a;
      const Person* person = nullptr;
      NameMatchKind match = NameMatchKind::Exact;
      const std::vector<NameCandidate> candidates = ctx_.lookup.find_person(name, true);
      std::vector<const NameCandidate*> close;
      for (const auto& c : candidates)
        if (c.kind == NameMatchKind::Fuzzy && plausible_misspelling(name, c.matched_name)) close.push_back(&c);
      const Known* earlier_same = same_name_attendee(name, m);
      const Known* earlier_close = nullptr;
      for (size_t i : distinct_)
        if (!earlier_close && known_[i].match != NameMatchKind::Fuzzy && plausible_misspelling(name, known_[i].written))
          earlier_close = &known_[i];
      const NameCandidate* transliterated = nullptr;
      for (const auto& c : candidates)
        if (!transliterated && c.kind == NameMatchKind::Fuzzy && plausible_transliteration(name, c.matched_name))
          transliterated = &c;
      if (!candidates.empty() && candidates.front().kind != NameMatchKind::Fuzzy) {
        r.status = Resolution::Status::Resolved;
        person = candidates.front().person;
        match = candidates.front().kind;
      } else if (transliterated) {
        // Written in another script than the registry has it: a spelling, not a slip.
        r.status = Resolution::Status::Resolved;
        person = transliterated->person;
        match = NameMatchKind::OtherName;
      } else if (earlier_same && earlier_same->match != NameMatchKind::Fuzzy) {
        r.status = Resolution::Status::Resolved;
        person = earlier_same->person;
        match = earlier_same->match;
      } else if (!close.empty() || earlier_close) {
        r.status = Resolution::Status::Misspelled;
        match = NameMatchKind::Fuzzy;
        if (earlier_close && (close.empty() || earlier_close->person == close.front()->person)) {
          person = earlier_close->person;
          r.suggestion = earlier_close->written;
          r.suggestion_source = earlier_close->handle.empty() ? "an earlier attendee"
                                                             : "attendee @" + earlier_close->handle;
        } else {
          person = close.front()->person;
          r.suggestion = spelling_like(name, close.front()->matched_name);
          r.suggestion_source = "the registry";
        }
        std::vector<const Person*> persons;
        for (const auto* c : close)
          if (std::find(persons.begin(), persons.end(), c->person) == persons.end()) persons.push_back(c->person);
        r.suggestion_unambiguous = persons.size() <= 1;
      } else {
        r.status = Resolution::Status::Unknown;
        r.nearest = nearest(name);
      }
      Known known{m, a, name, {surname_of(name)}, person, match,
                  attendee.handle ? attendee.handle->text : std::string(), std::string()};
      if (person) {
        known.surnames.push_back(surname_of(person->name));
        for (const auto& other : person->other_names) known.surnames.push_back(surname_of(other.name));
      }
      add_known(std::move(known));

      NameOccurrence occurrence{NameOccurrence::Role::AttendeeName, attendee.name, attendee.title, m, a,
                                person, match};
      add(occurrence, r);
      if (attendee.handle) {
        Resolution h = r;
        h.status = Resolution::Status::Resolved;
        add({NameOccurrence::Role::HandleDefinition, *attendee.handle, std::nullopt, m, a, person, match}, h);
      }
    }
  }
}

void Resolver::resolve_handle_ref(const Span& handle, int meeting, bool fallback_to_report) {
  Resolution r;
  NameOccurrence occurrence{NameOccurrence::Role::HandleReference, handle, std::nullopt, meeting, -1,
                            nullptr, NameMatchKind::Exact};
  const Known* found = nullptr;
  if (auto it = by_handle_.find(handle.text); it != by_handle_.end()) {
    const Known* k = pick(&it->second, meeting);
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
    for (const auto& [name, list] : by_handle_) {
      const Known* k = pick(&list, meeting);
      if (k->meeting != meeting && meeting >= 0 && !fallback_to_report) continue;
      // Short handles are too alike to guess between: "@b" is not a slip for "@a".
      const size_t length = std::max(k->handle.size(), handle.text.size());
      const int limit = length < 4 ? 0 : length < 8 ? 1 : 2;
      const int d = names::edit_distance(k->handle, handle.text, limit);
      if (d > limit) continue;
      if (d < best) {
        best = d;
        closest = {k->handle};
      } else if (d == best && std::find(closest.begin(), closest.end(), k->handle) == closest.end()) {
        closest.push_back(k->handle);
      }
    }
    if (!closest.empty()) {
      r.suggestion = closest.front();
      r.suggestion_unambiguous = closest.size() == 1;
    }
    for (const Known& k : known_)
      if (!k.handle.empty() && (k.meeting == meeting || meeting < 0) &&
          std::find(r.nearest.begin(), r.nearest.end(), "@" + k.handle) == r.nearest.end())
        r.nearest.push_back("@" + k.handle);
    std::sort(r.nearest.begin(), r.nearest.end());
  }
  add(occurrence, r);
}

void Resolver::resolve_commitments() {
  const Report& report = ctx_.report;
  for (int m = 0; m < static_cast<int>(report.meetings.size()); ++m) {
    const Meeting& meeting = report.meetings[static_cast<size_t>(m)];
    for (const Commitment& commitment : meeting.commitments) {
      for (const Party& party : commitment.parties) {
        if (party.kind == Party::Kind::All) continue;
        if (party.kind == Party::Kind::Handle) {
          resolve_handle_ref(party.span, m, false);
          continue;
        }
        const std::string& text = party.span.text;
        Outcome o;
        const Known* attendee = same_name_attendee(text, m);
        if (attendee && attendee->meeting != m) attendee = nullptr;
        const Organization* org = attendee ? nullptr : ctx_.lookup.find_organization(text);
        bool attendee_org_text = false;
        if (!attendee && !org)
          for (const Attendee& a : meeting.attendees)
            if (a.organization && names::key(a.organization->text) == names::key(text)) attendee_org_text = true;
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
}

Resolver::Outcome Resolver::resolve_written(std::string_view written, int meeting, bool titled,
                                            bool strict_prose, const std::optional<Span>& title) const {
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
  if (const Known* k = same_name_attendee(written, meeting)) return resolved_to_attendee(*k);

  const bool single = is_single_word(written);
  const std::vector<const Known*> attendees = attendees_for(meeting);
  // A hyphenated family name alone ("Minister Okonjo-Iweala"): the end of an attendee's name.
  if (!single && written.find(' ') == std::string_view::npos) {
    const std::vector<std::string>& tail = name_tokens(written);
    for (const Known* k : attendees) {
      const std::vector<std::string>& all = name_tokens(k->written);
      if (all.size() > tail.size() && std::equal(tail.rbegin(), tail.rend(), all.rbegin())) {
        resolved_to_attendee(*k);
        r.surname_only = true;
        return o;
      }
    }
  }
  if (!single) {
    const std::vector<NameCandidate> exact = ctx_.lookup.find_person(written, false);
    if (!exact.empty()) {
      const NameCandidate* chosen = &exact.front();
      for (const auto& c : exact)
        if (std::any_of(attendees.begin(), attendees.end(), [&](const Known* k) { return k->person == c.person; })) {
          chosen = &c;
          break;
        }
      r.status = Resolution::Status::Resolved;
      o.person = chosen->person;
      o.match = chosen->kind;
      o.found = true;
      for (const Known* k : attendees)
        if (k->person == o.person) {
          target(*k);
          break;
        }
      return o;
    }
  } else {
    r.surname_only = true;
    const std::string surname = surname_of(written);
    if (auto it = by_surname_.find(surname); it != by_surname_.end())
      return resolved_to_attendee(*pick(&it->second, meeting));
    if (!titled) return o;
    std::vector<const Person*> persons = ctx_.lookup.find_by_surname(written);
    if (persons.size() > 1 && title) {
      std::vector<const Person*> holders;
      for (const Person* p : persons)
        if (holds_title(ctx_, lexicon_, *p, title->text, ctx_.date_of_meeting(meeting))) holders.push_back(p);
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
    for (const Known* k : attendees)
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
    r.nearest = nearest(written);
    o.found = true;
    return o;
  }

  // Two or more name parts, no exact match. Another script's spelling of an attendee?
  for (const Known* k : attendees)
    if (plausible_transliteration(written, k->written)) {
      resolved_to_attendee(*k);
      o.match = NameMatchKind::OtherName;
      return o;
    }
  // A misspelling of an attendee or a registry person?
  std::vector<const Known*> close_attendees;
  for (const Known* k : attendees)
    if (k->match != NameMatchKind::Fuzzy && plausible_misspelling(written, k->written)) close_attendees.push_back(k);
  if (!close_attendees.empty()) {
    const Known& k = *close_attendees.front();
    r.status = Resolution::Status::Misspelled;
    target(k);
    o.person = k.person;
    o.match = NameMatchKind::Fuzzy;
    r.suggestion = k.written;
    r.suggestion_source = k.handle.empty() ? "an attendee" : "attendee @" + k.handle;
    r.suggestion_unambiguous = std::all_of(close_attendees.begin(), close_attendees.end(), [&](const Known* c) {
      return same_name(c->written, k.written);
    });
    o.found = true;
    return o;
  }
  const std::vector<std::string> parts = name_parts(written);
  const bool worth_fuzzy =
      !strict_prose || titled || std::any_of(parts.begin(), parts.end(), [&](const std::string& t) {
        return is_attendee_token(t) || !ctx_.lookup.find_by_surname(t).empty();
      });
  if (worth_fuzzy) {
    std::vector<NameCandidate> close;
    for (auto& c : ctx_.lookup.find_person(written, true)) {
      if (c.kind != NameMatchKind::Fuzzy) continue;
      if (plausible_transliteration(written, c.matched_name)) {
        r.status = Resolution::Status::Resolved;
        o.person = c.person;
        o.match = NameMatchKind::OtherName;
        o.found = true;
        for (const Known* k : attendees)
          if (k->person == o.person) {
            target(*k);
            break;
          }
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
      r.suggestion_unambiguous = std::all_of(close.begin(), close.end(), [&](const NameCandidate& c) {
        return c.person == close.front().person;
      });
      o.found = true;
      return o;
    }
  }
  if (titled || !strict_prose) {
    r.status = Resolution::Status::Unknown;
    r.nearest = nearest(written);
    o.found = true;
  }
  return o;
}

}  // namespace readout::analysis
