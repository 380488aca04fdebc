// `readout rules`: the rule table, as a list or as the Markdown of docs/rules.md.
#include <algorithm>
#include <iostream>
#include <memory>

#include "commands.hpp"
#include "readout/rules.hpp"

namespace readout::cli {
namespace {

int list_rules() {
  size_t width = 0;
  for (const RuleInfo& rule : rule_table()) width = std::max(width, rule.id.size());
  for (const RuleInfo& rule : rule_table()) {
    std::string id(rule.id);
    id.resize(width, ' ');
    std::string severity(to_string(rule.default_severity));
    severity.resize(8, ' ');
    std::cout << id << "  " << severity << (rule.fixable ? "fix  " : "     ") << rule.summary
              << '\n';
  }
  return kExitClean;
}

}  // namespace

void add_rules_command(CLI::App& app, Runner& runner) {
  auto markdown = std::make_shared<bool>(false);
  CLI::App* rules =
      app.add_subcommand("rules", "List the rules: id, default severity, safe fix, summary");
  rules->add_flag("--markdown", *markdown, "Print the rules reference (docs/rules.md) as Markdown");
  rules->footer(
      "Severities are changed, and rules turned off, in .readout.json: \"rules\": "
      "{\"person-unknown\": \"off\"}");
  rules->callback([&runner, markdown] {
    runner = [markdown] {
      if (*markdown) {
        std::cout << render_rules_markdown();
        return kExitClean;
      }
      return list_rules();
    };
  });
}

}  // namespace readout::cli
