// The analysis entry point: syntax tree + registry -> model, resolutions and diagnostics.
// Pure: no I/O, no JSON. Results are immutable and can be shared across threads.
#pragma once

#include <map>
#include <memory>
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
  enum class Role { AttendeeName, ProseMention, CommitmentParty, HandleDefinition, HandleReference };
  Role role = Role::ProseMention;
  Span written;                     // the name (or handle without '@') as written
  std::optional<Span> title;        // a title written with it ("Secretary of State")
  int meeting = -1;                 // index into Report::meetings, -1 for report level
  int attendee = -1;                // index into that meeting's attendees, -1 when none
  const Person* person = nullptr;   // registry person, when resolved
  NameMatchKind match = NameMatchKind::Fuzzy;
};

struct AnalysisResult {
  std::shared_ptr<const SyntaxTree> syntax;
  std::shared_ptr<const Registry> registry;
  Report report;
  std::vector<NameOccurrence> names;
  std::vector<Diagnostic> diagnostics;  // sorted by range, suppressions applied
  // The date that applies at a byte offset: the enclosing meeting's date, else the dateline.
  [[nodiscard]] std::optional<PartialDate> date_at(uint32_t offset) const;
  [[nodiscard]] int meeting_at(uint32_t offset) const;  // -1 when outside every meeting
};

std::shared_ptr<const AnalysisResult> analyze(std::shared_ptr<const SyntaxTree> syntax,
                                              std::shared_ptr<const Registry> registry,
                                              const AnalysisOptions& options = {});

}  // namespace readout
