// Typed LSP 3.17 structures used by the server, with nlohmann to_json/from_json. from_json
// throws nlohmann::json::exception on a wrong shape; the dispatcher turns that into an
// InvalidParams reply.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "readout/lsp/positions.hpp"

namespace readout::lsp {

using json = nlohmann::json;

namespace error_code {
inline constexpr int kParseError = -32700;
inline constexpr int kInvalidRequest = -32600;
inline constexpr int kMethodNotFound = -32601;
inline constexpr int kInvalidParams = -32602;
inline constexpr int kInternalError = -32603;
inline constexpr int kServerNotInitialized = -32002;
inline constexpr int kRequestFailed = -32803;
inline constexpr int kServerCancelled = -32802;
inline constexpr int kContentModified = -32801;
inline constexpr int kRequestCancelled = -32800;
}  // namespace error_code

// An error a handler reports to the client as a JSON-RPC error reply.
struct RpcError {
  int code = error_code::kInternalError;
  std::string message;
};

void to_json(json& j, const Position& p);
void from_json(const json& j, Position& p);
void to_json(json& j, const Range& r);
void from_json(const json& j, Range& r);

struct TextDocumentItem {
  std::string uri;
  std::string language_id;
  int version = 0;
  std::string text;
};
void from_json(const json& j, TextDocumentItem& d);

struct ContentChange {
  std::optional<Range> range;  // absent: the whole text is replaced
  std::string text;
};
void from_json(const json& j, ContentChange& c);

struct DidChangeParams {
  std::string uri;
  int version = 0;
  std::vector<ContentChange> changes;
};
void from_json(const json& j, DidChangeParams& p);

struct DocumentPosition {
  std::string uri;
  Position position;
};
void from_json(const json& j, DocumentPosition& p);

// Reads params.textDocument.uri.
std::string document_uri(const json& params);

struct LspTextEdit {
  Range range;
  std::string new_text;
};
void to_json(json& j, const LspTextEdit& e);

// LSP enumerations the server uses.
namespace completion_kind {
inline constexpr int kText = 1, kField = 5, kVariable = 6, kClass = 7, kModule = 9, kValue = 12,
                     kKeyword = 14, kReference = 18, kEnumMember = 20;
}
namespace symbol_kind {
inline constexpr int kNamespace = 3, kField = 8, kVariable = 13, kEvent = 24, kObject = 19;
}

// file:// URIs <-> paths (percent-encoding per RFC 3986).
std::string path_to_uri(const std::string& path);
std::optional<std::string> uri_to_path(const std::string& uri);

}  // namespace readout::lsp
