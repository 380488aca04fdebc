// `readout lint`: collect files, resolve settings, lint in parallel, fix, report, exit status.
#include <unistd.h>

#include <cstdlib>
#include <iostream>
#include <iterator>
#include <optional>
#include <thread>

#include "commands.hpp"
#include "formats/formats.hpp"
#include "lint_fix.hpp"
#include "lint_inputs.hpp"
#include "lint_progress.hpp"
#include "lint_runner.hpp"
#include "readout/data/files.hpp"
#include "readout/session/settings.hpp"

namespace readout::cli {
namespace {

struct LintArguments {
  std::vector<std::string> paths;
  std::string format = "text";
  std::string color = "auto";
  std::string max_severity = "warning";
  bool fix = false;
  bool dry_run = false;
  unsigned jobs = 0;
  std::string stdin_filename;
  std::string config_file;
  std::vector<std::string> registry_files;
  bool no_embedded_registry = false;
};

void print_error(const std::string& message) { std::cerr << "readout: " << message << '\n'; }

bool use_colour(const std::string& mode) {
  if (mode == "always") return true;
  if (mode == "never") return false;
  const char* no_colour = std::getenv("NO_COLOR");  // https://no-color.org
  if (no_colour != nullptr && *no_colour != '\0') return false;
  const char* term = std::getenv("TERM");
  if (term != nullptr && std::string_view(term) == "dumb") return false;
  return ::isatty(STDOUT_FILENO) == 1;
}

// Severity at or above which a finding fails the run; nullopt for "none".
std::optional<Severity> failing_severity(const std::string& word) {
  Severity severity = Severity::Warning;
  if (word == "none" || !parse_severity(word, severity)) return std::nullopt;
  return severity;
}

bool read_input(const InputFile& input, std::string& text, std::string& error) {
  if (!input.from_stdin) return data::read_file(input.path, text, error);
  text.assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
  if (std::cin.bad()) {
    error = "error reading standard input";
    return false;
  }
  return true;
}

int run_lint(const LintArguments& args) {
  if (args.dry_run && !args.fix) {
    print_error("--dry-run only makes sense with --fix");
    return kExitUsage;
  }
  OutputFormat format = OutputFormat::Text;
  parse_output_format(args.format, format);  // CLI11 already checked the name

  std::vector<std::string> paths = args.paths.empty() ? std::vector<std::string>{"."} : args.paths;
  std::vector<std::string> errors;
  std::vector<InputFile> inputs = collect_inputs(paths, args.stdin_filename, errors);
  for (const std::string& e : errors) print_error(e);
  bool io_failed = !errors.empty();
  if (inputs.empty()) {
    if (!io_failed) print_error("no .readout files found");
    return kExitUsage;
  }
  if (args.fix && !args.dry_run) {
    for (const InputFile& input : inputs) {
      if (!input.from_stdin) continue;
      print_error("--fix cannot write to standard input; use --fix --dry-run for a diff");
      return kExitUsage;
    }
  }

  // Settings are resolved up front, on this thread: loading is cached and reports once.
  session::SettingsOverrides overrides;
  if (!args.config_file.empty()) overrides.config_file = args.config_file;
  for (const std::string& f : args.registry_files) overrides.extra_registry_files.push_back(f);
  overrides.no_embedded_registry = args.no_embedded_registry;
  session::SettingsResolver resolver(std::move(overrides));
  std::vector<session::FileSettings> settings;
  for (const InputFile& input : inputs) {
    std::vector<std::string> problems;
    std::optional<session::FileSettings> resolved = resolver.resolve(input.config_start, problems);
    for (const std::string& p : problems) std::cerr << p << '\n';
    if (!resolved) return kExitUsage;
    settings.push_back(std::move(*resolved));
  }

  // Lint in parallel and write each file's findings in input order as soon as it and the files
  // before it are done, so that only a few files' texts are held at any time however many are
  // linted. The bar would mix with findings streamed to a terminal, so it is shown only when
  // the findings go elsewhere.
  const unsigned jobs =
      args.jobs != 0 ? args.jobs : std::max(1u, std::thread::hardware_concurrency());
  ProgressBar progress(inputs.size(),
                       ProgressBar::wanted(inputs.size()) && ::isatty(STDOUT_FILENO) != 1);
  RunRegistries registries;
  for (const session::FileSettings& s : settings)
    if (std::find(registries.begin(), registries.end(), s.provenance) == registries.end())
      registries.push_back(s.provenance);
  std::unique_ptr<ReportWriter> report =
      args.dry_run
          ? nullptr
          : make_report_writer(std::cout, format, TextStyle{use_colour(args.color)}, registries);
  const std::optional<Severity> fail_at = failing_severity(args.max_severity);
  FindingCounts counts;
  bool failing = false;
  size_t fixes = 0;
  size_t fixed_files = 0;
  // With several threads, build the registry's tables first on two of them: otherwise the
  // first file builds them one after the other while the other threads wait for it.
  if (jobs > 1 && inputs.size() > 1) {
    std::vector<std::shared_ptr<const Registry>> registries;
    for (const auto& s : settings)
      if (std::find(registries.begin(), registries.end(), s.registry) == registries.end())
        registries.push_back(s.registry);
    for (const auto& registry : registries) prepare_analysis(registry, jobs);
  }
  lint_in_order(
      inputs.size(), jobs,
      [&](size_t i) {
        LintSlot slot;
        std::string text;
        if (read_input(inputs[i], text, slot.error)) {
          slot.read = true;
          if (args.fix) slot.original = text;
          slot.file = lint_text(inputs[i].display_path, std::move(text), settings[i].registry,
                                *settings[i].analysis, args.fix);
          slot.file.registry = settings[i].provenance;
        }
        progress.advance();
        return slot;
      },
      [&](size_t i, LintSlot& slot) {
        if (!slot.read) {
          print_error("cannot read '" + inputs[i].display_path + "': " + slot.error);
          io_failed = true;
          return;
        }
        LintedFile& file = slot.file;
        if (args.fix && file.fixes_applied > 0) {
          if (args.dry_run) {
            std::cout << unified_diff(slot.original, file.text, file.display_path);
          } else {
            std::string error;
            if (!data::write_file_atomically(inputs[i].path, file.text, error)) {
              print_error("cannot write '" + file.display_path + "': " + error);
              io_failed = true;
              return;
            }
          }
          fixes += file.fixes_applied;
          ++fixed_files;
        }
        for (const Diagnostic& d : file.diagnostics)
          if (fail_at && static_cast<int>(d.severity) <= static_cast<int>(*fail_at)) failing = true;
        counts.add(file);
        if (report) report->file(file);
      });
  progress.finish();

  if (report) report->finish(counts);
  if (args.fix && fixes > 0 && format == OutputFormat::Text) {
    std::cerr << "readout: " << (args.dry_run ? "would fix " : "fixed ") << fixes
              << (fixes == 1 ? " problem" : " problems") << " in " << fixed_files
              << (fixed_files == 1 ? " file" : " files") << '\n';
  }
  std::cout.flush();
  if (io_failed) return kExitUsage;
  return failing ? kExitFindings : kExitClean;
}

}  // namespace

void add_lint_command(CLI::App& app, Runner& runner) {
  auto args = std::make_shared<LintArguments>();
  CLI::App* lint = app.add_subcommand("lint", "Check readout files against the registry and rules");
  lint->add_option("paths", args->paths,
                   "Files, folders (searched for *.readout) or - for standard input "
                   "[default: the current folder]");
  lint->add_option("--format,-f", args->format, "Output format")
      ->check(CLI::IsMember({"text", "json", "sarif", "github"}))
      ->capture_default_str();
  lint->add_option("--max-severity", args->max_severity,
                   "Exit with status 1 when a finding is this severe or worse")
      ->check(CLI::IsMember({"error", "warning", "info", "hint", "none"}))
      ->capture_default_str();
  lint->add_flag("--fix", args->fix, "Apply safe fixes to the files (atomic write)");
  lint->add_flag("--dry-run", args->dry_run, "With --fix: print a unified diff, write nothing");
  lint->add_option("--jobs,-j", args->jobs, "Files linted in parallel [default: CPU threads]")
      ->check(CLI::PositiveNumber);
  lint->add_option("--stdin-filename", args->stdin_filename,
                   "Name shown for -, and where config discovery starts");
  lint->add_option("--config,-c", args->config_file,
                   "Use this config file instead of finding .readout.json");
  lint->add_option("--registry", args->registry_files,
                   "Add a registry file (Popolo JSON); repeatable, later files win")
      ->allow_extra_args(false);
  lint->add_flag("--no-embedded-registry", args->no_embedded_registry,
                 "Do not load the registry built into readout");
  lint->add_option("--color", args->color, "Colour in text output")
      ->check(CLI::IsMember({"auto", "always", "never"}))
      ->capture_default_str();
  lint->footer(
      "Exit status: 0 no findings at --max-severity or worse, 1 findings, 2 usage or I/O error.\n"
      "\n"
      "Examples:\n"
      "  readout lint examples/c5plus1-astana-2023.readout\n"
      "  readout lint reports/ --format sarif > readout.sarif\n"
      "  readout lint --fix --dry-run report.readout | less\n"
      "  cat report.readout | readout lint - --stdin-filename reports/report.readout\n"
      "  readout lint --max-severity error --registry my-officials.json reports/");
  lint->callback([&runner, args] { runner = [args] { return run_lint(*args); }; });
}

}  // namespace readout::cli
