// The output formats of `readout lint`. Each writes every file's findings, in the given order,
// to a stream; none of them reads the clock or the environment, so output is reproducible.
#pragma once

#include <memory>
#include <ostream>
#include <string_view>
#include <vector>

#include "lint_types.hpp"

namespace readout::cli {

enum class OutputFormat { Text, Json, Sarif, Github };

bool parse_output_format(std::string_view name, OutputFormat& out);

// The registries a run checks against, each once, in the order first used.
using RunRegistries = std::vector<std::shared_ptr<const data::RegistryProvenance>>;

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

// The same, one file at a time as files are linted, so that a run over thousands of files
// holds one file's text at a time: file() for each file in order, then finish() once. The
// output is byte for byte what write_report writes for the same files.
class ReportWriter {
 public:
  virtual ~ReportWriter() = default;
  virtual void file(const LintedFile& file) = 0;
  virtual void finish(const FindingCounts& counts) = 0;
};
// JSON and SARIF name `registries` before the findings (their provenance: docs/cli.md).
std::unique_ptr<ReportWriter> make_report_writer(std::ostream& out, OutputFormat format,
                                                 const TextStyle& style,
                                                 const RunRegistries& registries = {});
std::unique_ptr<ReportWriter> make_text_writer(std::ostream& out, const TextStyle& style);
std::unique_ptr<ReportWriter> make_json_writer(std::ostream& out, const RunRegistries& registries);
std::unique_ptr<ReportWriter> make_sarif_writer(std::ostream& out, const RunRegistries& registries);
std::unique_ptr<ReportWriter> make_github_writer(std::ostream& out);

// The version printed by --version and recorded in JSON and SARIF output.
std::string_view tool_version();

// What --version prints: the program, and the embedded registry's content hash and data date.
std::string version_text();

// The distinct registries of `files`, in the order first used.
RunRegistries registries_of(const std::vector<LintedFile>& files);

}  // namespace readout::cli
