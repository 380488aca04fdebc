// readout_lsp_soak: a client that keeps four reports open in `readout lsp` (over pipes) and
// types into them for about a minute: 10,000 incremental edits (typing, backspace, pasted and
// deleted lines, undo-like reversals, words replaced, two changes in one notification), with
// completion and hover requests throughout. Like VS Code, it declares staleRequestSupport (so
// requests overtaken by an edit may be answered ContentModified), cancels an outstanding
// completion when it asks for the next one, and sometimes cancels one outright. It checks that
//   * every request gets exactly one reply, and no reply is an unexpected error;
//   * diagnostics arrive for the final version of every document and equal those of a second,
//     fresh server that opens the final texts (semantic tokens and symbols too, so that a text
//     the server got wrong cannot hide);
//   * the server's resident memory is flat: after a 10 s warm-up, the median of the last 20 s
//     is at most 15% above that of the first 20 s, and the least-squares trend over the run
//     adds at most 10% (not enforced under sanitizers, whose allocators only grow);
// and prints the memory curve (also written to --curve FILE) and latency percentiles.
#include <algorithm>
#include <cstring>
#include <fstream>
#include <iostream>
#include <map>
#include <optional>
#include <random>
#include <sstream>

#include "readout/lsp/framing.hpp"
#include "readout/lsp/protocol.hpp"
#include "report_generator.hpp"
#include "server_process.hpp"

using nlohmann::json;
using namespace readout::lsp;
using namespace readout::lsp::testing;

namespace {

struct Config {
  std::string server;
  std::string source = ".";
  std::string curve;
  double seconds = 60;
  int edits = 10000;
  unsigned seed = 20231;
};

struct Doc {
  std::string name, uri, text;
  int version = 1;
  size_t cursor = 0;  // byte offset, on a character boundary
  // The last paste or deletion, for an undo-like reversal.
  std::optional<std::pair<size_t, std::string>> pasted, deleted;
  int published_version = -1;
  json diagnostics;
};

size_t line_start(const std::string& text, size_t offset) {
  size_t nl = offset == 0 ? std::string::npos : text.rfind('\n', offset - 1);
  return nl == std::string::npos ? 0 : nl + 1;
}

size_t line_end(const std::string& text, size_t offset) {  // after the '\n'
  size_t nl = text.find('\n', offset);
  return nl == std::string::npos ? text.size() : nl + 1;
}

json position_of(const std::string& text, size_t offset) {
  size_t line =
      static_cast<size_t>(std::count(text.begin(), text.begin() + static_cast<long>(offset), '\n'));
  size_t start = line_start(text, offset);
  size_t units = 0;  // UTF-16 code units, counted here independently of the server's code
  for (size_t i = start; i < offset; ++i) {
    auto c = static_cast<unsigned char>(text[i]);
    if ((c & 0xC0) != 0x80) units += c >= 0xF0 ? 2 : 1;
  }
  return {{"line", line}, {"character", units}};
}

size_t char_start(const std::string& text, size_t offset) {
  while (offset > 0 && offset < text.size() &&
         (static_cast<unsigned char>(text[offset]) & 0xC0) == 0x80)
    --offset;
  return offset;
}

double percentile(std::vector<double> v, double p) {
  if (v.empty()) return 0;
  std::sort(v.begin(), v.end());
  return v[std::min(v.size() - 1, static_cast<size_t>(p / 100 * static_cast<double>(v.size())))];
}

double median(std::vector<double> v) { return percentile(std::move(v), 50); }

class Soak {
 public:
  explicit Soak(Config c) : config_(std::move(c)), rng_(config_.seed) {}

  int run() {
    make_documents();
    server_ = std::make_unique<ServerProcess>(std::vector<std::string>{config_.server, "lsp"});
    if (!initialize(*server_, -1)) return fail("initialize failed");
    for (auto& d : docs_) open(*server_, d);
    if (!wait_for_diagnostics(*server_, docs_, deadline_in(60)))
      return fail("no first diagnostics");
    std::cout << "soak: " << docs_.size() << " documents open (";
    for (auto& d : docs_) std::cout << d.name << " " << d.text.size() / 1024 << " KiB ";
    std::cout << "), server pid " << server_->pid() << "\n";

    if (!type_for_a_while()) return fail(failure_);
    if (!finish_and_compare()) return fail(failure_);
    return report();
  }

