// Language server benchmark on a generated 5,000-line report with the embedded registry:
//   BM_DidChangeToDiagnostics  one-character didChange -> publishDiagnostics (no debounce)
//   BM_Completion              a completion request in prose -> its reply
//   BM_CompletionLatency       the latency distribution of completion over many prefixes
// All report the server's resident memory (VmRSS, in kB) as a counter.
//
// BM_CompletionLatency (the issue's "completion p99 under 5 ms with the full registry"):
// three lines are added to one meeting of the report (an attendee, a commitment, a prose
// line); each iteration is one request: a didChange rewrites one of them to end in a prefix,
// the bench waits for that version's publishDiagnostics (so the analysis is not charged to
// completion), then times textDocument/completion at the end of the line, from handing the
// request to the server to the server handing over the serialised reply (steady_clock; the
// client's JSON parse is not counted). That time is the iteration's manual time, so the
// "Time" column is the mean latency; p50/p90/p99/max are nearest-rank over all iterations.
// The prefixes (1 to 12 characters, a quarter of the draws 1 or 2) are drawn with a fixed seed
// from the embedded registry's people, titles and countries, in every context completion
// serves: attendee names, titles after "|", countries after the second "|", names in prose,
// "@" handles in commitments and prose, countries as commitment parties. `empty` counts the
// replies without items (every request here should get some); `expected_pct` is how often
// the person whose name was typed (4 characters or more) is among the items. again_p50/p99
// time the same request once more at the same version (not in "Time"): the difference is what
// the first request after an edit pays for the parts of the analysis that are built on demand.
#include <benchmark/benchmark.h>

