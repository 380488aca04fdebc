// The language server as a program runs it: the `readout lsp` command parses its options into
// LaunchOptions and calls launch(). Nothing here knows the command line.
#pragma once

#include <cstddef>
#include <string>

#include "readout/lsp/framing.hpp"
#include "readout/lsp/server.hpp"

namespace readout::lsp {

struct LaunchOptions {
  std::string listen;    // "HOST:PORT", ":PORT" or "PORT" for one TCP connection; empty: stdio
  std::string log_file;  // appended to; empty: stderr
  Server::LogLevel log_level = Server::LogLevel::Warning;
  size_t max_message_bytes = FrameReader::kDefaultMaxBodyBytes;
  size_t max_document_bytes = Server::kDefaultMaxDocumentBytes;
};

// Exit status when the log file, stdin/stdout or the address cannot be used (said on stderr).
inline constexpr int kLaunchFailed = 2;

// Serves until the client's `exit` or the end of input; returns the exit status.
int launch(const LaunchOptions& options);

}  // namespace readout::lsp
