// Syntax problems in words a press officer understands. tree-sitter marks what it could not
// read (ERROR) or had to assume (MISSING); the message comes from the section the line is in
// and from what the line looks like, and the range never reaches past the broken line.
#include <algorithm>
#include <set>

#include "model/model_nodes.hpp"

namespace readout::model_detail {
namespace {

const char* const kAttendeeForm = "'- @handle: Name | Title | Country [flags]'";
const char* const kCommitmentForm = "'- @handle, Country: what was agreed [due 2023-12-31]'";

std::string_view trim(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
  return text;
}

// The nearest enclosing construct that says what the line was meant to be.
std::string_view context_of(TSNode node) {
  for (TSNode up = ts_node_parent(node); !ts_node_is_null(up); up = ts_node_parent(up)) {
    const std::string_view type = ts_node_type(up);
    if (type == "attendees_section" || type == "commitments_section" || type == "directive" ||
        type == "attendee" || type == "commitment" || type == "due" || type == "flags" ||
        type == "meeting_id" || type == "date_range") {
      return type;
    }
    if (type == "meeting" || type == "report_header" || type == "prose_section") return type;
  }
  return "report";
}

std::string attendee_message(std::string_view line) {
  if (line.empty() || line.front() != '-') {
    return "This line is under 'Attendees' but is not a list item: start it with '- ', as in " +
           std::string(kAttendeeForm) + ", or put other text under its own '### ' heading";
  }
  std::string_view item = trim(line.substr(1));
  if (!item.empty() && item.front() == '@') {
    const size_t end = item.find_first_of(" \t:|[");
    const std::string handle(item.substr(0, end));
    const std::string_view after = trim(end == std::string_view::npos ? "" : item.substr(end));
    if (after.empty() || after.front() != ':') {
      return "After the handle '" + handle + "' write ':' and then the person's name, as in '- " +
             handle + ": Name | Title | Country'";
    }
    item = trim(after.substr(1));
  }
  if (item.empty() || item.front() == '|' || item.front() == '[') {
    return "This line is under 'Attendees' but has no name before the first '|'";
  }
  if (std::count(item.begin(), item.end(), '|') > 2) {
    return "This attendee has more than three parts separated by '|': write the name, the title "
           "and the country or organisation, in that order";
  }
  const size_t open = item.find('[');
  if (open != std::string_view::npos && item.find(']', open) == std::string_view::npos) {
    return "The flags after '[' are not closed: end them with ']', as in '[acting, head]'";
  }
  if (open != std::string_view::npos && trim(item.substr(item.find(']', open) + 1)) != "") {
    return "The flags in '[...]' must come last on an attendee's line";
  }
  return "This line is under 'Attendees' but does not read as " + std::string(kAttendeeForm);
}

std::string commitment_message(std::string_view line) {
  if (line.empty() || line.front() != '-') {
    return "This line is under 'Commitments' but is not a list item: start it with '- ', as in " +
           std::string(kCommitmentForm) + ", or put other text under its own '### ' heading";
  }
  const std::string_view item = trim(line.substr(1));
  const size_t colon = item.find(':');
  if (colon == std::string_view::npos) {
    return "This commitment has no ':' between its parties and what was committed, as in " +
           std::string(kCommitmentForm);
  }
  if (trim(item.substr(0, colon)).empty()) {
    return "This commitment names no party before the ':': write who committed, such as "
           "'@handle', a country, or 'all'";
  }
  if (trim(item.substr(colon + 1)).empty() || trim(item.substr(colon + 1)).front() == '[') {
    return "This commitment does not say what was committed after the ':'";
  }
  if (item.find("[due") != std::string_view::npos || item.find("[Due") != std::string_view::npos) {
    return "Write the due date as '[due 2023-12-31]' (or '[due 2023-12]', '[due 2023]'), at the "
           "end of the line";
  }
  return "This line is under 'Commitments' but does not read as " + std::string(kCommitmentForm);
}

std::string general_message(std::string_view line, std::string_view context) {
  if (line.rfind("<!--", 0) == 0 || context == "directive") {
    return "This suppression comment is not written as '<!-- readout-disable-next-line rule-id "
           "-->'";
  }
  if (line.rfind("####", 0) == 0) {
    return "Readout knows three heading levels: '#' for the report's title, '##' for a meeting "
           "and '###' for a section";
  }
  if (line.rfind("###", 0) == 0) {
    return "A section heading ('### ...') belongs under a meeting ('## ...'): add the meeting's "
           "heading above it";
  }
  if (line.rfind("##", 0) == 0) {
    return "This meeting heading does not read as '## Title {#id}': the id in braces is "
           "optional and may hold letters, digits, '-', '_' and '.'";
  }
  if (line.rfind("#", 0) == 0) {
    return "A report has one title line ('# ...'), at the top: use '## ' for a meeting or "
           "'### ' for a section";
  }
  const size_t colon = line.find(':');
  if (colon != std::string_view::npos) {
    std::string key(trim(line.substr(0, colon)));
    std::transform(key.begin(), key.end(), key.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    if (key == "date" || key == "dateline") {
      return "After '" + std::string(trim(line.substr(0, colon))) +
             ":' write only the date, as in '2023-02-28', or a range such as "
             "'2023-02-28 to 2023-03-01'";
    }
  }
  return "Readout could not make sense of this line";
}

std::string missing_message(std::string_view missing, std::string_view line,
                            std::string_view context) {
  if (missing == "-->") return "This suppression comment is not closed: add '-->' at its end";
  if (missing == "]") return "The '[' on this line is not closed: add ']'";
  if (missing == "}") return "The meeting id is not closed: add '}' after it";
  if (context == "attendee" || context == "attendees_section") return attendee_message(line);
  if (context == "commitment" || context == "commitments_section") return commitment_message(line);
  if (missing == "date") return "A date is missing here: write it as 2023-02-28";
  return "Something is missing on this line: '" + std::string(missing) + "'";
}

class ProblemCollector {
 public:
  ProblemCollector(const SyntaxTree& tree, std::vector<SyntaxProblem>& out)
      : tree_(tree), out_(out) {}

  bool visit(TSNode node) {
    if (ts_node_is_missing(node)) {
      add(node, missing_message(ts_node_type(node), line_of(node), context_of(node)));
      return false;
    }
    if (is(node, "ERROR")) {  // libtree-sitter 0.20 has no ts_node_is_error
      add(node, error_message(node));
      return false;
    }
    if (is(node, "comment")) {
      const std::string_view text = tree_.node_text(node);
      if (text.size() < 7 || text.substr(text.size() - 3) != "-->") {
        add(node, "This comment is not closed: end it with '-->' on the same line");
      }
      return false;
    }
    return ts_node_has_error(node) || ts_node_child_count(node) > 0;
  }

 private:
  std::string_view line_of(TSNode node) const {
    const uint32_t line = tree_.lines().position(ts_node_start_byte(node)).line;
    return trim(tree_.lines().line_text(tree_.text(), line));
  }

  std::string error_message(TSNode node) const {
    const std::string_view line = line_of(node);
    const std::string_view context = context_of(node);
    if (context == "attendees_section" || context == "attendee" || context == "flags") {
      return attendee_message(line);
    }
    if (context == "commitments_section" || context == "commitment" || context == "due") {
      return commitment_message(line);
    }
    return general_message(line, context);
  }

  // One problem per line, on that line only: the trimmed text of the line from the node on.
  void add(TSNode node, std::string message) {
    const LineIndex& lines = tree_.lines();
    const uint32_t begin = ts_node_start_byte(node);
    const uint32_t line = lines.position(begin).line;
    if (!lines_seen_.insert(line).second) return;
    const std::string_view line_text = lines.line_text(tree_.text(), line);
    const uint32_t line_begin = lines.line_start(line);
    const uint32_t line_end = line_begin + static_cast<uint32_t>(line_text.size());
    ByteRange range{std::min(begin, line_end), std::min(ts_node_end_byte(node), line_end)};
    if (range.empty()) range = {line_begin, line_end};  // a missing piece: point at its line
    Span span = trimmed_span(tree_, range);
    if (span.range.empty()) span.range = range;
    out_.push_back({span.range, std::move(message)});
  }

  const SyntaxTree& tree_;
  std::vector<SyntaxProblem>& out_;
  std::set<uint32_t> lines_seen_;
};

}  // namespace

void collect_syntax_problems(const SyntaxTree& tree, TSNode from, std::vector<SyntaxProblem>& out) {
  if (!may_hold_comment_or_error(tree, from)) return;  // problems are in those alone
  ProblemCollector collector(tree, out);
  walk(from, [&](TSNode node) { return collector.visit(node); });
}

void collect_head_syntax_problems(const SyntaxTree& tree, const std::vector<TSNode>& others,
                                  std::vector<SyntaxProblem>& out) {
  ProblemCollector collector(tree, out);
  if (!collector.visit(tree.root())) return;  // an ERROR root: nothing under it is read
  for (TSNode child : others)
    if (may_hold_comment_or_error(tree, child))
      walk(child, [&](TSNode node) { return collector.visit(node); });
}

}  // namespace readout::model_detail
