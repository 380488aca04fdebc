// Plays one hostile-client case against a fresh server process (see player.hpp).
#include "player.hpp"

#include <unistd.h>

#include <fstream>
#include <set>
#include <sstream>
#include <thread>
#include <unordered_map>

#include "readout/lsp/protocol.hpp"
#include "server_process.hpp"
#include "transcript.hpp"

namespace readout::lsp::testing {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

// The liveness report: one finding (name-misspelled) and one meeting.
constexpr const char* kAliveText =
    "# Liveness check\nDateline: 2023-03-02\n\n## Talks {#talks}\nDate: 2023-02-28\n"
    "Kind: bilateral\n\n### Attendees\n"
    "- @blinken: Antony Blinken | Secretary of State | United States\n\n"
    "### Summary\nSecretary Anthony Blinken spoke.\n";

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

int hex_digit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// Escapes of frame and raw blocks (player.hpp); `until_brace` stops at an unescaped '}'. In
// frame blocks (json_text) only \xHH and \} are escapes: the others belong to JSON.
std::string expand_bytes(const std::string& s, size_t& at, bool until_brace, bool json_text) {
  std::string out;
  while (at < s.size()) {
    char c = s[at];
    if (c == '\n') {
      ++at;
    } else if (until_brace && c == '}') {
      ++at;
      return out;
    } else if (c == '\\' && at + 1 < s.size() &&
               (!json_text || s[at + 1] == 'x' || s[at + 1] == '}')) {
      char n = s[at + 1];
      at += 2;
      if (n == 'r')
        out += '\r';
      else if (n == 'n')
        out += '\n';
      else if (n == 't')
        out += '\t';
      else if (n == 'x' && at + 1 < s.size() && hex_digit(s[at]) >= 0 &&
               hex_digit(s[at + 1]) >= 0) {
        out += static_cast<char>(hex_digit(s[at]) * 16 + hex_digit(s[at + 1]));
        at += 2;
      } else
        out += n;
    } else if (c == '$' && s.compare(at, 2, "${") == 0 && at + 2 < s.size() &&
               std::isdigit(static_cast<unsigned char>(s[at + 2]))) {
      size_t star = s.find('*', at);
      size_t count = std::stoul(s.substr(at + 2, star - at - 2));
      at = star + 1;
      std::string unit = expand_bytes(s, at, true, json_text);
      out.reserve(out.size() + unit.size() * count);
      for (size_t i = 0; i < count; ++i) out += unit;
    } else {
      out += c;
      ++at;
    }
  }
  return out;
}

std::string expand_bytes(const std::string& s, bool json_text) {
  size_t at = 0;
  return expand_bytes(s, at, false, json_text);
}

std::vector<std::string> split_messages(const std::string& body) {
  std::vector<std::string> out;
  for (size_t at = 0; at <= body.size();) {
    size_t sep = body.find("\n---\n", at);
    out.push_back(body.substr(at, sep == std::string::npos ? std::string::npos : sep - at));
    at = sep == std::string::npos ? body.size() + 1 : sep + 5;
  }
  return out;
}

class Player {
 public:
  Player(const Case& c, const PlayOptions& options) : case_(c), options_(options) {
    root_ = fs::temp_directory_path() /
            ("readout-hostile-" + std::to_string(::getpid()) + "-" + c.file + "-" + c.name);
    fs::remove_all(root_);
    fs::create_directories(root_);
    root_uri_ = path_to_uri(root_.string());
  }
  ~Player() { fs::remove_all(root_); }

  bool run() {
    double timeout = 30;
    std::vector<std::string> argv = options_.server;
    bool fresh = false;
    for (const Block& b : case_.blocks) {
      if (b.kind == "args") argv.insert(argv.end(), b.words.begin(), b.words.end());
      if (b.kind == "start") fresh = !b.words.empty() && b.words[0] == "fresh";
      if (b.kind == "timeout" && !b.words.empty()) timeout = std::stod(b.words[0]);
    }
    deadline_ = deadline_in(timeout);
    server_ = std::make_unique<ServerProcess>(argv);
    if (!fresh && !initialize("init")) return false;
    bool ended = false;
    for (const Block& b : case_.blocks) {
      line_ = b.line;
      if (!step(b, ended)) return false;
      if (ended) break;
    }
    if (!ended) {
      line_ = 0;
      if (!alive() || !shut_down()) return false;
    }
    return check_output();
  }

