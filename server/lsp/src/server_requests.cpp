// Requests about one document run on its strand, in order with its edits; results made stale
// by a newer edit are answered ContentModified when the client asks for that.
#include <set>

#include "readout/data/files.hpp"
#include "server_impl.hpp"

namespace readout::lsp {
namespace {

const std::set<std::string, std::less<>> kDocumentMethods = {
    "textDocument/completion",          "textDocument/hover",
    "textDocument/codeAction",          "textDocument/definition",
    "textDocument/references",          "textDocument/documentHighlight",
    "textDocument/prepareRename",       "textDocument/rename",
    "textDocument/documentSymbol",      "textDocument/foldingRange",
    "textDocument/semanticTokens/full", "textDocument/semanticTokens/full/delta",
    "textDocument/diagnostic",
};

}  // namespace

void Server::Impl::document_request(const json& id, const std::string& method, const json& params) {
  if (!kDocumentMethods.contains(method) ||
      (method == "textDocument/diagnostic" && !client.pull_diagnostics)) {
    reply_error(id, error_code::kMethodNotFound, "unknown method " + clip(method));
    return;
  }
  std::string uri;
  try {
    uri = document_uri(params);
  } catch (const json::exception& e) {
    reply_error(id, error_code::kInvalidParams, std::string("bad params: ") + e.what());
    return;
  }
  auto doc = find_document(uri);
  if (!doc) {
    reply_error(id, error_code::kRequestFailed, "the document is not open: " + uri);
    return;
  }
  // Registered as the request came in (a reused id shares its flag; fuzz_jsonrpc found a
  // crash when the reply to another request with the id had erased it in between).
  const std::shared_ptr<std::atomic<bool>> cancelled = cancellation_of(id);
  spawn(doc->strand, [this, doc, id, method, params, cancelled] {
    if (*cancelled) {  // answered by the cancellation, unless other requests share the id
      reply_error(id, error_code::kRequestCancelled, "the request was cancelled");
      return;
    }
    if (doc->closed) {
      reply_error(id, error_code::kContentModified, "the document was closed");
      return;
    }
    // An edit arrived after this request and is queued behind it: a client that accepts
    // ContentModified is told at once rather than kept waiting for an analysis of a version
    // that is already gone (under fast typing these would pile up).
    if (client.stale_request_cancel && doc->received_version != doc->version) {
      reply_error(id, error_code::kContentModified, "the document changed");
      return;
    }
    json result;
    try {
      result = run_document_method(*doc, method, params);
    } catch (const RpcError& e) {
      reply_error(id, e.code, e.message);
      return;
    } catch (const json::exception& e) {
      reply_error(id, error_code::kInvalidParams, std::string("bad params: ") + e.what());
      return;
    } catch (const std::exception& e) {
      reply_error(id, error_code::kInternalError, std::string("internal error: ") + e.what());
      return;
    }
    if (client.stale_request_cancel && doc->received_version != doc->version) {
      reply_error(id, error_code::kContentModified, "the document changed");
      return;
    }
    reply(id, std::move(result));
  });
}

json Server::Impl::run_document_method(Document& doc, const std::string& method,
                                       const json& params) {
  if (!doc.unavailable.empty() || !doc.tree) {
    std::string name = doc.path ? doc.path->filename().string() : doc.uri;
    throw RpcError{error_code::kRequestFailed, name + " is not checked: " + doc.unavailable};
  }
  Snapshot snap = snapshot(doc);
  ClientFeatures features = client.features;
  features.insert_titles = workspace.settings().insert_titles;
  if (method == "textDocument/completion") return completion(snap, params, features);
  if (method == "textDocument/hover") return hover(snap, params, features);
  if (method == "textDocument/codeAction") return code_actions(snap, params);
  if (method == "textDocument/definition") return definition(snap, params);
  if (method == "textDocument/references") return references(snap, params);
  if (method == "textDocument/documentHighlight") return document_highlight(snap, params);
  if (method == "textDocument/prepareRename") return prepare_rename(snap, params);
  if (method == "textDocument/rename") return rename(snap, params);
  if (method == "textDocument/documentSymbol") return document_symbols(snap);
  if (method == "textDocument/foldingRange") return folding_ranges(snap);
  if (method == "textDocument/diagnostic") {
    return {
        {"kind", "full"},
        {"resultId", std::to_string(doc.version) + "." + std::to_string(doc.analysis_generation)},
        {"items", diagnostics_json(snap)}};
  }
  if (method == "textDocument/semanticTokens/full" ||
      method == "textDocument/semanticTokens/full/delta") {
    std::vector<uint32_t> tokens = semantic_tokens(snap);
    bool delta = method.ends_with("/delta") && params.contains("previousResultId") &&
                 params["previousResultId"] == std::to_string(doc.tokens_id);
    json result = {{"resultId", std::to_string(++doc.tokens_id)}};
    if (delta) {
      result["edits"] = semantic_tokens_edits(doc.tokens, tokens);
    } else {
      result["data"] = tokens;
    }
    doc.tokens = std::move(tokens);
    return result;
  }
  throw RpcError{error_code::kMethodNotFound, "unknown method " + clip(method)};
}

}  // namespace readout::lsp
