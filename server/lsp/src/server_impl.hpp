// Internals of Server, shared by its source files. Threads: the transport thread calls
// receive(); every document has an Asio strand on a worker pool, so its edits, analyses and
// requests run in arrival order without blocking the transport.
#pragma once

#include <atomic>
#include <condition_variable>
#include <future>
#include <map>
#include <mutex>
#include <optional>
#include <thread>

#include <boost/asio/steady_timer.hpp>
#include <boost/asio/strand.hpp>
#include <boost/asio/thread_pool.hpp>

#include "features.hpp"
#include "readout/lsp/protocol.hpp"
#include "readout/lsp/server.hpp"
#include "readout/syntax.hpp"
#include "workspace.hpp"

namespace readout::lsp {

using Strand = boost::asio::strand<boost::asio::thread_pool::executor_type>;

// Client text quoted in replies and log lines (a method name can be megabytes long).
std::string clip(std::string_view text, size_t limit = 200);
// An exception's message without nlohmann's "[json.exception.type_error.302] " prefix.
std::string json_error_text(const std::exception& e);

struct Document {
  Document(std::string u, Strand s) : uri(std::move(u)), strand(s), debounce(s) {}
  const std::string uri;
  std::optional<fs::path> path;
  Strand strand;
  boost::asio::steady_timer debounce;
  std::atomic<int> received_version{0};  // written by the transport thread
  std::atomic<bool> closed{false};
  // Only touched on the strand:
  // Why the server has no usable text for this document (its didOpen or a didChange was
  // refused, or it grew over the size limit); empty when it is checked as usual.
  std::string unavailable;
  int version = 0;
  std::shared_ptr<const SyntaxTree> tree;
  std::shared_ptr<const AnalysisResult> analysis;
  Context context;
  uint64_t analysis_generation = 0;
  int published_version = -1;
  std::vector<uint32_t> tokens;
  uint64_t tokens_id = 0;
};

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

  // --- messages (server.cpp)
  void receive_body(std::string_view body);
  void handle_request(const json& id, const std::string& method, const json& params);
  void handle_notification(const std::string& method, const json& params);
  void handle_response(const json& message);
  void send(const json& message);
  void reply(const json& id, json result);
  void reply_error(const json& id, int code, const std::string& message);
  bool claim_reply(const json& id);  // false when the request was cancelled already
  std::future<json> request_client(const std::string& method, json params);
  void log(Server::LogLevel level, const std::string& text);
  json initialize(const json& params);
  void initialized();
  void shutdown(const json& id);
  void do_exit(int status);
  void fetch_configuration();

  // --- work scheduling
  template <class Executor, class F>
  void spawn(const Executor& executor, F&& work);
  void task_done();

  // --- documents (server_documents.cpp)
  std::shared_ptr<Document> find_document(const std::string& uri);
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
  // Answers a message the server cannot read with `code`, naming its id when the start of the
  // message shows one, and refuses the document it was about.
  void refuse_message(std::string_view start, int code, const std::string& reason);
  void show_message(int type, const std::string& text);
  [[nodiscard]] std::string limits_line() const;
  std::string too_large(const std::string& what, size_t bytes, size_t limit,
                        const std::string& option) const;
  void schedule_diagnostics(const std::shared_ptr<Document>& doc, int delay_ms);
  void typing_stopped(Document& doc);  // settles the document, then publishes
  void publish_diagnostics(Document& doc);
  void refresh_all_documents();
  void publish_file_problems();
  Snapshot snapshot(Document& doc);  // analyses if stale; on the strand
  ProgressSink progress_sink();
  void document_request(const json& id, const std::string& method, const json& params);
  json run_document_method(Document& doc, const std::string& method, const json& params);
  void execute_command(const json& id, const json& params);

  Sender sender;
  Options options;
  std::mutex send_mutex;

  // Lifecycle, touched only by the transport thread.
  enum class State { Uninitialized, Running, ShutDown, Exited };
  std::atomic<State> state{State::Uninitialized};
  std::atomic<int> exit_code{1};
  std::function<void(int)> exit_handler;
  std::thread shutdown_waiter;
  std::thread end_of_input_waiter;

  ClientCapabilities client;
  Workspace workspace;

  std::mutex documents_mutex;
  std::map<std::string, std::shared_ptr<Document>> documents;

  // Requests from the client not yet answered, for $/cancelRequest.
  std::mutex pending_mutex;
  // Requests not yet answered, by id. A client may (wrongly) reuse an id while a request is
  // pending: each request is still answered once, and a cancellation covers all of them.
  struct PendingRequest {
    std::shared_ptr<std::atomic<bool>> cancelled;
    int outstanding = 0;
  };
  std::map<std::string, PendingRequest> pending;
  void register_request(const nlohmann::json& id);
  std::shared_ptr<std::atomic<bool>> cancellation_of(const nlohmann::json& id);

  // Requests to the client awaiting a reply.
  std::mutex outgoing_mutex;
  int next_outgoing_id = 1;
  std::map<int, std::promise<json>> outgoing;

  // Work in flight, for wait_idle() and shutdown.
  std::mutex idle_mutex;
  std::condition_variable idle_cv;
  int in_flight = 0;

  std::atomic<uint64_t> progress_counter{0};
  boost::asio::thread_pool pool;  // last member: destroyed (joined) first
};

template <class Executor, class F>
void Server::Impl::spawn(const Executor& executor, F&& work) {
  {
    std::lock_guard lock(idle_mutex);
    ++in_flight;
  }
  boost::asio::post(executor, [this, work = std::forward<F>(work)]() mutable {
    try {
      work();
    } catch (const std::exception& e) {
      log(Server::LogLevel::Error, std::string("internal error: ") + e.what());
    }
    task_done();
  });
}

}  // namespace readout::lsp
