// The editor agrees with `readout lint`: random edit sequences (typing, backspace, lines pasted
// and deleted, markup broken, undo-like reverts) go to an in-process server as didChange
// notifications; after a pause past the debounce, the diagnostics the server publishes must be,
// byte for byte in ranges and messages, what `readout lint --format json` finds in the same text.
// READOUT_AGREE_SEQUENCES and READOUT_AGREE_SEED run more or other sequences.
#include <gtest/gtest.h>

#include <algorithm>
#include <condition_variable>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <mutex>
#include <random>
#include <sstream>

#include "readout/diagnostic.hpp"
#include "readout/lsp/positions.hpp"
#include "readout/lsp/protocol.hpp"
#include "readout/lsp/server.hpp"

namespace fs = std::filesystem;
using nlohmann::json;

namespace readout::lsp::testing {
namespace {

std::string read_text(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream out;
  out << in.rdbuf();
  return out.str();
}

// One line per finding, the same for the server's and the CLI's: rule, severity, byte range,
// message, then each related location.
using Findings = std::vector<std::string>;

std::string finding_line(const std::string& rule, const std::string& severity, ByteRange range,
                         const std::string& message) {
  return rule + " " + severity + " [" + std::to_string(range.begin) + ", " +
         std::to_string(range.end) + ") " + message;
}

// A client editing documents of a workspace folder in an in-process server.
class Editor {
 public:
  explicit Editor(const fs::path& root) {
    Server::Options options;
    options.workers = 2;
    server_ =
        std::make_unique<Server>([this](std::string body) { receive(std::move(body)); }, options);
    send({{"jsonrpc", "2.0"},
          {"id", 1},
          {"method", "initialize"},
          {"params",
           {{"processId", nullptr},
            {"rootUri", path_to_uri(root.string())},
            {"capabilities", json::object()},
            {"initializationOptions", {{"diagnosticsDelay", 5}}}}}});
    send({{"jsonrpc", "2.0"}, {"method", "initialized"}, {"params", json::object()}});
  }
  ~Editor() {
    closing_ = true;
    server_.reset();
  }

  void open(const fs::path& path, std::string text) {
    const std::string uri = path_to_uri(path.string());
    send({{"jsonrpc", "2.0"},
          {"method", "textDocument/didOpen"},
          {"params",
           {{"textDocument",
             {{"uri", uri}, {"languageId", "readout"}, {"version", 1}, {"text", text}}}}}});
    documents_[uri] = {std::move(text), 1};
  }

  // Edits in byte offsets, each on the text the previous one left, sent as one didChange.
  void change(const fs::path& path, const std::vector<TextEdit>& edits) {
    const std::string uri = path_to_uri(path.string());
    auto& [text, version] = documents_.at(uri);
    json changes = json::array();
    for (const auto& e : edits) {
      const LineIndex lines(text);
      const Range range = PositionMapper(text, lines, PositionEncoding::Utf16).range(e.range);
      changes.push_back({{"range", range}, {"text", e.replacement}});
      text.replace(e.range.begin, e.range.size(), e.replacement);
    }
    send({{"jsonrpc", "2.0"},
          {"method", "textDocument/didChange"},
          {"params",
           {{"textDocument", {{"uri", uri}, {"version", ++version}}},
            {"contentChanges", changes}}}});
  }

  [[nodiscard]] const std::string& text(const fs::path& path) const {
    return documents_.at(path_to_uri(path.string())).first;
  }

  // After a pause past the debounce: what the server published for the latest text.
  Findings findings(const fs::path& path) {
    server_->wait_idle();
    const std::string uri = path_to_uri(path.string());
    const auto& [text, version] = documents_.at(uri);
    std::lock_guard lock(mutex_);
    const auto it = published_.find(uri);
    if (it == published_.end() || it->second.value("version", -1) != version)
      return {"no diagnostics published for version " + std::to_string(version)};
    const LineIndex lines(text);
    const PositionMapper mapper(text, lines, PositionEncoding::Utf16);
    Findings out;
    for (const auto& d : it->second.at("diagnostics")) {
      out.push_back(finding_line(d.at("code"),
                                 std::string(to_string(static_cast<Severity>(d.at("severity")))),
                                 mapper.byte_range(d.at("range").get<Range>()), d.at("message")));
      for (const auto& r : d.value("relatedInformation", json::array()))
        out.push_back("  related " +
                      finding_line("", "",
                                   mapper.byte_range(r.at("location").at("range").get<Range>()),
                                   r.at("message")));
    }
    return out;
  }

 private:
  void send(const json& message) { server_->receive_body(message.dump()); }

  void receive(std::string body) {
    if (closing_) return;
    json message = json::parse(body);
    if (message.contains("id") && message.contains("method")) {  // a request: answered empty
      server_->receive_body(
          json{{"jsonrpc", "2.0"}, {"id", message["id"]}, {"result", nullptr}}.dump());
      return;
    }
    if (message.value("method", "") != "textDocument/publishDiagnostics") return;
    std::lock_guard lock(mutex_);
    published_[message["params"]["uri"]] = message["params"];
  }

