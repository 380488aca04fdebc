// The output formats of `readout lint`. Each writes every file's findings, in the given order,
// to a stream; none of them reads the clock or the environment, so output is reproducible.
#pragma once

#include <ostream>
#include <string_view>
#include <vector>

#include "lint_types.hpp"

namespace readout::cli {

enum class OutputFormat { Text, Json, Sarif, Github };

bool parse_output_format(std::string_view name, OutputFormat& out);

struct TextStyle {
  bool color = false;  // ANSI colours and bold
};

// file:line:col: severity[rule-id]: message, the source line with a caret, then a summary.
void write_text(std::ostream& out, const std::vector<LintedFile>& files, const TextStyle& style);
// A stable JSON document, described in docs/cli.md.
void write_json(std::ostream& out, const std::vector<LintedFile>& files);
// SARIF 2.1.0, one run, with the rule table as tool.driver.rules.
void write_sarif(std::ostream& out, const std::vector<LintedFile>& files);
// GitHub Actions workflow commands (::error file=...::message).
void write_github(std::ostream& out, const std::vector<LintedFile>& files);

void write_report(std::ostream& out, OutputFormat format, const std::vector<LintedFile>& files,
                  const TextStyle& style);

// The version printed by --version and recorded in JSON and SARIF output.
std::string_view tool_version();

}  // namespace readout::cli
