// Reading hostile-client case files: "## " headings start cases, fenced blocks are steps.
#include <algorithm>
#include <fstream>
#include <sstream>

#include "player.hpp"

namespace readout::lsp::testing {
namespace {

std::string identifier(const std::string& title) {
  std::string out;
  for (unsigned char c : title) {
    if (std::isalnum(c))
      out += static_cast<char>(std::tolower(c));
    else if (!out.empty() && out.back() != '_')
      out += '_';
  }
  while (!out.empty() && out.back() == '_') out.pop_back();
  return out;
}

}  // namespace

std::vector<Case> parse_cases(const std::string& markdown, const std::string& file) {
  std::vector<Case> cases;
  std::istringstream in(markdown);
  std::string line;
  int number = 0;
  Block* open = nullptr;
  Block introduction;  // blocks before the first case: layout only
  while (std::getline(in, line)) {
    ++number;
    if (open) {
      if (line.rfind("```", 0) == 0)
        open = nullptr;
      else
        open->body += line + "\n";
      continue;
    }
    if (line.rfind("## ", 0) == 0) {
      Case c;
      c.file = file;
      c.title = line.substr(3);
      c.name = identifier(c.title);
      c.line = number;
      cases.push_back(std::move(c));
      continue;
    }
    if (line.rfind("```", 0) != 0) continue;
    std::istringstream info(line.substr(3));
    std::vector<std::string> words;
    for (std::string w; info >> w;) words.push_back(w);
    if (!words.empty() && (words[0] == "json" || words[0] == "readout" || words[0] == "text"))
      words.erase(words.begin());
    Block block;
    block.line = number;
    if (!words.empty()) {
      block.kind = words[0];
      words.erase(words.begin());
      if ((block.kind == "raw" || block.kind == "frame") && !words.empty() && words[0] == "send")
        words.erase(words.begin());
    }
    for (const auto& w : words) {
      size_t eq = w.find('=');
      if (eq != std::string::npos && eq > 0)
        block.options[w.substr(0, eq)] = w.substr(eq + 1);
      else
        block.words.push_back(w);
    }
    if (cases.empty()) {
      open = &introduction;
      continue;
    }
    cases.back().blocks.push_back(std::move(block));
    open = &cases.back().blocks.back();
    if (open->kind.empty()) open->kind = "comment";
  }
  for (auto& c : cases) std::erase_if(c.blocks, [](const Block& b) { return b.kind == "comment"; });
  return cases;
}

std::vector<Case> load_cases(const std::filesystem::path& directory) {
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::directory_iterator(directory))
    if (entry.path().extension() == ".md") files.push_back(entry.path());
  std::sort(files.begin(), files.end());
  std::vector<Case> all;
  for (const auto& path : files) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    for (auto& c : parse_cases(text.str(), path.stem().string())) all.push_back(std::move(c));
  }
  return all;
}

}  // namespace readout::lsp::testing
