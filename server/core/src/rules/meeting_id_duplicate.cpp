#include <map>

#include "rules/helpers.hpp"
#include "rules/rule.hpp"

namespace readout::rules {
namespace {

void check(analysis::Context& ctx) {
  std::map<std::string, ByteRange, std::less<>> first;
  for (int m = 0; m < static_cast<int>(ctx.meetings.count()); ++m) {
    const std::optional<Span> id = ctx.meetings.id(m);
    if (!id || id->text.empty()) continue;
    auto [it, inserted] = first.try_emplace(id->text, id->range);
    if (inserted) continue;
    ctx.emit(meeting_id_duplicate_rule().info, id->range,
             "The meeting id #" + id->text +
                 " is already used by an earlier meeting; ids must be unique so that references "
                 "find one "
                 "meeting. Choose another id.",
             {}, {{it->second, "first used here"}});
  }
}

}  // namespace

const Rule& meeting_id_duplicate_rule() {
  static const Rule rule{
      {"meeting-id-duplicate", Severity::Error, "Two meetings with the same id.",
       "Meeting ids (`{#id}`) name a meeting for references and links, so each must be unique "
       "within a report.",
       R"(# C5+1 foreign ministers meet in Astana
Dateline: 2023-03-02

## C5+1 Ministerial {#astana}
Date: 2023-02-28

## Bilateral talks {#astana}
Date: 2023-02-28)",
       R"(# C5+1 foreign ministers meet in Astana
Dateline: 2023-03-02

## C5+1 Ministerial {#c5plus1}
Date: 2023-02-28

## Bilateral talks {#blinken-visit}
Date: 2023-02-28)",
       false},
      check,
      true};
  return rule;
}

}  // namespace readout::rules
