// The table of rules: one entry per rule, the single source for the code, `readout rules`, and
// the generated docs/rules.md.
#pragma once

#include <span>
#include <string>
#include <string_view>

#include "readout/diagnostic.hpp"

namespace readout {

struct RuleInfo {
  std::string_view id;  // stable, kebab-case: "name-misspelled"
  Severity default_severity;
  std::string_view summary;       // one line
  std::string_view description;   // Markdown: what it finds and why it matters
  std::string_view bad_example;   // readout text that triggers it
  std::string_view good_example;  // the corrected text
  bool fixable;                   // has a safe fix
};

std::span<const RuleInfo> rule_table();
const RuleInfo* find_rule(std::string_view id);

// docs/rules.md, generated from rule_table().
std::string render_rules_markdown();

}  // namespace readout
