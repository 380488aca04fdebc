// The attendees of every meeting, resolved in report order: what names written anywhere in the
// report (prose, commitments, handles) are matched against. It depends on the attendee lines
// alone (names and handles, not positions), so edits elsewhere reuse it (units.cpp).
#pragma once

#include <memory>
#include <memory_resource>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "analysis/context.hpp"

namespace readout::analysis {

class Directory {
 public:
  // An attendee as a target for names written elsewhere.
  struct Known {
    int meeting = -1;
    int attendee = -1;
    std::string written;                // the attendee's name as written
    std::vector<std::string> surnames;  // of every accepted spelling
    const Person* person = nullptr;
    NameMatchKind match = NameMatchKind::Exact;
    std::string handle;
    std::string key;  // name parts, sorted: equal keys are the same name
  };
  // What resolving one attendee line found.
  struct Entry {
    Resolution resolution;
    const Person* person = nullptr;
    NameMatchKind match = NameMatchKind::Exact;
  };

  // Resolves the attendees of `meetings` (in order) against the registry and each other.
  Directory(const std::vector<const Meeting*>& meetings, const LookupCache& lookup);

  // A meeting's attendee lines, names and handles: meetings with equal fingerprints, in the
  // same order, give equal directories (for the same registry).
  static uint64_t fingerprint_of(const Meeting& meeting);

  [[nodiscard]] const Entry* entry(int meeting, int attendee) const;
  [[nodiscard]] size_t meeting_count() const { return entries_.size(); }

  // Of several attendees with one name, the one in `meeting` if any.
  [[nodiscard]] const Known* pick(const std::vector<size_t>* list, int meeting) const;
  [[nodiscard]] const Known* same_name_attendee(std::string_view written, int meeting) const;
  // One attendee per distinct name (the one of `meeting` when it has one), meeting's first.
  [[nodiscard]] std::vector<const Known*> attendees_for(int meeting) const;
  [[nodiscard]] bool is_attendee_token(const std::string& token) const {
    return tokens_.contains(token);
  }
  [[nodiscard]] const std::vector<size_t>* with_surname(const std::string& surname) const;
  [[nodiscard]] const std::vector<size_t>* with_handle(const std::string& handle) const;
  [[nodiscard]] const std::unordered_map<std::string, std::vector<size_t>>& handles() const {
    return by_handle_;
  }
  [[nodiscard]] const std::vector<Known>& known() const { return known_; }
  [[nodiscard]] const std::vector<size_t>& distinct() const { return distinct_; }
  // The closest known spellings to a name nobody has (attendees first, then the registry).
  [[nodiscard]] std::vector<std::string> nearest(std::string_view written,
                                                 const LookupCache& lookup) const;
  // The attendees a name may be a misspelling, a transliteration or the family name of, in
  // attendees_for(meeting) order: those sharing a name part with it, within one edit of it as
  // a whole, or whose family name is within one edit of its last part (every attendee for
  // names in another script). Scanning them instead of every attendee keeps long reports linear.
  [[nodiscard]] std::vector<const Known*> candidates_for(std::string_view written,
                                                         int meeting) const;
  // The first attendee of attendees_for(meeting) who is `person`.
  [[nodiscard]] const Known* attendee_with_person(const Person* person, int meeting) const;

 private:
  void add_known(Known known);
  void resolve(const Meeting& meeting, int m, const LookupCache& lookup);
  // Distinct names (indexes into distinct_) that candidates_for considers, sorted.
  [[nodiscard]] std::vector<size_t> candidate_names(std::string_view written) const;
  void index_distinct(size_t d);

  std::vector<Known> known_;
  // Indexes into known_, so that a long report costs no scan over all attendees per name.
  std::unordered_map<std::string, std::vector<size_t>> by_key_, by_surname_, by_handle_;
  std::vector<size_t> distinct_;     // the first attendee of each distinct name
  std::vector<size_t> distinct_of_;  // by known_ index: its name's index in distinct_
  std::unordered_set<std::string> tokens_;
  // Candidate indexes: name part -> distinct names; each whole name (parts joined) and each
  // family name with one letter deleted, and as it is -> distinct names; names in other scripts.
  TextMap<std::vector<size_t>> by_part_;
  // The deletion indexes are keyed by a hash of the string (deletion_key in directory.cpp),
  // may list a name twice under one key, and allocate from an arena freed with the directory:
  // a name gives one entry per letter, and each would otherwise cost a string and a list.
  using DeletionIndex = std::pmr::unordered_multimap<uint64_t, size_t>;
  std::pmr::monotonic_buffer_resource arena_;
  DeletionIndex by_whole_deletion_{&arena_}, by_surname_deletion_{&arena_};
  std::vector<size_t> other_script_;
  std::unordered_map<const Person*, std::vector<size_t>> by_person_;  // -> known_ indexes
  std::vector<std::vector<Entry>> entries_;                           // by meeting, by attendee
};

// The spelling of `person` written the way `written` is (without middle initials when
// `written` has none): "Antony J. Blinken" -> "Antony Blinken".
std::string spelling_like(std::string_view written, std::string_view spelling);

}  // namespace readout::analysis
