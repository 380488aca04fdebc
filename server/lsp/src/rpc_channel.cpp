#include "rpc_channel.hpp"

namespace readout::lsp {
namespace {

std::string id_key(const json& id) { return id.dump(); }

json envelope() { return {{"jsonrpc", "2.0"}}; }

}  // namespace

RpcChannel::RpcChannel(Server::Sender sender, Trace trace)
    : sender_(std::move(sender)), trace_(std::move(trace)) {}

void RpcChannel::send(const json& message) {
  std::string body = message.dump(-1, ' ', false, json::error_handler_t::replace);
  if (trace_) trace_("<- " + body.substr(0, 400));
  std::lock_guard lock(send_mutex_);
  sender_(std::move(body));
}

void RpcChannel::register_request(const json& id) {
  std::lock_guard lock(pending_mutex_);
  PendingRequest& request = pending_[id_key(id)];
  if (request.outstanding++ == 0) request.cancelled = std::make_shared<std::atomic<bool>>(false);
}

std::shared_ptr<std::atomic<bool>> RpcChannel::cancellation_of(const json& id) {
  std::lock_guard lock(pending_mutex_);
  auto it = pending_.find(id_key(id));
  return it != pending_.end() ? it->second.cancelled : std::make_shared<std::atomic<bool>>(false);
}

void RpcChannel::cancel(const json& id) {
  std::shared_ptr<std::atomic<bool>> flag;
  {
    std::lock_guard lock(pending_mutex_);
    auto it = pending_.find(id_key(id));
    if (it != pending_.end()) flag = it->second.cancelled;
  }
  if (!flag) return;
  *flag = true;
  reply_error(id, error_code::kRequestCancelled, "the request was cancelled");
}

bool RpcChannel::claim(const json& id) {
  std::lock_guard lock(pending_mutex_);
  auto it = pending_.find(id_key(id));
  if (it == pending_.end()) return false;
  if (--it->second.outstanding == 0) pending_.erase(it);
  return true;
}

void RpcChannel::reply(const json& id, json result) {
  if (!claim(id)) return;
  json message = envelope();
  message["id"] = id;
  message["result"] = std::move(result);
  send(message);
}

void RpcChannel::reply_error(const json& id, int code, const std::string& message) {
  if (!id.is_null() && !claim(id)) return;
  refuse(id, code, message);
}

void RpcChannel::refuse(const json& id, int code, const std::string& text) {
  json message = envelope();
  message["id"] = id;
  message["error"] = {{"code", code}, {"message", text}};
  send(message);
}

void RpcChannel::notify(const std::string& method, json params) {
  json message = envelope();
  message["method"] = method;
  message["params"] = std::move(params);
  send(message);
}

void RpcChannel::notify_serialised(const std::string& method, const std::string& params) {
  // As send() writes the envelope: keys in order, no spaces.
  std::string body = R"({"jsonrpc":"2.0","method":)" +
                     json(method).dump(-1, ' ', false, json::error_handler_t::replace) +
                     R"(,"params":)" + params + "}";
  if (trace_) trace_("<- " + body.substr(0, 400));
  std::lock_guard lock(send_mutex_);
  sender_(std::move(body));
}

std::future<json> RpcChannel::request(const std::string& method, json params) {
  std::promise<json> promise;
  std::future<json> future = promise.get_future();
  int id;
  {
    std::lock_guard lock(outgoing_mutex_);
    id = next_outgoing_id_++;
    outgoing_.emplace(id, std::move(promise));
  }
  json message = envelope();
  message["id"] = id;
  message["method"] = method;
  message["params"] = std::move(params);
  send(message);
  return future;
}

void RpcChannel::receive_response(const json& message) {
  const json& id = message["id"];
  if (!id.is_number_integer()) return;
  std::lock_guard lock(outgoing_mutex_);
  auto it = outgoing_.find(id.get<int>());
  if (it == outgoing_.end()) return;
  it->second.set_value(message.contains("result") ? message["result"] : json());
  outgoing_.erase(it);
}

void RpcChannel::close() {
  std::lock_guard lock(outgoing_mutex_);
  for (auto& [id, promise] : outgoing_) promise.set_value(json());
  outgoing_.clear();
}

}  // namespace readout::lsp
