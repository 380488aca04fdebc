// The attendees of every meeting, resolved in report order: what names written anywhere in the
// report (prose, commitments, handles) are matched against. It depends on the attendee lines
// alone (names and handles, not positions), so edits elsewhere reuse it (units.cpp).
#pragma once

#include <memory>
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

  // The attendee lines' names and handles, meeting by meeting: equal fingerprints, equal
  // directories (for the same registry).
  static uint64_t fingerprint_of(const Meeting& meeting, int index);

  [[nodiscard]] const Entry* entry(int meeting, int attendee) const;
  [[nodiscard]] size_t meeting_count() const { return entries_.size(); }

  // Of several attendees with one name, the one in `meeting` if any.
  [[nodiscard]] const Known* pick(const std::vector<size_t>* list, int meeting) const;
  [[nodiscard]] const Known* same_name_attendee(std::string_view written, int meeting) const;
  // One attendee per distinct name (the one of `meeting` when it has one), meeting's first.
  [[nodiscard]] std::vector<const Known*> attendees_for(int meeting) const;
  [[nodiscard]] bool is_attendee_token(const std::string& token) const { return tokens_.contains(token); }
  [[nodiscard]] const std::vector<size_t>* with_surname(const std::string& surname) const;
  [[nodiscard]] const std::vector<size_t>* with_handle(const std::string& handle) const;
  [[nodiscard]] const std::unordered_map<std::string, std::vector<size_t>>& handles() const { return by_handle_; }
  [[nodiscard]] const std::vector<Known>& known() const { return known_; }
  [[nodiscard]] const std::vector<size_t>& distinct() const { return distinct_; }
  // The closest known spellings to a name nobody has (attendees first, then the registry).
  [[nodiscard]] std::vector<std::string> nearest(std::string_view written, const LookupCache& lookup) const;

 private:
  void add_known(Known known);
  void resolve(const Meeting& meeting, int m, const LookupCache& lookup);

  std::vector<Known> known_;
  // Indexes into known_, so that a long report costs no scan over all attendees per name.
  std::unordered_map<std::string, std::vector<size_t>> by_key_, by_surname_, by_handle_;
  std::vector<size_t> distinct_;  // the first attendee of each distinct name
  std::unordered_set<std::string> tokens_;
  std::vector<std::vector<Entry>> entries_;  // by meeting, by attendee
};

// Sorted name parts joined: the key under which same_name() spellings meet.
std::string name_key(std::string_view written);

// The spelling of `person` written the way `written` is (without middle initials when
// `written` has none): "Antony J. Blinken" -> "Antony Blinken".
std::string spelling_like(std::string_view written, std::string_view spelling);

}  // namespace readout::analysis