 private:
  int fail(const std::string& why) {
    std::cerr << "soak: FAILED: " << why << "\n";
    if (server_) {
      std::string err = server_->stderr_text();
      if (err.size() > 3000) err = err.substr(err.size() - 3000);
      if (!err.empty()) std::cerr << "server stderr:\n" << err << "\n";
    }
    return 1;
  }

  void make_documents() {
    auto add = [&](std::string name, std::string text) {
      Doc d;
      d.name = std::move(name);
      d.uri = "file:///soak-workspace/" + d.name;
      d.text = std::move(text);
      d.cursor = char_start(d.text, d.text.size() / 2);
      docs_.push_back(std::move(d));
    };
    add("small.readout", generate_report(12, 1));
    add("medium.readout", generate_report(80, 2));
    add("large.readout", generate_report(260, 3));
    std::ifstream example(config_.source + "/examples/c5plus1-astana-2023.readout",
                          std::ios::binary);
    std::stringstream text;
    text << example.rdbuf();
    add("example.readout", text.str().empty() ? generate_report(3, 4) : text.str());
  }

  bool send(ServerProcess& server, const json& message) {
    std::string error;
    if (server.write(frame_message(message.dump()), deadline_in(30), error)) return true;
    failure_ = "writing to the server: " + error;
    return false;
  }

  bool initialize(ServerProcess& server, int delay_ms) {
    json options = delay_ms >= 0 ? json{{"diagnosticsDelay", delay_ms}} : json::object();
    json params = {
        {"processId", nullptr},
        {"rootUri", "file:///soak-workspace"},
        // As VS Code declares it: stale requests may be answered ContentModified.
        {"capabilities",
         {{"general",
           {{"positionEncodings", {"utf-16"}},
            {"staleRequestSupport",
             {{"cancel", true}, {"retryOnContentModified", json::array()}}}}},
          {"textDocument", {{"completion", {{"completionItem", {{"snippetSupport", false}}}}}}}}},
        {"initializationOptions", options}};
    if (!send(server,
              {{"jsonrpc", "2.0"}, {"id", "init"}, {"method", "initialize"}, {"params", params}}))
      return false;
    auto deadline = deadline_in(60);
    while (auto m = server.next_message(deadline))
      if ((*m).value("id", json()) == "init") {
        return (*m).contains("result") &&
               send(server,
                    {{"jsonrpc", "2.0"}, {"method", "initialized"}, {"params", json::object()}});
      }
    return false;
  }

  void open(ServerProcess& server, const Doc& d) {
    send(server, {{"jsonrpc", "2.0"},
                  {"method", "textDocument/didOpen"},
                  {"params",
                   {{"textDocument",
                     {{"uri", d.uri},
                      {"languageId", "readout"},
                      {"version", d.version},
                      {"text", d.text}}}}}});
  }

