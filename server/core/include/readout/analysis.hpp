// The analysis entry point: syntax tree + registry -> model, resolutions and diagnostics.
// Pure: no I/O, no JSON. Results are immutable and can be shared across threads.
#pragma once

#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "readout/diagnostic.hpp"
#include "readout/model.hpp"
#include "readout/registry.hpp"
#include "readout/syntax.hpp"

namespace readout {

struct AnalysisOptions {
  std::map<std::string, Severity, std::less<>> severity_overrides;  // rule id -> severity
  std::set<std::string, std::less<>> disabled_rules;
};

// Where a person is named in the report, and who it resolved to.
struct NameOccurrence {
  enum class Role {
    AttendeeName,
    ProseMention,
    CommitmentParty,
    HandleDefinition,
    HandleReference
  };
  Role role = Role::ProseMention;
  Span written;                    // the name (or handle without '@') as written
  std::optional<Span> title;       // a title written with it ("Secretary of State")
  int meeting = -1;                // index into Report::meetings, -1 for report level
  int attendee = -1;               // index into that meeting's attendees, -1 when none
  const Person* person = nullptr;  // registry person, when resolved
  NameMatchKind match = NameMatchKind::Fuzzy;
};

namespace analysis {
struct State;
}

// What the analysis of one text found. Immutable once built and safe to share across threads.
// The findings are stored per meeting (state.hpp); the whole document's sorted list, the model
// and the name occurrences are assembled on first use, so that a re-analysis after a keystroke
// costs what the edit changed, not the report's size.
struct AnalysisResult {
  std::shared_ptr<const SyntaxTree> syntax;
  std::shared_ptr<const Registry> registry;

  // Every finding, sorted by range, suppressions and severity overrides applied. Assembled on
  // first use from the findings of each part (diagnostic_parts()).
  [[nodiscard]] const std::vector<Diagnostic>& diagnostics() const;

  // The same findings part by part (the head, then each meeting, in the text's order; each
  // part's findings are those that begin in it, sorted), without assembling the whole list: a
  // part's findings are shared with the analysis they were computed in, with the offsets of
  // that text, and `shift` moves them to this one's. Concatenated and shifted, they are
  // diagnostics(). A consumer that converts findings (the language server's JSON) can keep its
  // conversion of a part as long as the part's `findings` pointer and the lines it points to
  // are the same.
  struct PartFindings {
    std::vector<Diagnostic> diagnostics;  // offsets of the text they were found in
    std::vector<uint32_t> points_into;    // the parts their ranges point into, ascending
  };
  struct DiagnosticPart {
    std::shared_ptr<const PartFindings> findings;
    int64_t shift = 0;  // add to each offset of `findings` for this text's
  };
  [[nodiscard]] const std::vector<DiagnosticPart>& diagnostic_parts() const;
  // Where part `index` (0: the head, m + 1: meeting m) starts in this text.
  [[nodiscard]] uint32_t part_start(size_t index) const;

  [[nodiscard]] const Report& report() const;
  [[nodiscard]] const std::vector<NameOccurrence>& names() const;  // sorted by position
  // Meeting `index` as report().meetings[index] gives it, and the names of attendee lines as
  // names() lists them, without assembling the whole report: a request about one place in a
  // long document (completion) costs that place, not the document.
  [[nodiscard]] Meeting meeting(size_t index) const;
  [[nodiscard]] std::vector<NameOccurrence> attendee_names() const;
  // The date that applies at a byte offset: the enclosing meeting's date, else the dateline.
  [[nodiscard]] std::optional<PartialDate> date_at(uint32_t offset) const;
  [[nodiscard]] int meeting_at(uint32_t offset) const;  // -1 when outside every meeting

  // What the analysis did, for tests and benchmarks: how many meetings it read from the tree
  // and analysed, rather than reused from the previous analysis.
  struct Work {
    size_t meetings = 0;
    size_t meetings_read = 0;
    size_t meetings_analysed = 0;
    bool attendees_resolved = false;  // the directory of attendees was built anew
    bool report_wide_checked =
        false;  // the report-wide rules ran (else their findings were reused)
  } work;

  // The parts of the analysis a later one can reuse (internal to readout_core).
  std::shared_ptr<const analysis::State> state;
  std::vector<DiagnosticPart> parts;  // diagnostic_parts()

 private:
  mutable std::once_flag report_built_, names_built_, diagnostics_built_;
  mutable std::vector<Diagnostic> diagnostics_;
  mutable Report report_;
  mutable std::vector<NameOccurrence> names_;
};

// Builds now, on up to `threads` threads (two are used), the tables that analyses otherwise
// build on first use: the registry's name, misspelling, title and term indexes and the title
// lexicon. For a run about to analyse many files in parallel, whose threads would otherwise all
// wait while the first one builds them one after the other.
void prepare_analysis(const std::shared_ptr<const Registry>& registry, unsigned threads);

// Analyses a parsed text. With `previous`, the analysis of a text this one was edited from
// (SyntaxTree::edit), the parts of the report outside the edit are reused: the result is the
// same as without it, sooner.
std::shared_ptr<const AnalysisResult> analyze(
    std::shared_ptr<const SyntaxTree> syntax, std::shared_ptr<const Registry> registry,
    const AnalysisOptions& options = {}, std::shared_ptr<const AnalysisResult> previous = nullptr);

}  // namespace readout
