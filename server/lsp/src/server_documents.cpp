// Open documents: incremental sync, analysis snapshots, diagnostics (pushed or pulled),
// watched files, progress while loading registries.
#include <chrono>
#include <optional>

#include <boost/asio/bind_executor.hpp>

#include "readout/data/files.hpp"
#include "server_impl.hpp"

namespace readout::lsp {

std::shared_ptr<Document> Server::Impl::add_document(const std::string& uri, int version) {
  auto doc = std::make_shared<Document>(uri, work.make_strand());
  doc->path = uri_to_path(uri);
  doc->received_version = version;
  documents.add(doc);
  return doc;
}

void Server::Impl::did_open(const json& params) {
  auto item = params.at("textDocument").get<TextDocumentItem>();
  auto doc = add_document(item.uri, item.version);
  if (item.text.size() > options.max_document_bytes) {
    std::string reason = too_large("the document", item.text.size(), options.max_document_bytes,
                                   "--max-document-bytes");
    work.spawn(doc->strand, [this, doc, reason, version = item.version] {
      doc->version = version;
      mark_unavailable(*doc, reason);
    });
    return;
  }
  work.spawn(doc->strand,
             [this, doc, text = std::move(item.text), version = item.version]() mutable {
               doc->tree = SyntaxTree::parse(std::move(text));
               doc->version = version;
               doc->note_latest();
               schedule_diagnostics(doc, 0);
             });
}

void Server::Impl::document_refused(const std::string& uri, const std::string& method,
                                    const std::string& reason) {
  std::shared_ptr<Document> doc;
  if (method == "textDocument/didOpen") {
    doc = add_document(uri, 0);
  } else if (!(doc = documents.find(uri))) {
    return;
  }
  work.spawn(doc->strand, [this, doc, reason] { mark_unavailable(*doc, reason); });
}

// On the strand. The text is dropped (an edit that was not applied leaves no trustworthy copy);
// diagnostics are cleared and the user is told once.
void Server::Impl::mark_unavailable(Document& doc, const std::string& reason) {
  bool newly = doc.unavailable.empty();
  doc.unavailable = reason;
  doc.tree.reset();
  doc.analysis.reset();
  doc.tokens.clear();
  doc.debounce.cancel();
  doc.note_latest();
  if (!newly || doc.closed) return;
  log(Server::LogLevel::Warning, "not checking " + doc.uri + ": " + reason);
  if (!client.pull_diagnostics) {
    channel.notify("textDocument/publishDiagnostics",
                   {{"uri", doc.uri}, {"diagnostics", json::array()}});
  }
  show_message(1, "Readout is not checking " + doc.name() + ": " + reason +
                      ". Close and reopen the file to check it again.");
}

void Server::Impl::did_change(const json& params) {
  auto change = params.get<DidChangeParams>();
  auto doc = documents.find(change.uri);
  if (!doc) {
    log(Server::LogLevel::Warning, "didChange for a document that is not open: " + change.uri);
    return;
  }
  if (change.version < doc->received_version)
    log(Server::LogLevel::Warning, "didChange version " + std::to_string(change.version) +
                                       " is lower than " + std::to_string(doc->received_version) +
                                       " for " + change.uri);
  doc->received_version = change.version;
  work.spawn(doc->strand, [this, doc, change = std::move(change)] {
    // Each change's range refers to the text left by the previous one. A single change (a
    // keystroke) is mapped against the tree's own text and line index, with no copy; several
    // are mapped against a running copy whose line index is patched around each edit. The
    // tree is then edited once and reparsed once.
    // Without a usable text (see mark_unavailable) only a replacement of the whole text helps.
    bool have_text = doc->unavailable.empty() && doc->tree;
    std::optional<std::string> replacement;  // a change without a range: the whole new text
    std::vector<TextEdit> edits;
    std::string running;
    LineIndex running_lines;
    bool copied = false;
    size_t size = have_text ? doc->tree->text().size() : 0;
    for (size_t i = 0; i < change.changes.size(); ++i) {
      const auto& c = change.changes[i];
      if (!c.range) {
        replacement = c.text;
        size = c.text.size();
        edits.clear();
        have_text = true;
        copied = false;
        continue;
      }
      if (!have_text) continue;
      if (!copied && (replacement || i + 1 < change.changes.size() || !edits.empty())) {
        running = replacement ? *replacement : doc->tree->text();
        running_lines = replacement ? LineIndex(running) : doc->tree->lines();
        copied = true;
      }
      const std::string_view text =
          copied ? std::string_view(running) : std::string_view(doc->tree->text());
      const LineIndex& lines = copied ? running_lines : doc->tree->lines();
      const ByteRange bytes = PositionMapper(text, lines, client.encoding).byte_range(*c.range);
      size = size - bytes.size() + c.text.size();
      if (copied) {
        running.replace(bytes.begin, bytes.size(), c.text);
        running_lines = LineIndex(running_lines, running, bytes.begin, bytes.end,
                                  bytes.begin + static_cast<uint32_t>(c.text.size()));
      }
      if (replacement)
        *replacement = running;
      else
        edits.push_back({bytes, c.text});
    }
    doc->version = change.version;
    if (!have_text) {
      doc->note_latest();
      return;
    }
    if (size > options.max_document_bytes) {
      mark_unavailable(
          *doc, "after this edit, " + too_large("the document", size, options.max_document_bytes,
                                                "--max-document-bytes"));
      return;
    }
    if (!doc->unavailable.empty()) {
      doc->unavailable.clear();
      if (!replacement) replacement = doc->tree ? doc->tree->text() : std::string();
      edits.clear();
    }
    if (replacement || !doc->tree) {
      doc->tree = SyntaxTree::parse(replacement ? std::move(*replacement) : std::string());
    } else if (!edits.empty()) {
      doc->tree = doc->tree->edit(edits);
    }
    doc->note_latest();  // completion may answer from here on
    schedule_diagnostics(doc, workspace.settings().diagnostics_delay_ms);
  });
}

void Server::Impl::did_close(const json& params) {
  std::string uri = document_uri(params);
  std::shared_ptr<Document> doc = documents.remove(uri);
  if (!doc) return;
  doc->closed = true;
  work.spawn(doc->strand, [this, doc] {
    doc->debounce.cancel();
    if (!client.pull_diagnostics) {
      channel.notify("textDocument/publishDiagnostics",
                     {{"uri", doc->uri}, {"diagnostics", json::array()}});
    }
  });
}

namespace {

// On the strand, once typing stops. Where the incremental parse may have recovered from a syntax
// error differently from a fresh parse, the document is parsed afresh, so that the editor finds
// what `readout lint` finds in the same text. True when the tree's nodes changed.
bool settle(Document& doc) {
  if (!doc.tree || !doc.unavailable.empty() || doc.received_version != doc.version) return false;
  auto settled = doc.tree->settled();
  if (settled == doc.tree) return false;
  const bool changed = !settled->edited_since(*doc.tree);  // the same nodes keep the lineage
  doc.tree = std::move(settled);
  doc.note_latest();
  return changed;
}

}  // namespace

// On the strand. A delay of 0 publishes now; otherwise the timer restarts on every edit so
// that only a pause in typing produces diagnostics. A client that pulls diagnostics gets the
// timer only to settle the document, and a refresh when that changed it.
void Server::Impl::schedule_diagnostics(const std::shared_ptr<Document>& doc, int delay_ms) {
  if (client.pull_diagnostics && !(doc->tree && doc->tree->may_differ_from_fresh_parse())) return;
  if (delay_ms <= 0) {
    doc->debounce.cancel();
    typing_stopped(*doc);
    return;
  }
  work.started();
  doc->debounce.expires_after(std::chrono::milliseconds(delay_ms));
  doc->debounce.async_wait(
      boost::asio::bind_executor(doc->strand, [this, doc](const boost::system::error_code& ec) {
        if (!ec) {
          try {
            typing_stopped(*doc);
          } catch (const std::exception& e) {
            log(Server::LogLevel::Error, std::string("diagnostics failed: ") + e.what());
          }
        }
        work.finished();
      }));
}

void Server::Impl::typing_stopped(Document& doc) {
  if (!client.pull_diagnostics) {
    publish_diagnostics(doc);
  } else if (!doc.closed && settle(doc) && client.diagnostic_refresh) {
    channel.request("workspace/diagnostic/refresh", nullptr);  // the reply carries nothing
  }
}

void Server::Impl::publish_diagnostics(Document& doc) {
  if (doc.closed || state != State::Running || client.pull_diagnostics) return;
  if (!doc.unavailable.empty() || !doc.tree) return;
  if (doc.received_version != doc.version) return;  // stale: a newer edit will publish
  settle(doc);
  Snapshot snap = snapshot(doc);
  if (doc.received_version != doc.version) return;  // an edit arrived during the analysis
  // Serialised part by part, the parts the edit left alone as they were last time.
  std::string diagnostics = diagnostics_json(snap, doc.diagnostics_cache);
  doc.published_version = doc.version;
  channel.notify_serialised("textDocument/publishDiagnostics",
                            R"({"diagnostics":)" + diagnostics + R"(,"uri":)" +
                                json(doc.uri).dump(-1, ' ', false, json::error_handler_t::replace) +
                                R"(,"version":)" + std::to_string(doc.version) + "}");
}

Snapshot Server::Impl::snapshot(Document& doc) {
  uint64_t generation = workspace.generation();
  if (!doc.analysis || doc.analysis->syntax != doc.tree || doc.analysis_generation != generation) {
    doc.context = workspace.context_for(doc.path, progress_sink());
    // The previous analysis, when there is one, lets the unchanged meetings be reused.
    doc.analysis = analyze(doc.tree, doc.context.registry, doc.context.options, doc.analysis);
    doc.analysis_generation = generation;
    doc.note_latest();
    publish_file_problems();
  }
  return Snapshot{doc.uri, doc.version, doc.analysis, client.encoding, doc.context};
}

ProgressSink Server::Impl::progress_sink() {
  if (!client.work_done_progress) return {};
  auto token = std::make_shared<std::string>();
  ProgressSink sink;
  sink.begin = [this, token](const std::string& title) {
    *token = "readout/registry/" + std::to_string(++progress_counter);
    auto created = channel.request("window/workDoneProgress/create", {{"token", *token}});
    created.wait_for(std::chrono::seconds(2));
    channel.notify("$/progress",
                   {{"token", *token}, {"value", {{"kind", "begin"}, {"title", title}}}});
  };
  sink.report = [this, token](const std::string& message) {
    channel.notify("$/progress",
                   {{"token", *token}, {"value", {{"kind", "report"}, {"message", message}}}});
  };
  sink.end = [this, token] {
    channel.notify("$/progress", {{"token", *token}, {"value", {{"kind", "end"}}}});
  };
  return sink;
}

// Problems in config and registry files become diagnostics on those files; those in the
// client's settings, which have no file, a message.
void Server::Impl::publish_file_problems() {
  for (const std::string& problem : workspace.take_settings_problems()) show_message(1, problem);
  for (const auto& [file, errors] : workspace.take_file_problems()) {
    std::string text, error;
    data::read_file(file, text, error);
    LineIndex lines(text);
    PositionMapper mapper(text, lines, client.encoding);
    json diagnostics = json::array();
    for (const auto& e : errors) {
      uint32_t line = e.line > 0 ? e.line - 1 : 0;
      uint32_t offset = line < lines.line_count()
                            ? lines.line_start(line) + (e.column > 0 ? e.column - 1 : 0)
                            : static_cast<uint32_t>(text.size());
      offset = std::min<uint32_t>(offset, static_cast<uint32_t>(text.size()));
      Position start = mapper.position(offset);
      Position end{start.line, start.character + 1};
      diagnostics.push_back({{"range", Range{start, end}},
                             {"severity", 1},
                             {"source", "readout"},
                             {"code", "registry-invalid"},
                             {"message", e.message}});
    }
    channel.notify("textDocument/publishDiagnostics",
                   {{"uri", path_to_uri(file.string())}, {"diagnostics", diagnostics}});
  }
}

void Server::Impl::refresh_all_documents() {
  for (auto& doc : documents.all()) {
    work.spawn(doc->strand, [this, doc] {
      if (!doc->tree) return;
      snapshot(*doc);
      publish_diagnostics(*doc);
    });
  }
  if (client.pull_diagnostics && client.diagnostic_refresh) {
    channel.request("workspace/diagnostic/refresh", nullptr);
  }
  if (client.semantic_tokens_refresh) channel.request("workspace/semanticTokens/refresh", nullptr);
}

void Server::Impl::did_change_watched_files(const json& params) {
  std::vector<fs::path> paths;
  for (const auto& change : params.at("changes")) {
    if (auto path = uri_to_path(change.at("uri").get<std::string>())) paths.emplace_back(*path);
  }
  work.spawn([this, paths] {
    bool any = false;
    for (const auto& p : paths) any = workspace.file_changed(p) || any;
    if (any) refresh_all_documents();
  });
}

}  // namespace readout::lsp
