// What an analysis keeps for the next one (analyze.cpp): the report split into its head and its
// meetings, each meeting's model and findings stored relative to where the meeting starts, so
// that an edit costs the meetings it touched, not the report's size.
//
// Units: 0 is the head (everything outside meetings: title, fields, report prose), m + 1 is
// meeting m. Ranges that findings point at are stored as (unit, offset in the unit), or as
// (unit, name occurrence) for ranges that are a name's, and rebuilt against the current text.
#pragma once

#include <memory>
#include <mutex>
#include <optional>
#include <vector>

#include "analysis/context.hpp"
#include "analysis/directory.hpp"
#include "model/model_nodes.hpp"
#include "readout/analysis.hpp"

namespace readout::analysis {

// Where a range of a stored finding points: into `unit`, at `begin`..`end` relative to the
// unit's start, or at the unit's name occurrence `name` (then begin/end are unused).
struct UnitRef {
  uint32_t unit = 0;
  int32_t name = -1;
  uint32_t begin = 0;
  uint32_t end = 0;
};

// A finding with each of its ranges (the range, the fixes' edits, the related notes, in that
// order) as a UnitRef.
struct StoredDiagnostic {
  Diagnostic diagnostic;  // ranges meaningless until rebuilt
  std::vector<UnitRef> refs;
};

// One meeting as read from the tree; offsets are those of the text it was read from.
struct MeetingModel {
  model_detail::MeetingPart part;
  uint32_t base = 0;  // part.meeting.range.begin
  uint32_t length = 0;
  uint64_t attendees = 0;  // Directory::fingerprint_of
  // It began at a line start and ended at a line end. Otherwise (error recovery can start a
  // meeting inside a line) the model read bytes outside it, as syntax messages read whole
  // lines, and is not reused.
  bool whole_lines = false;
  // Its node held a syntax error. Error recovery may read the same bytes differently once
  // something elsewhere changed, so such a model is read again rather than reused.
  bool had_error = false;
};

// What analysing one meeting found, relative to its start.
struct MeetingAnalysis {
  std::shared_ptr<const MeetingModel> model;  // the model analysed (current when computed)
  uint64_t context = 0;                       // its head inputs, options and directory
  std::vector<NameOccurrence> names;          // ranges relative to the meeting's start
  std::vector<Resolution> resolutions;        // parallel to names; country spans relative too
  std::vector<StoredDiagnostic> diagnostics;  // of the rules checked per meeting
  // Other meetings its findings point into, with the models they pointed into then; and
  // whether they point into the head.
  std::vector<std::pair<int, std::shared_ptr<const MeetingModel>>> depends_on;
  bool depends_on_head = false;
  std::vector<uint32_t> foreign;  // indexes of `diagnostics` whose range is in another unit
  uint64_t report_wide = 0;       // what the report-wide rules read from it
};

// The final findings of one unit (those whose range begins in it: suppressions and severity
// overrides applied, sorted), with what they were assembled from, so that the next analysis
// can take them over as they are when none of that changed.
struct StoredPart : AnalysisResult::PartFindings {
  uint32_t base = 0;  // the unit's start in the text they were found in
  // Parallel to points_into: those units' starts then, and what their bytes were (the
  // meeting's model; null for the head, whose bytes `head_hash` says).
  std::vector<uint32_t> bases;
  std::vector<std::shared_ptr<const MeetingModel>> models;
  uint64_t head_hash = 0;
  std::shared_ptr<const MeetingAnalysis> source;  // the unit's meeting analysis (null: head)
  std::shared_ptr<const std::vector<StoredDiagnostic>> report_wide_source;
  size_t from_report_wide = 0;  // how many of the findings are report-wide ones
  size_t from_elsewhere = 0;    // ... the head's, or another meeting's
  uint64_t suppressions = 0;    // the suppressions before the unit
  uint64_t overrides = 0;       // the severity overrides
};

struct State {
  const Registry* registry = nullptr;
  uint64_t options = 0;
  uint64_t head_hash = 0;         // the head's bytes
  std::vector<uint32_t> bases;    // unit starts in the text analysed
  std::vector<uint32_t> lengths;  // unit lengths (the head's: up to the first meeting)
  Report head;                    // current offsets, no meetings
  std::vector<NameOccurrence> head_names;
  std::vector<Resolution> head_resolutions;
  std::vector<std::shared_ptr<const MeetingModel>> models;
  std::vector<std::shared_ptr<const MeetingAnalysis>> meetings;
  std::vector<uint64_t> attendee_fingerprints;
  std::shared_ptr<const Directory> directory;
  uint64_t report_wide_key = 0;
  std::shared_ptr<const std::vector<StoredDiagnostic>> report_wide;
  std::vector<std::shared_ptr<const StoredPart>> parts;  // per unit
  uint64_t overrides = 0;
  bool reusable = true;  // false when the tree has parts outside the head and meetings

  // Look-ups memoised across analyses of one document; handed from each state to the next.
  mutable std::mutex lookup_mutex;
  mutable std::shared_ptr<LookupCache> lookup;
};

// Moves every range of a meeting (or of model pieces) by `delta` bytes.
void shift(Meeting& meeting, int64_t delta);
void shift(Span& span, int64_t delta);
void shift(SyntaxProblem& problem, int64_t delta);
void shift(Suppression& suppression, int64_t delta);
void shift(NameOccurrence& name, int64_t delta);
void shift(Resolution& resolution, int64_t delta);

// Meetings with the offsets of the current text: the models themselves when they are current,
// shifted copies (made once, on demand) when the text before them changed.
class CurrentMeetings : public MeetingSource {
 public:
  CurrentMeetings(const std::vector<std::shared_ptr<const MeetingModel>>& models,
                  const std::vector<uint32_t>& bases)
      : models_(models), bases_(bases), copies_(models.size()) {}
  [[nodiscard]] size_t count() const override { return models_.size(); }
  [[nodiscard]] const Meeting* meeting(int index) const override;
  [[nodiscard]] std::optional<Span> id(int index) const override;

 private:
  const std::vector<std::shared_ptr<const MeetingModel>>& models_;
  const std::vector<uint32_t>& bases_;  // [m + 1]: meeting m's start now
  mutable std::vector<std::unique_ptr<Meeting>> copies_;
};

// Name occurrences of each unit, relative to the unit's start (null: none to refer to).
using UnitNames = std::vector<const std::vector<NameOccurrence>*>;

// Stores findings whose ranges are absolute in the current text (bases: unit starts) as
// UnitRefs: ranges that are a name occurrence's in `names` by that occurrence, others by offset.
class RefEncoder {
 public:
  RefEncoder(const std::vector<uint32_t>& bases, const UnitNames& names)
      : bases_(bases), names_(names) {}
  [[nodiscard]] StoredDiagnostic store(Diagnostic d) const;
  [[nodiscard]] uint32_t unit_of(uint32_t offset) const;

 private:
  [[nodiscard]] UnitRef ref(ByteRange range) const;
  const std::vector<uint32_t>& bases_;
  const UnitNames& names_;
};

// Rebuilds a stored finding against the unit starts and name occurrences of now.
Diagnostic rebuild(const StoredDiagnostic& stored, const std::vector<uint32_t>& bases,
                   const UnitNames& names);

}  // namespace readout::analysis
