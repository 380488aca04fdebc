// `readout lsp`: the language server over stdio (default) or TCP.
#include <fstream>
#include <iostream>
#include <memory>

#include "commands.hpp"
#include "log_writer.hpp"
#include "readout/lsp/transport.hpp"

namespace readout::cli {
namespace {

struct LspOptions {
  bool stdio = false;
  std::string listen;
  std::string log_file;
  std::string log_level = "warning";
  size_t max_message_bytes = readout::lsp::FrameReader::kDefaultMaxBodyBytes;
  size_t max_document_bytes = readout::lsp::Server::kDefaultMaxDocumentBytes;
};

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

void add_lsp_command(CLI::App& app, Runner& runner) {
  auto options = std::make_shared<LspOptions>();
  CLI::App* cmd = app.add_subcommand("lsp", "Run the language server (LSP 3.17)");
  cmd->add_flag("--stdio", options->stdio, "Talk over stdin/stdout (the default)");
  cmd->add_option("--listen", options->listen,
                  "Listen on HOST:PORT for one TCP connection (host defaults to 127.0.0.1)");
  cmd->add_option("--log", options->log_file, "Append the server log to FILE (default: stderr)");
  cmd->add_option("--log-level", options->log_level, "error, warning, info or debug")
      ->check(CLI::IsMember({"error", "warning", "info", "debug"}));
  cmd->add_option("--max-message-bytes", options->max_message_bytes,
                  "Refuse messages longer than this (default 64M; suffixes K, M, G)")
      ->transform(CLI::AsSizeValue(false))
      ->check(CLI::Range(static_cast<size_t>(1024), SIZE_MAX / 2));
  cmd->add_option("--max-document-bytes", options->max_document_bytes,
                  "Do not check documents longer than this, and say so (default 16M)")
      ->transform(CLI::AsSizeValue(false))
      ->check(CLI::Range(static_cast<size_t>(1), readout::lsp::Server::kMaxDocumentBytesLimit));
  cmd->callback([options, &runner] {
    runner = [options]() -> int {
      using readout::lsp::Server;
      Server::Options server_options;
      const std::string& level = options->log_level;
      server_options.log_level = level == "error"     ? Server::LogLevel::Error
                                 : level == "warning" ? Server::LogLevel::Warning
                                 : level == "info"    ? Server::LogLevel::Info
                                                      : Server::LogLevel::Debug;
      server_options.max_message_bytes = options->max_message_bytes;
      server_options.max_document_bytes = options->max_document_bytes;
      std::shared_ptr<std::ofstream> file;
      if (!options->log_file.empty()) {
        file = std::make_shared<std::ofstream>(options->log_file, std::ios::app);
        if (!*file) {
          std::cerr << "readout lsp: cannot open log file '" << options->log_file << "'\n";
          return kExitUsage;
        }
      }
      using readout::lsp::LogWriter;
      auto writer = LogWriter::start(!file ? LogWriter::stderr_sink()
                                           : LogWriter::Sink([file](const std::string& line) {
                                               *file << line;
                                               file->flush();
                                             }));
      server_options.log = [writer](std::string_view line) {
        writer->write("readout lsp: " + std::string(line));
      };
      struct CloseLog {
        std::shared_ptr<readout::lsp::LogWriter> writer;
        ~CloseLog() { writer->close(std::chrono::seconds(1)); }
      } close_log{writer};
      if (options->listen.empty()) {
        try {
          return readout::lsp::serve_stdio(server_options);
        } catch (const std::exception& e) {
          // e.g. stdin redirected from a regular file, which cannot be read asynchronously.
          std::cerr << "readout lsp: cannot use stdin/stdout: " << e.what() << '\n';
          return kExitUsage;
        }
      }
      std::string host;
      unsigned short port = 0;
      if (!parse_listen(options->listen, host, port)) {
        std::cerr << "readout lsp: --listen expects HOST:PORT, got '" << options->listen << "'\n";
        return kExitUsage;
      }
      try {
        return readout::lsp::serve_tcp(host, port, server_options, [](const std::string& where) {
          std::cerr << "readout lsp: listening on " << where << std::endl;
        });
      } catch (const std::exception& e) {
        std::cerr << "readout lsp: cannot listen on " << options->listen << ": " << e.what()
                  << '\n';
        return kExitUsage;
      }
    };
  });
}

}  // namespace readout::cli
