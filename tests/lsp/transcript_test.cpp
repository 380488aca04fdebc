// Runs every tests/lsp/transcripts/*.md against an in-process server.
#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <deque>
#include <filesystem>
#include <fstream>
#include <mutex>
#include <sstream>

#include "readout/lsp/framing.hpp"
#include "readout/lsp/protocol.hpp"
#include "readout/lsp/server.hpp"
#include "transcript.hpp"

namespace fs = std::filesystem;
using nlohmann::json;

namespace readout::lsp::testing {
namespace {

fs::path source_dir() { return READOUT_SOURCE_DIR; }

std::string read_text(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::string replace_all(std::string s, const std::string& from, const std::string& to) {
  for (size_t at = s.find(from); at != std::string::npos; at = s.find(from, at + to.size()))
    s.replace(at, from.size(), to);
  return s;
}

// "\r", "\n", "\t" and "\\" escapes; literal line breaks are layout only.
std::string unescape_raw(const std::string& body) {
  std::string out;
  for (size_t i = 0; i < body.size(); ++i) {
    char c = body[i];
    if (c == '\n') continue;
    if (c == '\\' && i + 1 < body.size()) {
      char n = body[++i];
      out += n == 'r' ? '\r' : n == 'n' ? '\n' : n == 't' ? '\t' : n;
    } else {
      out += c;
    }
  }
  return out;
}

class Client {
 public:
  explicit Client(fs::path root) : root_(std::move(root)) {
    Server::Options options;
    options.workers = 2;
    server_ = std::make_unique<Server>([this](std::string body) { on_message(std::move(body)); },
                                       options);
  }
  ~Client() {
    closing_ = true;  // the server may still send while it shuts its workers down
    server_.reset();
  }

  void feed(const std::string& bytes) {
    reader_.feed(bytes);
    while (auto frame = reader_.next()) server_->receive(*frame);
  }

  void set_reply(const std::string& method, json result) {
    std::lock_guard lock(mutex_);
    replies_[method] = std::move(result);
  }

  // Waits for an unclaimed message matching `expected` and claims it.
  bool expect(const json& expected, std::string& report) {
    // Generous: under sanitizers on a busy machine, loading the registry takes seconds.
    auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
    std::unique_lock lock(mutex_);
    while (true) {
      for (auto it = inbox_.begin(); it != inbox_.end(); ++it) {
        std::string why;
        if (json_matches(expected, *it, why)) {
          inbox_.erase(it);
          return true;
        }
      }
      if (cv_.wait_until(lock, deadline) == std::cv_status::timeout) break;
    }
    report = "no message matched " + expected.dump() + "\nunclaimed messages:";
    for (const auto& m : inbox_) {
      std::string why;
      json_matches(expected, m, why);
      report += "\n  " + m.dump().substr(0, 600) + "\n    -> " + why;
    }
    return false;
  }

  bool expect_none(const json& unexpected, std::string& report) {
    server_->wait_idle();
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
    server_->wait_idle();
    std::lock_guard lock(mutex_);
    for (const auto& m : inbox_) {
      std::string why;
      if (json_matches(unexpected, m, why)) {
        report = "unexpected message " + m.dump().substr(0, 600);
        return false;
      }
    }
    return true;
  }

  Server& server() { return *server_; }

 private:
  void on_message(std::string body) {
    if (closing_) return;
    json message = json::parse(body);
    if (message.contains("method") && message.contains("id")) {
      // A request from the server: answer it as a client would.
      std::string method = message["method"];
      json result;
      {
        std::lock_guard lock(mutex_);
        if (auto it = replies_.find(method); it != replies_.end())
          result = it->second;
        else if (method == "workspace/applyEdit")
          result = {{"applied", true}};
        else if (method == "workspace/configuration")
          result = json::array({json::object()});
      }
      json reply = {{"jsonrpc", "2.0"}, {"id", message["id"]}, {"result", result}};
      // Responses only resolve the server's pending request, so answering from here is safe.
      server_->receive_body(reply.dump());
    }
    std::lock_guard lock(mutex_);
    inbox_.push_back(std::move(message));
    cv_.notify_all();
  }

  fs::path root_;
  FrameReader reader_;
  std::mutex mutex_;
  std::condition_variable cv_;
  std::deque<json> inbox_;
  std::map<std::string, json> replies_;
  std::atomic<bool> closing_{false};
  std::unique_ptr<Server> server_;
};

class Transcript : public ::testing::TestWithParam<std::string> {};

TEST_P(Transcript, Plays) {
  fs::path file = source_dir() / "tests/lsp/transcripts" / (GetParam() + ".md");
  std::vector<Step> steps = parse_transcript(read_text(file));
  ASSERT_FALSE(steps.empty()) << file;

  fs::path root =
      fs::temp_directory_path() / ("readout-lsp-" + GetParam() + "-" + std::to_string(::getpid()));
  fs::remove_all(root);
  fs::create_directories(root);
  std::string root_uri = path_to_uri(root.string());
  auto expand = [&](std::string s) {
    s = replace_all(s, "${ROOT_PATH}", root.string());
    s = replace_all(s, "${ROOT}", root_uri);
    return replace_all(s, "${SOURCE}", path_to_uri(source_dir().string()));
  };

  {
    Client client(root);
    for (const Step& step : steps) {
      SCOPED_TRACE(file.filename().string() + ":" + std::to_string(step.line));
      if (step.kind == "send") {
        std::string body = expand(step.body), bytes;
        for (size_t at = 0; at <= body.size();) {
          size_t sep = body.find("\n---\n", at);
          bytes += frame_message(body.substr(at, sep == std::string::npos ? sep : sep - at));
          at = sep == std::string::npos ? body.size() + 1 : sep + 5;
        }
        client.feed(bytes);
      } else if (step.kind == "raw") {
        client.feed(unescape_raw(expand(step.body)));
      } else if (step.kind == "open" || step.kind == "file") {
        std::string text = step.body;
        if (!step.from.empty()) {
          text.clear();
          std::string one = read_text(source_dir() / step.from);
          for (int i = 0; i < step.repeat; ++i) text += one;
        }
        fs::path target = root / step.arg;
        fs::create_directories(target.parent_path());
        std::ofstream(target, std::ios::binary) << (step.kind == "file" ? expand(text) : text);
        if (step.kind == "open") {
          json message = {{"jsonrpc", "2.0"},
                          {"method", "textDocument/didOpen"},
                          {"params",
                           {{"textDocument",
                             {{"uri", path_to_uri(target.string())},
                              {"languageId", "readout"},
                              {"version", 1},
                              {"text", text}}}}}};
          client.feed(frame_message(message.dump()));
        }
      } else if (step.kind == "expect" || step.kind == "expect-none") {
        json expected = json::parse(expand(step.body));
        std::string report;
        bool ok = step.kind == "expect" ? client.expect(expected, report)
                                        : client.expect_none(expected, report);
        ASSERT_TRUE(ok) << report;
      } else if (step.kind == "reply") {
        client.set_reply(step.arg, json::parse(expand(step.body)));
      } else if (step.kind == "exit") {
        ASSERT_TRUE(client.server().exited());
        EXPECT_EQ(client.server().exit_status(), std::stoi(step.arg));
      } else {
        FAIL() << "unknown step kind '" << step.kind << "'";
      }
    }
  }
  fs::remove_all(root);
}

std::vector<std::string> transcript_names() {
  std::vector<std::string> names;
  for (const auto& entry : fs::directory_iterator(source_dir() / "tests/lsp/transcripts"))
    if (entry.path().extension() == ".md") names.push_back(entry.path().stem().string());
  std::sort(names.begin(), names.end());
  return names;
}

std::string test_name(const ::testing::TestParamInfo<std::string>& info) {
  std::string name = info.param;
  for (auto& c : name)
    if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
  return name;
}

INSTANTIATE_TEST_SUITE_P(Lsp, Transcript, ::testing::ValuesIn(transcript_names()), test_name);

}  // namespace
}  // namespace readout::lsp::testing
