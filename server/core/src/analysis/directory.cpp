#include "analysis/directory.hpp"

#include <algorithm>
#include <array>

#include "analysis/name_match.hpp"
#include "analysis/romanised.hpp"
#include "readout/names.hpp"

namespace readout::analysis {
namespace {

uint64_t mix(uint64_t h, std::string_view text) {
  for (unsigned char c : text) h = (h ^ c) * 0x100000001B3ull;
  return (h ^ 0xFF) * 0x100000001B3ull;
}

// Keys of a word as it is and with each letter in turn deleted, all in one pass: a polynomial
// hash (byte k of n weighs kBase^(n-1-k)), so that a deletion's hash is its prefix's, shifted,
// plus its suffix's, and equal strings, however reached, have equal keys; mixed (MurmurHash3's
// finaliser) so that the maps' buckets spread.
uint64_t spread(uint64_t h) {
  h ^= h >> 33;
  h *= 0xFF51AFD7ED558CCDull;
  h ^= h >> 33;
  h *= 0xC4CEB9FE1A85EC53ull;
  return h ^ (h >> 33);
}

template <typename Use>
void for_each_key_within_one_deletion(std::string_view word, Use use) {
  constexpr uint64_t kBase = 0x100000001B3ull;
  // prefix[i]: the hash of word[0, i); long words (no name is) take the slow way below.
  constexpr size_t kLongest = 64;
  std::array<uint64_t, kLongest + 1> prefix;
  const size_t n = word.size();
  auto byte = [&](size_t i) { return static_cast<unsigned char>(word[i]); };
  if (n > kLongest) {
    auto hash_without = [&](size_t skip) {
      uint64_t h = 0;
      for (size_t i = 0; i < n; ++i)
        if (i != skip) h = h * kBase + byte(i);
      return h;
    };
    use(spread(hash_without(n)));
    for (size_t i = 0; i < n; ++i) use(spread(hash_without(i)));
    return;
  }
  prefix[0] = 0;
  for (size_t i = 0; i < n; ++i) prefix[i + 1] = prefix[i] * kBase + byte(i);
  use(spread(prefix[n]));
  uint64_t suffix = 0;  // the hash of word(i, n)
  uint64_t weight = 1;  // kBase^(n-1-i)
  for (size_t i = n; i-- > 0;) {
    use(spread(prefix[i] * weight + suffix));
    suffix += byte(i) * weight;
    weight *= kBase;
  }
}

}  // namespace

std::string spelling_like(std::string_view written, std::string_view spelling) {
  const bool written_has_initials = name_tokens(written).size() != name_parts(written).size();
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

uint64_t Directory::fingerprint_of(const Meeting& meeting) {
  uint64_t h = 0xCBF29CE484222325ull;
  for (const Attendee& a : meeting.attendees) {
    h = mix(h, a.name.text);
    h = mix(h, a.handle ? a.handle->text : std::string_view("\x01"));
  }
  return h;
}

Directory::Directory(const std::vector<const Meeting*>& meetings, const LookupCache& lookup) {
  entries_.resize(meetings.size());
  for (int m = 0; m < static_cast<int>(meetings.size()); ++m)
    resolve(*meetings[static_cast<size_t>(m)], m, lookup);
}

const Directory::Entry* Directory::entry(int meeting, int attendee) const {
  if (meeting < 0 || static_cast<size_t>(meeting) >= entries_.size()) return nullptr;
  const auto& list = entries_[static_cast<size_t>(meeting)];
  if (attendee < 0 || static_cast<size_t>(attendee) >= list.size()) return nullptr;
  return &list[static_cast<size_t>(attendee)];
}

void Directory::add_known(Known known) {
  const size_t index = known_.size();
  known.key = name_key(known.written);
  auto& same = by_key_[known.key];
  if (same.empty()) {
    distinct_.push_back(index);
    distinct_of_.push_back(distinct_.size() - 1);
  } else {
    distinct_of_.push_back(distinct_of_[same.front()]);
  }
  same.push_back(index);
  if (known.person) by_person_[known.person].push_back(index);
  for (const auto& surname : known.surnames) {
    auto& list = by_surname_[surname];
    if (std::find(list.begin(), list.end(), index) == list.end()) list.push_back(index);
  }
  if (!known.handle.empty()) by_handle_[known.handle].push_back(index);
  for (std::string_view part : name_part_views(known.written)) tokens_.emplace(part);
  known_.push_back(std::move(known));
  if (distinct_.back() == index) index_distinct(distinct_.size() - 1);
}

void Directory::index_distinct(size_t d) {
  const std::string& written = known_[distinct_[d]].written;
  if (has_non_latin_letter(written)) other_script_.push_back(d);
  const std::vector<std::string_view> parts = name_part_views(written);
  for (std::string_view part : parts) {
    auto it = by_part_.find(part);
    if (it == by_part_.end()) it = by_part_.emplace(part, std::vector<size_t>()).first;
    if (it->second.empty() || it->second.back() != d) it->second.push_back(d);
  }
  auto add_deletions = [&](DeletionIndex& index, const std::string& word) {
    for_each_key_within_one_deletion(word, [&](uint64_t key) { index.emplace(key, d); });
  };
  const std::string whole = names::join(parts);
  if (!whole.empty()) add_deletions(by_whole_deletion_, whole);
  const std::string surname = surname_of(written);
  if (!surname.empty()) add_deletions(by_surname_deletion_, surname);
}

std::vector<size_t> Directory::candidate_names(std::string_view written) const {
  if (has_non_latin_letter(written)) {
    std::vector<size_t> all(distinct_.size());
    for (size_t d = 0; d < all.size(); ++d) all[d] = d;
    return all;
  }
  std::vector<size_t> out = other_script_;
  auto take = [&](const auto& index, const auto& key) {
    if (auto it = index.find(key); it != index.end())
      out.insert(out.end(), it->second.begin(), it->second.end());
  };
  // Two words are within one edit when deleting a letter from one, the other or both (or
  // neither) gives the same string; the index holds each name with every letter deleted.
  auto take_within_one_edit = [&](const DeletionIndex& index, const std::string& word) {
    for_each_key_within_one_deletion(word, [&](uint64_t key) {
      const auto [first, last] = index.equal_range(key);
      for (auto it = first; it != last; ++it) out.push_back(it->second);
    });
  };
  const std::vector<std::string_view> parts = name_part_views(written);
  for (std::string_view part : parts) take(by_part_, part);
  const std::string whole = names::join(parts);
  if (!whole.empty()) take_within_one_edit(by_whole_deletion_, whole);
  const std::string surname = surname_of(written);
  if (!surname.empty()) take_within_one_edit(by_surname_deletion_, surname);
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

std::vector<const Directory::Known*> Directory::candidates_for(std::string_view written,
                                                               int meeting) const {
  std::vector<const Known*> own, others;
  for (size_t d : candidate_names(written)) {
    const Known* k = pick(&by_key_.at(known_[distinct_[d]].key), meeting);
    (k->meeting == meeting ? own : others).push_back(k);
  }
  own.insert(own.end(), others.begin(), others.end());
  return own;
}

const Directory::Known* Directory::attendee_with_person(const Person* person, int meeting) const {
  auto it = by_person_.find(person);
  if (it == by_person_.end()) return nullptr;
  // attendees_for lists the meeting's own attendees first, each list in distinct-name order.
  const Known* own = nullptr;
  const Known* other = nullptr;
  for (size_t i : it->second) {
    const Known& k = known_[i];
    const Known*& best = k.meeting == meeting ? own : other;
    if (!best || distinct_of_[i] < distinct_of_[static_cast<size_t>(best - known_.data())])
      best = &k;
  }
  const Known* chosen = own ? own : other;
  return pick(&by_key_.at(chosen->key), meeting);
}

const Directory::Known* Directory::pick(const std::vector<size_t>* list, int meeting) const {
  if (!list || list->empty()) return nullptr;
  // Attendees are indexed in meeting order, so the lists are sorted by meeting.
  auto it = std::lower_bound(list->begin(), list->end(), meeting,
                             [&](size_t i, int m) { return known_[i].meeting < m; });
  if (it != list->end() && known_[*it].meeting == meeting) return &known_[*it];
  return &known_[list->front()];
}

const Directory::Known* Directory::same_name_attendee(std::string_view written, int meeting) const {
  const std::string& key = name_key(written);
  if (key.empty()) return nullptr;
  auto it = by_key_.find(key);
  return it == by_key_.end() ? nullptr : pick(&it->second, meeting);
}

std::vector<const Directory::Known*> Directory::attendees_for(int meeting) const {
  std::vector<const Known*> own, others;
  for (size_t i : distinct_) {
    const Known* k = pick(&by_key_.at(known_[i].key), meeting);
    (k->meeting == meeting ? own : others).push_back(k);
  }
  own.insert(own.end(), others.begin(), others.end());
  return own;
}

const std::vector<size_t>* Directory::with_surname(const std::string& surname) const {
  auto it = by_surname_.find(surname);
  return it == by_surname_.end() ? nullptr : &it->second;
}

const std::vector<size_t>* Directory::with_handle(const std::string& handle) const {
  auto it = by_handle_.find(handle);
  return it == by_handle_.end() ? nullptr : &it->second;
}

std::vector<std::string> Directory::nearest(std::string_view written,
                                            const LookupCache& lookup) const {
  std::vector<std::string> out;
  auto offer = [&](std::string_view name) {
    if (out.size() < 3 && std::find(out.begin(), out.end(), name) == out.end())
      out.emplace_back(name);
  };
  for (size_t d : candidate_names(written)) {
    const Known& k = known_[distinct_[d]];
    if (plausible_misspelling(written, k.written) ||
        plausible_surname_misspelling(written, k.written))
      offer(k.written);
  }
  for (const auto& c : lookup.find_person(written, true)) offer(c.person->name);
  // Names with an extra or a missing part: try the given name with each other part, and each
  // part as a family name.
  const std::vector<std::string> parts = name_parts(written);
  for (size_t k = 1; k < parts.size() && out.size() < 3; ++k)
    for (const auto& c : lookup.find_person(parts.front() + " " + parts[k], true))
      offer(c.person->name);
  for (size_t k = 0; k < parts.size() && out.empty(); ++k)
    for (const Person* p : lookup.find_by_surname(parts[k])) offer(p->name);
  return out;
}

void Directory::resolve(const Meeting& meeting, int m, const LookupCache& lookup) {
  auto& entries = entries_[static_cast<size_t>(m)];
  entries.resize(meeting.attendees.size());
  for (int a = 0; a < static_cast<int>(meeting.attendees.size()); ++a) {
    const Attendee& attendee = meeting.attendees[static_cast<size_t>(a)];
    const std::string& name = attendee.name.text;
    if (name.empty()) continue;
    Resolution r;
    r.target_meeting = m;
    r.target_attendee = a;
    const Person* person = nullptr;
    NameMatchKind match = NameMatchKind::Exact;
    // A name the registry has as it is written needs no search for misspellings.
    const std::vector<NameCandidate>& exact = lookup.find_person(name, false);
    const std::vector<NameCandidate>& candidates =
        exact.empty() ? lookup.find_person(name, true) : exact;
    std::vector<const NameCandidate*> close;
    for (const auto& c : candidates)
      if (c.kind == NameMatchKind::Fuzzy && plausible_misspelling(name, c.matched_name))
        close.push_back(&c);
    const Known* earlier_same = same_name_attendee(name, m);
    const Known* earlier_close = nullptr;
    for (size_t d : candidate_names(name)) {
      const Known& k = known_[distinct_[d]];
      if (k.match != NameMatchKind::Fuzzy && plausible_misspelling(name, k.written)) {
        earlier_close = &k;
        break;
      }
    }
    const NameCandidate* transliterated = nullptr;
    for (const auto& c : candidates)
      if (!transliterated && c.kind == NameMatchKind::Fuzzy &&
          (plausible_transliteration(name, c.matched_name) ||
           another_romanisation(lookup, name, c.matched_name, c.person)))
        transliterated = &c;
    if (!candidates.empty() && candidates.front().kind != NameMatchKind::Fuzzy) {
      r.status = Resolution::Status::Resolved;
      person = candidates.front().person;
      match = candidates.front().kind;
    } else if (transliterated) {
      // Written in another script than the registry has it, or romanised another way: a
      // spelling, not a slip.
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
        if (std::find(persons.begin(), persons.end(), c->person) == persons.end())
          persons.push_back(c->person);
      r.suggestion_unambiguous = persons.size() <= 1;
    } else {
      r.status = Resolution::Status::Unknown;
      r.nearest = nearest(name, lookup);
    }
    Known known{m,
                a,
                name,
                {surname_of(name)},
                person,
                match,
                attendee.handle ? attendee.handle->text : std::string(),
                std::string()};
    if (person) {
      known.surnames.push_back(surname_of(person->name, person->key));
      for (const auto& other : person->other_names)
        known.surnames.push_back(surname_of(other.name, other.key));
    }
    add_known(std::move(known));
    entries[static_cast<size_t>(a)] = {std::move(r), person, match};
  }
}

}  // namespace readout::analysis