  std::string report() const {
    std::string out = case_.file + ".md:" + std::to_string(line_) + ": " + failure_;
    if (!inbox_.empty()) {
      out += "\nunclaimed messages from the server:";
      size_t shown = 0;
      for (const auto& m : inbox_) {
        if (++shown > 20) {
          out += "\n  ... and " + std::to_string(inbox_.size() - 20) + " more";
          break;
        }
        out += "\n  " + m.dump(-1, ' ', false, json::error_handler_t::replace).substr(0, 400);
      }
    }
    if (server_) {
      std::string err = server_->stderr_text();
      if (err.size() > 3000) err = "..." + err.substr(err.size() - 3000);
      if (!err.empty()) out += "\nthe server's stderr:\n" + err;
    }
    return out;
  }

 private:
  bool fail(std::string why) {
    failure_ = std::move(why);
    return false;
  }

  std::string expand(std::string s) const {
    s = replace_all(s, "${ROOT_PATH}", root_.string());
    s = replace_all(s, "${ROOT}", root_uri_);
    return replace_all(s, "${SOURCE}", path_to_uri(options_.source_dir.string()));
  }

  bool write(const std::string& bytes) {
    std::string error;
    if (!server_->write(bytes, deadline_, error)) return fail(error);
    return true;
  }

  void note_initialize(const json& message) {
    if (message.is_object() && message.contains("id") && message.contains("method") &&
        message["method"] == "initialize")
      initialize_ids_.insert(message["id"].dump());
  }

  bool send_json(const json& message) {
    note_initialize(message);
    return write(frame_message(message.dump()));
  }

  // Bookkeeping of everything the server sends: answers its requests, notes initialization.
  void take(json message) {
    if (message.contains("method") && message.contains("id")) {
      std::string method =
          message["method"].is_string() ? message["method"].get<std::string>() : "";
      json result = method == "workspace/configuration" ? json::array({json::object()}) : json();
      json answer = {{"jsonrpc", "2.0"}, {"id", message["id"]}, {"result", result}};
      std::string error;
      server_->write(frame_message(answer.dump()), deadline_, error);
    } else if (message.contains("id") && initialize_ids_.contains(message["id"].dump()) &&
               message.contains("result")) {
      initialized_ = true;
    }
    inbox_.push_back(std::move(message));
  }

  // Moves every message already received into the inbox.
  void drain() {
    while (auto m = server_->next_message(Clock::now() + std::chrono::milliseconds(1))) take(*m);
  }

  // Claims the first unclaimed message matching `pattern`, waiting for it up to the deadline.
  bool expect(const json& pattern) {
    while (true) {
      for (auto it = inbox_.begin(); it != inbox_.end(); ++it) {
        std::string why;
        if (json_matches(pattern, *it, why)) {
          inbox_.erase(it);
          return true;
        }
      }
      auto message = server_->next_message(deadline_);
      if (!message) {
        return fail(
            std::string(server_->output_ended() ? "the server's output ended" : "timed out") +
            " waiting for a message matching " + pattern.dump().substr(0, 400));
      }
      take(std::move(*message));
    }
  }

  // Many patterns at once (expect repeat=N): those with a concrete id are looked up by id.
  bool expect_all(const std::vector<json>& patterns) {
    std::unordered_map<std::string, std::deque<size_t>> by_id;
    std::vector<size_t> others;
    std::vector<bool> done(patterns.size(), false);
    size_t left = patterns.size();
    for (size_t i = 0; i < patterns.size(); ++i) {
      const json& p = patterns[i];
      bool concrete = p.is_object() && p.contains("id") &&
                      (!p["id"].is_string() || p["id"].get<std::string>().rfind('$', 0) != 0);
      if (concrete)
        by_id[p["id"].dump()].push_back(i);
      else
        others.push_back(i);
    }
    auto claim = [&](const json& m) {
      if (m.is_object() && m.contains("id") && !m.contains("method")) {
        auto it = by_id.find(m["id"].dump());
        if (it != by_id.end()) {
          for (auto at = it->second.begin(); at != it->second.end(); ++at) {
            std::string why;
            if (json_matches(patterns[*at], m, why)) {
              done[*at] = true;
              it->second.erase(at);
              --left;
              return true;
            }
          }
        }
      }
      for (size_t i : others) {
        std::string why;
        if (!done[i] && json_matches(patterns[i], m, why)) {
          done[i] = true;
          --left;
          return true;
        }
      }
      return false;
    };
    std::erase_if(inbox_, [&](const json& m) { return left > 0 && claim(m); });
    while (left > 0) {
      auto message = server_->next_message(deadline_);
      if (!message) {
        for (size_t i = 0; i < patterns.size(); ++i)
          if (!done[i])
            return fail((server_->output_ended() ? "the server's output ended; " : "timed out; ") +
                        std::to_string(left) + " of " + std::to_string(patterns.size()) +
                        " expected messages missing, e.g. " + patterns[i].dump().substr(0, 300));
      }
      json m = std::move(*message);
      if (m.contains("method") && m.contains("id")) {
        take(std::move(m));
        continue;
      }
      if (m.contains("id") && initialize_ids_.contains(m["id"].dump()) && m.contains("result"))
        initialized_ = true;
      if (!claim(m)) inbox_.push_back(std::move(m));
    }
    return true;
  }

