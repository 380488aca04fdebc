// Hostile-client cases: Markdown files (tests/lsp/hostile/cases/*.md) in which every "## "
// heading starts a case, played against a real `readout lsp` process over pipes.
//
// Case settings (fenced blocks with an empty body):
//   ```args --max-message-bytes 4096```   extra arguments of `readout lsp`
//   ```start fresh```                     do not initialize first (default: the runner sends
//                                         initialize + initialized, diagnosticsDelay 0)
//   ```timeout 60```                      seconds for the whole case (default 30), scaled
// Steps:
//   ```json send [repeat=N]```            JSON messages separated by "---" lines, each framed;
//                                         with repeat, sent N times with ${i} = 1..N
//   ```frame send```                      one body given as bytes (escapes below), framed
//   ```raw send```                        exact bytes (escapes below)
//   ```readout open NAME [from=FILE] [repeat=N] [version=V]```   didOpen of ${ROOT}/NAME
//   ```json expect [repeat=N]```          a message containing this subset (see transcript.hpp)
//   ```json expect-none```                after a sync request and a pause, no unclaimed
//                                         message matches
//   ```client ACTION```                   stop-reading, resume-reading, stop-draining-stderr,
//                                         close-input, close-output, disconnect (both),
//                                         wait MS
//   ```stderr```                          the server's stderr comes to contain this text
//   ```alive```                           the liveness check (below), now
//   ```exit STATUS```                     the server exits with STATUS; the case ends there
// Bytes in raw blocks: \r \n \t \\ \xHH \$ \}, ${N*TEXT} is TEXT repeated N times, and
// literal line breaks are layout only. Frame blocks are JSON text: only \xHH, \} and ${N*TEXT}
// are expanded there (other backslashes are JSON's), and line breaks are layout too. ${ROOT} is the
// workspace folder's URI, ${ROOT_PATH} its path, ${SOURCE} the source tree's URI.
//
// A case that does not end with `exit` ends with the liveness check (initialize if needed, open
// a small report and receive its diagnostics, answer documentSymbol), then shutdown and exit,
// which must give status 0. Every case also fails if the server writes output that is not a
// well-framed JSON message or a sanitizer report, or does not finish within its timeout.
#pragma once

#include <filesystem>
#include <map>
#include <string>
#include <vector>

namespace readout::lsp::testing {

struct Block {
  std::string kind;  // args, start, timeout, send, frame, raw, open, expect, expect-none,
                     // client, stderr, alive, exit
  std::vector<std::string> words;              // the info string's words after the kind
  std::map<std::string, std::string> options;  // key=value words
  std::string body;
  int line = 0;
};

struct Case {
  std::string file;  // e.g. "framing"
  std::string title;
  std::string name;  // identifier made of the title
  int line = 0;
  std::vector<Block> blocks;
};

std::vector<Case> parse_cases(const std::string& markdown, const std::string& file);
std::vector<Case> load_cases(const std::filesystem::path& directory);

struct PlayOptions {
  std::vector<std::string> server;  // the command that runs the server, e.g. {readout, lsp}
  std::filesystem::path source_dir;
  bool verbose = false;
};

struct PlayResult {
  bool ok = false;
  std::string report;  // what failed, with the server's unclaimed messages and stderr
  double seconds = 0;
};

PlayResult play(const Case& c, const PlayOptions& options);

}  // namespace readout::lsp::testing
