// Language features as pure functions of one analysed snapshot: JSON params in, JSON result
// out. They run on worker threads; nothing here touches the transport or shared state.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "readout/analysis.hpp"
#include "readout/lsp/positions.hpp"
#include "readout/lsp/protocol.hpp"
#include "workspace.hpp"

namespace readout::lsp {

struct Snapshot {
  std::string uri;
  int version = 0;
  std::shared_ptr<const AnalysisResult> analysis;
  PositionEncoding encoding = PositionEncoding::Utf16;
  Context context;
  [[nodiscard]] const std::string& text() const { return analysis->syntax->text(); }
  [[nodiscard]] PositionMapper mapper() const {
    return PositionMapper(analysis->syntax->text(), analysis->syntax->lines(), encoding);
  }
};

// The latest text of a document and the latest analysis ready (possibly of an earlier text), for
// requests that do not wait for the analysis of the text being typed (completion).
struct SyntaxSnapshot {
  std::string uri;
  int version = 0;
  std::shared_ptr<const SyntaxTree> tree;
  std::shared_ptr<const AnalysisResult> analysis;  // may be null or of an earlier text
  std::shared_ptr<const Registry> registry;
  PositionEncoding encoding = PositionEncoding::Utf16;
  [[nodiscard]] PositionMapper mapper() const {
    return PositionMapper(tree->text(), tree->lines(), encoding);
  }
};

struct ClientFeatures {
  bool snippets = false;
  bool markdown = true;
  bool insert_titles = true;
};

// Diagnostics of the snapshot as LSP Diagnostic objects.
json diagnostics_json(const Snapshot& snapshot);

// The same serialised (a JSON array), converting only the parts of the analysis
// (AnalysisResult::diagnostic_parts) whose findings are not those of the previous call with
// the same cache, on the same lines: after a keystroke, the meeting typed in. One cache per
// document, used on its strand.
struct DiagnosticsJsonCache {
  struct Part {
    std::shared_ptr<const AnalysisResult::PartFindings> findings;
    std::vector<uint32_t> lines;  // the first lines of the parts its ranges point into
    std::string items;            // serialised LSP Diagnostics, comma-separated
  };
  std::vector<Part> parts;
};
std::string diagnostics_json(const Snapshot& snapshot, DiagnosticsJsonCache& cache);

json completion(const SyntaxSnapshot& snapshot, const json& params, const ClientFeatures& client);
json hover(const Snapshot& snapshot, const json& params, const ClientFeatures& client);
json code_actions(const Snapshot& snapshot, const json& params);
json definition(const Snapshot& snapshot, const json& params);
json references(const Snapshot& snapshot, const json& params);
json document_highlight(const Snapshot& snapshot, const json& params);
json prepare_rename(const Snapshot& snapshot, const json& params);
json rename(const Snapshot& snapshot, const json& params);
json document_symbols(const Snapshot& snapshot);
json folding_ranges(const Snapshot& snapshot);

// Semantic tokens, encoded as LSP's relative integer array.
json semantic_tokens_legend();
std::vector<uint32_t> semantic_tokens(const Snapshot& snapshot);
// One edit turning `before` into `after` (common prefix and suffix kept).
json semantic_tokens_edits(const std::vector<uint32_t>& before, const std::vector<uint32_t>& after);

// Registry edits requested by code actions ("add this spelling as an alias", "add this
// person"): the new text of the registry file, given its current text (empty: new file).
struct RegistryEditResult {
  std::string text;
  std::string error;  // non-empty when the file could not be read as a registry
};
RegistryEditResult add_alias_to_registry(const std::string& current, const std::string& file_name,
                                         const Person& person, const std::string& alias);
RegistryEditResult add_person_to_registry(const std::string& current, const std::string& file_name,
                                          const std::string& name);

}  // namespace readout::lsp
