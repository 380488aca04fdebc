// SARIF 2.1.0 (OASIS), the format GitHub code scanning and other tools ingest. One run; the
// rule table becomes tool.driver.rules; columns are counted in code points, as declared by
// the run's columnKind.
#include <nlohmann/json.hpp>

#include "formats/formats.hpp"
#include "formats/positions.hpp"
#include "formats/registry_json.hpp"
#include "formats/streamed_json.hpp"
#include "readout/rules.hpp"

namespace readout::cli {
namespace {

using nlohmann::ordered_json;

constexpr std::string_view kSchema =
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

std::string_view level(Severity severity) {
  switch (severity) {
    case Severity::Error:
      return "error";
    case Severity::Warning:
      return "warning";
    case Severity::Info:
    case Severity::Hint:
      return "note";
  }
  return "note";
}

// A relative path stays a relative URI reference (resolved against the checkout by code
// scanning); an absolute one becomes a file: URI. Bytes outside the unreserved set and '/'
// are percent-encoded.
std::string path_uri(std::string_view path) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out = !path.empty() && path.front() == '/' ? "file://" : "";
  for (unsigned char c : path) {
    bool plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                 c == '-' || c == '_' || c == '.' || c == '~' || c == '/';
    if (plain) {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += kHex[c >> 4];
      out += kHex[c & 15];
    }
  }
  return out;
}

// SARIF regions: 1-based lines and columns, the end column being the one just after the range.
ordered_json region(const LintedFile& file, ByteRange range) {
  DisplayPosition start = display_position(file.text, file.lines, range.begin);
  DisplayPosition end = display_position(file.text, file.lines, range.end);
  return ordered_json{{"startLine", start.line},
                      {"startColumn", start.column},
                      {"endLine", end.line},
                      {"endColumn", end.column}};
}

ordered_json physical_location(const LintedFile& file, ByteRange range) {
  return ordered_json{{"artifactLocation", {{"uri", path_uri(file.display_path)}}},
                      {"region", region(file, range)}};
}

ordered_json rules_json() {
  ordered_json rules = ordered_json::array();
  for (const RuleInfo& rule : rule_table()) {
    rules.push_back(
        {{"id", std::string(rule.id)},
         {"shortDescription", {{"text", std::string(rule.summary)}}},
         {"fullDescription",
          {{"text", std::string(rule.description)}, {"markdown", std::string(rule.description)}}},
         {"helpUri", "docs/rules.md#" + std::string(rule.id)},
         {"defaultConfiguration", {{"level", std::string(level(rule.default_severity))}}},
         {"properties", {{"fixable", rule.fixable}}}});
  }
  return rules;
}

ordered_json result_json(const LintedFile& file, const Diagnostic& d) {
  ordered_json result{{"ruleId", d.rule_id}};
  auto table = rule_table();
  for (size_t i = 0; i < table.size(); ++i) {
    if (table[i].id == d.rule_id) result["ruleIndex"] = i;
  }
  result["level"] = std::string(level(d.severity));
  result["message"] = {{"text", d.message}};
  result["locations"] =
      ordered_json::array({{{"physicalLocation", physical_location(file, d.range)}}});
  if (!d.related.empty()) {
    ordered_json related = ordered_json::array();
    for (size_t i = 0; i < d.related.size(); ++i) {
      related.push_back({{"id", i + 1},
                         {"physicalLocation", physical_location(file, d.related[i].range)},
                         {"message", {{"text", d.related[i].message}}}});
    }
    result["relatedLocations"] = related;
  }
  ordered_json fixes = ordered_json::array();
  for (const Fix& fix : d.fixes) {
    if (!fix.safe) continue;  // SARIF fixes are meant to be applied as they are
    ordered_json replacements = ordered_json::array();
    for (const TextEdit& edit : fix.edits) {
      replacements.push_back({{"deletedRegion", region(file, edit.range)},
                              {"insertedContent", {{"text", edit.replacement}}}});
    }
    fixes.push_back(
        {{"description", {{"text", fix.title}}},
         {"artifactChanges",
          ordered_json::array({{{"artifactLocation", {{"uri", path_uri(file.display_path)}}},
                                {"replacements", replacements}}})}});
  }
  if (!fixes.empty()) result["fixes"] = fixes;
  result["properties"] = {{"severity", std::string(to_string(d.severity))}};
  // Which of the run's registries the finding was made against (runs with several configs).
  if (file.registry) result["properties"]["registry"] = file.registry->content_hash;
  return result;
}

ordered_json document(const ordered_json& results, const ordered_json& registries) {
  ordered_json driver{{"name", "readout"},
                      {"version", std::string(tool_version())},
                      {"semanticVersion", std::string(tool_version())},
                      {"rules", rules_json()},
                      {"properties", {{"registries", registries}}}};
  ordered_json run{
      {"tool", {{"driver", driver}}}, {"columnKind", "unicodeCodePoints"}, {"results", results}};
  return {{"$schema", std::string(kSchema)},
          {"version", "2.1.0"},
          {"runs", ordered_json::array({run})}};
}

class SarifWriter : public ReportWriter {
 public:
  SarifWriter(std::ostream& out, const RunRegistries& registries)
      : results_(out), registries_(registries_json(registries)) {
    results_.begin(document(StreamedArray::placeholder(), registries_));
  }
  void file(const LintedFile& file) override {
    for (const Diagnostic& d : file.diagnostics) results_.add(result_json(file, d));
  }
  void finish(const FindingCounts&) override {
    results_.end(document(StreamedArray::placeholder(), registries_));
  }

 private:
  StreamedArray results_;
  ordered_json registries_;
};

}  // namespace

std::unique_ptr<ReportWriter> make_sarif_writer(std::ostream& out,
                                                const RunRegistries& registries) {
  return std::make_unique<SarifWriter>(out, registries);
}

void write_sarif(std::ostream& out, const std::vector<LintedFile>& files) {
  write_report(out, OutputFormat::Sarif, files, TextStyle{});
}

}  // namespace readout::cli