  // A request every server state answers (MethodNotFound, ServerNotInitialized or
  // InvalidRequest), so its reply means every message before it has been read.
  bool sync() {
    std::string id = "sync-" + std::to_string(++syncs_);
    if (!send_json({{"jsonrpc", "2.0"}, {"id", id}, {"method", "readout/hostile-sync"}}))
      return false;
    return expect({{"id", id}});
  }

  bool expect_none(const json& pattern) {
    if (!sync()) return false;
    std::this_thread::sleep_for(std::chrono::milliseconds(static_cast<long>(200 * time_scale())));
    drain();
    for (const auto& m : inbox_) {
      std::string why;
      if (json_matches(pattern, m, why))
        return fail("unexpected message " +
                    m.dump(-1, ' ', false, json::error_handler_t::replace).substr(0, 400));
    }
    return true;
  }

  bool initialize(const std::string& id) {
    json params = {{"processId", ::getpid()},
                   {"rootUri", root_uri_},
                   {"capabilities", json::object()},
                   {"initializationOptions", {{"diagnosticsDelay", 0}}}};
    if (!send_json({{"jsonrpc", "2.0"}, {"id", id}, {"method", "initialize"}, {"params", params}}))
      return false;
    if (!expect({{"id", id}, {"result", {{"capabilities", json::object()}}}})) return false;
    return send_json({{"jsonrpc", "2.0"}, {"method", "initialized"}, {"params", json::object()}});
  }

  bool open(const std::string& name, const std::string& text, int version) {
    std::string uri = root_uri_ + "/" + name;
    return send_json(
        {{"jsonrpc", "2.0"},
         {"method", "textDocument/didOpen"},
         {"params",
          {{"textDocument",
            {{"uri", uri}, {"languageId", "readout"}, {"version", version}, {"text", text}}}}}});
  }

  // The server still works: it analyses a new document and answers a request about it.
  bool alive() {
    if (!sync()) return false;
    drain();
    if (!initialized_ && !initialize("alive-init")) return false;
    std::string name = "alive-" + std::to_string(++alive_checks_) + ".readout";
    std::string uri = root_uri_ + "/" + name;
    if (!open(name, kAliveText, 1)) return false;
    if (!expect({{"method", "textDocument/publishDiagnostics"},
                 {"params", {{"uri", uri}, {"diagnostics", {{{"code", "name-misspelled"}}}}}}}))
      return fail("liveness: " + failure_);
    std::string id = "alive-" + std::to_string(alive_checks_);
    if (!send_json({{"jsonrpc", "2.0"},
                    {"id", id},
                    {"method", "textDocument/documentSymbol"},
                    {"params", {{"textDocument", {{"uri", uri}}}}}}))
      return false;
    if (!expect({{"id", id}, {"result", {{{"name", "$contains:Talks"}}}}}))
      return fail("liveness: " + failure_);
    return true;
  }

  bool shut_down() {
    if (!send_json({{"jsonrpc", "2.0"}, {"id", "shutdown"}, {"method", "shutdown"}})) return false;
    if (!expect({{"id", "shutdown"}, {"result", nullptr}})) return false;
    if (!send_json({{"jsonrpc", "2.0"}, {"method", "exit"}})) return false;
    return expect_exit(0);
  }

  bool expect_exit(int status) {
    auto got = server_->wait_exit(deadline_);
    if (!got)
      return fail("the server did not exit (expected status " + std::to_string(status) + ")");
    if (*got != status)
      return fail("the server exited with status " + std::to_string(*got) + ", expected " +
                  std::to_string(status));
    return true;
  }

  bool check_output() {
    for (const auto& p : server_->protocol_problems()) return fail(p);
    const std::string& err = server_->stderr_text();
    for (const char* alarm : {"ERROR: AddressSanitizer", "runtime error:", "ERROR: LeakSanitizer"})
      if (err.find(alarm) != std::string::npos)
        return fail(std::string("sanitizer report: ") + alarm);
    return true;
  }