  std::unique_ptr<Server> server_;
  std::atomic<bool> closing_{false};
  std::map<std::string, std::pair<std::string, int>> documents_;  // uri -> text, version
  std::mutex mutex_;
  std::map<std::string, json> published_;  // uri -> the last publishDiagnostics params
};

// `readout lint --format json` on the files, in one run: the findings of each, by path.
std::map<fs::path, Findings> lint(const std::vector<fs::path>& files) {
  std::string command = std::string("'") + READOUT_BINARY + "' lint --format json";
  for (const auto& f : files) command += " '" + f.string() + "'";
  std::string output;
  if (FILE* pipe = popen(command.c_str(), "r")) {
    char buffer[65536];
    for (size_t n; (n = fread(buffer, 1, sizeof buffer, pipe)) > 0;) output.append(buffer, n);
    pclose(pipe);
  }
  std::map<fs::path, Findings> out;
  const json document = json::parse(output);
  for (const auto& file : document.at("files")) {
    Findings& findings = out[fs::path(file.at("path").get<std::string>())];
    auto range = [](const json& r) {
      return ByteRange{r.at("start").at("offset"), r.at("end").at("offset")};
    };
    for (const auto& d : file.at("diagnostics")) {
      findings.push_back(
          finding_line(d.at("ruleId"), d.at("severity"), range(d.at("range")), d.at("message")));
      for (const auto& r : d.at("related"))
        findings.push_back("  related " +
                           finding_line("", "", range(r.at("range")), r.at("message")));
    }
  }
  return out;
}

// A workspace folder with a copy of examples/ (reports, .readout.json, registry files), so that
// the server and the CLI find the same configuration for a document beside them.
class Workspace {
 public:
  Workspace() {
    root_ = fs::temp_directory_path() /
            ("readout-agree-" + std::to_string(std::random_device{}()) + "-" +
             std::to_string(::testing::UnitTest::GetInstance()->random_seed()));
    fs::create_directories(root_);
    fs::copy(fs::path(READOUT_SOURCE_DIR) / "examples", root_ / "examples",
             fs::copy_options::recursive);
  }
  ~Workspace() {
    std::error_code ignored;
    fs::remove_all(root_, ignored);
  }
  [[nodiscard]] const fs::path& root() const { return root_; }
  [[nodiscard]] std::vector<fs::path> reports() const {
    std::vector<fs::path> out;
    for (const auto& e : fs::recursive_directory_iterator(root_ / "examples"))
      if (e.path().extension() == ".readout") out.push_back(e.path());
    std::sort(out.begin(), out.end());
    return out;
  }

 private:
  fs::path root_;
};

bool continuation(const std::string& text, size_t at) {
  return at < text.size() && (static_cast<unsigned char>(text[at]) & 0xc0) == 0x80;
}

uint32_t char_start(const std::string& text, uint32_t at) {
  while (at > 0 && continuation(text, at)) --at;
  return at;
}

size_t line_start(const std::string& text, size_t at) {
  const size_t nl = at == 0 ? std::string::npos : text.rfind('\n', at - 1);
  return nl == std::string::npos ? 0 : nl + 1;
}

size_t line_end(const std::string& text, size_t at) {  // after the '\n'
  const size_t nl = text.find('\n', at);
  return nl == std::string::npos ? text.size() : nl + 1;
}

// Edits as a writer makes them, around a cursor that mostly stays put: typing, backspace,
// deleting and pasting lines, markup that breaks the syntax, and reverts to an earlier text.
class Writer {
 public:
  explicit Writer(uint32_t seed) : random_(seed) {}

  std::vector<TextEdit> next(const std::string& text) {
    static const std::vector<std::string> kTyped = {"a", "e", "o", "n", "s", "t", " ", " ", "\n",
                                                    "#", "-", "@", ":", "|", "[", "]", "{", "}",
                                                    "<", ">", "!", ",", ".", "Z", "2", "é", "я"};
    static const std::vector<std::string> kMarkup = {
        "<!-- ",
        " -->",
        "[due ",
        "]",
        "{#",
        "}",
        "## ",
        "### ",
        "- @",
        " | ",
        ": ",
        "\n",
        "\n## Talks {#t}\n",
        "### Attendees\n",
        "### Commitments\n",
        "Date: 2023-02-",
        "<!-- readout-disable-line name-misspelled -->",
        "- all: ",
        "Anthony Blinken"};
    history_.push_back(text);
    if (history_.size() > 8) history_.erase(history_.begin());
    const auto size = static_cast<uint32_t>(text.size());
    if (roll(10) == 0 || cursor_ > size) cursor_ = pick(size);
    cursor_ = char_start(text, cursor_);
    const int kind = roll(100);
    if (kind < 40) return advance({{cursor_, cursor_}, kTyped[roll(kTyped.size())]});
    if (kind < 55) {  // backspace
      if (cursor_ == 0) return {};
      const uint32_t from = char_start(text, cursor_ - 1), to = cursor_;
      cursor_ = from;
      return {{{from, to}, ""}};
    }
    if (kind < 63) {  // delete the cursor's line
      const auto begin = static_cast<uint32_t>(line_start(text, cursor_));
      return {{{begin, static_cast<uint32_t>(line_end(text, cursor_))}, ""}};
    }
    if (kind < 71) {  // paste another line before the cursor's
      const size_t from = line_start(text, pick(size));
      const std::string line = text.substr(from, line_end(text, from) - from);
      const auto at = static_cast<uint32_t>(line_start(text, cursor_));
      return {{{at, at}, line.ends_with('\n') ? line : line + "\n"}};
    }
    if (kind < 90) return advance({{cursor_, cursor_}, kMarkup[roll(kMarkup.size())]});
    return revert(text, history_[roll(history_.size())]);
  }