#include <algorithm>
#include <cctype>
#include <chrono>
#include <cmath>
#include <condition_variable>
#include <cstdint>
#include <cstdio>
#include <fstream>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "readout/data/popolo.hpp"
#include "readout/lsp/server.hpp"
#include "readout/registry.hpp"

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
  std::string out =
      "# Central Asia diplomatic digest 2023\nDateline: 2023-12-31\nPlace: Astana, Kazakhstan\n\n";
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
      out += std::string("- @") + p->handle + ": " + p->name + " | " + p->title + " | " +
             p->country + "\n";
    out += "\n### Commitments\n";
    out +=
        std::string("- @") + a.handle + ", @" + b.handle + ": continue regular consultations\n\n";
    out += "### Summary\n";
    out += std::string("The ") + a.title + ", " + a.name + ", met " + b.name + " in Astana.\n\n";
    out += std::string("Both sides discussed trade, transport and water. @") + b.handle +
           " thanked the hosts.\n\n";
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
    server_ = std::make_unique<Server>([this](std::string body) { on_message(std::move(body)); },
                                       options);
    text_ = generate_report(5000);
    size_t middle = text_.find("Both sides discussed", text_.size() / 2);
    edit_line_ = static_cast<int>(
        std::count(text_.begin(), text_.begin() + static_cast<long>(middle), '\n'));
    send({{"jsonrpc", "2.0"},
          {"id", 1},
          {"method", "initialize"},
          {"params",
           {{"rootUri", "file:///nonexistent-bench-root"},
            {"capabilities", json::object()},
            {"initializationOptions", {{"diagnosticsDelay", 0}}}}}});
    wait_for_reply(1);
    send({{"jsonrpc", "2.0"}, {"method", "initialized"}, {"params", json::object()}});
    send({{"jsonrpc", "2.0"},
          {"method", "textDocument/didOpen"},
          {"params",
           {{"textDocument",
             {{"uri", kUri}, {"languageId", "readout"}, {"version", 1}, {"text", text_}}}}}});
    wait_for_diagnostics(1);
  }

  // Types or deletes one character ("Both xsides") in a prose line in the middle; returns when the
  // diagnostics for that version arrive.
  void one_character_edit() {
    // Its own toggle, not the version's parity: other benchmarks edit the document too.
    typed_x_ = !typed_x_;
    size_t at = line_start(edit_line_) + 5;
    if (typed_x_)
      text_.insert(at, "x");
    else
      text_.erase(at, 1);
    json range = {{"start", {{"line", edit_line_}, {"character", 5}}},
                  {"end", {{"line", edit_line_}, {"character", typed_x_ ? 5 : 6}}}};
    change(range, typed_x_ ? "x" : "");
  }

  // Replaces lines [first, first + count) with `lines` (each ending in '\n'; count 0 inserts,
  // empty `lines` deletes), as an editor would send it; false when no diagnostics came.
  bool replace_lines(int first, int count, const std::string& lines) {
    size_t from = line_start(first), to = line_start(first + count);
    text_.replace(from, to - from, lines);
    json range = {{"start", {{"line", first}, {"character", 0}}},
                  {"end", {{"line", first + count}, {"character", 0}}}};
    return change(range, lines);
  }

  struct Timed {
    json reply;
    double seconds = 0;  // request handed to the server -> reply handed back
    size_t bytes = 0;    // the serialised reply
  };

  // One completion request, timed without the JSON work of this client.
  Timed timed_complete(int line, int character) {
    int id = ++next_id_;
    std::string body = json{{"jsonrpc", "2.0"},
                            {"id", id},
                            {"method", "textDocument/completion"},
                            {"params",
                             {{"textDocument", {{"uri", kUri}}},
                              {"position", {{"line", line}, {"character", character}}}}}}
                           .dump();
    auto start = std::chrono::steady_clock::now();
    server_->receive_body(body);
    std::unique_lock lock(mutex_);
    cv_.wait(lock, [&] { return replies_.contains(id); });
    Timed out{std::move(replies_[id]), std::chrono::duration<double>(arrived_[id] - start).count(),
              bytes_[id]};
    replies_.erase(id);
    arrived_.erase(id);
    bytes_.erase(id);
    return out;
  }

  size_t complete(int line, int character) {
    int id = ++next_id_;
    send({{"jsonrpc", "2.0"},
          {"id", id},
          {"method", "textDocument/completion"},
          {"params",
           {{"textDocument", {{"uri", kUri}}},
            {"position", {{"line", line}, {"character", character}}}}}});
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
    auto arrived = std::chrono::steady_clock::now();  // before parsing: the server's time ends here
    json message = json::parse(body);
    std::lock_guard lock(mutex_);
    if (message.value("method", "") == "textDocument/publishDiagnostics") {
      // Only this document's: the workspace's file problems come without a version.
      if (message["params"].value("uri", "") == kUri)
        published_ = message["params"].value("version", -1);
    } else if (message.contains("id") && !message.contains("method")) {
      int id = message["id"].get<int>();
      replies_[id] = message;
      arrived_[id] = arrived;
      bytes_[id] = body.size();
    }
    cv_.notify_all();
  }

  bool change(const json& range, const std::string& text) {
    ++version_;
    json params = {{"textDocument", {{"uri", kUri}, {"version", version_}}},
                   {"contentChanges", json::array({{{"range", range}, {"text", text}}})}};
    send({{"jsonrpc", "2.0"}, {"method", "textDocument/didChange"}, {"params", params}});
    return wait_for_diagnostics(version_);
  }

  size_t line_start(int line) const {
    size_t at = 0;
    for (int i = 0; i < line; ++i) {
      size_t newline = text_.find('\n', at);
      if (newline == std::string::npos) return text_.size();
      at = newline + 1;
    }
    return at;
  }

  // A missing publication would hang the benchmark: give up after a generous wait.
  bool wait_for_diagnostics(int version) {
    std::unique_lock lock(mutex_);
    return cv_.wait_for(lock, std::chrono::seconds(60), [&] { return published_ == version; });
  }

  json wait_for_reply(int id) {
    std::unique_lock lock(mutex_);
    cv_.wait(lock, [&] { return replies_.contains(id); });
    json reply = replies_[id];
    replies_.erase(id);
    arrived_.erase(id);
    bytes_.erase(id);
    return reply;
  }

  std::string text_;
  std::mutex mutex_;
  std::condition_variable cv_;
  int published_ = 0;
  int version_ = 1;
  int edit_line_ = 0;
  int next_id_ = 1;
  bool typed_x_ = false;
  std::map<int, json> replies_;
  std::map<int, std::chrono::steady_clock::time_point> arrived_;
  std::map<int, size_t> bytes_;
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
  int line = static_cast<int>(
      std::count(f.text().begin(), f.text().begin() + static_cast<long>(at), '\n'));
  size_t items = 0;
  for (auto _ : state) items = f.complete(line, 22);
  state.counters["items"] = static_cast<double>(items);
  state.counters["rss_kB"] = static_cast<double>(resident_kb());
}
BENCHMARK(BM_Completion)->Unit(benchmark::kMillisecond)->UseRealTime()->MinTime(1.0);

