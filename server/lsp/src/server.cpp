// JSON-RPC dispatch and the LSP lifecycle.
#include <chrono>

#include "message_peek.hpp"
#include "readout/data/popolo.hpp"
#include "readout/lsp/server.hpp"
#include "server_impl.hpp"

#ifndef READOUT_VERSION
#define READOUT_VERSION "0.0.0"
#endif

namespace readout::lsp {
namespace {

bool valid_id(const json& id) { return id.is_string() || id.is_number_integer(); }

std::string mebibytes(size_t bytes) {
  if (bytes % (1024 * 1024) == 0) return std::to_string(bytes / (1024 * 1024)) + " MiB";
  if (bytes % 1024 == 0) return std::to_string(bytes / 1024) + " KiB";
  return std::to_string(bytes) + " bytes";
}

}  // namespace

std::string json_error_text(const std::exception& e) {
  std::string what = e.what();
  if (what.rfind("[json.exception.", 0) == 0) {
    size_t end = what.find("] ");
    if (end != std::string::npos) return what.substr(end + 2);
  }
  return what;
}

std::string clip(std::string_view text, size_t limit) {
  if (text.size() <= limit) return std::string(text);
  return std::string(text.substr(0, limit)) + "... (" + std::to_string(text.size()) + " bytes)";
}

Server::Impl::Impl(Sender s, Options o)
    : options(std::move(o)),
      channel(std::move(s),
              [this](const std::string& line) { log(Server::LogLevel::Debug, line); }),
      work(options.workers,
           [this](const std::string& what) { log(Server::LogLevel::Error, what); }) {
  log(Server::LogLevel::Info, limits_line());
}

std::string Server::Impl::limits_line() const {
  return std::string("readout ") + READOUT_VERSION + " limits: messages up to " +
         std::to_string(options.max_message_bytes) + " bytes (" +
         mebibytes(options.max_message_bytes) + ", --max-message-bytes), documents up to " +
         std::to_string(options.max_document_bytes) + " bytes (" +
         mebibytes(options.max_document_bytes) + ", --max-document-bytes)";
}

std::string Server::Impl::too_large(const std::string& what, size_t bytes, size_t limit,
                                    const std::string& option) const {
  return what + " is " + std::to_string(bytes) + " bytes, over the limit of " +
         std::to_string(limit) + " bytes (" + mebibytes(limit) +
         "); start the server with `readout lsp " + option + " N` to raise it";
}

Server::Impl::~Impl() {
  if (shutdown_waiter.joinable()) shutdown_waiter.join();
  if (end_of_input_waiter.joinable()) end_of_input_waiter.join();
  channel.close();
  documents.close_all();
  work.stop();
  documents.clear();
}

void Server::Impl::log(Server::LogLevel level, const std::string& text) {
  if (!options.log || level > options.log_level) return;
  static const char* names[] = {"error", "warning", "info", "debug"};
  options.log(std::string(names[static_cast<int>(level)]) + ": " + clip(text, 2000));
}

void Server::Impl::show_message(int type, const std::string& text) {
  channel.notify("window/showMessage", {{"type", type}, {"message", text}});
}

void Server::Impl::refuse_message(std::string_view start, int code, const std::string& reason) {
  MessagePeek peek = peek_message(start);
  log(Server::LogLevel::Warning,
      reason + (peek.method.empty() ? "" : " (" + clip(peek.method) + ")"));
  // A reply of the client's that cannot be read is dropped: the request it answers times out.
  if (peek.response) return;
  channel.refuse(peek.is_request() ? peek.id : json(), code, reason);
  if (state == State::Running && !peek.uri.empty()) {
    if (peek.method == "textDocument/didOpen")
      document_refused(peek.uri, peek.method, "its text could not be read: " + reason);
    else if (peek.method == "textDocument/didChange")
      document_refused(peek.uri, peek.method, "an edit could not be read: " + reason);
  }
}

void Server::Impl::receive_body(std::string_view body) {
  log(Server::LogLevel::Debug, "-> " + std::string(body.substr(0, 400)));
  // A tree nested this deep would overflow the stack when it is copied or compared.
  if (nests_deeper_than(body, kMaxJsonDepth)) {
    refuse_message(body, error_code::kParseError,
                   "message is not valid JSON: it nests arrays and objects more than " +
                       std::to_string(kMaxJsonDepth) + " levels deep");
    return;
  }
  json message;
  try {
    message = json::parse(body);
  } catch (const json::exception& e) {  // parse_error, or out_of_range for a number like 1e400
    refuse_message(body, error_code::kParseError,
                   "message is not valid JSON: " + json_error_text(e));
    return;
  }
  if (!message.is_object()) {
    channel.refuse(nullptr, error_code::kInvalidRequest, "a JSON-RPC message must be an object");
    return;
  }
  bool has_id = message.contains("id");
  if (!message.contains("method")) {
    if (has_id && (message.contains("result") || message.contains("error"))) {
      channel.receive_response(message);
    } else {
      channel.refuse(nullptr, error_code::kInvalidRequest, "message has neither method nor result");
    }
    return;
  }
  const json& method_value = message["method"];
  json id = has_id ? message["id"] : json();
  if (!method_value.is_string() || (has_id && !valid_id(id))) {
    channel.refuse(nullptr, error_code::kInvalidRequest,
                   "\"method\" must be a string and \"id\" a number or string");
    return;
  }
  std::string method = method_value.get<std::string>();
  json params = message.contains("params") ? message["params"] : json::object();
  // Some clients (eglot) send "params": null for requests without parameters, like shutdown.
  if (params.is_null()) params = json::object();
  if (!params.is_object() && !params.is_array()) {
    if (has_id) {
      channel.register_request(id);
      channel.reply_error(id, error_code::kInvalidParams, "\"params\" must be an object");
    }
    return;
  }
  if (has_id) {
    channel.register_request(id);
    handle_request(id, method, params);
  } else {
    handle_notification(method, params);
  }
}

void Server::Impl::handle_request(const json& id, const std::string& method, const json& params) {
  State s = state;
  if (s == State::ShutDown || s == State::Exited) {
    channel.reply_error(id, error_code::kInvalidRequest, "the server is shutting down");
    return;
  }
  if (method == "initialize") {
    if (s != State::Uninitialized) {
      channel.reply_error(id, error_code::kInvalidRequest, "initialize was already received");
      return;
    }
    try {
      json result = initialize(params);
      state = State::Running;
      channel.reply(id, std::move(result));
    } catch (const json::exception& e) {
      channel.reply_error(id, error_code::kInvalidParams,
                          std::string("bad initialize params: ") + e.what());
    }
    return;
  }
  if (s == State::Uninitialized) {
    channel.reply_error(id, error_code::kServerNotInitialized,
                        "the server has not been initialized");
    return;
  }
  if (method == "shutdown") {
    shutdown(id);
    return;
  }
  const MethodRow* row = find_method(method, *this);
  if (row && row->dispatch == Dispatch::Document) {
    document_request(id, *row, params);
  } else if (row && row->dispatch == Dispatch::Syntax) {
    syntax_request(id, *row, params);
  } else if (row && row->dispatch == Dispatch::Pool) {
    pool_request(id, *row, params);
  } else {
    channel.reply_error(id, error_code::kMethodNotFound, "unknown method " + clip(method));
  }
}

void Server::Impl::handle_notification(const std::string& method, const json& params) {
  if (method == "exit") {
    do_exit(state == State::ShutDown ? 0 : 1);
    return;
  }
  State s = state;
  if (s != State::Running) return;  // before initialize or after shutdown: dropped
  try {
    const MethodRow* row = find_method(method, *this);
    if (row && row->dispatch == Dispatch::Notification) {
      row->on_notification(*this, params);
    } else if (method.rfind("$/", 0) != 0) {
      log(Server::LogLevel::Info, "ignoring unknown notification " + clip(method));
    }
  } catch (const json::exception& e) {
    log(Server::LogLevel::Warning, method + ": bad params: " + e.what());
    // An open or an edit the server cannot use: it must not go on checking other text than
    // the editor's.
    bool open = method == "textDocument/didOpen";
    if ((open || method == "textDocument/didChange") && params.is_object() &&
        params.contains("textDocument") && params["textDocument"].is_object() &&
        params["textDocument"].contains("uri") && params["textDocument"]["uri"].is_string()) {
      document_refused(
          params["textDocument"]["uri"].get<std::string>(), method,
          std::string(open ? "its didOpen could not be used" : "an edit could not be applied") +
              ": bad params: " + json_error_text(e));
    }
  }
}

json Server::Impl::initialize(const json& params) {
  const json caps = params.value("capabilities", json::object());
  auto flag = [&](std::initializer_list<const char*> path) {
    const json* node = &caps;
    for (const char* key : path) {
      if (!node->is_object() || !node->contains(key)) return false;
      node = &(*node)[key];
    }
    return node->is_boolean() ? node->get<bool>() : !node->is_null();
  };
  client = {};
  if (caps.contains("general") && caps["general"].contains("positionEncodings")) {
    for (const auto& name : caps["general"]["positionEncodings"]) {
      if (!name.is_string()) continue;
      if (auto e = parse_position_encoding(name.get<std::string>())) {
        client.encoding = *e;
        break;
      }
    }
  }
  client.pull_diagnostics = flag({"textDocument", "diagnostic"});
  client.diagnostic_refresh = flag({"workspace", "diagnostics", "refreshSupport"});
  client.stale_request_cancel = flag({"general", "staleRequestSupport", "cancel"});
  client.work_done_progress = flag({"window", "workDoneProgress"});
  client.configuration = flag({"workspace", "configuration"});
  client.apply_edit = flag({"workspace", "applyEdit"});
  client.watched_files_registration =
      flag({"workspace", "didChangeWatchedFiles", "dynamicRegistration"});
  client.semantic_tokens_refresh = flag({"workspace", "semanticTokens", "refreshSupport"});
  client.features.snippets =
      flag({"textDocument", "completion", "completionItem", "snippetSupport"});

  std::string root_uri;
  if (params.contains("workspaceFolders") && params["workspaceFolders"].is_array() &&
      !params["workspaceFolders"].empty()) {
    root_uri = params["workspaceFolders"][0].at("uri").get<std::string>();
  } else if (params.contains("rootUri") && params["rootUri"].is_string()) {
    root_uri = params["rootUri"].get<std::string>();
  } else if (params.contains("rootPath") && params["rootPath"].is_string()) {
    root_uri = path_to_uri(params["rootPath"].get<std::string>());
  }
  if (auto path = uri_to_path(root_uri)) workspace.set_root(*path);
  if (params.contains("initializationOptions")) {
    const json& init = params["initializationOptions"];
    if (init.is_object())
      workspace.update_settings(init.contains("readout") ? init["readout"] : init);
  }

  json caps_out = table_capabilities(*this);
  caps_out["positionEncoding"] = to_string(client.encoding);
  caps_out["workspace"] = {{"workspaceFolders", {{"supported", true}}}};
  caps_out["experimental"] = {{"readout",
                               {{"maxMessageBytes", options.max_message_bytes},
                                {"maxDocumentBytes", options.max_document_bytes}}}};
  return {{"capabilities", caps_out},
          {"serverInfo", {{"name", "readout"}, {"version", READOUT_VERSION}}}};
}

void Server::Impl::initialized() {
  channel.notify("window/logMessage", {{"type", 4}, {"message", limits_line()}});
  if (!registry_reader.joinable())
    registry_reader = std::jthread([] { data::embedded_registry()->records().read_all(); });
  if (client.watched_files_registration) {
    json watchers =
        json::array({{{"globPattern", "**/.readout.json"}}, {{"globPattern", "**/*.json"}}});
    work.spawn([this, watchers] {
      channel
          .request("client/registerCapability",
                   {{"registrations",
                     {{{"id", "readout-watch"},
                       {"method", "workspace/didChangeWatchedFiles"},
                       {"registerOptions", {{"watchers", watchers}}}}}}})
          .wait_for(std::chrono::seconds(2));
    });
  }
  if (client.configuration) fetch_configuration();
}

void Server::Impl::did_change_configuration(const json& params) {
  if (client.configuration) {
    fetch_configuration();
  } else if (params.contains("settings") && params["settings"].is_object()) {
    const json& settings = params["settings"];
    json section = settings.contains("readout") ? settings["readout"] : settings;
    // Off the transport thread: the workspace lock may be held by a registry load.
    work.spawn([this, section] {
      workspace.update_settings(section);
      refresh_all_documents();
    });
  }
}

void Server::Impl::fetch_configuration() {
  work.spawn([this] {
    auto future =
        channel.request("workspace/configuration", {{"items", {{{"section", "readout"}}}}});
    if (future.wait_for(std::chrono::seconds(5)) != std::future_status::ready) return;
    json result = future.get();
    if (result.is_array() && !result.empty() && result[0].is_object()) {
      workspace.update_settings(result[0]);
      refresh_all_documents();
    }
  });
}

void Server::Impl::shutdown(const json& id) {
  state = State::ShutDown;
  // Let queued work finish before answering, without blocking the transport.
  shutdown_waiter = std::thread([this, id] {
    work.wait_idle(std::chrono::seconds(5));
    channel.reply(id, nullptr);
  });
}

void Server::Impl::do_exit(int status) {
  if (state == State::Exited) return;
  // The reply to shutdown goes out first: whoever sees exited() has every reply.
  if (shutdown_waiter.joinable()) shutdown_waiter.join();
  exit_code = status;
  state = State::Exited;
  log(Server::LogLevel::Info, "exit with status " + std::to_string(status));
  if (exit_handler) exit_handler(status);
}

Server::Server(Sender send, Options options)
    : impl_(std::make_unique<Impl>(std::move(send), std::move(options))) {}
Server::~Server() = default;

void Server::receive(const Frame& frame) {
  if (frame.ok) {
    impl_->receive_body(frame.body);
  } else if (frame.over_limit) {
    // Only the first bytes of the body were kept: enough to answer the request by its id.
    std::string reason =
        !frame.declared_length
            ? "bad message frame: " + frame.error + " (the limit is " +
                  std::to_string(impl_->options.max_message_bytes) +
                  " bytes; start the server with `readout lsp --max-message-bytes N` to raise it)"
            : "bad message frame: " + impl_->too_large("the message", *frame.declared_length,
                                                       impl_->options.max_message_bytes,
                                                       "--max-message-bytes");
    impl_->refuse_message(frame.body, error_code::kParseError, reason);
  } else {
    impl_->log(LogLevel::Warning, "bad frame: " + frame.error);
    impl_->channel.refuse(nullptr, error_code::kParseError, "bad message frame: " + frame.error);
  }
}

void Server::receive_body(std::string_view body) { impl_->receive_body(body); }

void Server::end_of_input() {
  Impl* impl = impl_.get();
  if (impl->state == Impl::State::Exited || impl->end_of_input_waiter.joinable()) return;
  // The client may have closed only its side (stdin) and still read: answer what was asked.
  impl->end_of_input_waiter = std::thread([impl] {
    impl->work.wait_idle(std::chrono::seconds(5));
    impl->do_exit(1);
  });
}

void Server::on_exit(std::function<void(int)> handler) { impl_->exit_handler = std::move(handler); }
bool Server::exited() const { return impl_->state == Impl::State::Exited; }
int Server::exit_status() const { return impl_->exit_code; }

void Server::wait_idle() { impl_->work.wait_idle(); }

}  // namespace readout::lsp
