// The JSON format (schema in docs/cli.md). Keys keep a fixed order so output diffs cleanly.
#include <nlohmann/json.hpp>

#include "formats/formats.hpp"
#include "formats/positions.hpp"

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
  return ordered_json{{"ruleId", d.rule_id},
                      {"severity", std::string(to_string(d.severity))},
                      {"message", d.message},
                      {"range", range_json(file, d.range)},
                      {"fixes", fixes},
                      {"related", related}};
}

}  // namespace

void write_json(std::ostream& out, const std::vector<LintedFile>& files) {
  ordered_json file_list = ordered_json::array();
  for (const LintedFile& file : files) {
    ordered_json diagnostics = ordered_json::array();
    for (const Diagnostic& d : file.diagnostics) diagnostics.push_back(diagnostic_json(file, d));
    file_list.push_back({{"path", file.display_path},
                         {"fixesApplied", file.fixes_applied},
                         {"diagnostics", diagnostics}});
  }
  FindingCounts counts = count_findings(files);
  ordered_json document{
      {"schemaVersion", 1},
      {"tool", {{"name", "readout"}, {"version", std::string(tool_version())}}},
      {"files", file_list},
      {"summary",
       {{"files", counts.files},
        {"problems", counts.problems()},
        {"errors", counts.errors},
        {"warnings", counts.warnings},
        {"infos", counts.infos},
        {"hints", counts.hints},
        {"fixable", counts.fixable}}}};
  out << document.dump(2, ' ', false, ordered_json::error_handler_t::replace) << '\n';
}

}  // namespace readout::cli
