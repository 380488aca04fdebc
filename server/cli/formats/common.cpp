// What the formats share: counting, format names, the version.
#include <algorithm>

#include "formats/formats.hpp"

#ifndef READOUT_VERSION
#error "READOUT_VERSION must be defined by the build (project version)"
#endif

namespace readout::cli {

std::string_view tool_version() { return READOUT_VERSION; }

std::string version_text() {
  const data::RegistryProvenance& registry = data::embedded_provenance();
  std::string text =
      "readout " + std::string(tool_version()) + "\nregistry " + registry.content_hash;
  if (const auto date = registry.data_date())
    text += " (newest data gathered " + date->to_string() +
            "; `readout registry stats` gives each source's date)";
  return text;
}

void FindingCounts::add(const LintedFile& file) {
  ++files;
  for (const Diagnostic& d : file.diagnostics) {
    switch (d.severity) {
      case Severity::Error:
        ++errors;
        break;
      case Severity::Warning:
        ++warnings;
        break;
      case Severity::Info:
        ++infos;
        break;
      case Severity::Hint:
        ++hints;
        break;
    }
    if (d.has_safe_fix()) ++fixable;
  }
}

FindingCounts count_findings(const std::vector<LintedFile>& files) {
  FindingCounts counts;
  for (const LintedFile& file : files) counts.add(file);
  return counts;
}

RunRegistries registries_of(const std::vector<LintedFile>& files) {
  RunRegistries registries;
  for (const LintedFile& file : files)
    if (file.registry &&
        std::find(registries.begin(), registries.end(), file.registry) == registries.end())
      registries.push_back(file.registry);
  return registries;
}

bool parse_output_format(std::string_view name, OutputFormat& out) {
  if (name == "text")
    out = OutputFormat::Text;
  else if (name == "json")
    out = OutputFormat::Json;
  else if (name == "sarif")
    out = OutputFormat::Sarif;
  else if (name == "github")
    out = OutputFormat::Github;
  else
    return false;
  return true;
}

std::unique_ptr<ReportWriter> make_report_writer(std::ostream& out, OutputFormat format,
                                                 const TextStyle& style,
                                                 const RunRegistries& registries) {
  switch (format) {
    case OutputFormat::Text:
      return make_text_writer(out, style);
    case OutputFormat::Json:
      return make_json_writer(out, registries);
    case OutputFormat::Sarif:
      return make_sarif_writer(out, registries);
    case OutputFormat::Github:
      return make_github_writer(out);
  }
  return make_text_writer(out, style);
}

void write_report(std::ostream& out, OutputFormat format, const std::vector<LintedFile>& files,
                  const TextStyle& style) {
  std::unique_ptr<ReportWriter> writer =
      make_report_writer(out, format, style, registries_of(files));
  for (const LintedFile& file : files) writer->file(file);
  writer->finish(count_findings(files));
}

}  // namespace readout::cli
