// The semantic model of a report, built from its syntax tree. Plain values with byte ranges,
// no tree-sitter types, so it can be shared across threads and tested without a parser.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "readout/date.hpp"
#include "readout/syntax.hpp"
#include "readout/text.hpp"

namespace readout {

// A piece of source text with where it came from. `text` is trimmed of surrounding spaces and
// `range` covers exactly the trimmed text.
struct Span {
  std::string text;
  ByteRange range;
};

// The value of a Date/Dateline/Due field: a single date or a range. When malformed, `start`
// and `end` are empty and `error` says why ("month 13 does not exist").
struct DateValue {
  Span raw;
  std::optional<PartialDate> start;
  std::optional<PartialDate> end;  // set only for ranges
  ByteRange start_range;
  ByteRange end_range;
  std::string error;
  [[nodiscard]] bool valid() const { return start.has_value(); }
  [[nodiscard]] bool is_range() const { return end.has_value() || !end_range.empty(); }
};

struct Attendee {
  std::optional<Span> handle;  // without the '@'
  Span name;
  std::optional<Span> title;
  std::optional<Span> organization;  // country or organisation
  bool acting = false;
  bool head_of_delegation = false;
  ByteRange range;  // the whole list item
};

struct Party {
  enum class Kind { Handle, Name, All };
  Kind kind = Kind::Name;
  Span span;  // for Handle: text without '@'; for All: "all"
};

struct Commitment {
  std::vector<Party> parties;
  Span text;
  std::optional<DateValue> due;
  ByteRange range;
};

// A reference to an attendee by handle written in prose: "@blinken".
struct HandleRef {
  Span handle;  // without '@'
};

// A line of free prose (or a heading title) that may mention people by name.
struct ProseLine {
  Span text;
  std::vector<HandleRef> handle_refs;
};

struct Paragraph {
  std::vector<ProseLine> lines;
  ByteRange range;
};

struct ProseSection {
  std::optional<Span> title;  // the "### ..." heading, absent for prose directly under a heading
  std::vector<Paragraph> paragraphs;
  ByteRange range;
};

struct Meeting {
  std::optional<Span> id;  // from "{#id}"
  Span title;
  std::optional<DateValue> date;
  std::optional<Span> place;
  std::optional<Span> kind;
  std::vector<Attendee> attendees;
  std::vector<Commitment> commitments;
  std::vector<ProseSection> prose;
  ByteRange heading_range;
  ByteRange range;
};

// A suppression written as an HTML comment: readout-disable / -enable / -disable-line /
// -disable-next-line, with optional rule ids (none means every rule).
struct Suppression {
  enum class Kind { Disable, Enable, DisableLine, DisableNextLine };
  Kind kind = Kind::Disable;
  std::vector<Span> rules;
  ByteRange range;
  uint32_t line = 0;  // line of the directive itself
};

// A node the parser could not make sense of, or a required piece that is missing.
struct SyntaxProblem {
  ByteRange range;
  std::string message;  // for non-programmers: "this line looks like an attendee but has no name"
};

struct Report {
  std::optional<Span> title;
  std::optional<DateValue> dateline;
  std::optional<Span> place;
  std::optional<Span> source;
  std::optional<Span> author;
  std::vector<ProseSection> prose;  // prose before the first meeting
  std::vector<Meeting> meetings;
  std::vector<Suppression> suppressions;
  std::vector<SyntaxProblem> syntax_problems;
};

// Builds the model from a parsed tree.
Report build_model(const SyntaxTree& tree);

// What a request about one place of a text needs of its model, read from the tree alone (no
// analysis, nothing else of the report): the meeting containing `offset`, as
// build_model(tree).meetings[meeting_index] gives it, and the report's dateline. Costs a walk
// over the root's children and the one meeting. The end of the text belongs to a meeting
// that reaches it.
struct ModelAt {
  int meeting_index = -1;  // -1: outside every meeting
  std::optional<Meeting> meeting;
  std::optional<DateValue> dateline;
};
ModelAt model_at(const SyntaxTree& tree, uint32_t offset);

}  // namespace readout