  // Files a message from the soak server: replies are checked off, diagnostics recorded.
  bool take(const json& m) {
    if (m.contains("method")) {
      if (m["method"] == "textDocument/publishDiagnostics") {
        for (auto& d : docs_)
          if (d.uri == m["params"]["uri"]) {
            int v = m["params"].value("version", -1);
            d.published_version = v;
            d.diagnostics = m["params"]["diagnostics"];
          }
      }
      if (m.contains("id"))
        send(*server_, {{"jsonrpc", "2.0"}, {"id", m["id"]}, {"result", nullptr}});
      return true;
    }
    if (!m.contains("id") || !m["id"].is_number_integer()) {
      failure_ = "unexpected message " + m.dump().substr(0, 300);
      return false;
    }
    int id = m["id"].get<int>();
    auto it = pending_.find(id);
    if (it == pending_.end()) {
      failure_ = "a second reply (or a reply to nothing) for id " + std::to_string(id) + ": " +
                 m.dump().substr(0, 300);
      return false;
    }
    Pending p = it->second;
    pending_.erase(it);
    ++replies_;
    reply_ms_.push_back(std::chrono::duration<double, std::milli>(Clock::now() - p.sent).count());
    if (m.contains("error")) {
      int code = m["error"].value("code", 0);
      if (code == error_code::kContentModified) {  // the client declared staleRequestSupport
        ++stale_replies_;
        return true;
      }
      if (!(p.cancelled && code == error_code::kRequestCancelled)) {
        failure_ = "error reply to " + p.method + ": " + m.dump().substr(0, 300);
        return false;
      }
      ++cancelled_replies_;
      return true;
    }
    double ms = std::chrono::duration<double, std::milli>(Clock::now() - p.sent).count();
    (p.method == "textDocument/completion" ? completion_ms_ : hover_ms_).push_back(ms);
    return true;
  }

  bool pump_until(Clock::time_point until) {
    while (true) {
      auto m = server_->next_message(until);
      if (!m) return !server_->output_ended() || fail_with("the server's output ended");
      if (!take(*m)) return false;
    }
  }

  bool fail_with(const std::string& why) {
    failure_ = why;
    return false;
  }

  bool request(Doc& d, const std::string& method, size_t offset) {
    // Like VS Code, a new completion request cancels the one still outstanding.
    if (method == "textDocument/completion" && last_completion_ &&
        pending_.contains(*last_completion_) && !pending_[*last_completion_].cancelled) {
      pending_[*last_completion_].cancelled = true;
      if (!send(*server_, {{"jsonrpc", "2.0"},
                           {"method", "$/cancelRequest"},
                           {"params", {{"id", *last_completion_}}}}))
        return false;
    }
    int id = next_id_++;
    if (method == "textDocument/completion") last_completion_ = id;
    json params = {{"textDocument", {{"uri", d.uri}}}, {"position", position_of(d.text, offset)}};
    if (method == "textDocument/completion") params["context"] = {{"triggerKind", 1}};
    pending_[id] = {method, Clock::now(), false};
    ++requests_;
    if (!send(*server_, {{"jsonrpc", "2.0"}, {"id", id}, {"method", method}, {"params", params}}))
      return false;
    if (method == "textDocument/completion" && rng_() % 20 == 0) {
      pending_[id].cancelled = true;
      return send(*server_,
                  {{"jsonrpc", "2.0"}, {"method", "$/cancelRequest"}, {"params", {{"id", id}}}});
    }
    return true;
  }

  // One change to the client's copy, described in positions of the text before it.
  json change(Doc& d, size_t begin, size_t end, const std::string& text) {
    json c = {{"range", {{"start", position_of(d.text, begin)}, {"end", position_of(d.text, end)}}},
              {"text", text}};
    d.text.replace(begin, end - begin, text);
    return c;
  }

  // A prose-ish place to type: somewhere in a line that is not a heading or a list item.
  void jump(Doc& d) {
    for (int tries = 0; tries < 20; ++tries) {
      size_t at = line_start(d.text, rng_() % std::max<size_t>(1, d.text.size()));
      char c = at < d.text.size() ? d.text[at] : '\n';
      if (c == '#' || c == '-' || c == '\n' || c == '<') continue;
      d.cursor = char_start(d.text, std::min(line_end(d.text, at) - 1, at + rng_() % 40));
      return;
    }
    d.cursor = char_start(d.text, d.text.size() / 2);
  }

