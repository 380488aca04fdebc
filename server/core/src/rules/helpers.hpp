// Small helpers shared by rule files.
#pragma once

#include <string>

#include "analysis/context.hpp"

namespace readout::rules {

// 1-based line number of an offset, for messages ("line 15").
inline uint32_t line_number(const analysis::Context& ctx, uint32_t offset) {
  return ctx.syntax.lines().position(offset).line + 1;
}

// The whole lines covering `range`, with their line terminators: for deleting a line.
inline ByteRange whole_lines(const analysis::Context& ctx, ByteRange range) {
  const LineIndex& lines = ctx.syntax.lines();
  const uint32_t first = lines.position(range.begin).line;
  const uint32_t last = lines.position(range.end > range.begin ? range.end - 1 : range.end).line;
  const uint32_t end = last + 1 < lines.line_count()
                           ? lines.line_start(last + 1)
                           : static_cast<uint32_t>(ctx.syntax.text().size());
  return {lines.line_start(first), end};
}

inline Fix replace_fix(std::string title, ByteRange range, std::string replacement, bool safe) {
  Fix fix;
  fix.title = std::move(title);
  fix.edits.push_back({range, std::move(replacement)});
  fix.safe = safe;
  return fix;
}

// Whether a name occurrence is a written name rather than a handle.
inline bool is_written_name(const NameOccurrence& o) {
  return o.role == NameOccurrence::Role::AttendeeName ||
         o.role == NameOccurrence::Role::ProseMention ||
         o.role == NameOccurrence::Role::CommitmentParty;
}

}  // namespace readout::rules
