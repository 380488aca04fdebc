#include "analysis/titles.hpp"
#include "readout/post_description.hpp"
#include "rules/helpers.hpp"
#include "rules/rule.hpp"

namespace readout::rules {
namespace {

void check(analysis::Context& ctx) {
  for (const analysis::TitleAssessment& a : ctx.titles) {
    if (a.verdict != analysis::TitleAssessment::Verdict::NeverHeld) continue;
    const Person& person = *ctx.names[a.name_index].person;
    std::string held;
    const std::vector<HeldPost> posts = ctx.lookup.posts_of(person);
    for (size_t k = 0; k < posts.size() && k < 3; ++k) {
      held += (k == 0 ? "" : "; ") + describe_held_post(posts[k]);
    }
    ctx.emit(title_never_held_rule().info, a.part.range,
             person.name + " never held the post " + analysis::quote(a.role) +
                 " according to the registry, which lists: " + held + ".");
  }
}

}  // namespace

const Rule& title_never_held_rule() {
  static const Rule rule{
      {"title-never-held", Severity::Warning,
       "A title the person never held, according to the registry.",
       "The title written for an attendee, or just before a name in prose, is compared with every "
       "post the registry lists for the person. Compound titles (\"Deputy Prime Minister and "
       "Minister of Foreign Affairs\") are checked part by part. Short forms are understood "
       "(\"Secretary\" for \"Secretary of State\", \"Foreign Minister\" for \"Minister of Foreign "
       "Affairs\"). Titles the registry does not know at all are not reported, nor a title whose "
       "post the registry's sources do not cover in that country on the meeting's date (a deputy "
       "prime minister it has no record of, a minister appointed after its snapshot); a head's "
       "title (\"President\", \"Prime Minister\", \"King\") is judged wherever the registry "
       "knows the country's heads on the date.",
       R"(# C5+1 foreign ministers meet in Astana
Dateline: 2023-03-02

## C5+1 Ministerial {#c5plus1}
Date: 2023-02-28

### Attendees
- @blinken: Antony Blinken | Prime Minister | United States)",
       R"(# C5+1 foreign ministers meet in Astana
Dateline: 2023-03-02

## C5+1 Ministerial {#c5plus1}
Date: 2023-02-28

### Attendees
- @blinken: Antony Blinken | Secretary of State | United States)",
       false},
      check};
  return rule;
}

}  // namespace readout::rules
