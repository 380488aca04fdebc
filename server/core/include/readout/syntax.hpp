// The parsed syntax of one report: text plus its tree-sitter tree, immutable once built.
// Edits produce a new SyntaxTree by incremental reparsing (ts_tree_edit + reparse with the
// old tree), so a language server never reparses a whole file per keystroke.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include <tree_sitter/api.h>

#include "readout/text.hpp"

extern "C" const TSLanguage* tree_sitter_readout(void);

namespace readout {

class SyntaxTree {
 public:
  // Parses a whole text.
  static std::shared_ptr<const SyntaxTree> parse(std::string text);

  // Applies edits in order (each range refers to the text as left by the previous edit) and
  // reparses incrementally, reusing this tree. This tree is left untouched.
  [[nodiscard]] std::shared_ptr<const SyntaxTree> edit(const std::vector<TextEdit>& edits) const;

  ~SyntaxTree();
  SyntaxTree(const SyntaxTree&) = delete;
  SyntaxTree& operator=(const SyntaxTree&) = delete;

  [[nodiscard]] const std::string& text() const { return text_; }
  [[nodiscard]] const LineIndex& lines() const { return lines_; }
  [[nodiscard]] TSNode root() const;
  [[nodiscard]] std::string_view node_text(TSNode node) const;
  [[nodiscard]] static ByteRange node_range(TSNode node);
  // Byte ranges whose parse changed relative to the tree this one was edited from (empty for
  // a fresh parse).
  [[nodiscard]] const std::vector<ByteRange>& changed_ranges() const { return changed_; }

 private:
  SyntaxTree(std::string text, TSTree* tree);
  std::string text_;
  LineIndex lines_;
  TSTree* tree_ = nullptr;
  std::vector<ByteRange> changed_;
};

}  // namespace readout
