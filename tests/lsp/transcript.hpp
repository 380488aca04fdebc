// Transcript tests: a Markdown file holds a JSON-RPC conversation with the server as fenced
// blocks; the runner plays it against an in-process Server and checks the replies.
//
//   ```json send            a message to the server (framed as a client would); several
//                           messages separated by "---" lines arrive in one read
//   ```raw send             exact bytes ("\r" and "\n" escapes; real line breaks ignored)
//   ```readout open a.readout [from=examples/x.readout] [repeat=N]   didOpen with the block's
//                           text (or the file's, N times over)
//   ```text file .readout.json                             writes a file in the workspace
//   ```json expect          waits for a message containing the expected subset
//   ```json expect-none     after the server is idle, no unclaimed message may match
//   ```json reply METHOD    the result to answer the server's requests of that method
//   ```exit STATUS          the server must have exited with that status
//
// ${ROOT} is the workspace folder's URI, ${ROOT_PATH} its path, ${SOURCE} the source tree's.
// Matching: objects match when every expected key matches; arrays when the expected
// elements match distinct actual ones in order ([] only matches []); "$any" matches any value,
// "$absent" requires the key to be missing, and "$contains:TEXT" a string containing TEXT, and
// {"$exactly": V} exactly V.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace readout::lsp::testing {

struct Step {
  std::string kind;  // send, raw, open, file, expect, expect-none, reply, exit
  std::string arg;   // path for open/file, method for reply, status for exit
  std::string from;  // open: a source-tree file to take the text from
  int repeat = 1;    // open: how many copies of that text
  std::string body;
  int line = 0;  // where the block starts, for messages
};

std::vector<Step> parse_transcript(const std::string& markdown);

// True when `actual` contains `expected` as described above; `why` says where it differs.
bool json_matches(const nlohmann::json& expected, const nlohmann::json& actual, std::string& why);

}  // namespace readout::lsp::testing
