// Hover on a person: who they are, their posts with dates, the post that applies on the
// meeting's date, and where the registry record comes from.
#include "readout/session/queries.hpp"

namespace readout::session {

std::optional<HoverCard> hover(const AnalysisResult& analysis, uint32_t offset) {
  const NameOccurrence* at = occurrence_at(analysis, offset);
  if (!at) return std::nullopt;
  std::string text;
  if (at->person) {
    text = person_card(*analysis.registry, *at->person, analysis.date_at(at->written.range.begin));
    if (at->match == NameMatchKind::Fuzzy && at->written.text != at->person->name)
      text += "\nWritten here as \"" + at->written.text + "\".\n";
  } else if (at->meeting >= 0 && at->attendee >= 0 &&
             static_cast<size_t>(at->meeting) < analysis.report().meetings.size()) {
    const Meeting& m = analysis.report().meetings[static_cast<size_t>(at->meeting)];
    if (static_cast<size_t>(at->attendee) >= m.attendees.size()) return std::nullopt;
    const Attendee& a = m.attendees[static_cast<size_t>(at->attendee)];
    text = "**" + a.name.text + "**\n";
    if (a.title) text += "\n" + a.title->text;
    if (a.organization) text += (a.title ? ", " : "\n") + a.organization->text;
    text += "\n\nAttendee of " + m.title.text + ". Not in the registry.\n";
  } else {
    return std::nullopt;
  }
  return HoverCard{std::move(text), at->written.range};
}

}  // namespace readout::session