  json one_edit(Doc& d) {
    static const std::vector<std::string> kChars = {"e", "t", "a", "o", "i", "n", " ", "s",
                                                    "h", "r", "d", "l", ",", "é", "ж", "🙂"};
    static const std::vector<std::string> kWords = {
        "Blinken", "Tileuberdi", "Kulubaev", "Secretary", "Лавров", "talks", "Saidov"};
    json changes = json::array();
    unsigned r = rng_() % 100;
    d.cursor = std::min(d.cursor, d.text.size());
    if (r < 55) {  // typing
      const std::string& ch = kChars[rng_() % 100 < 90 ? rng_() % 13 : 13 + rng_() % 3];
      changes.push_back(change(d, d.cursor, d.cursor, ch));
      d.cursor += ch.size();
    } else if (r < 70) {  // backspace (within the line)
      size_t start = line_start(d.text, d.cursor);
      if (d.cursor > start) {
        size_t prev = char_start(d.text, d.cursor - 1);
        changes.push_back(change(d, prev, d.cursor, ""));
        d.cursor = prev;
      }
    } else if (r < 76) {  // paste of lines copied from elsewhere
      size_t from = line_start(d.text, rng_() % std::max<size_t>(1, d.text.size()));
      size_t to = from;
      for (unsigned n = 1 + rng_() % 6; n > 0 && to < d.text.size(); --n) to = line_end(d.text, to);
      std::string lines = d.text.substr(from, to - from);
      size_t at = line_start(d.text, d.cursor);
      changes.push_back(change(d, at, at, lines));
      d.cursor += lines.size();  // the same character, moved down by the paste
      d.pasted = {at, lines};
      d.deleted.reset();
    } else if (r < 82) {  // deletion of lines
      size_t at = line_start(d.text, d.cursor), to = at;
      for (unsigned n = 1 + rng_() % 6; n > 0 && to < d.text.size(); --n) to = line_end(d.text, to);
      if (to > at) {
        d.deleted = {at, d.text.substr(at, to - at)};
        d.pasted.reset();
        changes.push_back(change(d, at, to, ""));
        d.cursor = at;
      }
    } else if (r < 88) {  // undo of the last paste or deletion, if the text still has it there
      if (d.pasted &&
          d.text.compare(d.pasted->first, d.pasted->second.size(), d.pasted->second) == 0) {
        changes.push_back(
            change(d, d.pasted->first, d.pasted->first + d.pasted->second.size(), ""));
        d.cursor = d.pasted->first;
      } else if (d.deleted) {  // where it was, or as near as the text now allows
        size_t at = char_start(d.text, std::min(d.deleted->first, d.text.size()));
        changes.push_back(change(d, at, at, d.deleted->second));
        d.cursor = at;
      }
      d.pasted.reset();
      d.deleted.reset();
    } else if (r < 94) {  // a word selected and replaced
      size_t begin = d.cursor, end = d.cursor;
      while (begin > 0 && std::isalpha(static_cast<unsigned char>(d.text[begin - 1]))) --begin;
      while (end < d.text.size() && std::isalpha(static_cast<unsigned char>(d.text[end]))) ++end;
      const std::string& word = kWords[rng_() % kWords.size()];
      changes.push_back(change(d, begin, end, word));
      d.cursor = begin + word.size();
    } else if (r < 98) {  // two changes in one notification: the second is relative to the first
      size_t here = line_start(d.text, d.cursor);
      changes.push_back(change(d, here, here, "x"));
      changes.push_back(change(d, here, here + 1, ""));
      changes.push_back(change(d, d.cursor, d.cursor, "y"));
      d.cursor += 1;
    } else {  // the cursor moves somewhere else, and typing goes on there
      jump(d);
      changes.push_back(change(d, d.cursor, d.cursor, " "));
      d.cursor += 1;
    }
    return changes;
  }

  // Hover on a name: the nearest mention of someone after the cursor.
  bool hover_a_name(Doc& d) {
    const Person& p = kSoakPeople[rng_() % (sizeof kSoakPeople / sizeof kSoakPeople[0])];
    size_t at = d.text.find(p.name, line_start(d.text, d.cursor));
    if (at == std::string::npos) at = d.text.find(p.name);
    return at == std::string::npos || request(d, "textDocument/hover", at + 2);
  }

