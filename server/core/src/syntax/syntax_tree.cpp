// Parsing and incremental reparsing with tree-sitter.
#include <algorithm>
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

// tree-sitter's points count rows at '\n' only and columns in bytes.
TSPoint point_at(std::string_view text, uint32_t offset) {
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

}  // namespace

SyntaxTree::SyntaxTree(std::string text, TSTree* tree)
    : text_(std::move(text)), lines_(text_), tree_(tree) {}

SyntaxTree::~SyntaxTree() { ts_tree_delete(tree_); }

std::shared_ptr<const SyntaxTree> SyntaxTree::parse(std::string text) {
  TSTree* tree = run_parser(text, nullptr);
  return std::shared_ptr<const SyntaxTree>(new SyntaxTree(std::move(text), tree));
}

std::shared_ptr<const SyntaxTree> SyntaxTree::edit(const std::vector<TextEdit>& edits) const {
  std::string text = text_;
  TSTree* edited = ts_tree_copy(tree_);
  for (const TextEdit& change : edits) {
    if (change.range.begin > change.range.end || change.range.end > text.size()) {
      ts_tree_delete(edited);
      throw std::out_of_range("text edit outside the document");
    }
    TSInputEdit input{};
    input.start_byte = change.range.begin;
    input.old_end_byte = change.range.end;
    input.new_end_byte = change.range.begin + static_cast<uint32_t>(change.replacement.size());
    input.start_point = point_at(text, input.start_byte);
    input.old_end_point = point_at(text, input.old_end_byte);
    text.replace(change.range.begin, change.range.size(), change.replacement);
    input.new_end_point = point_at(text, input.new_end_byte);
    ts_tree_edit(edited, &input);
  }
  TSTree* tree = nullptr;
  try {
    tree = run_parser(text, edited);
  } catch (...) {
    ts_tree_delete(edited);
    throw;
  }
  uint32_t count = 0;
  TSRange* ranges = ts_tree_get_changed_ranges(edited, tree, &count);
  ts_tree_delete(edited);
  std::shared_ptr<SyntaxTree> result(new SyntaxTree(std::move(text), tree));
  result->changed_.reserve(count);
  for (uint32_t i = 0; i < count; ++i) {
    result->changed_.push_back({ranges[i].start_byte, ranges[i].end_byte});
  }
  std::free(ranges);
  return result;
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
