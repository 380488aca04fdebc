// Small helpers for reading tree-sitter nodes into model values.
#pragma once

#include <string_view>
#include <vector>

#include <tree_sitter/api.h>

#include "readout/model.hpp"

namespace readout::model_detail {

[[nodiscard]] inline bool is(TSNode node, std::string_view type) {
  return !ts_node_is_null(node) && type == ts_node_type(node);
}

// The grammar's id of a field name (0 for none), as ts_language_field_id_for_name gives it.
[[nodiscard]] TSFieldId field_id(std::string_view name);

// ts_node_child_by_field_name, without its look-up of the name (a strncmp with each field name
// of the language on every call).
[[nodiscard]] inline TSNode field(TSNode node, std::string_view name) {
  return ts_node_child_by_field_id(node, field_id(name));
}

// Visits `root` and its descendants in document order; `visit` returns whether to descend.
template <typename Visit>
void walk(TSNode root, Visit visit) {
  TSTreeCursor cursor = ts_tree_cursor_new(root);
  bool descend = visit(ts_tree_cursor_current_node(&cursor));
  for (;;) {
    if (descend && ts_tree_cursor_goto_first_child(&cursor)) {
      descend = visit(ts_tree_cursor_current_node(&cursor));
      continue;
    }
    while (!ts_tree_cursor_goto_next_sibling(&cursor)) {
      if (!ts_tree_cursor_goto_parent(&cursor)) {
        ts_tree_cursor_delete(&cursor);
        return;
      }
    }
    descend = visit(ts_tree_cursor_current_node(&cursor));
  }
}

// Named children, in order.
[[nodiscard]] std::vector<TSNode> named_children(TSNode node);
// Every child, named or not, in order.
[[nodiscard]] std::vector<TSNode> children(TSNode node);

// Children attached to a field (a field may repeat, as `parties` does).
[[nodiscard]] std::vector<TSNode> field_children(TSNode node, std::string_view name);

// The node's text with surrounding white space trimmed, and the range of exactly that text.
[[nodiscard]] Span span_of(const SyntaxTree& tree, TSNode node);
[[nodiscard]] Span trimmed_span(const SyntaxTree& tree, ByteRange range);

// A Date/Dateline/due value from a `date`, `date_range` or `invalid_date` node.
[[nodiscard]] DateValue date_value(const SyntaxTree& tree, TSNode node);

// Paragraphs, from `paragraph` nodes.
[[nodiscard]] Paragraph paragraph_of(const SyntaxTree& tree, TSNode node);

// Whether `node` or a descendant may be a comment or a directive (both open with "<!--"), an
// ERROR or a MISSING node: where none can be, the walks below have nothing to find.
[[nodiscard]] bool may_hold_comment_or_error(const SyntaxTree& tree, TSNode node);

// Suppression directives and syntax problems in `node` and its descendants; for the report's
// head, at the root and in the root's children that are not meetings (`others`).
void collect_suppressions(const SyntaxTree& tree, TSNode node, std::vector<Suppression>& out);
void collect_syntax_problems(const SyntaxTree& tree, TSNode node, std::vector<SyntaxProblem>& out);
void collect_head_syntax_problems(const SyntaxTree& tree, const std::vector<TSNode>& others,
                                  std::vector<SyntaxProblem>& out);
// Bytes that are not UTF-8 in [range.begin, range.end).
void collect_encoding_problems(const SyntaxTree& tree, ByteRange range,
                               std::vector<SyntaxProblem>& out);

// One meeting node, read with what is wrong or suppressed inside it.
struct MeetingPart {
  Meeting meeting;
  std::vector<SyntaxProblem> problems;  // sorted by position
  std::vector<Suppression> suppressions;
};
MeetingPart build_meeting(const SyntaxTree& tree, TSNode node);
// The report without its meetings: title, fields, prose before the first meeting, and the
// problems and suppressions outside meetings. `others`: the root's children that are not
// meetings; `meetings`: the meeting nodes' ranges.
Report build_head(const SyntaxTree& tree, const std::vector<TSNode>& others,
                  const std::vector<ByteRange>& meetings);

}  // namespace readout::model_detail
