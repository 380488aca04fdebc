// Which name is under a cursor, and which occurrences name the same one.
#include "readout/session/queries.hpp"

namespace readout::session {

bool is_handle(const NameOccurrence& o) {
  return o.role == NameOccurrence::Role::HandleDefinition ||
         o.role == NameOccurrence::Role::HandleReference;
}

const NameOccurrence* occurrence_at(const AnalysisResult& analysis, uint32_t offset) {
  for (const auto& o : analysis.names()) {
    uint32_t begin = o.written.range.begin;
    if (is_handle(o) && begin > 0) --begin;  // the '@'
    if (offset >= begin && offset <= o.written.range.end) return &o;
  }
  return nullptr;
}

bool same_target(const NameOccurrence& a, const NameOccurrence& b) {
  if (a.person && b.person) return a.person == b.person;
  // Otherwise (one side unresolved) they match only when both point at one attendee.
  return a.attendee >= 0 && a.meeting == b.meeting && a.attendee == b.attendee;
}

}  // namespace readout::session
