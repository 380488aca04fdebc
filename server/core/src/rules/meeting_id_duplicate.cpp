#include <map>

#include "rules/helpers.hpp"
#include "rules/rule.hpp"

namespace readout::rules {
namespace {

void check(analysis::Context& ctx) {
  std::map<std::string, const Span*, std::less<>> first;
  for (const Meeting& meeting : ctx.report.meetings) {
    if (!meeting.id || meeting.id->text.empty()) continue;
    auto [it, inserted] = first.try_emplace(meeting.id->text, &*meeting.id);
    if (inserted) continue;
    ctx.emit(meeting_id_duplicate_rule().info, meeting.id->range,
             "The meeting id #" + meeting.id->text + " is already used by the meeting on line " +
                 std::to_string(line_number(ctx, it->second->range.begin)) +
                 "; ids must be unique so that references find one meeting. Choose another id.",
             {}, {{it->second->range, "first used here"}});
  }
}

}  // namespace

const Rule& meeting_id_duplicate_rule() {
  static const Rule rule{
      {"meeting-id-duplicate", Severity::Error, "Two meetings with the same id.",
       "Meeting ids (`{#id}`) name a meeting for references and links, so each must be unique "
       "within a report.",
       "## C5+1 Ministerial {#astana}\n\n## Bilateral talks {#astana}",
       "## C5+1 Ministerial {#c5plus1}\n\n## Bilateral talks {#blinken-visit}", false},
      check};
  return rule;
}

}  // namespace readout::rules
