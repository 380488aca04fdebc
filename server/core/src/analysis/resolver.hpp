// Name resolution: finds every place a person is named (attendee lines, handles, commitment
// parties, prose) and resolves it to an attendee and/or a registry person, filling
// Context::names and Context::resolutions.
#pragma once

#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "analysis/context.hpp"
#include "analysis/title_lexicon.hpp"

namespace readout::analysis {

class Resolver {
 public:
  Resolver(Context& ctx, const TitleLexicon& lexicon) : ctx_(ctx), lexicon_(lexicon) {}
  void run();

 private:
  // An attendee as a target for names written elsewhere.
  struct Known {
    int meeting = -1;
    int attendee = -1;
    std::string written;               // the attendee's name as written
    std::vector<std::string> surnames;  // of every accepted spelling
    const Person* person = nullptr;
    NameMatchKind match = NameMatchKind::Exact;
    std::string handle;
    std::string key;  // name parts, sorted: equal keys are the same name
  };
  struct Outcome {
    Resolution resolution;
    const Person* person = nullptr;
    NameMatchKind match = NameMatchKind::Exact;
    bool found = false;  // false: not a name of anybody (untitled prose only)
  };

  void resolve_attendees();
  void resolve_commitments();
  void resolve_prose();  // mentions.cpp
  void scan_line(const Span& line, int meeting, bool heading);  // mentions.cpp
  void resolve_handle_ref(const Span& handle, int meeting, bool fallback_to_report);

  // Resolves a written name. `titled` names may be surnames alone and may be unknown people;
  // untitled prose names must match somebody to count.
  Outcome resolve_written(std::string_view written, int meeting, bool titled, bool strict_prose,
                          const std::optional<Span>& title) const;
  void add_known(Known known);
  // Of several attendees with one name, the one in `meeting` if any.
  [[nodiscard]] const Known* pick(const std::vector<size_t>* list, int meeting) const;
  [[nodiscard]] const Known* same_name_attendee(std::string_view written, int meeting) const;
  [[nodiscard]] std::vector<const Known*> attendees_for(int meeting) const;
  [[nodiscard]] bool is_attendee_token(const std::string& token) const;
  [[nodiscard]] NameMatchKind kind_against(std::string_view written, const Person& person) const;
  [[nodiscard]] std::vector<std::string> nearest(std::string_view written) const;
  void add(NameOccurrence occurrence, Resolution resolution);

  Context& ctx_;
  const TitleLexicon& lexicon_;
  std::vector<Known> known_;
  // Indexes into known_, so that a long report costs no scan over all attendees per name.
  std::unordered_map<std::string, std::vector<size_t>> by_key_, by_surname_, by_handle_;
  std::vector<size_t> distinct_;  // the first attendee of each distinct name
  std::unordered_set<std::string> tokens_;
};

// Sorted name parts joined: the key under which same_name() spellings meet.
std::string name_key(std::string_view written);

// The spelling of `person` written the way `written` is (without middle initials when
// `written` has none): "Antony J. Blinken" -> "Antony Blinken".
std::string spelling_like(std::string_view written, std::string_view spelling);

}  // namespace readout::analysis
