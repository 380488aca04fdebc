// Bytes as a client's stream to the language server. The bytes go through a FrameReader in
// chunks of sizes drawn from the input's last bytes (a transport reads whatever arrives), and
// must give the same frames as one read of the whole stream; the frames then go to an
// in-process Server, after a valid initialize, as the transport would hand them over (up to an
// `exit`). The server must never crash, hang or throw, must send only JSON, and must answer
// every request with a valid id exactly once (requests that reuse an id still in use get one
// answer between them). Document URIs under file:///workspace/ name a scratch folder with a
// config and a small registry file, made afresh for every input.
#include <fuzzer/FuzzedDataProvider.h>

#include <unistd.h>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <mutex>
#include <random>
#include <string>
#include <thread>
#include <vector>

#include <nlohmann/json.hpp>

#include "fuzz_support.hpp"
#include "readout/lsp/framing.hpp"
#include "readout/lsp/protocol.hpp"
#include "readout/lsp/server.hpp"

using namespace readout;
using nlohmann::json;
namespace fs = std::filesystem;

namespace {

constexpr std::string_view kWorkspaceUri = "file:///workspace";

const fs::path& scratch_root() {
  static const fs::path root =
      fs::temp_directory_path() / ("readout-fuzz-jsonrpc-" + std::to_string(::getpid()));
  return root;
}

// The workspace: a config naming a small registry (the CLI tests' people.json) without the
// embedded one, so that the registry reloads which configuration changes, watched files and
// registry edits cause cost milliseconds rather than seconds. fuzz_analysis covers the
// embedded registry; documents outside the workspace still get it.
void reset_scratch_root() {
  const fs::path& root = scratch_root();
  fs::remove_all(root);
  fs::create_directories(root);
  fs::copy_file(fs::path(READOUT_SOURCE_DIR) / "tests/cli/workspace/project/people.json",
                root / "people.json");
  std::ofstream(root / ".readout.json")
      << "// fuzz_jsonrpc's workspace\n{\n  \"registry\": [\"people.json\"],\n"
         "  \"embeddedRegistry\": false,\n  \"rules\": {\"name-misspelled\": \"error\"},\n}\n";
}

std::string replace_all(std::string s, std::string_view from, const std::string& to) {
  for (size_t at = s.find(from); at != std::string::npos; at = s.find(from, at + to.size()))
    s.replace(at, from.size(), to);
  return s;
}

// workspace/executeCommand writes registry and config files next to the document it names:
// only let it run on documents inside the scratch folder, so that fuzzing never edits a file
// elsewhere on the machine.
bool writes_only_in_scratch(const json& message) {
  if (!message.is_object() || message.value("method", json()) != "workspace/executeCommand")
    return true;
  const std::string root = (scratch_root().lexically_normal() / "").string();
  bool inside = true;
  auto walk = [&](auto&& self, const json& j) -> void {
    if (j.is_string()) {
      const std::string& s = j.get_ref<const std::string&>();
      if (s.find("file:") == std::string::npos) return;
      const auto path = lsp::uri_to_path(s);
      inside = inside && path && fs::path(*path).lexically_normal().string().starts_with(root);
    } else if (j.is_structured()) {
      for (const auto& item : j) self(self, item);
    }
  };
  walk(walk, message);
  return inside;
}

bool valid_id(const json& id) { return id.is_string() || id.is_number_integer(); }

struct Capabilities {
  bool pull_diagnostics, work_done_progress, configuration, stale_request_cancel, snippets, refresh,
      watched_files, apply_edit_accepted;
  int encoding;
};

json initialize_message(const Capabilities& c) {
  static const char* encodings[] = {"utf-16", "utf-8", "utf-32"};
  json caps = {
      {"general",
       {{"positionEncodings", {encodings[c.encoding]}},
        {"staleRequestSupport",
         {{"cancel", c.stale_request_cancel}, {"retryOnContentModified", json::array()}}}}},
      {"textDocument",
       {{"diagnostic", c.pull_diagnostics ? json::object() : json()},
        {"completion", {{"completionItem", {{"snippetSupport", c.snippets}}}}}}},
      {"workspace",
       {{"configuration", c.configuration},
        // Always: the server then asks for registry edits instead of writing them itself.
        {"applyEdit", true},
        {"diagnostics", {{"refreshSupport", c.refresh}}},
        {"semanticTokens", {{"refreshSupport", c.refresh}}},
        {"didChangeWatchedFiles", {{"dynamicRegistration", c.watched_files}}}}},
      {"window", {{"workDoneProgress", c.work_done_progress}}},
  };
  if (!c.pull_diagnostics) caps["textDocument"].erase("diagnostic");
  return {{"jsonrpc", "2.0"},
          {"id", "fuzz-initialize"},
          {"method", "initialize"},
          {"params",
           {{"rootUri", lsp::path_to_uri(scratch_root().string())},
            {"capabilities", caps},
            {"initializationOptions", {{"diagnosticsDelay", 0}}}}}};
}

// Whether a body nests arrays and objects deeper than the server reads (strings skipped).
bool too_deep(std::string_view body) {
  size_t depth = 0;
  bool in_string = false, escaped = false;
  for (char c : body) {
    if (in_string) {
      if (escaped)
        escaped = false;
      else if (c == '\\')
        escaped = true;
      else if (c == '"')
        in_string = false;
    } else if (c == '"') {
      in_string = true;
    } else if (c == '[' || c == '{') {
      if (++depth > lsp::Server::kMaxJsonDepth) return true;
    } else if ((c == ']' || c == '}') && depth > 0) {
      --depth;
    }
  }
  return false;
}

class Client {
 public:
  explicit Client(const Capabilities& caps) : caps_(caps) {
    lsp::Server::Options options;
    options.workers = 2;
    // Logged lines are built, then dropped; READOUT_FUZZ_LOG=1 shows them (with the time).
    static const bool show_log = std::getenv("READOUT_FUZZ_LOG") != nullptr;
    options.log = [](std::string_view line) {
      if (!show_log) return;
      const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(
          std::chrono::steady_clock::now().time_since_epoch());
      std::fprintf(stderr, "%lld %.*s\n", static_cast<long long>(ms.count() % 100000),
                   static_cast<int>(std::min<size_t>(line.size(), 300)), line.data());
    };
    options.log_level = lsp::Server::LogLevel::Debug;
    server_ =
        std::make_unique<lsp::Server>([this](std::string body) { on_message(body); }, options);
  }

