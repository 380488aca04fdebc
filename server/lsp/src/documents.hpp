// Open documents: each with its strand, its text as a syntax tree and its latest analysis.
#pragma once

#include <atomic>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include <boost/asio/steady_timer.hpp>

#include "features.hpp"
#include "readout/analysis.hpp"
#include "readout/syntax.hpp"
#include "work_queue.hpp"
#include "workspace.hpp"

namespace readout::lsp {

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
  DiagnosticsJsonCache diagnostics_cache;  // the last publication's, part by part

  // The latest text and analysis, for requests answered off the strand without waiting for an
  // analysis (completion): written on the strand as the text changes and as analyses finish,
  // read anywhere.
  struct Latest {
    int version = -1;                                // the version of `tree`
    std::shared_ptr<const SyntaxTree> tree;          // null: no usable text
    std::shared_ptr<const AnalysisResult> analysis;  // of this text or of an earlier one
    std::shared_ptr<const Registry> registry;        // the analysis' registry
  };
  [[nodiscard]] Latest latest() const {
    std::lock_guard lock(latest_mutex_);
    return latest_;
  }
  // On the strand, after `tree`, `version` or `analysis` changed.
  void note_latest() {
    std::lock_guard lock(latest_mutex_);
    latest_.version = version;
    latest_.tree = unavailable.empty() ? tree : nullptr;
    if (analysis) {
      latest_.analysis = analysis;
      latest_.registry = context.registry;
    }
    if (!latest_.tree) latest_.analysis.reset();
  }

  // The file name, or the URI of an unsaved buffer, for messages.
  [[nodiscard]] std::string name() const { return path ? path->filename().string() : uri; }

 private:
  mutable std::mutex latest_mutex_;
  Latest latest_;
};

// The open documents by URI. Thread-safe.
class DocumentTable {
 public:
  std::shared_ptr<Document> find(const std::string& uri);
  // Registers `doc` under its URI; one already there is marked closed.
  void add(const std::shared_ptr<Document>& doc);
  // Takes the document out of the table (nullptr when it is not open).
  std::shared_ptr<Document> remove(const std::string& uri);
  std::vector<std::shared_ptr<Document>> all();
  // Marks every document closed (queued work for them stops short).
  void close_all();
  void clear();  // after the pool is stopped: timers go before the service that owns them

 private:
  std::mutex mutex_;
  std::map<std::string, std::shared_ptr<Document>> documents_;
};

}  // namespace readout::lsp
