#include <set>

#include "analysis/titles.hpp"
#include "readout/post_description.hpp"
#include "rules/helpers.hpp"
#include "rules/rule.hpp"

namespace readout::rules {
namespace {

void check(analysis::Context& ctx) {
  std::set<std::pair<size_t, uint32_t>> said;  // (name, country written): once for a compound
  for (const analysis::TitleAssessment& a : ctx.titles) {
    if (a.verdict != analysis::TitleAssessment::Verdict::WrongCountry || !a.stated_organization)
      continue;
    if (a.country && !said.insert({a.name_index, a.country->range.begin}).second) continue;
    const Person& person = *ctx.names[a.name_index].person;
    const HeldPost& post = a.matching.front();
    const std::string right =
        post.organization ? post.organization->name.str() : std::string("another country");
    std::vector<Fix> fixes;
    if (a.country && post.organization)
      fixes.push_back(
          replace_fix("Replace with " + analysis::quote(right), a.country->range, right, false));
    std::string message = a.only_other_country
                              ? analysis::quote(a.role) + " of " + a.stated_organization->name +
                                    " is not a post of " + person.name +
                                    ", whom the registry knows only in posts of " + right + " (" +
                                    describe_held_post(post) + ")."
                              : analysis::quote(a.role) + " of " + a.stated_organization->name +
                                    " is not a post of " + person.name + ", who is " +
                                    describe_post(post) + "; the title belongs to " + right + ".";
    ctx.emit(title_wrong_country_rule().info, a.country ? a.country->range : a.part.range,
             std::move(message), std::move(fixes));
  }
}

}  // namespace

const Rule& title_wrong_country_rule() {
  static const Rule rule{
      {"title-wrong-country", Severity::Warning, "A title of another country than the person's.",
       "The person holds a post of that name, but for another country or organisation than the one "
       "written with the title (\"Foreign Minister of Kyrgyzstan\" for Tajikistan's foreign "
       "minister). Also when the registry does not list the title for the person but knows them "
       "only "
       "in posts of one other country (a foreign minister appointed after its sources looked).",
       R"(# C5+1 foreign ministers meet in Astana
Dateline: 2023-03-02

## C5+1 Ministerial {#c5plus1}
Date: 2023-02-28

### Summary
The Foreign Minister of Kyrgyzstan, Sirojiddin Muhriddin, spoke first.)",
       R"(# C5+1 foreign ministers meet in Astana
Dateline: 2023-03-02

## C5+1 Ministerial {#c5plus1}
Date: 2023-02-28

### Summary
The Foreign Minister of Tajikistan, Sirojiddin Muhriddin, spoke first.)",
       false},
      check};
  return rule;
}

}  // namespace readout::rules
