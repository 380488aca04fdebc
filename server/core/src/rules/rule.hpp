// A rule: its table entry and the check that emits its findings. One file per rule.
#pragma once

#include <span>

#include "analysis/context.hpp"
#include "readout/rules.hpp"

namespace readout::rules {

using Check = void (*)(analysis::Context& ctx);

struct Rule {
  RuleInfo info;
  Check check;
  // Checked once over the whole report (names and meetings of every part) rather than for
  // each meeting: same person spelt differently, duplicate meeting ids.
  bool report_wide = false;
};

// Every rule, in documentation order.
std::span<const Rule* const> all_rules();

// One accessor per rule file.
const Rule& syntax_error_rule();
const Rule& name_misspelled_rule();
const Rule& name_transliteration_rule();
const Rule& name_inconsistent_rule();
const Rule& person_unknown_rule();
const Rule& title_never_held_rule();
const Rule& title_not_held_on_date_rule();
const Rule& title_wrong_country_rule();
const Rule& title_acting_rule();
const Rule& post_holder_mismatch_rule();
const Rule& attendee_wrong_country_rule();
const Rule& attendee_duplicate_rule();
const Rule& handle_undefined_rule();
const Rule& commitment_party_not_attendee_rule();
const Rule& date_invalid_rule();
const Rule& date_range_reversed_rule();
const Rule& meeting_after_dateline_rule();
const Rule& due_before_meeting_rule();
const Rule& meeting_id_duplicate_rule();
const Rule& meeting_date_missing_rule();

}  // namespace readout::rules
