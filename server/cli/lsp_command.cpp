// `readout lsp`: the language server over stdio (default) or TCP. Only the command line is
// here; readout::lsp::launch (readout/lsp/launch.hpp) runs the server.
#include <memory>
#include <string>

#include "commands.hpp"
#include "readout/lsp/launch.hpp"

namespace readout::cli {

static_assert(readout::lsp::kLaunchFailed == kExitUsage);

namespace {

struct LspArguments {
  readout::lsp::LaunchOptions launch;
  std::string log_level = "warning";
  bool stdio = false;  // the default anyway; accepted for clients that pass it
};

}  // namespace

void add_lsp_command(CLI::App& app, Runner& runner) {
  using readout::lsp::Server;
  auto args = std::make_shared<LspArguments>();
  readout::lsp::LaunchOptions* options = &args->launch;
  CLI::App* cmd = app.add_subcommand("lsp", "Run the language server (LSP 3.17)");
  cmd->add_flag("--stdio", args->stdio, "Talk over stdin/stdout (the default)");
  cmd->add_option("--listen", options->listen,
                  "Listen on HOST:PORT for one TCP connection (host defaults to 127.0.0.1)");
  cmd->add_option("--log", options->log_file, "Append the server log to FILE (default: stderr)");
  cmd->add_option("--log-level", args->log_level, "error, warning, info or debug")
      ->check(CLI::IsMember({"error", "warning", "info", "debug"}));
  cmd->add_option("--max-message-bytes", options->max_message_bytes,
                  "Refuse messages longer than this (default 64M; suffixes K, M, G)")
      ->transform(CLI::AsSizeValue(false))
      ->check(CLI::Range(static_cast<size_t>(1024), SIZE_MAX / 2));
  cmd->add_option("--max-document-bytes", options->max_document_bytes,
                  "Do not check documents longer than this, and say so (default 16M)")
      ->transform(CLI::AsSizeValue(false))
      ->check(CLI::Range(static_cast<size_t>(1), Server::kMaxDocumentBytesLimit));
  cmd->callback([args, &runner] {
    runner = [args]() -> int {
      const std::string& level = args->log_level;
      args->launch.log_level = level == "error"     ? Server::LogLevel::Error
                               : level == "warning" ? Server::LogLevel::Warning
                               : level == "info"    ? Server::LogLevel::Info
                                                    : Server::LogLevel::Debug;
      return readout::lsp::launch(args->launch);
    };
  });
}

}  // namespace readout::cli