 private:
  int roll(size_t n) { return static_cast<int>(random_() % n); }
  uint32_t pick(uint32_t size) { return std::uniform_int_distribution<uint32_t>(0, size)(random_); }
  std::vector<TextEdit> advance(TextEdit edit) {
    cursor_ += static_cast<uint32_t>(edit.replacement.size());
    return {std::move(edit)};
  }
  // The one edit that turns `text` back into `earlier`: what lies between their common start
  // and end, on character boundaries.
  std::vector<TextEdit> revert(const std::string& text, const std::string& earlier) {
    size_t prefix = 0;
    while (prefix < text.size() && prefix < earlier.size() && text[prefix] == earlier[prefix])
      ++prefix;
    while (prefix > 0 && (continuation(text, prefix) || continuation(earlier, prefix))) --prefix;
    size_t suffix = 0;
    while (suffix < text.size() - prefix && suffix < earlier.size() - prefix &&
           text[text.size() - 1 - suffix] == earlier[earlier.size() - 1 - suffix])
      ++suffix;
    while (suffix > 0 && continuation(text, text.size() - suffix)) --suffix;
    cursor_ = static_cast<uint32_t>(prefix);
    return {{{static_cast<uint32_t>(prefix), static_cast<uint32_t>(text.size() - suffix)},
             earlier.substr(prefix, earlier.size() - suffix - prefix)}};
  }

  std::mt19937 random_;
  uint32_t cursor_ = 0;
  std::vector<std::string> history_;
};

// Plays `sequences` edit sequences on copies of the example reports, a pause after each burst
// of edits, and compares every paused text's diagnostics with `readout lint`'s.
void check_agreement(uint32_t seed, int sequences, int bursts, int edits_per_burst) {
  Workspace workspace;
  const auto reports = workspace.reports();
  ASSERT_GE(reports.size(), 5u);
  Editor editor(workspace.root());
  struct Checked {
    fs::path file;
    Findings server;
    std::string how;  // the seed and edits that led there
  };
  std::vector<Checked> checked;
  std::mt19937 pick_report(seed);
  for (int s = 0; s < sequences; ++s) {
    const fs::path& report = reports[pick_report() % reports.size()];
    const fs::path doc = report.parent_path() / ("edited-" + std::to_string(s) + ".readout");
    editor.open(doc, read_text(report));
    Writer writer(seed + static_cast<uint32_t>(s));
    for (int b = 0; b < bursts; ++b) {
      for (int e = 0; e < edits_per_burst; ++e) {
        auto edits = writer.next(editor.text(doc));
        if (!edits.empty()) editor.change(doc, edits);
      }
      const fs::path file =
          doc.parent_path() / (doc.stem().string() + "-pause-" + std::to_string(b) + ".readout");
      std::ofstream(file, std::ios::binary) << editor.text(doc);
      checked.push_back({file, editor.findings(doc),
                         "seed " + std::to_string(seed + s) + " on " + report.filename().string() +
                             ", pause " + std::to_string(b)});
    }
  }
  auto linted = lint([&] {
    std::vector<fs::path> files;
    for (const auto& c : checked) files.push_back(c.file);
    return files;
  }());
  for (const auto& c : checked) {
    ASSERT_TRUE(linted.contains(c.file)) << c.file;
    EXPECT_EQ(c.server, linted[c.file])
        << c.how << ": the server's diagnostics (left) differ from readout lint's on\n"
        << read_text(c.file);
  }
}

int env_or(const char* name, int fallback) {
  const char* value = std::getenv(name);
  return value ? std::atoi(value) : fallback;
}

TEST(EditorAgreesWithLint, AfterRandomEditSequencesAndAPause) {
  check_agreement(static_cast<uint32_t>(env_or("READOUT_AGREE_SEED", 1)),
                  env_or("READOUT_AGREE_SEQUENCES", 16), 3, 40);
}

}  // namespace
}  // namespace readout::lsp::testing
