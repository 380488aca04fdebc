#include "help_export.hpp"

#include <iostream>
#include <sstream>
#include <vector>

namespace readout::cli {
namespace {

// Subcommands and options that `--help` shows (an empty group hides one).
std::vector<const CLI::App*> visible_subcommands(const CLI::App& app) {
  return app.get_subcommands([](const CLI::App* sub) { return !sub->get_group().empty(); });
}

std::vector<const CLI::Option*> visible_options(const CLI::App& app) {
  return app.get_options([](const CLI::Option* opt) { return !opt->get_group().empty(); });
}

bool is_positional(const CLI::Option& opt) { return !opt.nonpositional(); }
bool takes_value(const CLI::Option& opt) { return opt.get_items_expected_max() > 0; }

std::vector<std::string> option_names(const CLI::Option& opt) {
  std::vector<std::string> names;
  for (const auto& name : opt.get_snames()) names.push_back("-" + name);
  for (const auto& name : opt.get_lnames()) names.push_back("--" + name);
  return names;
}

// "TEXT:{text,json}" -> {"text", "json"}: the choices of a CLI::IsMember check.
std::vector<std::string> choices(const CLI::Option& opt) {
  const std::string type = opt.get_type_name();
  const auto open = type.find(":{");
  const auto close = type.find('}', open == std::string::npos ? 0 : open);
  std::vector<std::string> values;
  if (open == std::string::npos || close == std::string::npos) return values;
  std::stringstream list(type.substr(open + 2, close - open - 2));
  for (std::string value; std::getline(list, value, ',');) values.push_back(value);
  return values;
}

// The command line that reaches `app`, e.g. "readout registry import".
std::string command_path(const CLI::App& app) {
  const CLI::App* parent = app.get_parent();
  return parent ? command_path(*parent) + " " + app.get_name() : app.get_name();
}

void for_each_command(const CLI::App& app, const std::function<void(const CLI::App&)>& visit) {
  visit(app);
  for (const CLI::App* sub : visible_subcommands(app)) for_each_command(*sub, visit);
}

// --- roff ---------------------------------------------------------------------------------

// Text as roff prints it: backslashes escaped, no line taken for a request.
std::string roff_text(std::string_view text) {
  std::string out;
  bool line_start = true;
  for (char c : text) {
    if (line_start && (c == '.' || c == '\'')) out += "\\&";
    if (c == '\\') {
      out += "\\e";
    } else {
      out += c;
    }
    line_start = c == '\n';
  }
  return out;
}

// An option or command name: its hyphens are minus signs, so that it can be copied and searched.
std::string roff_name(std::string_view name) {
  std::string out;
  for (char c : name) out += c == '-' ? std::string("\\-") : std::string(1, c);
  return out;
}

std::string roff_usage(const CLI::App& app) {
  std::string usage = "\\fB" + roff_name(command_path(app)) + "\\fR";
  if (!visible_options(app).empty()) usage += " [\\fIOPTIONS\\fR]";
  if (!visible_subcommands(app).empty()) usage += " \\fISUBCOMMAND\\fR";
  for (const CLI::Option* opt : visible_options(app)) {
    if (is_positional(*opt)) usage += " [\\fI" + roff_text(opt->get_name()) + "\\fR...]";
  }
  return usage;
}

void roff_options(std::ostream& out, const CLI::App& app) {
  for (const CLI::Option* opt : visible_options(app)) {
    out << ".TP\n";
    if (is_positional(*opt)) {
      out << "\\fI" << roff_text(opt->get_name()) << "\\fR";
    } else {
      std::string separator;
      for (const auto& name : option_names(*opt)) {
        out << separator << "\\fB" << roff_name(name) << "\\fR";
        separator = ", ";
      }
    }
    if (takes_value(*opt) && !opt->get_type_name().empty()) {
      out << " \\fI" << roff_text(opt->get_type_name()) << "\\fR";
    }
    out << "\n" << roff_text(opt->get_description()) << "\n";
  }
}

// A footer (examples, exit statuses) kept as written: it is laid out for a terminal.
void roff_footer(std::ostream& out, const CLI::App& app) {
  const std::string footer = app.get_footer();
  if (footer.empty()) return;
  out << ".PP\n.nf\n" << roff_text(footer) << (footer.back() == '\n' ? "" : "\n") << ".fi\n";
}

// --- bash ---------------------------------------------------------------------------------

std::string words(const std::vector<std::string>& list) {
  std::string joined;
  for (const auto& word : list) joined += (joined.empty() ? "" : " ") + word;
  return joined;
}

// How a value of `opt` is completed: its choices, a folder, nothing for numbers, else a file.
std::string bash_value_completion(const CLI::Option& opt) {
  const auto values = choices(opt);
  if (!values.empty()) return "compgen -W '" + words(values) + "' -- \"$cur\"";
  const std::string type = opt.get_type_name();
  if (type.find("DIR") != std::string::npos) return "compgen -d -- \"$cur\"";
  for (const char* numeric : {"INT", "UINT", "FLOAT", "NUMBER"}) {
    if (type.rfind(numeric, 0) == 0) return "true";
  }
  return "compgen -f -- \"$cur\"";
}

}  // namespace

std::string man_page(const CLI::App& root, std::string_view version) {
  // "Readout: a linter for ..." -> "a linter for ...": NAME already says whose page it is.
  std::string summary = root.get_description();
  if (const auto colon = summary.find(": "); colon != std::string::npos) {
    summary.erase(0, colon + 2);
  }
  std::ostringstream out;
  out << ".TH READOUT 1 \"\" \"readout " << roff_text(version) << "\" \"User Commands\"\n"
      << ".SH NAME\nreadout \\- " << roff_text(summary) << "\n"
      << ".SH SYNOPSIS\n"
      << roff_usage(root) << "\n"
      << ".SH DESCRIPTION\n"
      << "Readout checks structured diplomatic meeting reports (\\fI.readout\\fR files) against "
         "a registry of officials and a set of rules, and serves the same findings to editors "
         "as a language server. Each subcommand is described below with its options.\n"
      << ".SH OPTIONS\n";
  roff_options(out, root);
  roff_footer(out, root);
  out << ".SH COMMANDS\n";
  for (const CLI::App* sub : visible_subcommands(root)) {
    for_each_command(*sub, [&out](const CLI::App& command) {
      out << ".SS \"" << roff_name(command_path(command)) << "\"\n"
          << roff_usage(command) << "\n.PP\n"
          << roff_text(command.get_description()) << "\n";
      roff_options(out, command);
      roff_footer(out, command);
    });
  }
  out << ".SH EXIT STATUS\n"
      << ".TP\n"
      << kExitClean << "\nno findings at the chosen severity or worse\n"
      << ".TP\n"
      << kExitFindings << "\nfindings (lint), or differences (registry diff)\n"
      << ".TP\n"
      << kExitUsage << "\nusage, input or output error\n"
      << ".SH FILES\n.TP\n\\fI.readout.json\\fR\n"
      << "Settings (rule severities, registry files), found in the linted file's folder or "
         "above; see /usr/share/doc/readout/README.md.\n"
      << ".SH SEE ALSO\n"
      << "The rules: \\fBreadout rules\\fR. Full documentation: docs/ in the source "
         "distribution (cli.md, rules.md, markup.md, registry.md, editors.md, ci.md).\n";
  return out.str();
}

std::string bash_completion(const CLI::App& root) {
  std::ostringstream paths, commands, values;
  for_each_command(root, [&](const CLI::App& command) {
    const std::string path = command_path(command);
    std::vector<std::string> subs, opts;
    bool files = false;
    for (const CLI::App* sub : visible_subcommands(command)) subs.push_back(sub->get_name());
    for (const CLI::Option* opt : visible_options(command)) {
      if (is_positional(*opt)) {  // a word from its choices, or a file name
        const auto values = choices(*opt);
        subs.insert(subs.end(), values.begin(), values.end());
        files = files || values.empty();
        continue;
      }
      for (const auto& name : option_names(*opt)) {
        opts.push_back(name);
        if (takes_value(*opt)) {
          values << "    \"" << path << "|" << name << "\") COMPREPLY=($("
                 << bash_value_completion(*opt) << ")); return ;;\n";
        }
      }
    }
    if (&command != &root) paths << "      \"" << path << "\") path=$next ;;\n";
    commands << "    \"" << path << "\") subs='" << words(subs) << "'; opts='" << words(opts)
             << "'; files=" << (files ? "1" : "0") << " ;;\n";
  });
  std::ostringstream out;
  out << "# bash completion for readout, generated by `readout completion bash`.\n"
         "_readout() {\n"
         "  local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD-1]}\n"
         "  local path=readout next i subs opts files\n"
         "  # --opt=value: bash splits at '=', the option is the word before it.\n"
         "  if [[ $cur == = ]]; then cur=; prev=${COMP_WORDS[COMP_CWORD-1]}; fi\n"
         "  if [[ $prev == = ]]; then prev=${COMP_WORDS[COMP_CWORD-2]}; fi\n"
         "  for ((i = 1; i < COMP_CWORD; i++)); do\n"
         "    next=\"$path ${COMP_WORDS[i]}\"\n"
         "    case $next in\n"
      << paths.str()
      << "    esac\n"
         "  done\n"
         "  case \"$path|$prev\" in\n"
      << values.str()
      << "  esac\n"
         "  case $path in\n"
      << commands.str()
      << "  esac\n"
         "  if [[ $cur == -* ]]; then\n"
         "    COMPREPLY=($(compgen -W \"$opts\" -- \"$cur\"))\n"
         "    return\n"
         "  fi\n"
         "  COMPREPLY=($(compgen -W \"$subs\" -- \"$cur\"))\n"
         "  if [[ $files == 1 ]]; then COMPREPLY+=($(compgen -f -- \"$cur\")); fi\n"
         "}\n"
         "complete -o filenames -F _readout readout\n";
  return out.str();
}

void add_help_export_commands(CLI::App& app, Runner& runner) {
  CLI::App* completion = app.add_subcommand("completion", "Print a shell completion script (bash)");
  completion->add_option("shell", "The shell")->required()->check(CLI::IsMember({"bash"}));
  completion->footer(
      "Examples:\n"
      "  source <(readout completion bash)            in this shell\n"
      "  readout completion bash > ~/.local/share/bash-completion/completions/readout");
  completion->callback([&app, &runner] {
    runner = [&app] {
      std::cout << bash_completion(app);
      return kExitClean;
    };
  });
  // Hidden: packaging writes the man page with it (share/man/man1/readout.1).
  CLI::App* manpage = app.add_subcommand("manpage", "Print the man page readout(1) as roff");
  manpage->group("");
  manpage->callback([&app, &runner] {
    runner = [&app] {
      std::cout << man_page(app, READOUT_VERSION);
      return kExitClean;
    };
  });
}

}  // namespace readout::cli
