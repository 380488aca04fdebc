// The one table of LSP methods: each row names a method, how it is dispatched, its handler
// and the server capability that advertises it. `initialize` builds its capabilities from the
// rows, and a method whose capability this client is not offered is unknown to it. Adding a
// request is one row here plus its handler.
#pragma once

#include <span>
#include <string_view>

#include "features.hpp"
#include "readout/lsp/server.hpp"

namespace readout::lsp {

struct Document;

// What a handler of a document request gets: the document (on its strand), its analysed
// snapshot, the params and what the client can show.
struct DocumentCall {
  Document& doc;
  const Snapshot& snapshot;
  const json& params;
  const ClientFeatures& features;
};

// What a handler of a request answered from the latest syntax gets.
struct SyntaxCall {
  const SyntaxSnapshot& snapshot;
  const json& params;
  const ClientFeatures& features;
};

enum class Dispatch {
  Document,  // a request about one open document: on its strand, after its edits
  // A request about one open document answered from its latest text (after the edits it
  // follows) and the latest analysis ready, on a worker: never waits for an analysis.
  Syntax,
  Pool,          // a request run on a worker thread; the handler replies itself
  Notification,  // a notification, handled on the transport thread as it arrives
};

struct MethodRow {
  std::string_view method;
  Dispatch dispatch = Dispatch::Notification;
  // The ServerCapabilities key that advertises the method ("": none) and its value for this
  // server and client (null: not offered to this client).
  std::string_view capability = {};
  json (*advertise)(const Server::Impl&) = nullptr;
  json (*on_document)(DocumentCall&) = nullptr;
  json (*on_syntax)(SyntaxCall&) = nullptr;
  void (*on_request)(Server::Impl&, const json& id, const json& params) = nullptr;
  void (*on_notification)(Server::Impl&, const json& params) = nullptr;
};

std::span<const MethodRow> method_table();
// The row of `method` when this client is offered it, else nullptr.
const MethodRow* find_method(std::string_view method, const Server::Impl& server);
// The capabilities the table advertises to this client.
json table_capabilities(const Server::Impl& server);

}  // namespace readout::lsp