  bool pause_requests(Doc& d) {
    return request(d, "textDocument/completion", d.cursor) && hover_a_name(d);
  }

  bool type_for_a_while() {
    start_ = Clock::now();
    // Keystrokes 4 ms apart in bursts on one document, then a pause of 150-350 ms (long enough,
    // often, for the debounced diagnostics to run); paced so that the run takes config.seconds.
    double burst_ms = 4, mean_burst = 100;
    double pause_ms = std::max(
        0.0, (config_.seconds * 1000 - config_.edits * burst_ms) / (config_.edits / mean_burst));
    auto next = start_;
    auto next_sample = start_;
    size_t doc = 2;
    int burst_left = 0;
    for (int i = 0; i < config_.edits; ++i) {
      if (burst_left-- <= 0) {
        // The user stops typing and looks: a completion and a hover where the typing ended.
        if (i > 0 && !pause_requests(docs_[doc])) return false;
        burst_left = 20 + static_cast<int>(rng_() % 161);
        unsigned pick = rng_() % 10;  // the large and medium reports get most of the typing
        doc = pick < 4 ? 2 : pick < 7 ? 1 : pick < 9 ? 0 : 3;
        jump(docs_[doc]);
        next += std::chrono::milliseconds(
            static_cast<long>(pause_ms * (0.5 + (rng_() % 1000) / 1000.0)));
      }
      next += std::chrono::microseconds(static_cast<long>(burst_ms * 1000));
      while (Clock::now() < next) {
        if (Clock::now() >= next_sample) {
          samples_.push_back({std::chrono::duration<double>(Clock::now() - start_).count(),
                              server_->resident_kb()});
          next_sample += std::chrono::seconds(1);
        }
        if (!pump_until(std::min(next, next_sample))) return false;
      }
      Doc& d = docs_[doc];
      json changes = one_edit(d);
      if (changes.empty()) changes.push_back(change(d, d.cursor, d.cursor, ""));
      ++d.version;
      ++edits_;
      if (!send(*server_, {{"jsonrpc", "2.0"},
                           {"method", "textDocument/didChange"},
                           {"params",
                            {{"textDocument", {{"uri", d.uri}, {"version", d.version}}},
                             {"contentChanges", changes}}}}))
        return false;
      unsigned r = rng_() % 100;
      if (r < 12 && !request(d, "textDocument/completion", d.cursor)) return false;
      if (r >= 94 && !hover_a_name(d)) return false;
    }
    run_seconds_ = std::chrono::duration<double>(Clock::now() - start_).count();
    return true;
  }

  bool wait_for_diagnostics(ServerProcess& server, std::vector<Doc>& docs,
                            Clock::time_point deadline) {
    auto all_current = [&] {
      return std::all_of(docs.begin(), docs.end(),
                         [](const Doc& d) { return d.published_version == d.version; });
    };
    while (!all_current()) {
      auto m = server.next_message(deadline);
      if (!m) return false;
      if (&server == server_.get()) {
        if (!take(*m)) return false;
      } else if ((*m).value("method", "") == "textDocument/publishDiagnostics") {
        for (auto& d : docs)
          if (d.uri == (*m)["params"]["uri"]) {
            d.published_version = (*m)["params"].value("version", -1);
            d.diagnostics = (*m)["params"]["diagnostics"];
          }
      }
    }
    return true;
  }

  // A request to `server` and its result, for the final comparison.
  std::optional<json> ask(ServerProcess& server, const std::string& method, const Doc& d) {
    int id = next_id_++;
    if (&server == server_.get()) pending_[id] = {method, Clock::now(), false};
    if (!send(server, {{"jsonrpc", "2.0"},
                       {"id", id},
                       {"method", method},
                       {"params", {{"textDocument", {{"uri", d.uri}}}}}}))
      return std::nullopt;
    auto deadline = deadline_in(60);
    while (auto m = server.next_message(deadline)) {
      if ((*m).contains("id") && (*m)["id"] == id && !(*m).contains("method")) {
        if (&server == server_.get()) pending_.erase(id);
        if ((*m).contains("result")) return (*m)["result"];
        return std::nullopt;
      }
      if (&server == server_.get() && !take(*m)) return std::nullopt;
    }
    return std::nullopt;
  }