  bool step(const Block& b, bool& ended) {
    if (b.kind == "args" || b.kind == "start" || b.kind == "timeout") return true;
    int repeat = b.options.contains("repeat") ? std::stoi(b.options.at("repeat")) : 1;
    if (b.kind == "send") {
      std::string body = expand(b.body), bytes;
      std::vector<std::string> parts = split_messages(body);
      for (int i = 1; i <= repeat; ++i) {
        for (const auto& part : parts) {
          std::string text = repeat > 1 ? replace_all(part, "${i}", std::to_string(i)) : part;
          json message = json::parse(text, nullptr, false);
          if (message.is_discarded())
            return fail("a send block that is not JSON: " + text.substr(0, 200));
          note_initialize(message);
          bytes += frame_message(message.dump());
        }
      }
      return write(bytes);
    }
    if (b.kind == "frame") return write(frame_message(expand_bytes(expand(b.body), true)));
    if (b.kind == "raw") return write(expand_bytes(expand(b.body), false));
    if (b.kind == "open") {
      if (b.words.empty()) return fail("open needs a file name");
      std::string text = b.body;
      if (b.options.contains("from")) {
        text.clear();
        std::string one = read_text(options_.source_dir / b.options.at("from"));
        for (int i = 0; i < repeat; ++i) text += one;
      }
      int version = b.options.contains("version") ? std::stoi(b.options.at("version")) : 1;
      return open(b.words[0], text, version);
    }
    if (b.kind == "expect") {
      std::string body = expand(b.body);
      if (repeat == 1) {
        json pattern = json::parse(body, nullptr, false);
        if (pattern.is_discarded()) return fail("an expect block that is not JSON");
        return expect(pattern);
      }
      std::vector<json> patterns;
      for (int i = 1; i <= repeat; ++i) {
        patterns.push_back(
            json::parse(replace_all(body, "${i}", std::to_string(i)), nullptr, false));
        if (patterns.back().is_discarded()) return fail("an expect block that is not JSON");
      }
      return expect_all(patterns);
    }
    if (b.kind == "expect-none") {
      json pattern = json::parse(expand(b.body), nullptr, false);
      if (pattern.is_discarded()) return fail("an expect-none block that is not JSON");
      return expect_none(pattern);
    }
    if (b.kind == "client") {
      std::string action = b.words.empty() ? "" : b.words[0];
      if (action == "stop-reading")
        server_->set_reading(false);
      else if (action == "resume-reading")
        server_->set_reading(true);
      else if (action == "stop-draining-stderr")
        server_->set_draining_stderr(false);
      else if (action == "close-input")
        server_->close_input();
      else if (action == "close-output")
        server_->close_output();
      else if (action == "disconnect") {
        server_->close_input();
        server_->close_output();
      } else if (action == "wait" && b.words.size() > 1) {
        std::this_thread::sleep_for(
            std::chrono::milliseconds(static_cast<long>(std::stod(b.words[1]) * time_scale())));
      } else
        return fail("unknown client action '" + action + "'");
      return true;
    }
    if (b.kind == "stderr") {
      std::string want = b.body;
      while (!want.empty() && (want.back() == '\n' || want.back() == ' ')) want.pop_back();
      while (server_->stderr_text().find(want) == std::string::npos) {
        // Keep reading stdout too, so that a server writing both is not blocked by us.
        auto message = server_->next_message(
            std::min(deadline_, Clock::now() + std::chrono::milliseconds(50)));
        if (message) take(std::move(*message));
        if (Clock::now() >= deadline_) return fail("stderr never contained: " + want);
      }
      return true;
    }
    if (b.kind == "alive") return alive();
    if (b.kind == "exit") {
      ended = true;
      if (b.words.empty()) return fail("exit needs a status");
      return expect_exit(std::stoi(b.words[0]));
    }
    return fail("unknown block kind '" + b.kind + "'");
  }

  const Case& case_;
  const PlayOptions& options_;
  fs::path root_;
  std::string root_uri_;
  Clock::time_point deadline_;
  std::unique_ptr<ServerProcess> server_;
  std::deque<json> inbox_;
  std::set<std::string> initialize_ids_;
  bool initialized_ = false;
  int syncs_ = 0;
  int alive_checks_ = 0;
  int line_ = 0;
  std::string failure_;
};

}  // namespace

PlayResult play(const Case& c, const PlayOptions& options) {
  auto start = Clock::now();
  PlayResult result;
  Player player(c, options);
  result.ok = player.run();
  if (!result.ok) result.report = player.report();
  result.seconds = std::chrono::duration<double>(Clock::now() - start).count();
  return result;
}

}  // namespace readout::lsp::testing