// --- BM_CompletionLatency ---------------------------------------------------------------------

// The contexts in which the server completes (feature_completion.cpp), each in its slot line.
enum class Context { AttendeeName, Title, Country, ProseName, Handle, Party };
constexpr const char* kContextNames[] = {"name", "title", "country", "prose", "handle", "party"};
constexpr int kContexts = 6;
enum Slot { kAttendeeSlot, kCommitmentSlot, kProseSlot };
constexpr int kRequests = 600;

struct Request {
  Context context;
  Slot slot;
  std::string line;      // the slot line's new text; completion is asked at its end
  std::string expected;  // a label the reply must hold (empty: no check)
};

// A fixed-seed generator (splitmix64): the same requests on every run and every machine.
struct Rng {
  uint64_t state = 2026;
  uint64_t next() {
    uint64_t z = (state += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
  }
  size_t below(size_t n) { return static_cast<size_t>(next() % n); }
};

bool utf8_lead(char c) { return (static_cast<unsigned char>(c) & 0xc0) != 0x80; }

size_t code_points(std::string_view s) {
  return static_cast<size_t>(std::count_if(s.begin(), s.end(), utf8_lead));
}

// The first n code points of s.
std::string first_code_points(std::string_view s, size_t n) {
  size_t i = 0;
  for (; i < s.size(); ++i)
    if (utf8_lead(s[i]) && n-- == 0) break;
  return std::string(s.substr(0, i));
}

// LSP's default position encoding counts UTF-16 code units.
int utf16_length(std::string_view s) {
  int units = 0;
  for (char c : s)
    if (utf8_lead(c)) units += static_cast<unsigned char>(c) >= 0xf0 ? 2 : 1;
  return units;
}

// 1..max_len code points of s, 1 or 2 a quarter of the time: the short prefixes have the most
// candidates, and every word typed starts with them.
std::string draw_prefix(Rng& rng, std::string_view s, size_t max_len) {
  size_t n = std::min(max_len, code_points(s));
  size_t len = rng.below(4) == 0 ? 1 + rng.below(std::min<size_t>(2, n)) : 1 + rng.below(n);
  return first_code_points(s, len);
}

// What the completion code reads as part of a word in prose.
bool word_byte(unsigned char c) { return std::isalnum(c) || c == '-' || c == '\'' || c >= 0x80; }

// A name, title or country usable inside an attendee line without changing its structure.
bool plain(std::string_view s) {
  return !s.empty() && s.find_first_of("|[:@\n") == std::string_view::npos;
}

// The realistic part of the workload: people who held posts, with those posts and countries.
std::vector<Request> make_requests(const std::vector<std::string>& handles) {
  std::vector<readout::data::FileError> errors;
  auto registry = readout::data::load_registry({}, true, errors);
  struct Held {
    const readout::Person* person;
    std::string title;
    const readout::Organization* organization;
  };
  std::vector<Held> held;
  for (const auto& m : registry->records().memberships) {
    const readout::Person* person = registry->person(m.person_id);
    const readout::Post* post = registry->post(m.post_id);
    const readout::Organization* org =
        registry->organization(!m.organization_id.empty() ? m.organization_id
                               : post                     ? post->organization_id
                                                          : "");
    std::string title = !m.label.empty() ? m.label.str() : post ? post->label.str() : "";
    if (person && org && plain(person->name) && plain(title) && plain(org->name))
      held.push_back({person, title, org});
  }
  std::vector<Request> out;
  std::set<std::string> seen;
  Rng rng;
  for (int attempt = 0; out.size() < kRequests && attempt < 100 * kRequests && !held.empty();
       ++attempt) {
    const Held& h = held[rng.below(held.size())];
    const std::string& name = h.person->name.str();
    size_t pick = rng.below(100);
    Request r{Context::AttendeeName, kAttendeeSlot, "", ""};
    if (pick < 38) {
      // Four times in five the preferred spelling, else another one (transliteration, ...).
      std::string spelling = name;
      if (!h.person->other_names.empty() && rng.below(5) == 0) {
        spelling = h.person->other_names[rng.below(h.person->other_names.size())].name;
        if (!plain(spelling)) continue;
      }
      std::string prefix = draw_prefix(rng, spelling, 12);
      r.line = "- @guest: " + prefix;
      if (code_points(prefix) >= 4) r.expected = name;
    } else if (pick < 60) {
      // One part of the name (given name or surname), as far as prose reads it as a word.
      std::vector<std::string> words;
      for (size_t at = 0; at < name.size();) {
        size_t end = at;
        while (end < name.size() && word_byte(static_cast<unsigned char>(name[end]))) ++end;
        if (end > at) words.push_back(name.substr(at, end - at));
        at = name.find(' ', end);
        at = at == std::string::npos ? name.size() : at + 1;
      }
      if (words.empty()) continue;
      std::string prefix = draw_prefix(rng, words[rng.below(words.size())], 8);
      r = {Context::ProseName, kProseSlot, "The delegation thanked " + prefix, ""};
      if (code_points(prefix) >= 4) r.expected = name;
    } else if (pick < 74) {
      r.context = Context::Title;
      r.line = "- @guest: " + name + " | " + draw_prefix(rng, h.title, 12);
    } else if (pick < 86) {
      r.context = Context::Country;
      r.line =
          "- @guest: " + name + " | " + h.title + " | " + draw_prefix(rng, h.organization->name, 8);
      r.expected = h.organization->name;
    } else if (pick < 94) {
      // "@" and 0-3 letters of a handle of the meeting, in a commitment or in prose.
      const std::string& handle = handles[rng.below(handles.size())];
      std::string prefix = "@" + handle.substr(0, rng.below(4));
      if (rng.below(2) == 0)
        r = {Context::Handle, kCommitmentSlot, "- " + prefix, "@" + handle};
      else
        r = {Context::Handle, kProseSlot, "Both sides thanked " + prefix, "@" + handle};
    } else {
      // A country as a commitment's party: countries, "all" and the handles are offered.
      r = {Context::Party, kCommitmentSlot, "- " + draw_prefix(rng, h.organization->name, 6),
           "all"};
    }
    if (seen.insert(std::to_string(static_cast<int>(r.slot)) + r.line).second)
      out.push_back(std::move(r));
  }
  return out;
}

// Nearest rank: the smallest value with at least p of the values at or below it.
double percentile(std::vector<double> values, double p) {
  if (values.empty()) return 0;
  std::sort(values.begin(), values.end());
  size_t rank = static_cast<size_t>(std::ceil(p * static_cast<double>(values.size())));
  return values[std::clamp<size_t>(rank, 1, values.size()) - 1];
}

// The reply's items; none for an error reply (or no reply).
const json& items_of(const json& reply) {
  static const json none = json::array();
  if (!reply.is_object() || !reply.contains("result") || !reply["result"].is_object()) return none;
  auto it = reply["result"].find("items");
  return it != reply["result"].end() && it->is_array() ? *it : none;
}

bool has_label(const json& reply, const std::string& label) {
  for (const auto& item : items_of(reply))
    if (item.value("label", "") == label) return true;
  return false;
}

void BM_CompletionLatency(benchmark::State& state) {
  Fixture& f = fixture();
  // The slots go into a meeting past the middle, below the lines the other benchmarks edit, and
  // are removed at the end, so those benchmarks see the document as generated.
  const std::string& text = f.text();
  size_t meeting = text.find("\n## Talks ", text.size() * 3 / 5) + 1;
  auto line_of = [&](size_t at) {
    return static_cast<int>(std::count(text.begin(), text.begin() + static_cast<long>(at), '\n'));
  };
  std::vector<std::string> handles = {"guest"};
  size_t end_of_attendees = text.find("\n\n### Commitments", meeting) + 1;
  for (size_t at = text.find("### Attendees\n", meeting);
       (at = text.find("\n- @", at)) < end_of_attendees; ++at)
    handles.push_back(text.substr(at + 4, text.find(':', at) - at - 4));
  int attendee_line = line_of(end_of_attendees);
  int commitment_line = line_of(text.find("\n\n### Summary", meeting) + 1);
  int prose_line = line_of(text.find("\n\nSecretary Anthony Blinken", meeting) + 1);
  // Bottom up, so that each insertion leaves the line numbers above it alone.
  bool ok = f.replace_lines(prose_line, 0, "The delegation thanked the hosts.\n") &&
            f.replace_lines(commitment_line, 0, "- @guest: attend the next round\n") &&
            f.replace_lines(attendee_line, 0,
                            "- @guest: Antony Blinken | Secretary of State | United States\n");
  const int slot_line[] = {attendee_line, commitment_line + 1, prose_line + 2};

  static const std::vector<Request> requests = make_requests(handles);
  auto ask = [&](const Request& r) {
    if (!f.replace_lines(slot_line[r.slot], 1, r.line + "\n")) return Fixture::Timed{};
    return f.timed_complete(slot_line[r.slot], utf16_length(r.line));
  };
  // Known answers first (untimed; they also warm the caches as an editor's first requests do).
  const Request checks[] = {
      {Context::AttendeeName, kAttendeeSlot, "- @guest: Antony Bl", "Antony Blinken"},
      {Context::ProseName, kProseSlot, "The delegation thanked Blin", "Antony Blinken"},
      {Context::Title, kAttendeeSlot, "- @guest: Antony Blinken | Secretary of St",
       "Secretary of State"},
      {Context::Country, kAttendeeSlot, "- @guest: Antony Blinken | Secretary of State | United St",
       "United States"},
      {Context::Handle, kCommitmentSlot, "- @", "@guest"},
      {Context::Handle, kProseSlot, "Both sides thanked @", "@" + handles.back()},
  };
  std::string failed = ok ? "" : "no diagnostics for the slot lines; ";
  for (const Request& r : checks) {
    json reply = ask(r).reply;
    if (has_label(reply, r.expected)) continue;
    failed += "'" + r.line + "' lacks '" + r.expected + "' (" +
              std::to_string(items_of(reply).size()) + " items:";
    for (size_t i = 0; i < std::min<size_t>(3, items_of(reply).size()); ++i)
      failed += " '" + items_of(reply)[i].value("label", "") + "'";
    failed += "); ";
  }
  if (requests.size() < kRequests)
    failed += "only " + std::to_string(requests.size()) + " distinct requests; ";
  if (!failed.empty()) state.SkipWithError(failed.c_str());

  std::vector<double> latency_ms, again_ms, by_context[kContexts];
  int empty_in[kContexts] = {};
  std::vector<std::pair<double, const Request*>> slowest;  // a few, to know what to profile
  double items = 0, items_max = 0, bytes = 0, empty = 0, errors = 0, expected = 0, expected_hit = 0;
  size_t next = 0;
  for (auto _ : state) {
    const Request& r = requests[next++ % requests.size()];
    Fixture::Timed t = ask(r);
    if (t.reply.is_null()) {
      state.SkipWithError(("no diagnostics after '" + r.line + "'").c_str());
      break;
    }
    state.SetIterationTime(t.seconds);
    latency_ms.push_back(t.seconds * 1e3);
    // The same request again at the same version, apart: what the first request after an edit
    // pays for the analysis' lazily assembled parts (AnalysisResult::report(), names()).
    again_ms.push_back(f.timed_complete(slot_line[r.slot], utf16_length(r.line)).seconds * 1e3);
    by_context[static_cast<int>(r.context)].push_back(t.seconds * 1e3);
    if (t.reply.contains("error")) ++errors;
    double n = static_cast<double>(items_of(t.reply).size());
    items += n;
    items_max = std::max(items_max, n);
    bytes += static_cast<double>(t.bytes);
    if (n == 0) {
      ++empty_in[static_cast<int>(r.context)];
      if (empty++ < 5) std::fprintf(stderr, "empty completion: '%s'\n", r.line.c_str());
    }
    slowest.emplace_back(t.seconds * 1e3, &r);
    std::sort(slowest.begin(), slowest.end(), std::greater<>());
    if (slowest.size() > 5) slowest.pop_back();
    if (!r.expected.empty()) {
      ++expected;
      expected_hit += has_label(t.reply, r.expected);
    }
  }
  // Restore the document for the benchmarks that run after this one.
  for (int line : {slot_line[kProseSlot], slot_line[kCommitmentSlot], slot_line[kAttendeeSlot]})
    f.replace_lines(line, 1, "");

  double count = std::max<double>(1, static_cast<double>(latency_ms.size()));
  state.counters["requests"] = static_cast<double>(std::min(latency_ms.size(), requests.size()));
  state.counters["p50_ms"] = percentile(latency_ms, 0.50);
  state.counters["p90_ms"] = percentile(latency_ms, 0.90);
  state.counters["p99_ms"] = percentile(latency_ms, 0.99);
  state.counters["max_ms"] = percentile(latency_ms, 1.0);
  state.counters["again_p50_ms"] = percentile(again_ms, 0.50);
  state.counters["again_p99_ms"] = percentile(again_ms, 0.99);
  state.counters["items"] = items / count;
  state.counters["items_max"] = items_max;
  state.counters["reply_kB"] = bytes / count / 1024;
  state.counters["empty"] = empty;
  state.counters["errors"] = errors;
  state.counters["expected_pct"] = expected > 0 ? 100 * expected_hit / expected : 0;
  state.counters["rss_kB"] = static_cast<double>(resident_kb());
  // Where the tail comes from, one line per context (stderr: the counters table is wide enough).
  for (int c = 0; c < kContexts; ++c)
    std::fprintf(stderr, "  %-8s n=%4zu  p50 %6.2f  p90 %6.2f  p99 %6.2f  max %6.2f ms  empty %d\n",
                 kContextNames[c], by_context[c].size(), percentile(by_context[c], 0.5),
                 percentile(by_context[c], 0.9), percentile(by_context[c], 0.99),
                 percentile(by_context[c], 1.0), empty_in[c]);
  for (const auto& [ms, r] : slowest)
    std::fprintf(stderr, "  slow: %6.2f ms  '%s'\n", ms, r->line.c_str());
}
BENCHMARK(BM_CompletionLatency)
    ->Unit(benchmark::kMillisecond)
    ->UseManualTime()
    ->Iterations(kRequests);

}  // namespace

BENCHMARK_MAIN();
