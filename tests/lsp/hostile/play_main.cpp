// readout_lsp_play: plays hostile-format case files against a server command, e.g. one run
// under valgrind: readout_lsp_play --source DIR FILE.md... -- valgrind ... readout lsp
// Exit status 0 when every case passed, 1 otherwise.
#include <cstring>
#include <fstream>
#include <iostream>
#include <sstream>

#include "player.hpp"

int main(int argc, char** argv) {
  using namespace readout::lsp::testing;
  PlayOptions options;
  options.source_dir = std::filesystem::current_path();
  std::vector<std::filesystem::path> files;
  int i = 1;
  for (; i < argc && std::strcmp(argv[i], "--") != 0; ++i) {
    if (std::strcmp(argv[i], "--source") == 0 && i + 1 < argc)
      options.source_dir = argv[++i];
    else
      files.emplace_back(argv[i]);
  }
  for (++i; i < argc; ++i) options.server.emplace_back(argv[i]);
  if (files.empty() || options.server.empty()) {
    std::cerr << "usage: readout_lsp_play [--source DIR] FILE.md... -- SERVER COMMAND...\n";
    return 2;
  }
  int failures = 0, count = 0;
  for (const auto& file : files) {
    std::ifstream in(file, std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    for (const Case& c : parse_cases(text.str(), file.stem().string())) {
      ++count;
      PlayResult result = play(c, options);
      std::cout << (result.ok ? "ok   " : "FAIL ") << c.file << ": " << c.title << " ("
                << result.seconds << " s)\n";
      if (!result.ok) {
        ++failures;
        std::cout << result.report << "\n";
      }
    }
  }
  if (count == 0) {
    std::cerr << "readout_lsp_play: no cases in the given files\n";
    return 2;
  }
  return failures == 0 ? 0 : 1;
}
