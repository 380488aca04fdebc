#include <algorithm>
#include <map>

#include "analysis/name_match.hpp"
#include "rules/helpers.hpp"
#include "rules/rule.hpp"

namespace readout::rules {
namespace {

std::string last_word(std::string_view text) {
  const size_t space = text.find_last_of(' ');
  return std::string(space == std::string_view::npos ? text : text.substr(space + 1));
}

// Whether every name part of `shorter` is a part of `longer`.
bool parts_within(std::string_view shorter, std::string_view longer) {
  const std::vector<std::string> few = analysis::name_parts(shorter),
                                 many = analysis::name_parts(longer);
  return !few.empty() && std::all_of(few.begin(), few.end(), [&](const std::string& part) {
    return std::find(many.begin(), many.end(), part) != many.end();
  });
}

void check(analysis::Context& ctx) {
  std::map<const Person*, std::vector<size_t>> by_person;
  for (size_t i = 0; i < ctx.names.size(); ++i) {
    const NameOccurrence& o = ctx.names[i];
    if (!is_written_name(o) || !o.person || o.match == NameMatchKind::Fuzzy ||
        ctx.resolutions[i].status != analysis::Resolution::Status::Resolved)
      continue;
    by_person[o.person].push_back(i);
  }
  for (const auto& [person, members] : by_person) {
    // The report's own spelling: its first full name, else its first family name.
    size_t canonical = members.front();
    for (size_t i : members)
      if (!ctx.resolutions[i].surname_only) {
        canonical = i;
        break;
      }
    const Span& first = ctx.names[canonical].written;
    const std::string first_surname = analysis::surname_of(first.text);
    for (size_t i : members) {
      if (i == canonical) continue;
      const Span& written = ctx.names[i].written;
      const bool surname_only = ctx.resolutions[i].surname_only;
      // A later mention may shorten the first spelling ("King Abdullah II" after "King Abdullah
      // II bin Al-Hussein", "Gabriel Boric" after "Gabriel Boric Font"): only other parts differ.
      const bool differs = surname_only ? analysis::surname_of(written.text) != first_surname
                                        : !analysis::same_name(written.text, first.text) &&
                                              !parts_within(written.text, first.text);
      if (!differs) continue;
      const std::string replacement = surname_only ? last_word(first.text) : first.text;
      ctx.emit(name_inconsistent_rule().info, written.range,
               analysis::quote(written.text) + " and " + analysis::quote(first.text) +
                   " are the same person, " + person->name +
                   "; keep the report's first spelling, " + analysis::quote(replacement) + ".",
               {replace_fix("Replace with " + analysis::quote(replacement), written.range,
                            replacement, true)},
               {{first.range, "first written " + analysis::quote(first.text) + " here"}});
    }
  }
}

}  // namespace

const Rule& name_inconsistent_rule() {
  static const Rule rule{
      {"name-inconsistent", Severity::Warning,
       "The same person written with different accepted spellings in one report.",
       "Each spelling may be acceptable on its own (a transliteration listed in the registry), but "
       "one report should use one. The fix changes later spellings to the report's first one.",
       R"(# C5+1 foreign ministers meet in Astana
Dateline: 2023-03-02

## C5+1 Ministerial {#c5plus1}
Date: 2023-02-28

### Attendees
- @tileuberdi: Mukhtar Tileuberdi | Minister of Foreign Affairs | Kazakhstan

### Summary
Mukhtar Tleuberdi welcomed the delegations.)",
       R"(# C5+1 foreign ministers meet in Astana
Dateline: 2023-03-02

## C5+1 Ministerial {#c5plus1}
Date: 2023-02-28

### Attendees
- @tileuberdi: Mukhtar Tileuberdi | Minister of Foreign Affairs | Kazakhstan

### Summary
Mukhtar Tileuberdi welcomed the delegations.)",
       true},
      check,
      true};
  return rule;
}

}  // namespace readout::rules