  // Dispatches one frame as the transport does; false once the server has exited.
  bool dispatch(const lsp::Frame& frame) {
    if (!frame.ok) {
      ++unreadable_;  // the server may answer it with a ParseError naming an id it read
      server_->receive(frame);
      return !server_->exited();
    }
    const std::string body =
        replace_all(frame.body, kWorkspaceUri, lsp::path_to_uri(scratch_root().string()));
    const json message = too_deep(body) ? json(json::value_t::discarded)
                                        : json::parse(body, nullptr, /*allow_exceptions=*/false);
    if (message.is_discarded()) ++unreadable_;
    if (!writes_only_in_scratch(message)) return true;
    if (message.is_object() && message.contains("method") && message["method"].is_string() &&
        message.contains("id") && valid_id(message["id"])) {
      std::lock_guard lock(mutex_);
      ++requests_[message["id"].dump()];
    }
    server_->receive_body(body);
    return !server_->exited();
  }

  void finish() {
    if (!server_->exited()) server_->end_of_input();
    server_->wait_idle();
    // End of input ends the server once its work is done (shutdown's reply included).
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(30);
    while (!server_->exited() && std::chrono::steady_clock::now() < deadline)
      std::this_thread::sleep_for(std::chrono::milliseconds(1));
    fuzz::check(server_->exited(), "the server did not exit within 30 s of the end of its input");
    std::lock_guard lock(mutex_);
    for (const auto& [id, asked] : requests_) {
      const int answered = replies_.contains(id) ? replies_.at(id) : 0;
      fuzz::check(answered >= 1, "request " + id + " got no reply");
      fuzz::check(answered <= asked, "request " + id + " got " + std::to_string(answered) +
                                         " replies to " + std::to_string(asked) + " requests");
    }
    for (const auto& [id, answered] : replies_)
      fuzz::check(requests_.contains(id), "a reply to " + id + ", which was never asked");
    fuzz::check(parse_errors_ <= unreadable_,
                std::to_string(parse_errors_) + " ParseError replies to " +
                    std::to_string(unreadable_) + " messages that could not be read");
  }

  ~Client() {
    closing_ = true;
    server_.reset();
  }

