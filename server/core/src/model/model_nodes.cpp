// Reading nodes into spans, dates and paragraphs.
#include "model/model_nodes.hpp"

namespace readout::model_detail {

std::vector<TSNode> named_children(TSNode node) {
  // A cursor, since ts_node_named_child(i) walks from the first child on every call.
  std::vector<TSNode> children;
  TSTreeCursor cursor = ts_tree_cursor_new(node);
  if (ts_tree_cursor_goto_first_child(&cursor)) {
    do {
      const TSNode child = ts_tree_cursor_current_node(&cursor);
      if (ts_node_is_named(child)) children.push_back(child);
    } while (ts_tree_cursor_goto_next_sibling(&cursor));
  }
  ts_tree_cursor_delete(&cursor);
  return children;
}

std::vector<TSNode> children(TSNode node) {
  std::vector<TSNode> out;
  TSTreeCursor cursor = ts_tree_cursor_new(node);
  if (ts_tree_cursor_goto_first_child(&cursor)) {
    do out.push_back(ts_tree_cursor_current_node(&cursor));
    while (ts_tree_cursor_goto_next_sibling(&cursor));
  }
  ts_tree_cursor_delete(&cursor);
  return out;
}

TSFieldId field_id(std::string_view name) {
  static const std::vector<std::string_view> kNames = [] {
    const TSLanguage* language = tree_sitter_readout();
    std::vector<std::string_view> names(ts_language_field_count(language) + 1);
    for (size_t id = 1; id < names.size(); ++id)
      names[id] = ts_language_field_name_for_id(language, static_cast<TSFieldId>(id));
    return names;
  }();
  for (size_t id = 1; id < kNames.size(); ++id)
    if (kNames[id] == name) return static_cast<TSFieldId>(id);
  return 0;
}

std::vector<TSNode> field_children(TSNode node, std::string_view name) {
  std::vector<TSNode> children;
  TSTreeCursor cursor = ts_tree_cursor_new(node);
  if (ts_tree_cursor_goto_first_child(&cursor)) {
    do {
      const char* field_name = ts_tree_cursor_current_field_name(&cursor);
      if (field_name != nullptr && name == field_name) {
        children.push_back(ts_tree_cursor_current_node(&cursor));
      }
    } while (ts_tree_cursor_goto_next_sibling(&cursor));
  }
  ts_tree_cursor_delete(&cursor);
  return children;
}

Span trimmed_span(const SyntaxTree& tree, ByteRange range) {
  const std::string& text = tree.text();
  auto is_space = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
  uint32_t begin = range.begin;
  uint32_t end = std::min<uint32_t>(range.end, static_cast<uint32_t>(text.size()));
  while (begin < end && is_space(text[begin])) ++begin;
  while (end > begin && is_space(text[end - 1])) --end;
  return {text.substr(begin, end - begin), {begin, end}};
}

bool may_hold_comment_or_error(const SyntaxTree& tree, TSNode node) {
  return ts_node_has_error(node) || tree.node_text(node).find("<!--") != std::string_view::npos;
}

Span span_of(const SyntaxTree& tree, TSNode node) {
  return trimmed_span(tree, SyntaxTree::node_range(node));
}

namespace {

// Parses one date into `out`, or returns why it is not a date.
std::string parse_date(const Span& span, std::optional<PartialDate>& out) {
  out = PartialDate::parse(span.text);
  if (out) return {};
  std::string why = PartialDate::explain_invalid(span.text);
  if (why.empty()) why = "'" + span.text + "' is not a date";
  return why;
}

}  // namespace

DateValue date_value(const SyntaxTree& tree, TSNode node) {
  DateValue value;
  value.raw = span_of(tree, node);
  if (is(node, "date_range")) {
    const TSNode start_node = field(node, "start");
    const TSNode end_node = field(node, "end");
    if (ts_node_is_null(start_node) || ts_node_is_null(end_node)) {
      value.error = "a date range needs a start and an end date, as in 2023-02-28 to 2023-03-01";
      return value;
    }
    const Span start = span_of(tree, start_node);
    const Span end = span_of(tree, end_node);
    value.start_range = start.range;
    value.end_range = end.range;
    std::optional<PartialDate> start_date;
    std::optional<PartialDate> end_date;
    std::string start_error = parse_date(start, start_date);
    std::string end_error = parse_date(end, end_date);
    if (!start_error.empty() || !end_error.empty()) {
      value.error = !start_error.empty() ? start_error : end_error;
      return value;
    }
    value.start = start_date;
    value.end = end_date;
    return value;
  }
  value.start_range = value.raw.range;
  if (is(node, "date")) {
    std::optional<PartialDate> date;
    value.error = parse_date(value.raw, date);
    value.start = date;
    return value;
  }
  // `invalid_date`: text where a date should be.
  value.error = "'" + value.raw.text + "' is not a date: write it as 2023-02-28 (or 2023-02, 2023)";
  return value;
}

Paragraph paragraph_of(const SyntaxTree& tree, TSNode node) {
  Paragraph paragraph;
  paragraph.range = SyntaxTree::node_range(node);
  for (TSNode line : named_children(node)) {
    if (!is(line, "line")) continue;
    std::vector<TSNode> parts;
    for (TSNode part : named_children(line)) {
      if (is(part, "text") || is(part, "handle_ref")) parts.push_back(part);
    }
    if (parts.empty()) continue;
    ProseLine prose;
    prose.text =
        trimmed_span(tree, {ts_node_start_byte(parts.front()), ts_node_end_byte(parts.back())});
    for (TSNode part : parts) {
      if (!is(part, "handle_ref")) continue;
      Span handle = span_of(tree, part);
      if (!handle.text.empty() && handle.text.front() == '@') {
        handle.text.erase(0, 1);
        handle.range.begin += 1;
      }
      prose.handle_refs.push_back({handle});
    }
    paragraph.lines.push_back(std::move(prose));
  }
  return paragraph;
}

}  // namespace readout::model_detail
