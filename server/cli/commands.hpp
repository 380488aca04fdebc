// Subcommands of the `readout` program. Each lives in its own file and registers itself on the
// CLI11 app; the selected one's runner returns the process exit status.
#pragma once

#include <functional>

#include <CLI/CLI.hpp>

namespace readout::cli {

using Runner = std::function<int()>;

void add_lint_command(CLI::App& app, Runner& runner);      // lint_command.cpp
void add_registry_command(CLI::App& app, Runner& runner);  // registry_command.cpp
void add_rules_command(CLI::App& app, Runner& runner);     // rules_command.cpp
#ifdef READOUT_HAVE_LSP
void add_lsp_command(CLI::App& app, Runner& runner);  // server/lsp
#endif

// Exit statuses shared by every command.
inline constexpr int kExitClean = 0;
inline constexpr int kExitFindings = 1;
inline constexpr int kExitUsage = 2;

}  // namespace readout::cli
