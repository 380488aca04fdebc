// The one place that writes JSON-RPC envelopes: replies, errors, notifications and the
// server's own requests to the client. It also keeps the books a reply needs: which client
// requests are still unanswered (so each is answered once, and $/cancelRequest can flag them)
// and which server requests await the client's reply. Thread-safe.
#pragma once

#include <atomic>
#include <functional>
#include <future>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>

#include "readout/lsp/protocol.hpp"
#include "readout/lsp/server.hpp"

namespace readout::lsp {

class RpcChannel {
 public:
  using Trace = std::function<void(const std::string& line)>;  // may be empty
  RpcChannel(Server::Sender sender, Trace trace);

  // A client request with this id came in and will be answered (reply or error) once.
  void register_request(const json& id);
  // Its cancellation flag (a fresh, unset one when the id is not pending).
  std::shared_ptr<std::atomic<bool>> cancellation_of(const json& id);
  // $/cancelRequest: flags the pending request and answers it RequestCancelled.
  void cancel(const json& id);

  // Answers a registered request; nothing is sent when it was answered already (cancelled).
  void reply(const json& id, json result);
  void reply_error(const json& id, int code, const std::string& message);
  // An error for a message that could not be read, so never registered (id may be null).
  void refuse(const json& id, int code, const std::string& message);
  void notify(const std::string& method, json params);
  // The same with the params already serialised (valid JSON, an object): for a notification
  // whose parts are kept serialised between sends (publishDiagnostics).
  void notify_serialised(const std::string& method, const std::string& params);

  // A request to the client; the future holds its result (null on an error or at close()).
  std::future<json> request(const std::string& method, json params);
  // A reply of the client's to one of our requests.
  void receive_response(const json& message);
  // Resolves every request still waiting for the client (the server is going away).
  void close();

 private:
  void send(const json& message);
  bool claim(const json& id);  // false when the request was answered already

  Server::Sender sender_;
  Trace trace_;
  std::mutex send_mutex_;

  // Requests not yet answered, by id. A client may (wrongly) reuse an id while a request is
  // pending: each request is still answered once, and a cancellation covers all of them.
  struct PendingRequest {
    std::shared_ptr<std::atomic<bool>> cancelled;
    int outstanding = 0;
  };
  std::mutex pending_mutex_;
  std::map<std::string, PendingRequest> pending_;

  std::mutex outgoing_mutex_;
  int next_outgoing_id_ = 1;
  std::map<int, std::promise<json>> outgoing_;
};

}  // namespace readout::lsp
