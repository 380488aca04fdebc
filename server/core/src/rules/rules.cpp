#include <array>
#include <string>
#include <vector>

#include "rules/rule.hpp"

namespace readout {
namespace rules {

std::span<const Rule* const> all_rules() {
  // Adding a rule: docs/architecture.md, "Adding a rule".
  static const auto kRules = std::to_array<const Rule*>({
      &syntax_error_rule(),           &name_misspelled_rule(),
      &name_transliteration_rule(),   &name_inconsistent_rule(),
      &person_unknown_rule(),         &title_never_held_rule(),
      &title_not_held_on_date_rule(), &title_wrong_country_rule(),
      &title_acting_rule(),           &post_holder_mismatch_rule(),
      &attendee_wrong_country_rule(), &attendee_duplicate_rule(),
      &handle_undefined_rule(),       &commitment_party_not_attendee_rule(),
      &date_invalid_rule(),           &date_range_reversed_rule(),
      &meeting_after_dateline_rule(), &due_before_meeting_rule(),
      &meeting_id_duplicate_rule(),   &meeting_date_missing_rule(),
  });
  return kRules;
}

}  // namespace rules

std::span<const RuleInfo> rule_table() {
  static const std::vector<RuleInfo> kTable = [] {
    std::vector<RuleInfo> table;
    for (const rules::Rule* rule : rules::all_rules()) table.push_back(rule->info);
    return table;
  }();
  return kTable;
}

const RuleInfo* find_rule(std::string_view id) {
  for (const RuleInfo& info : rule_table())
    if (info.id == id) return &info;
  return nullptr;
}

std::string render_rules_markdown() {
  std::string out =
      "# Rules\n\n"
      "<!-- Generated from the rule table (server/core/src/rules) by `readout rules --markdown`.\n"
      "     Do not edit by hand: a unit test checks that this file matches the table. -->\n\n"
      "Every finding of `readout lint` names one of these rules. Change a rule's severity or turn "
      "it\n"
      "off in `.readout.json` (`\"rules\": {\"person-unknown\": \"off\"}`), or for part of a "
      "report\n"
      "with a suppression comment (`<!-- readout-disable-next-line name-misspelled -->`).\n\n"
      "Each example is a whole report: paste it into a `.readout` file and `readout lint` gives "
      "the\n"
      "rule for the \"Reported\" one, and nothing at all for the \"Correct\" one (a unit test "
      "lints\n"
      "them with the embedded registry).\n\n"
      "| rule | default severity | safe fix | summary |\n"
      "|---|---|---|---|\n";
  for (const RuleInfo& info : rule_table()) {
    out += "| [`" + std::string(info.id) + "`](#" + std::string(info.id) + ") | " +
           std::string(to_string(info.default_severity)) + " | " + (info.fixable ? "yes" : "no") +
           " | " + std::string(info.summary) + " |\n";
  }
  for (const RuleInfo& info : rule_table()) {
    out += "\n## " + std::string(info.id) + "\n\n";
    out += "Default severity: **" + std::string(to_string(info.default_severity)) +
           "**. Safe fix: **" + (info.fixable ? "yes" : "no") + "**.\n\n";
    out += std::string(info.summary) + "\n\n";
    out += std::string(info.description) + "\n\n";
    out += "Reported:\n\n```readout\n" + std::string(info.bad_example) + "\n```\n\n";
    out += "Correct:\n\n```readout\n" + std::string(info.good_example) + "\n```\n";
  }
  return out;
}

}  // namespace readout
