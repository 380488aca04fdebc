// Text positions for the core: everything is a UTF-8 byte offset into the document.
// Only the LSP layer converts to UTF-16/UTF-32 columns.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace readout {

// Half-open byte range [begin, end) into a UTF-8 text.
struct ByteRange {
  uint32_t begin = 0;
  uint32_t end = 0;
  [[nodiscard]] uint32_t size() const { return end - begin; }
  [[nodiscard]] bool empty() const { return begin == end; }
  [[nodiscard]] bool contains(uint32_t offset) const { return offset >= begin && offset < end; }
  friend bool operator==(const ByteRange&, const ByteRange&) = default;
};

// Zero-based line and zero-based byte column within that line.
struct LineColumn {
  uint32_t line = 0;
  uint32_t column = 0;
  friend bool operator==(const LineColumn&, const LineColumn&) = default;
};

// Maps byte offsets to lines. Recognises LF, CRLF and lone CR as line ends.
class LineIndex {
 public:
  LineIndex() = default;
  explicit LineIndex(std::string_view text);
  // The index of `text`, which is `old`'s text with [edit_begin, old_end) replaced by
  // [edit_begin, new_end): only the lines around the edit are scanned again.
  LineIndex(const LineIndex& old, std::string_view text, uint32_t edit_begin, uint32_t old_end,
            uint32_t new_end);

  [[nodiscard]] LineColumn position(uint32_t offset) const;
  [[nodiscard]] uint32_t offset(LineColumn position) const;  // clamps to the line's end
  [[nodiscard]] uint32_t line_count() const { return static_cast<uint32_t>(starts_.size()); }
  [[nodiscard]] uint32_t line_start(uint32_t line) const;
  // The line's text without its line terminator.
  [[nodiscard]] std::string_view line_text(std::string_view text, uint32_t line) const;
  // Whether some line ends with a lone CR (tree-sitter counts rows at LF only).
  [[nodiscard]] bool has_lone_cr() const { return lone_crs_ > 0; }

 private:
  void scan(std::string_view text, uint32_t from, uint32_t to);
  std::vector<uint32_t> starts_{0};
  std::vector<uint32_t> ends_{0};  // end of each line's content, before its terminator
  uint32_t size_ = 0;
  uint32_t lone_crs_ = 0;
};

// One replacement of a byte range by new text.
struct TextEdit {
  ByteRange range;
  std::string replacement;
  friend bool operator==(const TextEdit&, const TextEdit&) = default;
};

// Applies non-overlapping edits (any order) to text. Returns false if edits overlap or fall
// outside the text; text is then unchanged.
bool apply_edits(std::string& text, std::vector<TextEdit> edits);

}  // namespace readout
