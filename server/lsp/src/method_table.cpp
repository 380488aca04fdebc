#include "method_table.hpp"

#include "server_impl.hpp"

namespace readout::lsp {
namespace {

json offered(const Server::Impl&) { return true; }

json text_document_sync(const Server::Impl&) {
  // Covers didOpen, didChange (incremental), didClose and didSave.
  return {{"openClose", true}, {"change", 2}, {"save", {{"includeText", false}}}};
}

json diagnostic_provider(const Server::Impl& server) {
  if (!server.client.pull_diagnostics) return nullptr;
  return {
      {"identifier", "readout"}, {"interFileDependencies", false}, {"workspaceDiagnostics", false}};
}

json pulled_diagnostics(DocumentCall& call) {
  const Document& doc = call.doc;
  return {{"kind", "full"},
          {"resultId", std::to_string(doc.version) + "." + std::to_string(doc.analysis_generation)},
          {"items", diagnostics_json(call.snapshot)}};
}

// Full tokens, or the edits from the client's previous result when it names the last one.
json tokens(DocumentCall& call, bool delta_asked) {
  Document& doc = call.doc;
  std::vector<uint32_t> tokens = semantic_tokens(call.snapshot);
  bool delta = delta_asked && call.params.contains("previousResultId") &&
               call.params["previousResultId"] == std::to_string(doc.tokens_id);
  json result = {{"resultId", std::to_string(++doc.tokens_id)}};
  if (delta) {
    result["edits"] = semantic_tokens_edits(doc.tokens, tokens);
  } else {
    result["data"] = tokens;
  }
  doc.tokens = std::move(tokens);
  return result;
}

const MethodRow kMethods[] = {
    // Document synchronisation and workspace notifications.
    {.method = "textDocument/didOpen",
     .dispatch = Dispatch::Notification,
     .capability = "textDocumentSync",
     .advertise = text_document_sync,
     .on_notification = [](Server::Impl& s, const json& p) { s.did_open(p); }},
    {.method = "textDocument/didChange",
     .dispatch = Dispatch::Notification,
     .on_notification = [](Server::Impl& s, const json& p) { s.did_change(p); }},
    {.method = "textDocument/didClose",
     .dispatch = Dispatch::Notification,
     .on_notification = [](Server::Impl& s, const json& p) { s.did_close(p); }},
    // Nothing to do: diagnostics follow the buffer, not the file.
    {.method = "textDocument/didSave",
     .dispatch = Dispatch::Notification,
     .on_notification = [](Server::Impl&, const json&) {}},
    {.method = "initialized",
     .dispatch = Dispatch::Notification,
     .on_notification = [](Server::Impl& s, const json&) { s.initialized(); }},
    {.method = "workspace/didChangeWatchedFiles",
     .dispatch = Dispatch::Notification,
     .on_notification = [](Server::Impl& s, const json& p) { s.did_change_watched_files(p); }},
    {.method = "workspace/didChangeConfiguration",
     .dispatch = Dispatch::Notification,
     .on_notification = [](Server::Impl& s, const json& p) { s.did_change_configuration(p); }},
    {.method = "$/cancelRequest",
     .dispatch = Dispatch::Notification,
     .on_notification = [](Server::Impl& s, const json& p) { s.channel.cancel(p.at("id")); }},

    // Requests about one document.
    {.method = "textDocument/completion",
     .dispatch = Dispatch::Syntax,
     .capability = "completionProvider",
     .advertise =
         [](const Server::Impl&) {
           return json{{"triggerCharacters", {"@", "|", ","}}, {"resolveProvider", false}};
         },
     .on_syntax = [](SyntaxCall& c) { return completion(c.snapshot, c.params, c.features); }},
    {.method = "textDocument/hover",
     .dispatch = Dispatch::Document,
     .capability = "hoverProvider",
     .advertise = offered,
     .on_document = [](DocumentCall& c) { return hover(c.snapshot, c.params, c.features); }},
    {.method = "textDocument/definition",
     .dispatch = Dispatch::Document,
     .capability = "definitionProvider",
     .advertise = offered,
     .on_document = [](DocumentCall& c) { return definition(c.snapshot, c.params); }},
    {.method = "textDocument/references",
     .dispatch = Dispatch::Document,
     .capability = "referencesProvider",
     .advertise = offered,
     .on_document = [](DocumentCall& c) { return references(c.snapshot, c.params); }},
    {.method = "textDocument/documentHighlight",
     .dispatch = Dispatch::Document,
     .capability = "documentHighlightProvider",
     .advertise = offered,
     .on_document = [](DocumentCall& c) { return document_highlight(c.snapshot, c.params); }},
    {.method = "textDocument/prepareRename",
     .dispatch = Dispatch::Document,
     .on_document = [](DocumentCall& c) { return prepare_rename(c.snapshot, c.params); }},
    {.method = "textDocument/rename",
     .dispatch = Dispatch::Document,
     .capability = "renameProvider",
     .advertise =
         [](const Server::Impl&) {
           return json{{"prepareProvider", true}};
         },
     .on_document = [](DocumentCall& c) { return rename(c.snapshot, c.params); }},
    {.method = "textDocument/documentSymbol",
     .dispatch = Dispatch::Document,
     .capability = "documentSymbolProvider",
     .advertise = offered,
     .on_document = [](DocumentCall& c) { return document_symbols(c.snapshot); }},
    {.method = "textDocument/foldingRange",
     .dispatch = Dispatch::Document,
     .capability = "foldingRangeProvider",
     .advertise = offered,
     .on_document = [](DocumentCall& c) { return folding_ranges(c.snapshot); }},
    {.method = "textDocument/codeAction",
     .dispatch = Dispatch::Document,
     .capability = "codeActionProvider",
     .advertise =
         [](const Server::Impl&) {
           return json{{"codeActionKinds", {"quickfix", "source.fixAll", "source.fixAll.readout"}}};
         },
     .on_document = [](DocumentCall& c) { return code_actions(c.snapshot, c.params); }},
    {.method = "textDocument/semanticTokens/full",
     .dispatch = Dispatch::Document,
     .capability = "semanticTokensProvider",
     .advertise =
         [](const Server::Impl&) {
           return json{
               {"legend", semantic_tokens_legend()}, {"full", {{"delta", true}}}, {"range", false}};
         },
     .on_document = [](DocumentCall& c) { return tokens(c, false); }},
    {.method = "textDocument/semanticTokens/full/delta",
     .dispatch = Dispatch::Document,
     .on_document = [](DocumentCall& c) { return tokens(c, true); }},
    {.method = "textDocument/diagnostic",
     .dispatch = Dispatch::Document,
     .capability = "diagnosticProvider",
     .advertise = diagnostic_provider,
     .on_document = pulled_diagnostics},

    // Requests about the workspace.
    {.method = "workspace/executeCommand",
     .dispatch = Dispatch::Pool,
     .capability = "executeCommandProvider",
     .advertise =
         [](const Server::Impl&) {
           return json{{"commands", {"readout.addAlias", "readout.addPerson"}}};
         },
     .on_request = [](Server::Impl& s, const json& id,
                      const json& p) { s.execute_command(id, p); }},
};

}  // namespace

std::span<const MethodRow> method_table() { return kMethods; }

const MethodRow* find_method(std::string_view method, const Server::Impl& server) {
  for (const MethodRow& row : kMethods) {
    if (row.method != method) continue;
    if (row.advertise && row.advertise(server).is_null()) return nullptr;
    return &row;
  }
  return nullptr;
}

json table_capabilities(const Server::Impl& server) {
  json out = json::object();
  for (const MethodRow& row : kMethods) {
    if (row.capability.empty()) continue;
    json value = row.advertise(server);
    if (!value.is_null()) out[std::string(row.capability)] = std::move(value);
  }
  return out;
}

}  // namespace readout::lsp