 private:
  void on_message(const std::string& body) {
    if (closing_) return;
    const json message = json::parse(body, nullptr, /*allow_exceptions=*/false);
    fuzz::check(message.is_object(),
                "the server sent something that is not a JSON object: " + body.substr(0, 200));
    if (message.contains("method")) {
      if (message.contains("id")) answer_request(message);
      return;
    }
    fuzz::check(message.contains("id"),
                "a message with neither method nor id: " + body.substr(0, 200));
    fuzz::check(message.contains("result") != message.contains("error"),
                "a reply needs exactly one of result and error: " + body.substr(0, 200));
    if (message["id"].is_null()) return;  // an error about a message without a usable id
    std::lock_guard lock(mutex_);
    // An unreadable request is refused under the id its readable start gives (a client
    // waiting for that id is answered); the harness counts only requests it could parse, so
    // ParseError replies are counted apart, against the messages that could not be read.
    const std::string id = message["id"].dump();
    if (message.contains("error") && message["error"].is_object() &&
        message["error"].value("code", 0) == lsp::error_code::kParseError) {
      ++parse_errors_;
      return;
    }
    ++replies_[id];
  }

  // A request from the server: answered at once, as the transcript tests do (a response only
  // resolves the server's pending request, so this is safe from the sending thread).
  void answer_request(const json& request) {
    const std::string method = request.value("method", "");
    json result;
    if (method == "workspace/applyEdit") result = {{"applied", caps_.apply_edit_accepted}};
    if (method == "workspace/configuration") result = json::array({json::object()});
    server_->receive_body(
        json({{"jsonrpc", "2.0"}, {"id", request["id"]}, {"result", result}}).dump());
  }

  Capabilities caps_;
  std::mutex mutex_;
  std::map<std::string, int> requests_, replies_;
  int unreadable_ = 0, parse_errors_ = 0;  // unreadable_ only grows on the dispatching thread
  std::atomic<bool> closing_{false};
  std::unique_ptr<lsp::Server> server_;
};

std::vector<lsp::Frame> read_frames(std::string_view stream, std::minstd_rand* chunking) {
  lsp::FrameReader reader;
  std::vector<lsp::Frame> frames;
  size_t at = 0;
  while (at < stream.size()) {
    size_t n = stream.size() - at;
    if (chunking) {
      const unsigned kind = (*chunking)() % 4;
      n = std::min<size_t>(n, kind == 0   ? 1
                              : kind == 1 ? 1 + (*chunking)() % 16
                                          : 1 + (*chunking)() % 512);
    }
    reader.feed(stream.substr(at, n));
    at += n;
    while (auto frame = reader.next()) frames.push_back(std::move(*frame));
  }
  if (auto frame = reader.finish()) frames.push_back(std::move(*frame));
  return frames;
}

std::string describe(const lsp::Frame& f) {
  return f.ok ? "body '" + f.body.substr(0, 80) + "' (" + std::to_string(f.body.size()) + " bytes)"
              : "error '" + f.error + "'";
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  fuzz::embedded_registry();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  FuzzedDataProvider in(data, size);
  // Integers come from the end of the input, so a seed stream keeps its frames at the front.
  std::minstd_rand chunking(in.ConsumeIntegral<uint32_t>());
  Capabilities caps{};
  caps.pull_diagnostics = in.ConsumeBool();
  caps.work_done_progress = in.ConsumeBool();
  caps.configuration = in.ConsumeBool();
  caps.stale_request_cancel = in.ConsumeBool();
  caps.snippets = in.ConsumeBool();
  caps.refresh = in.ConsumeBool();
  caps.watched_files = in.ConsumeBool();
  caps.apply_edit_accepted = in.ConsumeBool();
  caps.encoding = in.ConsumeIntegralInRange(0, 2);
  const std::string stream = in.ConsumeRemainingBytesAsString();

  const std::vector<lsp::Frame> whole = read_frames(stream, nullptr);
  const std::vector<lsp::Frame> chunked = read_frames(stream, &chunking);
  for (size_t i = 0; i < whole.size() || i < chunked.size(); ++i) {
    if (i >= whole.size() || i >= chunked.size())
      fuzz::fail("frame " + std::to_string(i) + " is read only when the stream arrives " +
                 (i < chunked.size() ? "in chunks: " + describe(chunked[i])
                                     : "at once: " + describe(whole[i])));
    const auto& a = whole[i];
    const auto& b = chunked[i];
    fuzz::check(a.ok == b.ok && a.body == b.body && a.error == b.error,
                "frame " + std::to_string(i) + " differs when read at once (" + describe(a) +
                    ") and in chunks (" + describe(b) + ")");
  }

  reset_scratch_root();
  try {
    Client client(caps);
    client.dispatch({true, initialize_message(caps).dump(), {}});
    for (const auto& frame : chunked)
      if (!client.dispatch(frame)) break;
    client.finish();
  } catch (const std::exception& e) {
    fuzz::fail(std::string("the server threw: ") + e.what());
  }
  return 0;
}
