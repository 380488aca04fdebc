// The corpus in the forms other tools read: Markdown, a prh dictionary, a cspell word list,
// and the manifest of planted mistakes.
#include <algorithm>
#include <map>
#include <set>

#include "corpus.hpp"
#include "readout/text.hpp"

namespace readout::corpus {
namespace {

// YAML double-quoted scalar.
std::string yaml_quoted(std::string_view text) {
  std::string out = "\"";
  for (char c : text) {
    if (c == '"' || c == '\\') out += '\\';
    out += c;
  }
  return out + "\"";
}

// A prh pattern for a literal misspelling. prh escapes string patterns itself, but it escapes
// '-' too, which its 'u' flag then rejects ("Invalid escape"): a pattern with a hyphen is
// written as a /regex/ escaped here instead.
std::string prh_pattern(std::string_view written) {
  if (written.find('-') == std::string_view::npos) return yaml_quoted(written);
  std::string regex = "/";
  for (char c : written) {
    if (std::string_view("\\^$.*+?()[]{}|/").find(c) != std::string_view::npos) regex += '\\';
    regex += c;
  }
  return yaml_quoted(regex + "/");
}

bool is_field(std::string_view line) {
  for (std::string_view key : {"Dateline:", "Place:", "Source:", "Author:", "Date:", "Kind:"})
    if (line.substr(0, key.size()) == key) return true;
  return false;
}

}  // namespace

std::string render_markdown(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  size_t start = 0;
  while (start < text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::string line(text.substr(start, end - start));
    if (line.rfind("## ", 0) == 0) {  // "## Title {#id}" -> "## Title"
      if (size_t id = line.rfind(" {#"); id != std::string::npos && line.back() == '}')
        line.erase(id);
    } else if (line.rfind("- ", 0) == 0 && line.size() > 7 &&
               line.compare(line.size() - 7, 7, " [head]") == 0) {
      line.replace(line.size() - 7, 7, " (head of delegation)");
    } else if (is_field(line)) {
      line += "  ";  // "Date: ..." keeps its own line in Markdown (a hard line break)
    }
    out += line;
    out += '\n';
    start = end + 1;
  }
  return out;
}

std::string prh_dictionary(const std::vector<Report>& reports) {
  // A name never misspelt gets no rule: prh would turn it into a case- and width-insensitive
  // pattern of its own, which maps no misspelling and costs textlint a scan of every file.
  std::map<std::string, std::set<std::string>> patterns;  // correct name -> misspellings
  for (const Report& r : reports)
    for (const Planted& p : r.planted)
      if (p.kind == Planted::Kind::MisspelledName) patterns[p.correct].insert(p.written);
  std::string out = "version: 1\nrules:\n";
  for (const auto& [expected, wrong] : patterns) {
    out += "  - expected: " + yaml_quoted(expected) + "\n";
    out += "    patterns:\n";
    for (const std::string& w : wrong) out += "      - " + prh_pattern(w) + "\n";
  }
  return out;
}

std::string cspell_words(const std::vector<Report>& reports) {
  std::set<std::string> words;
  for (const Report& r : reports)
    for (const std::string& n : r.names) {
      size_t start = 0;
      while (start <= n.size()) {
        size_t end = n.find_first_of(" -", start);
        if (end == std::string::npos) end = n.size();
        if (end > start) words.insert(n.substr(start, end - start));
        start = end + 1;
      }
    }
  std::string out;
  for (const std::string& w : words) out += w + "\n";
  return out;
}

std::string planted_manifest(const std::vector<Report>& reports) {
  std::string out = "file\toffset\tline\tcolumn\tkind\twritten\tcorrect\n";
  for (const Report& r : reports) {
    const LineIndex lines(r.text);
    for (const Planted& p : r.planted) {
      const LineColumn at = lines.position(p.offset);
      out += r.file_name + "\t" + std::to_string(p.offset) + "\t" + std::to_string(at.line + 1) +
             "\t" + std::to_string(at.column + 1) + "\t" +
             (p.kind == Planted::Kind::MisspelledName ? "misspelled-name" : "wrong-title") + "\t" +
             p.written + "\t" + p.correct + "\n";
    }
  }
  return out;
}

}  // namespace readout::corpus
