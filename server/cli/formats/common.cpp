// What the formats share: counting, format names, the version.
#include "formats/formats.hpp"

#ifndef READOUT_VERSION
#error "READOUT_VERSION must be defined by the build (project version)"
#endif

namespace readout::cli {

std::string_view tool_version() { return READOUT_VERSION; }

FindingCounts count_findings(const std::vector<LintedFile>& files) {
  FindingCounts counts;
  counts.files = files.size();
  for (const LintedFile& file : files) {
    for (const Diagnostic& d : file.diagnostics) {
      switch (d.severity) {
        case Severity::Error: ++counts.errors; break;
        case Severity::Warning: ++counts.warnings; break;
        case Severity::Info: ++counts.infos; break;
        case Severity::Hint: ++counts.hints; break;
      }
      if (d.has_safe_fix()) ++counts.fixable;
    }
  }
  return counts;
}

bool parse_output_format(std::string_view name, OutputFormat& out) {
  if (name == "text") out = OutputFormat::Text;
  else if (name == "json") out = OutputFormat::Json;
  else if (name == "sarif") out = OutputFormat::Sarif;
  else if (name == "github") out = OutputFormat::Github;
  else return false;
  return true;
}

void write_report(std::ostream& out, OutputFormat format, const std::vector<LintedFile>& files,
                  const TextStyle& style) {
  switch (format) {
    case OutputFormat::Text: write_text(out, files, style); return;
    case OutputFormat::Json: write_json(out, files); return;
    case OutputFormat::Sarif: write_sarif(out, files); return;
    case OutputFormat::Github: write_github(out, files); return;
  }
}

}  // namespace readout::cli
