// Hover on a person: who they are, their posts with dates, the post that applies on the
// meeting's date, and where the registry record comes from.
#include "feature_util.hpp"

namespace readout::lsp {

json hover(const Snapshot& snapshot, const json& params, const ClientFeatures& client) {
  const AnalysisResult& analysis = *snapshot.analysis;
  uint32_t offset = offset_of(snapshot, params);
  const NameOccurrence* at = occurrence_at(analysis, offset);
  if (!at) return nullptr;
  std::string text;
  if (at->person) {
    text = person_card(*analysis.registry, *at->person, analysis.date_at(at->written.range.begin));
    if (at->match == NameMatchKind::Fuzzy && at->written.text != at->person->name)
      text += "\nWritten here as \"" + at->written.text + "\".\n";
  } else if (at->meeting >= 0 && at->attendee >= 0 &&
             static_cast<size_t>(at->meeting) < analysis.report().meetings.size()) {
    const Meeting& m = analysis.report().meetings[static_cast<size_t>(at->meeting)];
    if (static_cast<size_t>(at->attendee) >= m.attendees.size()) return nullptr;
    const Attendee& a = m.attendees[static_cast<size_t>(at->attendee)];
    text = "**" + a.name.text + "**\n";
    if (a.title) text += "\n" + a.title->text;
    if (a.organization) text += (a.title ? ", " : "\n") + a.organization->text;
    text += "\n\nAttendee of " + m.title.text + ". Not in the registry.\n";
  } else {
    return nullptr;
  }
  json contents = client.markdown ? json{{"kind", "markdown"}, {"value", text}}
                                  : json{{"kind", "plaintext"}, {"value", text}};
  return {{"contents", contents}, {"range", snapshot.mapper().range(at->written.range)}};
}

}  // namespace readout::lsp
