// Parsing and incremental reparsing with tree-sitter.
#include <algorithm>
#include <atomic>
#include <cstdlib>
#include <memory>
#include <stdexcept>

#include "readout/syntax.hpp"

namespace readout {
namespace {

struct ParserDeleter {
  void operator()(TSParser* parser) const { ts_parser_delete(parser); }
};

// One parser per thread: TSParser is not thread-safe, but trees are.
TSParser* thread_parser() {
  thread_local std::unique_ptr<TSParser, ParserDeleter> parser = [] {
    std::unique_ptr<TSParser, ParserDeleter> created(ts_parser_new());
    if (!ts_parser_set_language(created.get(), tree_sitter_readout())) {
      throw std::runtime_error("the readout grammar's ABI does not match libtree-sitter");
    }
    return created;
  }();
  return parser.get();
}

TSTree* run_parser(const std::string& text, const TSTree* old_tree) {
  TSTree* tree = ts_parser_parse_string(thread_parser(), old_tree, text.data(),
                                        static_cast<uint32_t>(text.size()));
  if (tree == nullptr) throw std::runtime_error("tree-sitter failed to parse the text");
  return tree;
}

// tree-sitter's points count rows at '\n' only and columns in bytes. The line index gives
// them directly unless a lone CR ends some line.
TSPoint point_at(std::string_view text, const LineIndex& lines, uint32_t offset) {
  if (!lines.has_lone_cr()) {
    const LineColumn at = lines.position(offset);
    return {at.line, at.column};
  }
  TSPoint point{0, 0};
  uint32_t line_start = 0;
  for (uint32_t i = 0; i < offset; ++i) {
    if (text[i] == '\n') {
      ++point.row;
      line_start = i + 1;
    }
  }
  point.column = offset - line_start;
  return point;
}

// The point after `inserted`, written at `start`.
TSPoint point_after(TSPoint start, std::string_view inserted) {
  const size_t last = inserted.rfind('\n');
  if (last == std::string_view::npos)
    return {start.row, start.column + static_cast<uint32_t>(inserted.size())};
  const auto rows = static_cast<uint32_t>(std::count(inserted.begin(), inserted.end(), '\n'));
  return {start.row + rows, static_cast<uint32_t>(inserted.size() - last - 1)};
}

uint64_t next_tree_id() {
  static std::atomic<uint64_t> counter{0};
  return ++counter;
}

// `first` (A -> B) then `second` (B -> C) as one region (A -> C). A's bytes from o1 on are
// B's from o1 + d1, and B's from o2 on are C's from o2 + d2: so A's from max(o1, o2 - d1) on are
// C's, shifted by d1 + d2. Before both regions all three agree.
SyntaxTree::EditRegion compose(const SyntaxTree::EditRegion& first,
                               const SyntaxTree::EditRegion& second) {
  const int64_t d1 = static_cast<int64_t>(first.new_end) - first.old_end;
  const int64_t d2 = static_cast<int64_t>(second.new_end) - second.old_end;
  const int64_t tail = std::max<int64_t>(first.old_end, second.old_end - d1);
  return {std::min(first.begin, second.begin), static_cast<uint32_t>(tail),
          static_cast<uint32_t>(tail + d1 + d2)};
}

constexpr size_t kLineage = 32;

// Where the reparse must start for an edit at `at`: the last byte of the line before. A node
// that ends a line was closed (or kept open: a paragraph takes another line) on the first token
// of the next line that is not an extra, and that token may follow comments and directives
// anywhere in that line. tree-sitter records only the bytes its lexer read past the node, not
// the extras after them, so an edit later on the next line would let it reuse the node as it
// was (fuzz_edits: a paragraph split in two where a fresh parse keeps one).
uint32_t reparse_start(std::string_view text, uint32_t at) {
  uint32_t line_start = at;
  while (line_start > 0 && text[line_start - 1] != '\n' && text[line_start - 1] != '\r')
    --line_start;
  return line_start > 0 ? line_start - 1 : 0;
}

// Node for node the same trees: type, field, byte range and the missing flag, in document order.
bool same_nodes(TSNode a, TSNode b) {
  TSTreeCursor left = ts_tree_cursor_new(a), right = ts_tree_cursor_new(b);
  bool same = true;
  for (bool more = true; more && same;) {
    const TSNode l = ts_tree_cursor_current_node(&left), r = ts_tree_cursor_current_node(&right);
    same = ts_node_symbol(l) == ts_node_symbol(r) &&
           ts_node_start_byte(l) == ts_node_start_byte(r) &&
           ts_node_end_byte(l) == ts_node_end_byte(r) &&
           ts_node_is_missing(l) == ts_node_is_missing(r) &&
           ts_tree_cursor_current_field_id(&left) == ts_tree_cursor_current_field_id(&right);
    if (!same) break;
    // Depth first: a child, else the next sibling of this node or of the nearest ancestor.
    const bool down = ts_tree_cursor_goto_first_child(&left);
    same = down == ts_tree_cursor_goto_first_child(&right);
    if (down || !same) continue;
    for (;;) {
      const bool next = ts_tree_cursor_goto_next_sibling(&left);
      same = next == ts_tree_cursor_goto_next_sibling(&right);
      if (next || !same) break;
      const bool up = ts_tree_cursor_goto_parent(&left);
      same = up == ts_tree_cursor_goto_parent(&right);
      if (!up || !same) {
        more = false;
        break;
      }
    }
  }
  ts_tree_cursor_delete(&left);
  ts_tree_cursor_delete(&right);
  return same;
}

}  // namespace

SyntaxTree::SyntaxTree(std::string text, TSTree* tree, LineIndex lines)
    : text_(std::move(text)), lines_(std::move(lines)), tree_(tree), id_(next_tree_id()) {}

SyntaxTree::~SyntaxTree() { ts_tree_delete(tree_); }

std::shared_ptr<const SyntaxTree> SyntaxTree::parse(std::string text) {
  TSTree* tree = run_parser(text, nullptr);
  LineIndex lines(text);
  return std::shared_ptr<const SyntaxTree>(new SyntaxTree(std::move(text), tree, std::move(lines)));
}

std::shared_ptr<const SyntaxTree> SyntaxTree::edit(const std::vector<TextEdit>& edits) const {
  // One edit (a keystroke): the new text in one pass, not a copy and then a shift of its tail.
  const bool one = edits.size() == 1 && edits[0].range.begin <= edits[0].range.end &&
                   edits[0].range.end <= text_.size();
  std::string text;
  if (one) {
    const TextEdit& only = edits[0];
    text.reserve(text_.size() - only.range.size() + only.replacement.size());
    text.append(text_, 0, only.range.begin).append(only.replacement).append(text_, only.range.end);
  } else {
    text = text_;
  }
  LineIndex lines;
  const LineIndex* lines_before = &lines_;  // the index of `before`
  TSTree* edited = ts_tree_copy(tree_);
  std::optional<EditRegion> region;
  for (const TextEdit& change : edits) {
    const std::string& before = one ? text_ : text;
    if (change.range.begin > change.range.end || change.range.end > before.size()) {
      ts_tree_delete(edited);
      throw std::out_of_range("text edit outside the document");
    }
    TSInputEdit input{};
    input.start_byte = reparse_start(before, change.range.begin);
    input.old_end_byte = change.range.end;
    input.new_end_byte = change.range.begin + static_cast<uint32_t>(change.replacement.size());
    input.start_point = point_at(before, *lines_before, input.start_byte);
    input.old_end_point = point_at(before, *lines_before, input.old_end_byte);
    input.new_end_point =
        point_after(point_at(before, *lines_before, change.range.begin), change.replacement);
    if (!one) text.replace(change.range.begin, change.range.size(), change.replacement);
    LineIndex updated(*lines_before, text, input.start_byte, input.old_end_byte,
                      input.new_end_byte);
    lines = std::move(updated);
    lines_before = &lines;
    ts_tree_edit(edited, &input);
    const EditRegion step{input.start_byte, input.old_end_byte, input.new_end_byte};
    region = region ? compose(*region, step) : step;
  }
  if (edits.empty()) lines = lines_;
  TSTree* tree = nullptr;
  try {
    tree = run_parser(text, edited);
  } catch (...) {
    ts_tree_delete(edited);
    throw;
  }
  ts_tree_delete(edited);
  std::shared_ptr<SyntaxTree> result(new SyntaxTree(std::move(text), tree, std::move(lines)));
  if (!region) region = EditRegion{0, 0, 0};
  result->lineage_.emplace_back(id_, *region);
  for (const auto& [ancestor, earlier] : lineage_) {
    if (result->lineage_.size() >= kLineage) break;
    result->lineage_.emplace_back(ancestor, compose(earlier, *region));
  }
  result->unsure_ = unsure_ || ts_node_has_error(root()) || ts_node_has_error(result->root());
  return result;
}

std::shared_ptr<const SyntaxTree> SyntaxTree::settled() const {
  if (!unsure_) return shared_from_this();
  std::shared_ptr<SyntaxTree> fresh(new SyntaxTree(text_, run_parser(text_, nullptr), lines_));
  if (same_nodes(root(), fresh->root())) {
    fresh->lineage_.emplace_back(id_, EditRegion{0, 0, 0});
    for (const auto& ancestor : lineage_) {
      if (fresh->lineage_.size() >= kLineage) break;
      fresh->lineage_.push_back(ancestor);
    }
  }
  return fresh;
}

std::optional<SyntaxTree::EditRegion> SyntaxTree::edited_since(const SyntaxTree& earlier) const {
  if (&earlier == this) return EditRegion{0, 0, 0};
  for (const auto& [ancestor, region] : lineage_)
    if (ancestor == earlier.id_) return region;
  return std::nullopt;
}

TSNode SyntaxTree::root() const { return ts_tree_root_node(tree_); }

std::string_view SyntaxTree::node_text(TSNode node) const {
  const uint32_t begin = std::min<uint32_t>(ts_node_start_byte(node), text_.size());
  const uint32_t end = std::min<uint32_t>(ts_node_end_byte(node), text_.size());
  return std::string_view(text_).substr(begin, end - begin);
}

ByteRange SyntaxTree::node_range(TSNode node) {
  return {ts_node_start_byte(node), ts_node_end_byte(node)};
}

}  // namespace readout
