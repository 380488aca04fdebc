// Deep equality of analysis results, with a readable account of the first difference:
//   first_difference(a, b) == ""   when equal, else e.g.
//   "diagnostics[2].fixes[0].edits[0].range: [40, 55) vs [40, 56)"
// For tests that compare two ways of reaching one result (incremental vs fresh parse and
// analysis). Header-only, so unit tests and fuzz targets share it.
#pragma once

#include <cstdlib>
#include <cstring>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "readout/analysis.hpp"

namespace readout::testing {

// ts_node_string of the root: the whole tree as an S-expression.
inline std::string tree_sexp(const SyntaxTree& tree) {
  char* raw = ts_node_string(tree.root());
  std::string result(raw);
  std::free(raw);
  return result;
}

namespace compare_detail {

// Where a value lies ("report.meetings[2].title.range"), built into a string only when a
// difference is found: comparing two equal results then allocates nothing for paths. A path
// points to its parent and to the text of its root, which live at least as long as it (each
// one is a temporary of the call that compares the value).
class Path {
 public:
  Path(std::string_view root) : root_(root) {}    // NOLINT: implicit, from "report" or a string
  Path(const std::string& root) : root_(root) {}  // NOLINT
  Path(const char* root) : root_(root) {}         // NOLINT
  [[nodiscard]] Path operator/(const char* field) const {  // ".text"
    Path p(*this, field);
    return p;
  }
  [[nodiscard]] Path operator[](size_t index) const {
    Path p(*this, nullptr);
    p.index_ = index;
    return p;
  }
  [[nodiscard]] std::string str() const {
    std::string out = parent_ ? parent_->str() : std::string(root_);
    if (field_) out += field_;
    if (index_ != kNoIndex) out += "[" + std::to_string(index_) + "]";
    return out;
  }

