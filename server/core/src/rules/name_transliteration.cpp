#include <algorithm>
#include <map>
#include <utility>

#include "analysis/name_match.hpp"
#include "analysis/resolver.hpp"
#include "rules/helpers.hpp"
#include "rules/rule.hpp"

namespace readout::rules {
namespace {

std::string last_word(std::string_view text) {
  const size_t space = text.find_last_of(' ');
  return std::string(space == std::string_view::npos ? text : text.substr(space + 1));
}

// What the registry says about the spelling: "transliteration", "earlier surname".
// The spelling that is the same name wins over one that only shares the family name.
std::string describe_other(const Person& person, std::string_view written) {
  const auto describe = [](const OtherName& other) -> std::string {
    if (!other.note.empty()) return other.note.str();
    if (!other.lang.empty()) return "spelling in " + other.lang;
    return "";
  };
  for (const OtherName& other : person.other_names)
    if (analysis::same_name(written, other.name, other.key)) return describe(other);
  // An unlisted spelling in another script says nothing about the listed Latin variants.
  if (analysis::plausible_transliteration(written, person.name)) return "";
  for (const OtherName& other : person.other_names)
    if (analysis::surname_of(written) == analysis::surname_of(other.name, other.key))
      return describe(other);
  return "";
}

void check(analysis::Context& ctx) {
  // One hint per person and spelling of the family name, at its first occurrence; its fix
  // changes every occurrence of that spelling.
  std::map<std::pair<const Person*, std::string>, std::vector<size_t>> groups;
  std::vector<std::pair<const Person*, std::string>> order;
  for (size_t i = 0; i < ctx.names.size(); ++i) {
    const NameOccurrence& o = ctx.names[i];
    if (!is_written_name(o) || !o.person || o.match != NameMatchKind::OtherName ||
        ctx.resolutions[i].status != analysis::Resolution::Status::Resolved)
      continue;
    auto key = std::make_pair(o.person, analysis::surname_of(o.written.text));
    auto [it, inserted] = groups.try_emplace(key);
    if (inserted) order.push_back(key);
    it->second.push_back(i);
  }
  for (const auto& key : order) {
    const std::vector<size_t>& members = groups[key];
    const NameOccurrence& first = ctx.names[members.front()];
    const Person& person = *first.person;
    Fix fix;
    fix.safe = false;
    for (size_t i : members) {
      const NameOccurrence& o = ctx.names[i];
      const bool surname_only = ctx.resolutions[i].surname_only;
      fix.edits.push_back(
          {o.written.range, surname_only
                                ? last_word(analysis::spelling_like(o.written.text, person.name))
                                : analysis::spelling_like(o.written.text, person.name)});
    }
    const std::string preferred = analysis::spelling_like(first.written.text, person.name);
    const std::string note = describe_other(person, first.written.text);
    fix.title = "Use the registry's spelling " + analysis::quote(preferred) +
                (members.size() > 1 ? " (" + std::to_string(members.size()) + " places)" : "");
    const bool listed = std::any_of(
        person.other_names.begin(), person.other_names.end(), [&](const OtherName& other) {
          return analysis::same_name(first.written.text, other.name, other.key);
        });
    std::string what;
    if (!note.empty())
      what = " is an accepted spelling of " + person.name + " (" + note + ")";
    else if (listed)
      what = " is an accepted spelling of " + person.name;
    else if (analysis::has_non_latin_letter(first.written.text))
      what = " is " + person.name + " written in another script";
    else  // a romanisation the registry does not list (names.hpp, romanisation_skeleton)
      what = " is another romanisation of " + person.name;
    ctx.emit(name_transliteration_rule().info, first.written.range,
             analysis::quote(first.written.text) + what + "; the registry prefers " +
                 analysis::quote(preferred) + ".",
             {std::move(fix)});
  }
}

}  // namespace

const Rule& name_transliteration_rule() {
  static const Rule rule{
      {"name-transliteration", Severity::Hint,
       "An accepted other spelling of a person's name; the registry prefers another.",
       "Names from other scripts have several accepted transliterations (\"Kassym-Zhomart\" and "
       "\"Kassym-Jomart\"). Using one is not an error; this hint names the registry's preferred "
       "spelling once per spelling and person, at its first use. The suggested fix changes every "
       "use of that spelling; it is not applied automatically.",
       R"(# C5+1 foreign ministers meet in Astana
Dateline: 2023-03-02

## C5+1 Ministerial {#c5plus1}
Date: 2023-02-28

### Summary
Secretary Blinken supported President Kassym-Zhomart Tokayev's reforms.)",
       R"(# C5+1 foreign ministers meet in Astana
Dateline: 2023-03-02

## C5+1 Ministerial {#c5plus1}
Date: 2023-02-28

### Summary
Secretary Blinken supported President Kassym-Jomart Tokayev's reforms.)",
       false},
      check,
      true};
  return rule;
}

}  // namespace readout::rules