  bool finish_and_compare() {
    auto deadline = deadline_in(120);
    while (!pending_.empty()) {
      auto m = server_->next_message(deadline);
      if (!m)
        return fail_with(std::to_string(pending_.size()) + " requests never answered, e.g. id " +
                         std::to_string(pending_.begin()->first) + " (" +
                         pending_.begin()->second.method + ")");
      if (!take(*m)) return false;
    }
    if (!wait_for_diagnostics(*server_, docs_, deadline_in(60)))
      return fail_with(failure_.empty() ? "diagnostics of the final versions never arrived"
                                        : failure_);

    // A fresh server opens the final texts; both must say the same about them.
    ServerProcess fresh({config_.server, "lsp"});
    if (!initialize(fresh, 0)) return fail_with("the fresh server did not initialize");
    std::vector<Doc> copies = docs_;
    for (auto& c : copies) {
      c.published_version = -1;
      open(fresh, c);
    }
    if (!wait_for_diagnostics(fresh, copies, deadline_in(60)))
      return fail_with("the fresh server published no diagnostics");
    for (size_t i = 0; i < docs_.size(); ++i) {
      if (docs_[i].diagnostics != copies[i].diagnostics)
        return fail_with(docs_[i].name + ": the diagnostics of the final version (" +
                         std::to_string(docs_[i].diagnostics.size()) +
                         ") differ from a fresh analysis (" +
                         std::to_string(copies[i].diagnostics.size()) + ")");
      for (const char* method :
           {"textDocument/semanticTokens/full", "textDocument/documentSymbol"}) {
        auto mine = ask(*server_, method, docs_[i]);
        auto theirs = ask(fresh, method, copies[i]);
        if (!mine || !theirs) return fail_with(std::string(method) + " failed at the end");
        if (std::string(method).ends_with("full")) {
          (*mine).erase("resultId");
          (*theirs).erase("resultId");
        }
        if (*mine != *theirs)
          return fail_with(docs_[i].name + ": " + method +
                           " differs from a fresh server's: the texts differ");
      }
      final_diagnostics_ += docs_[i].diagnostics.size();
    }
    send(fresh, {{"jsonrpc", "2.0"}, {"id", "bye"}, {"method", "shutdown"}});
    send(fresh, {{"jsonrpc", "2.0"}, {"method", "exit"}});
    fresh.wait_exit(deadline_in(10));

    send(*server_, {{"jsonrpc", "2.0"}, {"id", "bye"}, {"method", "shutdown"}});
    send(*server_, {{"jsonrpc", "2.0"}, {"method", "exit"}});
    auto status = server_->wait_exit(deadline_in(20));
    if (!status || *status != 0)
      return fail_with("the server did not exit with status 0 after shutdown and exit");
    return true;
  }

  int report() {
    std::cout << "soak: " << edits_ << " edits in " << run_seconds_ << " s, " << requests_
              << " requests (" << completion_ms_.size() << " completions, " << hover_ms_.size()
              << " hovers answered, " << cancelled_replies_ << " cancelled, " << stale_replies_
              << " ContentModified), " << replies_
              << " replies, one each; final diagnostics equal a fresh analysis ("
              << final_diagnostics_ << " findings in " << docs_.size() << " documents)\n";
    using Series = std::pair<const char*, const std::vector<double>*>;
    for (auto [name, v] : {Series{"completion result", &completion_ms_},
                           Series{"hover result", &hover_ms_}, Series{"any reply", &reply_ms_}})
      std::cout << "soak: " << name << " latency ms (" << v->size() << "): p50 "
                << percentile(*v, 50) << ", p90 " << percentile(*v, 90) << ", p99 "
                << percentile(*v, 99) << ", max " << percentile(*v, 100) << "\n";
    std::cout << "soak: resident memory (s, kB):\n";
    std::ofstream curve;
    if (!config_.curve.empty()) {
      curve.open(config_.curve);
      curve << "# readout lsp soak: seconds since the first edit, server VmRSS in kB\n";
    }
    for (auto& [t, kb] : samples_) {
      std::cout << "  " << static_cast<int>(t + 0.5) << "\t" << kb << "\n";
      if (curve) curve << static_cast<int>(t + 0.5) << "\t" << kb << "\n";
    }
    return check_memory();
  }

