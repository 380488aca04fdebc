// Language server benchmark on a generated 5,000-line report with the embedded registry:
//   BM_DidChangeToDiagnostics  one-character didChange -> publishDiagnostics (no debounce)
//   BM_Completion              a completion request in prose -> its reply
// Both report the server's resident memory (VmRSS, in kB) as a counter.
#include <benchmark/benchmark.h>

#include <algorithm>
#include <condition_variable>
#include <map>
#include <memory>
#include <fstream>
#include <mutex>
#include <string>

#include <nlohmann/json.hpp>

#include "readout/lsp/server.hpp"

using nlohmann::json;
using readout::lsp::Server;

namespace {

struct Attendee {
  const char* handle;
  const char* name;
  const char* title;
  const char* country;
};

constexpr Attendee kPeople[] = {
    {"blinken", "Antony Blinken", "Secretary of State", "United States"},
    {"tileuberdi", "Mukhtar Tileuberdi", "Minister of Foreign Affairs", "Kazakhstan"},
    {"kulubaev", "Jeenbek Kulubaev", "Minister for Foreign Affairs", "Kyrgyzstan"},
    {"muhriddin", "Sirojiddin Muhriddin", "Minister of Foreign Affairs", "Tajikistan"},
    {"meredov", "Rashid Meredov", "Minister of Foreign Affairs", "Turkmenistan"},
};

// About 5,000 lines: meetings of 20 lines each, with attendees, commitments and prose that
// mentions people (one misspelling per meeting, as real reports have).
std::string generate_report(int lines_wanted) {
  std::string out = "# Central Asia diplomatic digest 2023\nDateline: 2023-12-31\nPlace: Astana, Kazakhstan\n\n";
  int lines = 4;
  for (int m = 0; lines < lines_wanted; ++m) {
    int month = 1 + m % 12, day = 1 + m % 28;
    char date[16];
    std::snprintf(date, sizeof date, "2023-%02d-%02d", month, day);
    const Attendee& a = kPeople[m % 5];
    const Attendee& b = kPeople[(m + 1) % 5];
    out += "## Talks " + std::to_string(m) + " {#talks-" + std::to_string(m) + "}\n";
    out += std::string("Date: ") + date + "\nPlace: Astana, Kazakhstan\nKind: bilateral\n\n";
    out += "### Attendees\n";
    for (const Attendee* p : {&a, &b})
      out += std::string("- @") + p->handle + ": " + p->name + " | " + p->title + " | " + p->country + "\n";
    out += "\n### Commitments\n";
    out += std::string("- @") + a.handle + ", @" + b.handle + ": continue regular consultations\n\n";
    out += "### Summary\n";
    out += std::string("The ") + a.title + ", " + a.name + ", met " + b.name + " in Astana.\n\n";
    out += std::string("Both sides discussed trade, transport and water. @") + b.handle + " thanked the hosts.\n\n";
    out += "Secretary Anthony Blinken was mentioned by the press.\n\n";
    lines += 19;
  }
  return out;
}

long resident_kb() {
  std::ifstream status("/proc/self/status");
  std::string key;
  while (status >> key) {
    if (key == "VmRSS:") {
      long kb = 0;
      status >> kb;
      return kb;
    }
    status.ignore(4096, '\n');
  }
  return 0;
}

// An in-process server holding the generated report open.
class Fixture {
 public:
  Fixture() {
    Server::Options options;
    server_ = std::make_unique<Server>([this](std::string body) { on_message(std::move(body)); }, options);
    text_ = generate_report(5000);
    size_t middle = text_.find("Both sides discussed", text_.size() / 2);
    edit_line_ = static_cast<int>(std::count(text_.begin(), text_.begin() + static_cast<long>(middle), '\n'));
    send({{"jsonrpc", "2.0"}, {"id", 1}, {"method", "initialize"},
          {"params", {{"rootUri", "file:///nonexistent-bench-root"}, {"capabilities", json::object()},
                      {"initializationOptions", {{"diagnosticsDelay", 0}}}}}});
    wait_for_reply(1);
    send({{"jsonrpc", "2.0"}, {"method", "initialized"}, {"params", json::object()}});
    send({{"jsonrpc", "2.0"}, {"method", "textDocument/didOpen"},
          {"params", {{"textDocument", {{"uri", kUri}, {"languageId", "readout"}, {"version", 1}, {"text", text_}}}}}});
    wait_for_diagnostics(1);
  }

