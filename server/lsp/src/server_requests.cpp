// Requests about one document run on its strand, in order with its edits; results made stale
// by a newer edit are answered ContentModified when the client asks for that. Workspace
// requests run on the pool. Either way a handler's error becomes the error reply.
#include "server_impl.hpp"

namespace readout::lsp {
namespace {

// Runs `handle`, answering what it throws as an error reply; true when it returned.
// The prefixes name what the client sent wrong (bad params) or what failed (internal).
template <class F>
bool answering_errors(RpcChannel& channel, const json& id, const char* bad_params,
                      const char* internal, F&& handle) {
  try {
    handle();
    return true;
  } catch (const RpcError& e) {
    channel.reply_error(id, e.code, e.message);
  } catch (const json::exception& e) {
    channel.reply_error(id, error_code::kInvalidParams, bad_params + std::string(e.what()));
  } catch (const std::exception& e) {
    channel.reply_error(id, error_code::kInternalError, internal + std::string(e.what()));
  }
  return false;
}

// The open document a request is about; nullptr, once the error is answered, when its params
// name none or one that is not open.
std::shared_ptr<Document> open_document(RpcChannel& channel, DocumentTable& documents,
                                        const json& id, const json& params) {
  std::string uri;
  try {
    uri = document_uri(params);
  } catch (const json::exception& e) {
    channel.reply_error(id, error_code::kInvalidParams, std::string("bad params: ") + e.what());
    return nullptr;
  }
  auto doc = documents.find(uri);
  if (!doc) channel.reply_error(id, error_code::kRequestFailed, "the document is not open: " + uri);
  return doc;
}

}  // namespace

void Server::Impl::document_request(const json& id, const MethodRow& method, const json& params) {
  const std::shared_ptr<Document> doc = open_document(channel, documents, id, params);
  if (!doc) return;
  // Registered as the request came in (a reused id shares its flag; fuzz_jsonrpc found a
  // crash when the reply to another request with the id had erased it in between).
  const std::shared_ptr<std::atomic<bool>> cancelled = channel.cancellation_of(id);
  work.spawn(doc->strand, [this, doc, id, &method, params, cancelled] {
    if (*cancelled) {  // answered by the cancellation, unless other requests share the id
      channel.reply_error(id, error_code::kRequestCancelled, "the request was cancelled");
      return;
    }
    if (doc->closed) {
      channel.reply_error(id, error_code::kContentModified, "the document was closed");
      return;
    }
    // An edit arrived after this request and is queued behind it: a client that accepts
    // ContentModified is told at once rather than kept waiting for an analysis of a version
    // that is already gone (under fast typing these would pile up).
    if (client.stale_request_cancel && doc->received_version != doc->version) {
      channel.reply_error(id, error_code::kContentModified, "the document changed");
      return;
    }
    json result;
    bool answered = answering_errors(channel, id, "bad params: ", "internal error: ", [&] {
      if (!doc->unavailable.empty() || !doc->tree)
        throw RpcError{error_code::kRequestFailed,
                       doc->name() + " is not checked: " + doc->unavailable};
      Snapshot snap = snapshot(*doc);
      ClientFeatures features = client.features;
      features.insert_titles = workspace.settings().insert_titles;
      DocumentCall call{*doc, snap, params, features};
      result = method.on_document(call);
    });
    if (!answered) return;
    if (client.stale_request_cancel && doc->received_version != doc->version) {
      channel.reply_error(id, error_code::kContentModified, "the document changed");
      return;
    }
    channel.reply(id, std::move(result));
  });
}

void Server::Impl::syntax_request(const json& id, const MethodRow& method, const json& params) {
  const std::shared_ptr<Document> doc = open_document(channel, documents, id, params);
  if (!doc) return;
  const std::shared_ptr<std::atomic<bool>> cancelled = channel.cancellation_of(id);
  // The version the request's positions refer to: the edits before it came in before it.
  const int version = doc->received_version;
  auto answer = [this, doc, id, &method, params, cancelled, version](
                    const Document::Latest& latest, const std::string& unavailable) {
    if (*cancelled) {
      channel.reply_error(id, error_code::kRequestCancelled, "the request was cancelled");
      return;
    }
    if (doc->closed) {
      channel.reply_error(id, error_code::kContentModified, "the document was closed");
      return;
    }
    if (client.stale_request_cancel && doc->received_version != version) {
      channel.reply_error(id, error_code::kContentModified, "the document changed");
      return;
    }
    json result;
    bool answered = answering_errors(channel, id, "bad params: ", "internal error: ", [&] {
      if (!latest.tree) throw RpcError{error_code::kRequestFailed, unavailable};
      SyntaxSnapshot snap{doc->uri,
                          latest.version,
                          latest.tree,
                          latest.analysis,
                          latest.registry ? latest.registry : Registry::empty(),
                          client.encoding};
      ClientFeatures features = client.features;
      features.insert_titles = workspace.settings().insert_titles;
      SyntaxCall call{snap, params, features};
      result = method.on_syntax(call);
    });
    if (!answered) return;
    if (client.stale_request_cancel && doc->received_version != version) {
      channel.reply_error(id, error_code::kContentModified, "the document changed");
      return;
    }
    channel.reply(id, std::move(result));
  };
  Document::Latest latest = doc->latest();
  if (latest.tree && latest.version == version && latest.registry) {
    // The text is there: answer now on a worker, whatever the strand is analysing.
    work.spawn([answer, latest = std::move(latest)] { answer(latest, ""); });
    return;
  }
  // The edits it follows are not applied yet, or nothing was analysed yet (the registry is
  // loaded by the first analysis): on the strand, after the edits, without waiting for the
  // analysis of the new text unless there is none at all.
  work.spawn(doc->strand, [this, doc, answer] {
    if (!doc->unavailable.empty() || !doc->tree) {
      answer({}, doc->name() + " is not checked: " + doc->unavailable);
      return;
    }
    if (!doc->analysis && !doc->closed) {
      try {
        snapshot(*doc);
      } catch (const std::exception& e) {
        log(Server::LogLevel::Error, std::string("analysis failed: ") + e.what());
      }
    }
    doc->note_latest();
    answer(doc->latest(), "");
  });
}

void Server::Impl::pool_request(const json& id, const MethodRow& method, const json& params) {
  work.spawn([this, id, &method, params] {
    answering_errors(channel, id, "bad command arguments: ", "",
                     [&] { method.on_request(*this, id, params); });
  });
}

}  // namespace readout::lsp
