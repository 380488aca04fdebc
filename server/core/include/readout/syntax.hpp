// The parsed syntax of one report: text plus its tree-sitter tree, immutable once built.
// Edits produce a new SyntaxTree by incremental reparsing (ts_tree_edit + reparse with the
// old tree), so a language server never reparses a whole file per keystroke; settled() gives
// what a fresh parse gives once the keystrokes stop.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <tree_sitter/api.h>

#include "readout/text.hpp"

extern "C" const TSLanguage* tree_sitter_readout(void);

namespace readout {

class SyntaxTree : public std::enable_shared_from_this<SyntaxTree> {
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
  // Where this tree's text differs from an earlier tree's it was edited from (through any
  // number of edit() calls): [begin, old_end) of that text became [begin, new_end) of this one,
  // and everything outside is the same bytes, shifted after the region. Incremental analysis
  // reuses what it found outside the region.
  struct EditRegion {
    uint32_t begin = 0;
    uint32_t old_end = 0;
    uint32_t new_end = 0;
  };
  [[nodiscard]] std::optional<EditRegion> edited_since(const SyntaxTree& earlier) const;

  // Whether this tree may differ from a fresh parse of its text. An incremental reparse gives
  // what a fresh parse gives unless a syntax error was involved: around one, tree-sitter may
  // recover differently. So a tree is unsure when it came from edit() and it, or any tree on
  // the way from the last parse(), has an error (fuzz_edits checks that the others are sure).
  [[nodiscard]] bool may_differ_from_fresh_parse() const { return unsure_; }
  // The tree a fresh parse of this text gives: this tree itself when it is sure; else a fresh
  // parse, which is sure and, when it is node for node this tree, keeps this tree's lineage
  // (edited_since(*this) is empty), so that an incremental analysis of it loses nothing.
  [[nodiscard]] std::shared_ptr<const SyntaxTree> settled() const;

 private:
  SyntaxTree(std::string text, TSTree* tree, LineIndex lines);
  std::string text_;
  LineIndex lines_;
  TSTree* tree_ = nullptr;
  uint64_t id_ = 0;
  // The region relative to each of the last ancestors, by their id (nearest first).
  std::vector<std::pair<uint64_t, EditRegion>> lineage_;
  bool unsure_ = false;  // see may_differ_from_fresh_parse()
};

}  // namespace readout