  // Types or deletes one character ("Both xsides") in a prose line in the middle; returns when the
  // diagnostics for that version arrive.
  void one_character_edit() {
    ++version_;
    bool insert = version_ % 2 == 0;
    json range = {{"start", {{"line", edit_line_}, {"character", 5}}},
                  {"end", {{"line", edit_line_}, {"character", insert ? 5 : 6}}}};
    json change = {{"range", range}, {"text", insert ? "x" : ""}};
    json params = {{"textDocument", {{"uri", kUri}, {"version", version_}}},
                   {"contentChanges", json::array({change})}};
    send({{"jsonrpc", "2.0"}, {"method", "textDocument/didChange"}, {"params", params}});
    wait_for_diagnostics(version_);
  }

  size_t complete(int line, int character) {
    int id = ++next_id_;
    send({{"jsonrpc", "2.0"}, {"id", id}, {"method", "textDocument/completion"},
          {"params", {{"textDocument", {{"uri", kUri}}}, {"position", {{"line", line}, {"character", character}}}}}});
    json reply = wait_for_reply(id);
    return reply["result"]["items"].size();
  }

  const std::string& text() const { return text_; }
  int version() const { return version_; }
  int lines() const { return static_cast<int>(std::count(text_.begin(), text_.end(), '\n')); }

 private:
  static constexpr const char* kUri = "file:///nonexistent-bench-root/digest.readout";

  void send(const json& message) { server_->receive_body(message.dump()); }

  void on_message(std::string body) {
    json message = json::parse(body);
    std::lock_guard lock(mutex_);
    if (message.value("method", "") == "textDocument/publishDiagnostics") {
      published_ = message["params"].value("version", -1);
    } else if (message.contains("id") && !message.contains("method")) {
      replies_[message["id"].get<int>()] = message;
    }
    cv_.notify_all();
  }

  void wait_for_diagnostics(int version) {
    std::unique_lock lock(mutex_);
    cv_.wait(lock, [&] { return published_ == version; });
  }

  json wait_for_reply(int id) {
    std::unique_lock lock(mutex_);
    cv_.wait(lock, [&] { return replies_.contains(id); });
    json reply = replies_[id];
    replies_.erase(id);
    return reply;
  }

  std::string text_;
  std::mutex mutex_;
  std::condition_variable cv_;
  int published_ = 0;
  int version_ = 1;
  int edit_line_ = 0;
  int next_id_ = 1;
  std::map<int, json> replies_;
  std::unique_ptr<Server> server_;  // last: its workers stop before the members above go
};

Fixture& fixture() {
  static Fixture instance;
  return instance;
}

void BM_DidChangeToDiagnostics(benchmark::State& state) {
  Fixture& f = fixture();
  for (auto _ : state) f.one_character_edit();
  state.counters["lines"] = f.lines();
  state.counters["rss_kB"] = static_cast<double>(resident_kb());
}
BENCHMARK(BM_DidChangeToDiagnostics)->Unit(benchmark::kMillisecond)->UseRealTime()->MinTime(2.0);

void BM_Completion(benchmark::State& state) {
  Fixture& f = fixture();
  // "Secretary Anthony Blinken" in the summary of a meeting near the middle: complete "Blin".
  size_t at = f.text().find("Secretary Anthony Blinken", f.text().size() / 2);
  int line = static_cast<int>(std::count(f.text().begin(), f.text().begin() + static_cast<long>(at), '\n'));
  size_t items = 0;
  for (auto _ : state) items = f.complete(line, 22);
  state.counters["items"] = static_cast<double>(items);
  state.counters["rss_kB"] = static_cast<double>(resident_kb());
}
BENCHMARK(BM_Completion)->Unit(benchmark::kMillisecond)->UseRealTime()->MinTime(1.0);

}  // namespace

BENCHMARK_MAIN();