 private:
  static constexpr size_t kNoIndex = static_cast<size_t>(-1);
  Path(const Path& parent, const char* field) : parent_(&parent), field_(field) {}
  const Path* parent_ = nullptr;
  std::string_view root_;
  const char* field_ = nullptr;
  size_t index_ = kNoIndex;
};

// Collects the first difference; later comparisons are skipped once one is found.
struct Differ {
  std::string found;
  [[nodiscard]] bool done() const { return !found.empty(); }
  void note(const Path& path, const std::string& left, const std::string& right) {
    if (!done()) found = path.str() + ": " + left + " vs " + right;
  }
};

// Escapes line ends and control bytes; cuts after `limit` characters.
inline std::string quoted(const std::string& s, size_t limit = 200) {
  std::string out = "'";
  for (unsigned char c : s) {
    if (c == '\n')
      out += "\\n";
    else if (c == '\r')
      out += "\\r";
    else if (c < 0x20 || c == 0x7f)
      out += "\\x" + std::string(1, "0123456789abcdef"[c >> 4]) +
             std::string(1, "0123456789abcdef"[c & 15]);
    else
      out += static_cast<char>(c);
  }
  return out.size() > limit ? out.substr(0, limit) + "...'" : out + "'";
}
inline std::string show(const std::string& s) { return quoted(s); }
inline std::string show(const ByteRange& r) {
  return "[" + std::to_string(r.begin) + ", " + std::to_string(r.end) + ")";
}
inline std::string show(const PartialDate& d) { return d.to_string(); }
inline std::string show(bool b) { return b ? "true" : "false"; }
inline std::string show(int i) { return std::to_string(i); }
inline std::string show(uint32_t i) { return std::to_string(i); }
inline std::string show(Severity s) { return std::string(to_string(s)); }
template <class Enum>
requires std::is_enum_v<Enum>
inline std::string show(Enum e) { return "#" + std::to_string(static_cast<int>(e)); }

// Declared before the templates below, which find them by ordinary look-up (the model's
// types live in namespace readout, so argument-dependent look-up would not).
#define READOUT_DIFF_DECLARE(Type) \
  inline void diff(Differ& d, const Path& p, const Type& a, const Type& b);
READOUT_DIFF_DECLARE(Span)
READOUT_DIFF_DECLARE(DateValue)
READOUT_DIFF_DECLARE(Attendee)
READOUT_DIFF_DECLARE(Party)
READOUT_DIFF_DECLARE(Commitment)
READOUT_DIFF_DECLARE(HandleRef)
READOUT_DIFF_DECLARE(ProseLine)
READOUT_DIFF_DECLARE(Paragraph)
READOUT_DIFF_DECLARE(ProseSection)
READOUT_DIFF_DECLARE(Meeting)
READOUT_DIFF_DECLARE(Suppression)
READOUT_DIFF_DECLARE(SyntaxProblem)
READOUT_DIFF_DECLARE(Report)
READOUT_DIFF_DECLARE(NameOccurrence)
READOUT_DIFF_DECLARE(TextEdit)
READOUT_DIFF_DECLARE(Fix)
READOUT_DIFF_DECLARE(RelatedInfo)
READOUT_DIFF_DECLARE(Diagnostic)
#undef READOUT_DIFF_DECLARE

template <class T>
requires requires(const T& a) { show(a); }
void diff(Differ& d, const Path& path, const T& a, const T& b) {
  if (!d.done() && !(a == b)) d.note(path, show(a), show(b));
}

template <class T>
void diff(Differ& d, const Path& path, const std::optional<T>& a, const std::optional<T>& b) {
  if (d.done()) return;
  if (a.has_value() != b.has_value()) {
    d.note(path, a ? "present" : "absent", b ? "present" : "absent");
  } else if (a) {
    diff(d, path, *a, *b);
  }
}

template <class T>
void diff(Differ& d, const Path& path, const std::vector<T>& a, const std::vector<T>& b) {
  for (size_t i = 0; i < a.size() && i < b.size() && !d.done(); ++i) diff(d, path[i], a[i], b[i]);
  if (!d.done() && a.size() != b.size())
    d.note(path / ".size()", std::to_string(a.size()), std::to_string(b.size()));
}

inline void diff(Differ& d, const Path& p, const Span& a, const Span& b) {
  if (d.done()) return;
  diff(d, p / ".text", a.text, b.text);
  diff(d, p / ".range", a.range, b.range);
}

inline void diff(Differ& d, const Path& p, const DateValue& a, const DateValue& b) {
  if (d.done()) return;
  diff(d, p / ".raw", a.raw, b.raw);
  diff(d, p / ".start", a.start, b.start);
  diff(d, p / ".end", a.end, b.end);
  diff(d, p / ".start_range", a.start_range, b.start_range);
  diff(d, p / ".end_range", a.end_range, b.end_range);
  diff(d, p / ".error", a.error, b.error);
}

inline void diff(Differ& d, const Path& p, const Attendee& a, const Attendee& b) {
  if (d.done()) return;
  diff(d, p / ".handle", a.handle, b.handle);
  diff(d, p / ".name", a.name, b.name);
  diff(d, p / ".title", a.title, b.title);
  diff(d, p / ".organization", a.organization, b.organization);
  diff(d, p / ".acting", a.acting, b.acting);
  diff(d, p / ".head_of_delegation", a.head_of_delegation, b.head_of_delegation);
  diff(d, p / ".range", a.range, b.range);
}

inline void diff(Differ& d, const Path& p, const Party& a, const Party& b) {
  if (d.done()) return;
  diff(d, p / ".kind", a.kind, b.kind);
  diff(d, p / ".span", a.span, b.span);
}

inline void diff(Differ& d, const Path& p, const Commitment& a, const Commitment& b) {
  if (d.done()) return;
  diff(d, p / ".parties", a.parties, b.parties);
  diff(d, p / ".text", a.text, b.text);
  diff(d, p / ".due", a.due, b.due);
  diff(d, p / ".range", a.range, b.range);
}

inline void diff(Differ& d, const Path& p, const HandleRef& a, const HandleRef& b) {
  if (d.done()) return;
  diff(d, p / ".handle", a.handle, b.handle);
}

inline void diff(Differ& d, const Path& p, const ProseLine& a, const ProseLine& b) {
  if (d.done()) return;
  diff(d, p / ".text", a.text, b.text);
  diff(d, p / ".handle_refs", a.handle_refs, b.handle_refs);
}

inline void diff(Differ& d, const Path& p, const Paragraph& a, const Paragraph& b) {
  if (d.done()) return;
  diff(d, p / ".lines", a.lines, b.lines);
  diff(d, p / ".range", a.range, b.range);
}

inline void diff(Differ& d, const Path& p, const ProseSection& a, const ProseSection& b) {
  if (d.done()) return;
  diff(d, p / ".title", a.title, b.title);
  diff(d, p / ".paragraphs", a.paragraphs, b.paragraphs);
  diff(d, p / ".range", a.range, b.range);
}

inline void diff(Differ& d, const Path& p, const Meeting& a, const Meeting& b) {
  if (d.done()) return;
  diff(d, p / ".id", a.id, b.id);
  diff(d, p / ".title", a.title, b.title);
  diff(d, p / ".date", a.date, b.date);
  diff(d, p / ".place", a.place, b.place);
  diff(d, p / ".kind", a.kind, b.kind);
  diff(d, p / ".attendees", a.attendees, b.attendees);
  diff(d, p / ".commitments", a.commitments, b.commitments);
  diff(d, p / ".prose", a.prose, b.prose);
  diff(d, p / ".heading_range", a.heading_range, b.heading_range);
  diff(d, p / ".range", a.range, b.range);
}

inline void diff(Differ& d, const Path& p, const Suppression& a, const Suppression& b) {
  if (d.done()) return;
  diff(d, p / ".kind", a.kind, b.kind);
  diff(d, p / ".rules", a.rules, b.rules);
  diff(d, p / ".range", a.range, b.range);
  diff(d, p / ".line", a.line, b.line);
}

inline void diff(Differ& d, const Path& p, const SyntaxProblem& a, const SyntaxProblem& b) {
  if (d.done()) return;
  diff(d, p / ".range", a.range, b.range);
  diff(d, p / ".message", a.message, b.message);
}

inline void diff(Differ& d, const Path& p, const Report& a, const Report& b) {
  if (d.done()) return;
  diff(d, p / ".title", a.title, b.title);
  diff(d, p / ".dateline", a.dateline, b.dateline);
  diff(d, p / ".place", a.place, b.place);
  diff(d, p / ".source", a.source, b.source);
  diff(d, p / ".author", a.author, b.author);
  diff(d, p / ".prose", a.prose, b.prose);
  diff(d, p / ".meetings", a.meetings, b.meetings);
  diff(d, p / ".suppressions", a.suppressions, b.suppressions);
  diff(d, p / ".syntax_problems", a.syntax_problems, b.syntax_problems);
}

inline std::string person_id(const Person* person) { return person ? person->id.str() : "(none)"; }

inline void diff(Differ& d, const Path& p, const NameOccurrence& a, const NameOccurrence& b) {
  if (d.done()) return;
  diff(d, p / ".role", a.role, b.role);
  diff(d, p / ".written", a.written, b.written);
  diff(d, p / ".title", a.title, b.title);
  diff(d, p / ".meeting", a.meeting, b.meeting);
  diff(d, p / ".attendee", a.attendee, b.attendee);
  if (a.person != b.person) diff(d, p / ".person", person_id(a.person), person_id(b.person));
  diff(d, p / ".match", a.match, b.match);
}

inline void diff(Differ& d, const Path& p, const TextEdit& a, const TextEdit& b) {
  if (d.done()) return;
  diff(d, p / ".range", a.range, b.range);
  diff(d, p / ".replacement", a.replacement, b.replacement);
}

inline void diff(Differ& d, const Path& p, const Fix& a, const Fix& b) {
  if (d.done()) return;
  diff(d, p / ".title", a.title, b.title);
  diff(d, p / ".edits", a.edits, b.edits);
  diff(d, p / ".safe", a.safe, b.safe);
}

inline void diff(Differ& d, const Path& p, const RelatedInfo& a, const RelatedInfo& b) {
  if (d.done()) return;
  diff(d, p / ".range", a.range, b.range);
  diff(d, p / ".message", a.message, b.message);
}

inline void diff(Differ& d, const Path& p, const Diagnostic& a, const Diagnostic& b) {
  if (d.done()) return;
  diff(d, p / ".rule_id", a.rule_id, b.rule_id);
  diff(d, p / ".severity", a.severity, b.severity);
  diff(d, p / ".range", a.range, b.range);
  diff(d, p / ".message", a.message, b.message);
  diff(d, p / ".fixes", a.fixes, b.fixes);
  diff(d, p / ".related", a.related, b.related);
}

}  // namespace compare_detail

// "" when the trees are the same: node by node in document order, the same type, field,
// byte range and missing/error flags (ts_node_string alone would not see ranges). The nodes are
// compared as they are; a node is put into words only to report a difference.
inline std::string first_difference(const SyntaxTree& a, const SyntaxTree& b) {
  struct Node {
    TSNode node;
    const char* field;
  };
  auto at = [](const TSTreeCursor& cursor) {
    return Node{ts_tree_cursor_current_node(&cursor), ts_tree_cursor_current_field_name(&cursor)};
  };
  auto describe = [](const Node& n) {
    std::string out = n.field ? std::string(n.field) + ": " : std::string();
    out += ts_node_is_named(n.node) ? ts_node_type(n.node)
                                    : "'" + std::string(ts_node_type(n.node)) + "'";
    out += " " + compare_detail::show(SyntaxTree::node_range(n.node));
    if (ts_node_is_missing(n.node)) out += " MISSING";
    if (ts_node_has_error(n.node)) out += " has-error";
    return out;
  };
  auto same_text = [](const char* x, const char* y) {
    return x == y || (x && y && std::strcmp(x, y) == 0);
  };
  // Whatever describe() shows of the two nodes is the same.
  auto same = [&](const Node& l, const Node& r) {
    const TSNode x = l.node, y = r.node;
    return ts_node_start_byte(x) == ts_node_start_byte(y) &&
           ts_node_end_byte(x) == ts_node_end_byte(y) &&
           ts_node_is_named(x) == ts_node_is_named(y) &&
           ts_node_is_missing(x) == ts_node_is_missing(y) &&
           ts_node_has_error(x) == ts_node_has_error(y) &&
           same_text(ts_node_type(x), ts_node_type(y)) && same_text(l.field, r.field);
  };
  TSTreeCursor left = ts_tree_cursor_new(a.root()), right = ts_tree_cursor_new(b.root());
  std::string found;
  for (size_t index = 0; found.empty(); ++index) {
    const Node l = at(left), r = at(right);
    if (!same(l, r)) {
      found = "tree node " + std::to_string(index) + ": " + describe(l) + " vs " + describe(r);
      break;
    }
    // Depth first: a child, else the next sibling of this node or of an ancestor.
    const bool l_down = ts_tree_cursor_goto_first_child(&left);
    const bool r_down = ts_tree_cursor_goto_first_child(&right);
    if (l_down != r_down) {
      found = "tree node " + std::to_string(index) + " (" + describe(l) +
              "): children on one side only";
      break;
    }
    if (l_down) continue;
    bool l_more = false, r_more = false;
    while (true) {
      l_more = ts_tree_cursor_goto_next_sibling(&left);
      r_more = ts_tree_cursor_goto_next_sibling(&right);
      if (l_more != r_more) {
        found = "tree after node " + std::to_string(index) + " (" + describe(l) +
                "): siblings on one side only";
        break;
      }
      if (l_more) break;
      const bool l_up = ts_tree_cursor_goto_parent(&left),
                 r_up = ts_tree_cursor_goto_parent(&right);
      if (!l_up || !r_up) break;
    }
    if (!found.empty() || !l_more) break;
  }
  ts_tree_cursor_delete(&left);
  ts_tree_cursor_delete(&right);
  return found;
}

// "" when equal; otherwise the path of the first difference and both values.
inline std::string first_difference(const Report& a, const Report& b) {
  compare_detail::Differ d;
  compare_detail::diff(d, "report", a, b);
  return d.found;
}

inline std::string first_difference(const std::vector<Diagnostic>& a,
                                    const std::vector<Diagnostic>& b) {
  compare_detail::Differ d;
  compare_detail::diff(d, "diagnostics", a, b);
  return d.found;
}

// Two syntax trees already found the same (first_difference of them was ""), so that comparing
// analyses of them need not walk them again: trees are immutable.
struct SameTrees {
  const SyntaxTree* a = nullptr;
  const SyntaxTree* b = nullptr;
  [[nodiscard]] bool cover(const SyntaxTree* x, const SyntaxTree* y) const {
    return x == y || (a && b && ((x == a && y == b) || (x == b && y == a)));
  }
};

// Text, tree, report model, names and diagnostics (rule, severity, range, message, fixes,
// related information). The text and tree are not compared again when `same` says they are
// the same.
inline std::string first_difference(const AnalysisResult& a, const AnalysisResult& b,
                                    SameTrees same = {}) {
  compare_detail::Differ d;
  if (a.syntax && b.syntax) {
    if (!same.cover(a.syntax.get(), b.syntax.get())) {
      compare_detail::diff(d, "text", a.syntax->text(), b.syntax->text());
      if (!d.done()) d.found = first_difference(*a.syntax, *b.syntax);
    }
  } else if (a.syntax || b.syntax) {
    d.note("syntax", a.syntax ? "present" : "absent", b.syntax ? "present" : "absent");
  }
  compare_detail::diff(d, "report", a.report(), b.report());
  compare_detail::diff(d, "names", a.names(), b.names());
  compare_detail::diff(d, "diagnostics", a.diagnostics(), b.diagnostics());
  return d.found;
}

}  // namespace readout::testing
