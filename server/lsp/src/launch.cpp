// launch(): the language server over stdio or TCP, with its log (readout/lsp/launch.hpp).
#include "readout/lsp/launch.hpp"

#include <fstream>
#include <iostream>
#include <memory>

#include "log_writer.hpp"
#include "readout/lsp/transport.hpp"

namespace readout::lsp {
namespace {

// "HOST:PORT", ":PORT" or "PORT"; the host defaults to loopback so that nothing is exposed by
// accident.
bool parse_listen(const std::string& text, std::string& host, unsigned short& port) {
  size_t colon = text.rfind(':');
  host = colon == std::string::npos || colon == 0 ? "127.0.0.1" : text.substr(0, colon);
  if (host.size() > 2 && host.front() == '[' && host.back() == ']')
    host = host.substr(1, host.size() - 2);
  std::string digits = colon == std::string::npos ? text : text.substr(colon + 1);
  if (digits.empty() || digits.find_first_not_of("0123456789") != std::string::npos) return false;
  unsigned long value = std::stoul(digits);
  if (value > 65535) return false;
  port = static_cast<unsigned short>(value);
  return true;
}

}  // namespace

int launch(const LaunchOptions& options) {
  Server::Options server_options;
  server_options.log_level = options.log_level;
  server_options.max_message_bytes = options.max_message_bytes;
  server_options.max_document_bytes = options.max_document_bytes;
  std::shared_ptr<std::ofstream> file;
  if (!options.log_file.empty()) {
    file = std::make_shared<std::ofstream>(options.log_file, std::ios::app);
    if (!*file) {
      std::cerr << "readout lsp: cannot open log file '" << options.log_file << "'\n";
      return kLaunchFailed;
    }
  }
  auto writer = LogWriter::start(!file ? LogWriter::stderr_sink()
                                       : LogWriter::Sink([file](const std::string& line) {
                                           *file << line;
                                           file->flush();
                                         }));
  server_options.log = [writer](std::string_view line) {
    writer->write("readout lsp: " + std::string(line));
  };
  struct CloseLog {
    std::shared_ptr<LogWriter> writer;
    ~CloseLog() { writer->close(std::chrono::seconds(1)); }
  } close_log{writer};
  if (options.listen.empty()) {
    try {
      return serve_stdio(server_options);
    } catch (const std::exception& e) {
      // e.g. stdin redirected from a regular file, which cannot be read asynchronously.
      std::cerr << "readout lsp: cannot use stdin/stdout: " << e.what() << '\n';
      return kLaunchFailed;
    }
  }
  std::string host;
  unsigned short port = 0;
  if (!parse_listen(options.listen, host, port)) {
    std::cerr << "readout lsp: --listen expects HOST:PORT, got '" << options.listen << "'\n";
    return kLaunchFailed;
  }
  try {
    return serve_tcp(host, port, server_options, [](const std::string& where) {
      std::cerr << "readout lsp: listening on " << where << std::endl;
    });
  } catch (const std::exception& e) {
    std::cerr << "readout lsp: cannot listen on " << options.listen << ": " << e.what() << '\n';
    return kLaunchFailed;
  }
}

}  // namespace readout::lsp
