#include <algorithm>

#include "analysis/titles.hpp"
#include "readout/post_description.hpp"
#include "rules/helpers.hpp"
#include "rules/rule.hpp"

namespace readout::rules {
namespace {

void check(analysis::Context& ctx) {
  for (const analysis::PostHolderMismatch& m : ctx.post_holders) {
    // A title the person never held, or held at another time or for another country, is
    // already reported by the title rules, which name the holder too.
    const bool title_reported =
        std::any_of(ctx.titles.begin(), ctx.titles.end(), [&](const analysis::TitleAssessment& a) {
          return a.name_index == m.name_index &&
                 a.verdict != analysis::TitleAssessment::Verdict::Fine;
        });
    if (title_reported || m.holders.empty()) continue;
    const NameOccurrence& o = ctx.names[m.name_index];
    std::string holders;
    for (size_t k = 0; k < m.holders.size(); ++k)
      holders += (k == 0 ? "" : " or ") + m.holders[k]->name;
    std::string message = "On " + m.date.to_display() + " the " + describe_post(m.post) + " was " +
                          holders + ", not " + analysis::quote(o.written.text);
    message += o.person ? " (" + o.person->name +
                              " did not hold the post then, according to the registry)."
                        : "; check the name, the title and the country.";
    std::vector<Fix> fixes;
    if (m.holders.size() == 1)
      fixes.push_back(replace_fix("Replace with " + analysis::quote(m.holders.front()->name),
                                  o.written.range, m.holders.front()->name.str(), false));
    ctx.emit(post_holder_mismatch_rule().info, o.written.range, std::move(message),
             std::move(fixes), {{m.part.range, "the title that names the post"}});
  }
}

}  // namespace

const Rule& post_holder_mismatch_rule() {
  static const Rule rule{
      {"post-holder-mismatch", Severity::Warning,
       "A name given a post and a country that somebody else held on the meeting's date.",
       "An attendee line's title and country (or a title with a country in prose: \"Prime Minister "
       "Kishida of Japan\", \"Japan's Prime Minister\") name a post, and the meeting's date says "
       "when: the registry knows who held it. A different name, known or not, is reported with the "
       "holder's. A name that is the holder's as people write it (another order, extra or missing "
       "given names, second family names, styles such as \"Sheikh\", suffixes such as \"Jr.\") is "
       "the holder, and one close to it is reported by `name-misspelled`; one that shares a name "
       "part with the holder's is left alone (the holder under a name the registry does not list). "
       "The registry must be sure: only a meeting date with its day, a post the registry has held "
       "by one person at a time (not co-princes, a collective presidency or deputy prime "
       "ministers), a term that certainly covers the day (not one known to the year, nor an open "
       "term past the last date its source knows of), and no acting title. A known person whose "
       "title is wrong for the date or the country is reported by the title rules instead.",
       R"(# Chancellor receives the Secretary of State
Dateline: 2023-05-11

## Talks in Berlin
Date: 2023-05-10

### Attendees
- @chancellor: Robert Habeck | Chancellor | Germany)",
       R"(# Chancellor receives the Secretary of State
Dateline: 2023-05-11

## Talks in Berlin
Date: 2023-05-10

### Attendees
- @chancellor: Olaf Scholz | Chancellor | Germany)",
       false},
      check};
  return rule;
}

}  // namespace readout::rules
