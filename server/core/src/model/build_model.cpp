// The semantic model, read from the syntax tree: header, meetings, sections, items, prose.
#include <algorithm>
#include <cctype>

#include "model/model_nodes.hpp"

namespace readout {
namespace {

using namespace model_detail;

std::string lowercase(std::string_view text) {
  std::string lower(text);
  std::transform(lower.begin(), lower.end(), lower.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return lower;
}

Span without_at(Span handle) {
  if (!handle.text.empty() && handle.text.front() == '@') {
    handle.text.erase(0, 1);
    handle.range.begin += 1;
  }
  return handle;
}

std::optional<Span> optional_span(const SyntaxTree& tree, TSNode node) {
  if (ts_node_is_null(node) || ts_node_is_missing(node)) return std::nullopt;
  Span span = span_of(tree, node);
  if (span.text.empty()) return std::nullopt;
  return span;
}

std::optional<DateValue> field_date(const SyntaxTree& tree, TSNode field_node) {
  const TSNode value = field(field_node, "value");
  if (ts_node_is_null(value)) return std::nullopt;
  return date_value(tree, value);
}

Attendee attendee_of(const SyntaxTree& tree, TSNode node, std::vector<SyntaxProblem>& problems) {
  Attendee attendee;
  attendee.range = SyntaxTree::node_range(node);
  if (auto handle = optional_span(tree, field(node, "handle")))
    attendee.handle = without_at(*handle);
  if (auto name = optional_span(tree, field(node, "name"))) attendee.name = *name;
  attendee.title = optional_span(tree, field(node, "title"));
  attendee.organization = optional_span(tree, field(node, "organization"));
  const TSNode flags = field(node, "flags");
  if (!ts_node_is_null(flags)) {
    for (TSNode flag : named_children(flags)) {
      if (!is(flag, "flag")) continue;
      const Span span = span_of(tree, flag);
      std::string word = lowercase(span.text);
      if (word == "acting") {
        attendee.acting = true;
      } else if (word == "head" || word == "head of delegation") {
        attendee.head_of_delegation = true;
      } else {
        problems.push_back({span.range, "'" + span.text +
                                            "' is not a flag Readout knows: the flags are "
                                            "'acting' and 'head' (or 'head of delegation')"});
      }
    }
  }
  return attendee;
}

Commitment commitment_of(const SyntaxTree& tree, TSNode node) {
  Commitment commitment;
  commitment.range = SyntaxTree::node_range(node);
  for (TSNode party_node : field_children(node, "parties")) {
    const TSNode inner = ts_node_named_child(party_node, 0);
    if (ts_node_is_null(inner)) continue;
    Party party;
    party.span = span_of(tree, inner);
    if (is(inner, "handle")) {
      party.kind = Party::Kind::Handle;
      party.span = without_at(party.span);
    } else if (is(inner, "all") || lowercase(party.span.text) == "all") {
      party.kind = Party::Kind::All;  // the span keeps the text as written ("All", "ALL")
    }
    commitment.parties.push_back(std::move(party));
  }
  if (auto text = optional_span(tree, field(node, "text"))) commitment.text = *text;
  const TSNode due = field(node, "due");
  if (!ts_node_is_null(due)) {
    const TSNode date = field(due, "date");
    if (!ts_node_is_null(date) && !ts_node_is_missing(date))
      commitment.due = date_value(tree, date);
  }
  return commitment;
}

ProseSection prose_section_of(const SyntaxTree& tree, TSNode node) {
  ProseSection section;
  section.range = SyntaxTree::node_range(node);
  section.title = optional_span(tree, field(node, "heading"));
  for (TSNode child : named_children(node)) {
    if (is(child, "paragraph")) section.paragraphs.push_back(paragraph_of(tree, child));
  }
  return section;
}

// Lines that the grammar reads as prose but that were meant as structure: a second "# " title,
// or an attendees/commitments section outside any meeting.
void check_misplaced(const ProseSection& section, bool in_meeting,
                     std::vector<SyntaxProblem>& problems) {
  if (section.title && !in_meeting) {
    const std::string heading = lowercase(section.title->text);
    if (heading == "attendees" || heading == "participants" || heading == "commitments") {
      problems.push_back({section.title->range,
                          "'### " + section.title->text +
                              "' belongs under a meeting: add the meeting's heading ('## Title') "
                              "above it"});
    }
  }
  for (const Paragraph& paragraph : section.paragraphs) {
    for (const ProseLine& line : paragraph.lines) {
      if (line.text.text.rfind("# ", 0) == 0) {
        problems.push_back({line.text.range,
                            "A report has one title line ('# ...'), at the top: use '## ' for a "
                            "meeting or '### ' for a section"});
      }
    }
  }
}

// Paragraphs written straight under a heading, before any "###" section: a section with no title.
void add_loose_paragraph(const SyntaxTree& tree, TSNode node, std::vector<ProseSection>& prose) {
  if (prose.empty() || prose.back().title) {
    ProseSection section;
    section.range = SyntaxTree::node_range(node);
    prose.push_back(std::move(section));
  }
  ProseSection& section = prose.back();
  section.paragraphs.push_back(paragraph_of(tree, node));
  section.range.end = ts_node_end_byte(node);
}

// The heading line of a meeting, without its line end.
ByteRange heading_line(const SyntaxTree& tree, TSNode meeting) {
  const uint32_t begin = ts_node_start_byte(meeting);
  const LineIndex& lines = tree.lines();
  const uint32_t line = lines.position(begin).line;
  // After error recovery a meeting may start inside its line ("\0## Talks"): the heading ends
  // where that line ends, not a whole line's length after the meeting's start.
  const uint32_t end =
      lines.line_start(line) + static_cast<uint32_t>(lines.line_text(tree.text(), line).size());
  return {begin, end};
}

Meeting meeting_of(const SyntaxTree& tree, TSNode node, std::vector<SyntaxProblem>& problems) {
  Meeting meeting;
  meeting.range = SyntaxTree::node_range(node);
  meeting.heading_range = heading_line(tree, node);
  if (auto title = optional_span(tree, field(node, "heading"))) meeting.title = *title;
  const TSNode id = field(node, "id");
  if (!ts_node_is_null(id)) meeting.id = optional_span(tree, field(id, "name"));
  for (TSNode child : named_children(node)) {
    if (is(child, "date_field")) {
      meeting.date = field_date(tree, child);
    } else if (is(child, "place_field")) {
      meeting.place = optional_span(tree, field(child, "value"));
    } else if (is(child, "kind_field")) {
      meeting.kind = optional_span(tree, field(child, "value"));
    } else if (is(child, "attendees_section")) {
      for (TSNode item : named_children(child)) {
        if (is(item, "attendee")) meeting.attendees.push_back(attendee_of(tree, item, problems));
      }
    } else if (is(child, "commitments_section")) {
      for (TSNode item : named_children(child)) {
        if (is(item, "commitment")) meeting.commitments.push_back(commitment_of(tree, item));
      }
    } else if (is(child, "prose_section")) {
      meeting.prose.push_back(prose_section_of(tree, child));
    } else if (is(child, "paragraph")) {
      add_loose_paragraph(tree, child, meeting.prose);
    }
  }
  return meeting;
}

void sort_problems(std::vector<SyntaxProblem>& problems) {
  std::stable_sort(
      problems.begin(), problems.end(),
      [](const SyntaxProblem& a, const SyntaxProblem& b) { return a.range.begin < b.range.begin; });
}

void read_header(const SyntaxTree& tree, TSNode header, Report& report) {
  report.title = optional_span(tree, field(header, "title"));
  for (TSNode child : named_children(header)) {
    if (is(child, "dateline_field")) {
      report.dateline = field_date(tree, child);
    } else if (is(child, "place_field")) {
      report.place = optional_span(tree, field(child, "value"));
    } else if (is(child, "source_field")) {
      report.source = optional_span(tree, field(child, "value"));
    } else if (is(child, "author_field")) {
      report.author = optional_span(tree, field(child, "value"));
    }
  }
}

}  // namespace

namespace model_detail {

MeetingPart build_meeting(const SyntaxTree& tree, TSNode node) {
  MeetingPart part;
  part.meeting = meeting_of(tree, node, part.problems);
  for (const ProseSection& section : part.meeting.prose)
    check_misplaced(section, true, part.problems);
  collect_suppressions(tree, node, part.suppressions);
  collect_syntax_problems(tree, node, part.problems);
  collect_encoding_problems(tree, part.meeting.range, part.problems);
  sort_problems(part.problems);
  return part;
}

Report build_head(const SyntaxTree& tree, const std::vector<TSNode>& others,
                  const std::vector<ByteRange>& meetings) {
  Report report;
  for (TSNode child : others) {
    if (!ts_node_is_named(child)) continue;
    if (is(child, "report_header")) {
      read_header(tree, child, report);
    } else if (is(child, "prose_section")) {
      report.prose.push_back(prose_section_of(tree, child));
    } else if (is(child, "paragraph")) {
      add_loose_paragraph(tree, child, report.prose);
    }
  }
  for (const ProseSection& section : report.prose)
    check_misplaced(section, false, report.syntax_problems);
  collect_head_syntax_problems(tree, others, report.syntax_problems);
  for (TSNode child : others) collect_suppressions(tree, child, report.suppressions);
  uint32_t from = 0;
  for (const ByteRange& m : meetings) {
    collect_encoding_problems(tree, {from, m.begin}, report.syntax_problems);
    from = m.end;
  }
  collect_encoding_problems(tree, {from, static_cast<uint32_t>(tree.text().size())},
                            report.syntax_problems);
  sort_problems(report.syntax_problems);
  return report;
}

}  // namespace model_detail

ModelAt model_at(const SyntaxTree& tree, uint32_t offset) {
  ModelAt out;
  const uint32_t size = static_cast<uint32_t>(tree.text().size());
  int meetings = 0;
  TSTreeCursor cursor = ts_tree_cursor_new(tree.root());
  for (bool more = ts_tree_cursor_goto_first_child(&cursor); more;
       more = ts_tree_cursor_goto_next_sibling(&cursor)) {
    const TSNode child = ts_tree_cursor_current_node(&cursor);
    if (is(child, "meeting")) {
      const ByteRange range = SyntaxTree::node_range(child);
      if (!out.meeting && range.begin <= offset &&
          (offset < range.end || (offset == range.end && offset == size))) {
        std::vector<SyntaxProblem> problems;
        out.meeting_index = meetings;
        out.meeting = meeting_of(tree, child, problems);
        break;
      }
      ++meetings;
    } else if (meetings == 0 && ts_node_is_named(child) && is(child, "report_header")) {
      Report head;
      read_header(tree, child, head);
      out.dateline = std::move(head.dateline);
    }
  }
  ts_tree_cursor_delete(&cursor);
  return out;
}

Report build_model(const SyntaxTree& tree) {
  std::vector<TSNode> meeting_nodes, others;
  std::vector<ByteRange> ranges;
  for (TSNode child : children(tree.root())) {
    if (is(child, "meeting")) {
      meeting_nodes.push_back(child);
      ranges.push_back(SyntaxTree::node_range(child));
    } else {
      others.push_back(child);
    }
  }
  Report report = build_head(tree, others, ranges);
  for (TSNode node : meeting_nodes) {
    MeetingPart part = build_meeting(tree, node);
    report.meetings.push_back(std::move(part.meeting));
    report.syntax_problems.insert(report.syntax_problems.end(), part.problems.begin(),
                                  part.problems.end());
    report.suppressions.insert(report.suppressions.end(), part.suppressions.begin(),
                               part.suppressions.end());
  }
  sort_problems(report.syntax_problems);
  std::stable_sort(
      report.suppressions.begin(), report.suppressions.end(),
      [](const Suppression& a, const Suppression& b) { return a.range.begin < b.range.begin; });
  return report;
}

}  // namespace readout
