// The JSON format (schema in docs/cli.md). Keys keep a fixed order so output diffs cleanly.
#include <nlohmann/json.hpp>

#include "formats/formats.hpp"
#include "formats/positions.hpp"
#include "formats/registry_json.hpp"
#include "formats/streamed_json.hpp"

namespace readout::cli {
namespace {

using nlohmann::ordered_json;

ordered_json position_json(const LintedFile& file, uint32_t offset) {
  DisplayPosition p = display_position(file.text, file.lines, offset);
  return ordered_json{{"line", p.line}, {"column", p.column}, {"offset", offset}};
}

ordered_json range_json(const LintedFile& file, ByteRange range) {
  return ordered_json{{"start", position_json(file, range.begin)},
                      {"end", position_json(file, range.end)}};
}

ordered_json diagnostic_json(const LintedFile& file, const Diagnostic& d) {
  ordered_json fixes = ordered_json::array();
  for (const Fix& fix : d.fixes) {
    ordered_json edits = ordered_json::array();
    for (const TextEdit& edit : fix.edits) {
      edits.push_back({{"range", range_json(file, edit.range)}, {"newText", edit.replacement}});
    }
    fixes.push_back({{"title", fix.title}, {"safe", fix.safe}, {"edits", edits}});
  }
  ordered_json related = ordered_json::array();
  for (const RelatedInfo& r : d.related) {
    related.push_back({{"range", range_json(file, r.range)}, {"message", r.message}});
  }
  return ordered_json{{"ruleId", d.rule_id},  {"severity", std::string(to_string(d.severity))},
                      {"message", d.message}, {"range", range_json(file, d.range)},
                      {"fixes", fixes},       {"related", related}};
}

ordered_json document(const ordered_json& files, const FindingCounts& counts,
                      const ordered_json& registries) {
  return ordered_json{
      {"schemaVersion", 1},
      {"tool",
       {{"name", "readout"}, {"version", std::string(tool_version())}, {"registries", registries}}},
      {"files", files},
      {"summary",
       {{"files", counts.files},
        {"problems", counts.problems()},
        {"errors", counts.errors},
        {"warnings", counts.warnings},
        {"infos", counts.infos},
        {"hints", counts.hints},
        {"fixable", counts.fixable}}}};
}

class JsonWriter : public ReportWriter {
 public:
  JsonWriter(std::ostream& out, const RunRegistries& registries)
      : files_(out), registries_(registries_json(registries)) {
    files_.begin(document(StreamedArray::placeholder(), FindingCounts{}, registries_));
  }
  void file(const LintedFile& file) override {
    ordered_json diagnostics = ordered_json::array();
    for (const Diagnostic& d : file.diagnostics) diagnostics.push_back(diagnostic_json(file, d));
    ordered_json entry{{"path", file.display_path}, {"fixesApplied", file.fixes_applied}};
    if (file.registry) entry["registry"] = file.registry->content_hash;
    entry["diagnostics"] = std::move(diagnostics);
    files_.add(entry);
  }
  void finish(const FindingCounts& counts) override {
    files_.end(document(StreamedArray::placeholder(), counts, registries_));
  }

 private:
  StreamedArray files_;
  ordered_json registries_;
};

}  // namespace

std::unique_ptr<ReportWriter> make_json_writer(std::ostream& out, const RunRegistries& registries) {
  return std::make_unique<JsonWriter>(out, registries);
}

void write_json(std::ostream& out, const std::vector<LintedFile>& files) {
  write_report(out, OutputFormat::Json, files, TextStyle{});
}

}  // namespace readout::cli
