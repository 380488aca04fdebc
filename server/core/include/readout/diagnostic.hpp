// Findings of the analysis, with their fixes. Byte ranges only; formats and protocols convert.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "readout/text.hpp"

namespace readout {

enum class Severity { Error = 1, Warning = 2, Info = 3, Hint = 4 };

std::string_view to_string(Severity severity);              // "error", "warning", "info", "hint"
bool parse_severity(std::string_view text, Severity& out);  // accepts those words

struct Fix {
  std::string title;  // "Replace with 'Antony Blinken'"
  std::vector<TextEdit> edits;
  // Safe fixes are applied by `readout lint --fix` and preferred in editors; others are only
  // offered as suggestions.
  bool safe = false;
};

struct RelatedInfo {
  ByteRange range;
  std::string message;
};

struct Diagnostic {
  std::string rule_id;
  Severity severity = Severity::Warning;
  ByteRange range;
  std::string message;
  std::vector<Fix> fixes;
  std::vector<RelatedInfo> related;
  [[nodiscard]] bool has_safe_fix() const {
    for (const auto& f : fixes)
      if (f.safe) return true;
    return false;
  }
};

}  // namespace readout
