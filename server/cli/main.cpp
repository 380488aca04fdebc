// The `readout` program: subcommands register themselves (commands.hpp); exit statuses are
// 0 clean, 1 findings, 2 usage or I/O errors.
#include <iostream>

#include "commands.hpp"
#include "formats/formats.hpp"
#include "help_export.hpp"

int main(int argc, char** argv) {
  using namespace readout::cli;
  CLI::App app{"Readout: a linter for structured diplomatic meeting reports (.readout files)",
               "readout"};
  // The registry is named by its identity, read without loading it: --version stays instant.
  app.set_version_flag("--version", [] { return version_text(); });
  app.require_subcommand(1);
  app.footer(
      "Examples:\n"
      "  readout lint examples/c5plus1-astana-2023.readout   check one report\n"
      "  readout lint reports/ --format sarif > out.sarif    a folder, for code scanning\n"
      "  readout lint --fix reports/                         apply safe fixes\n"
      "  readout rules                                       list the rules\n"
      "  readout <command> --help                            options of a command\n"
      "\n"
      "Documentation: docs/cli.md, docs/rules.md, docs/markup.md");

  Runner runner;
  add_lint_command(app, runner);
  add_registry_command(app, runner);
  add_rules_command(app, runner);
#ifdef READOUT_HAVE_LSP
  add_lsp_command(app, runner);
#endif
  add_help_export_commands(app, runner);

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    app.exit(e);
    return kExitUsage;
  }
  return runner ? runner() : kExitUsage;
}