  int check_memory() {
    std::vector<double> first, last, ts, ks;
    for (auto& [t, kb] : samples_) {
      if (t < 10) continue;
      if (t < 30) first.push_back(static_cast<double>(kb));
      if (t >= run_seconds_ - 20) last.push_back(static_cast<double>(kb));
      ts.push_back(t);
      ks.push_back(static_cast<double>(kb));
    }
    if (first.empty() || last.empty() || ts.size() < 3) {
      std::cout << "soak: too short a run to judge memory\n";
      return config_.seconds >= 40 ? 1 : 0;
    }
    double mt = 0, mk = 0;
    for (size_t i = 0; i < ts.size(); ++i) mt += ts[i], mk += ks[i];
    mt /= static_cast<double>(ts.size());
    mk /= static_cast<double>(ts.size());
    double num = 0, den = 0;
    for (size_t i = 0; i < ts.size(); ++i)
      num += (ts[i] - mt) * (ks[i] - mk), den += (ts[i] - mt) * (ts[i] - mt);
    double slope = den > 0 ? num / den : 0;  // kB per second
    double trend = slope * (ts.back() - ts.front()) / median(first) * 100;
    double rise = (median(last) / median(first) - 1) * 100;
    std::cout << "soak: memory median " << median(first) / 1024 << " MiB (10-30 s) -> "
              << median(last) / 1024 << " MiB (last 20 s): " << rise << "%; trend over the run "
              << trend << "%\n";
    bool flat = rise <= 15 && trend <= 10;
    if (time_scale() > 1) {
      std::cout
          << "soak: memory not judged under sanitizers (their allocators keep freed memory)\n";
      return 0;
    }
    if (!flat) std::cerr << "soak: FAILED: resident memory grows\n";
    return flat ? 0 : 1;
  }

  struct Pending {
    std::string method;
    Clock::time_point sent;
    bool cancelled = false;
  };

  Config config_;
  std::mt19937 rng_;
  std::unique_ptr<ServerProcess> server_;
  std::vector<Doc> docs_;
  std::map<int, Pending> pending_;
  int next_id_ = 1;
  int edits_ = 0, requests_ = 0, replies_ = 0, cancelled_replies_ = 0, stale_replies_ = 0;
  std::optional<int> last_completion_;
  size_t final_diagnostics_ = 0;
  std::vector<double> completion_ms_, hover_ms_, reply_ms_;
  std::vector<std::pair<double, long>> samples_;
  Clock::time_point start_;
  double run_seconds_ = 0;
  std::string failure_;
};

}  // namespace

int main(int argc, char** argv) {
  Config config;
  for (int i = 1; i + 1 < argc; i += 2) {
    std::string flag = argv[i], value = argv[i + 1];
    if (flag == "--server")
      config.server = value;
    else if (flag == "--source")
      config.source = value;
    else if (flag == "--curve")
      config.curve = value;
    else if (flag == "--seconds")
      config.seconds = std::stod(value);
    else if (flag == "--edits")
      config.edits = std::stoi(value);
    else if (flag == "--seed")
      config.seed = static_cast<unsigned>(std::stoul(value));
    else {
      std::cerr << "readout_lsp_soak: unknown option " << flag << "\n";
      return 2;
    }
  }
  if (config.server.empty()) {
    std::cerr << "usage: readout_lsp_soak --server READOUT [--source DIR] [--curve FILE] "
                 "[--seconds 60] [--edits 10000] [--seed N]\n";
    return 2;
  }
  return Soak(config).run();
}
