// Internals of Server, shared by its source files: the lifecycle and the handlers, over an
// RpcChannel (the wire), a WorkQueue (threads), a DocumentTable and the Workspace. Threads:
// the transport thread calls receive(); every document has a strand on the work queue, so its
// edits, analyses and requests run in arrival order without blocking the transport.
#pragma once

#include <atomic>
#include <thread>

#include "documents.hpp"
#include "features.hpp"
#include "method_table.hpp"
#include "readout/lsp/protocol.hpp"
#include "readout/lsp/server.hpp"
#include "rpc_channel.hpp"
#include "work_queue.hpp"
#include "workspace.hpp"

namespace readout::lsp {

// Client text quoted in replies and log lines (a method name can be megabytes long).
std::string clip(std::string_view text, size_t limit = 200);
// An exception's message without nlohmann's "[json.exception.type_error.302] " prefix.
std::string json_error_text(const std::exception& e);

struct ClientCapabilities {
  PositionEncoding encoding = PositionEncoding::Utf16;
  bool pull_diagnostics = false;
  bool diagnostic_refresh = false;
  bool stale_request_cancel = false;
  bool work_done_progress = false;
  bool configuration = false;
  bool apply_edit = false;
  bool watched_files_registration = false;
  bool semantic_tokens_refresh = false;
  ClientFeatures features;
};

struct Server::Impl {
  Impl(Sender s, Options o);
  ~Impl();

  // --- messages and lifecycle (server.cpp); methods are looked up in method_table.cpp
  void receive_body(std::string_view body);
  void handle_request(const json& id, const std::string& method, const json& params);
  void handle_notification(const std::string& method, const json& params);
  void log(Server::LogLevel level, const std::string& text);
  json initialize(const json& params);
  void initialized();
  void shutdown(const json& id);
  void do_exit(int status);
  void fetch_configuration();
  void did_change_configuration(const json& params);
  // Answers a message the server cannot read with `code`, naming its id when the start of the
  // message shows one, and refuses the document it was about.
  void refuse_message(std::string_view start, int code, const std::string& reason);
  void show_message(int type, const std::string& text);
  [[nodiscard]] std::string limits_line() const;
  std::string too_large(const std::string& what, size_t bytes, size_t limit,
                        const std::string& option) const;

  // --- documents (server_documents.cpp)
  // Registers a new document for uri (replacing one of the same uri).
  std::shared_ptr<Document> add_document(const std::string& uri, int version);
  void did_open(const json& params);
  void did_change(const json& params);
  void did_close(const json& params);
  void did_change_watched_files(const json& params);
  // A didOpen or didChange that could not be used (`reason` says why): the document is no
  // longer checked, the client is told, until it is opened again or replaced in full.
  void document_refused(const std::string& uri, const std::string& method,
                        const std::string& reason);
  void mark_unavailable(Document& doc, const std::string& reason);  // on the strand
  void schedule_diagnostics(const std::shared_ptr<Document>& doc, int delay_ms);
  void typing_stopped(Document& doc);  // settles the document, then publishes
  void publish_diagnostics(Document& doc);
  void refresh_all_documents();
  void publish_file_problems();
  Snapshot snapshot(Document& doc);  // analyses if stale; on the strand
  ProgressSink progress_sink();

  // --- requests (server_requests.cpp, server_commands.cpp)
  void document_request(const json& id, const MethodRow& method, const json& params);
  void syntax_request(const json& id, const MethodRow& method, const json& params);
  void pool_request(const json& id, const MethodRow& method, const json& params);
  void execute_command(const json& id, const json& params);

  Options options;
  RpcChannel channel;

  // Lifecycle, touched only by the transport thread.
  enum class State { Uninitialized, Running, ShutDown, Exited };
  std::atomic<State> state{State::Uninitialized};
  std::atomic<int> exit_code{1};
  std::function<void(int)> exit_handler;
  std::thread shutdown_waiter;
  std::thread end_of_input_waiter;

  ClientCapabilities client;
  Workspace workspace;
  DocumentTable documents;
  std::atomic<uint64_t> progress_counter{0};
  // Reads every record of the embedded registry once the client is set up (initialized): a
  // language server lives long, and its memory then stays flat instead of growing with each
  // official looked up for the first time. Its own thread, not the two workers' of `work`.
  std::jthread registry_reader;
  WorkQueue work;  // last member: stopped (joined) first
};

}  // namespace readout::lsp
