// Name resolution for one part of a report (a meeting, or the report's head): finds every
// place a person is named there (attendee lines, handles, commitment parties, prose) and
// resolves it to an attendee (through the Directory of the whole report) and/or a registry
// person, filling Context::names and Context::resolutions in text order.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "analysis/context.hpp"
#include "analysis/directory.hpp"
#include "analysis/title_lexicon.hpp"

namespace readout::analysis {

class Resolver {
 public:
  Resolver(Context& ctx, const TitleLexicon& lexicon, const Directory& directory)
      : ctx_(ctx), lexicon_(lexicon), directory_(directory) {}
  // Resolves the names of ctx.scope: the meeting's, or (scope -1) the report title's and the
  // report prose's.
  void run();

 private:
  using Known = Directory::Known;
  struct Outcome {
    Resolution resolution;
    const Person* person = nullptr;
    NameMatchKind match = NameMatchKind::Exact;
    bool found = false;  // false: not a name of anybody (untitled prose only)
  };

  void resolve_attendees(const Meeting& meeting, int m);
  void resolve_commitments(const Meeting& meeting, int m);
  void resolve_sections(const std::vector<ProseSection>& sections, int meeting);  // mentions.cpp
  void scan_line(const Span& line, int meeting, bool heading);                    // mentions.cpp
  void resolve_handle_ref(const Span& handle, int meeting, bool fallback_to_report);

  // Resolves a written name. `titled` names may be surnames alone and may be unknown people;
  // untitled prose names must match somebody to count.
  Outcome resolve_written(std::string_view written, int meeting, bool titled, bool strict_prose,
                          const std::optional<Span>& title) const;
  [[nodiscard]] NameMatchKind kind_against(std::string_view written, const Person& person) const;
  void add(NameOccurrence occurrence, Resolution resolution);

  Context& ctx_;
  const TitleLexicon& lexicon_;
  const Directory& directory_;
};

}  // namespace readout::analysis
