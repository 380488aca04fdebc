// Moving model pieces and findings between the offsets of one text and another's (state.hpp).
#include <algorithm>

#include "analysis/state.hpp"

namespace readout::analysis {
namespace {

using analysis::shift;  // the overloads of state.hpp, beside these

void shift(ByteRange& range, int64_t delta) {
  range.begin = static_cast<uint32_t>(range.begin + delta);
  range.end = static_cast<uint32_t>(range.end + delta);
}

void shift(std::optional<Span>& span, int64_t delta) {
  if (span) shift(*span, delta);
}

void shift(DateValue& value, int64_t delta) {
  shift(value.raw, delta);
  shift(value.start_range, delta);
  if (!value.end_range.empty()) shift(value.end_range, delta);  // {0, 0} when not a range
}

void shift(std::vector<ProseSection>& sections, int64_t delta) {
  for (ProseSection& section : sections) {
    shift(section.title, delta);
    shift(section.range, delta);
    for (Paragraph& paragraph : section.paragraphs) {
      shift(paragraph.range, delta);
      for (ProseLine& line : paragraph.lines) {
        shift(line.text, delta);
        for (HandleRef& ref : line.handle_refs) shift(ref.handle, delta);
      }
    }
  }
}

}  // namespace

void shift(Span& span, int64_t delta) { shift(span.range, delta); }

void shift(Meeting& meeting, int64_t delta) {
  if (delta == 0) return;
  shift(meeting.id, delta);
  shift(meeting.title, delta);
  if (meeting.date) shift(*meeting.date, delta);
  shift(meeting.place, delta);
  shift(meeting.kind, delta);
  for (Attendee& a : meeting.attendees) {
    shift(a.handle, delta);
    shift(a.name, delta);
    shift(a.title, delta);
    shift(a.organization, delta);
    shift(a.range, delta);
  }
  for (Commitment& c : meeting.commitments) {
    for (Party& p : c.parties) shift(p.span, delta);
    shift(c.text, delta);
    if (c.due) shift(*c.due, delta);
    shift(c.range, delta);
  }
  shift(meeting.prose, delta);
  shift(meeting.heading_range, delta);
  shift(meeting.range, delta);
}

void shift(SyntaxProblem& problem, int64_t delta) { shift(problem.range, delta); }

void shift(Suppression& suppression, int64_t delta) {
  for (Span& rule : suppression.rules) shift(rule, delta);
  shift(suppression.range, delta);
}

void shift(NameOccurrence& name, int64_t delta) {
  shift(name.written, delta);
  shift(name.title, delta);
}

void shift(Resolution& resolution, int64_t delta) { shift(resolution.country, delta); }

const Meeting* CurrentMeetings::meeting(int index) const {
  if (index < 0 || static_cast<size_t>(index) >= models_.size()) return nullptr;
  const MeetingModel& model = *models_[static_cast<size_t>(index)];
  const uint32_t now = bases_[static_cast<size_t>(index) + 1];
  if (model.base == now) return &model.part.meeting;
  auto& copy = copies_[static_cast<size_t>(index)];
  if (!copy) {
    copy = std::make_unique<Meeting>(model.part.meeting);
    shift(*copy, static_cast<int64_t>(now) - model.base);
  }
  return copy.get();
}

std::optional<Span> CurrentMeetings::id(int index) const {
  if (index < 0 || static_cast<size_t>(index) >= models_.size()) return std::nullopt;
  const MeetingModel& model = *models_[static_cast<size_t>(index)];
  std::optional<Span> id = model.part.meeting.id;
  if (id) shift(*id, static_cast<int64_t>(bases_[static_cast<size_t>(index) + 1]) - model.base);
  return id;
}

uint32_t RefEncoder::unit_of(uint32_t offset) const {
  // The last unit starting at or before the offset: units follow each other in the text.
  auto it = std::upper_bound(bases_.begin() + 1, bases_.end(), offset);
  return static_cast<uint32_t>(it - bases_.begin()) - 1;
}

UnitRef RefEncoder::ref(ByteRange range) const {
  UnitRef ref;
  ref.unit = unit_of(range.begin);
  const uint32_t base = bases_[ref.unit];
  ref.begin = range.begin - base;
  ref.end = range.end - base;
  if (ref.unit < names_.size() && names_[ref.unit]) {
    const auto& names = *names_[ref.unit];
    auto it = std::lower_bound(
        names.begin(), names.end(), ref.begin,
        [](const NameOccurrence& n, uint32_t b) { return n.written.range.begin < b; });
    for (; it != names.end() && it->written.range.begin == ref.begin; ++it)
      if (it->written.range.end == ref.end) {
        ref.name = static_cast<int32_t>(it - names.begin());
        break;
      }
  }
  return ref;
}

StoredDiagnostic RefEncoder::store(Diagnostic d) const {
  StoredDiagnostic stored;
  stored.refs.push_back(ref(d.range));
  for (const Fix& fix : d.fixes)
    for (const TextEdit& edit : fix.edits) stored.refs.push_back(ref(edit.range));
  for (const RelatedInfo& related : d.related) stored.refs.push_back(ref(related.range));
  stored.diagnostic = std::move(d);
  return stored;
}

Diagnostic rebuild(const StoredDiagnostic& stored, const std::vector<uint32_t>& bases,
                   const UnitNames& names) {
  Diagnostic d = stored.diagnostic;
  size_t next = 0;
  auto place = [&](ByteRange& range) {
    const UnitRef& ref = stored.refs[next++];
    const uint32_t base = bases[ref.unit];
    if (ref.name >= 0 && ref.unit < names.size() && names[ref.unit]) {
      const ByteRange& name = (*names[ref.unit])[static_cast<size_t>(ref.name)].written.range;
      range = {base + name.begin, base + name.end};
    } else {
      range = {base + ref.begin, base + ref.end};
    }
  };
  place(d.range);
  for (Fix& fix : d.fixes)
    for (TextEdit& edit : fix.edits) place(edit.range);
  for (RelatedInfo& related : d.related) place(related.range);
  return d;
}

}  // namespace readout::analysis
