#include "analysis/titles.hpp"
#include "readout/post_description.hpp"
#include "rules/helpers.hpp"
#include "rules/rule.hpp"

namespace readout::rules {
namespace {

void check(analysis::Context& ctx) {
  for (const analysis::TitleAssessment& a : ctx.titles) {
    if (a.verdict != analysis::TitleAssessment::Verdict::NotHeldOnDate || !a.date) continue;
    const Person& person = *ctx.names[a.name_index].person;
    const HeldPost& post = a.matching.front();
    std::string message = person.name + " was not " + describe_post(post) + " on " +
                          a.date->to_display() + ": the registry has the post held by " +
                          person.name + " " +
                          (post.membership ? describe_term(*post.membership) : "at another time");
    std::vector<std::string> holders;
    if (post.post)
      for (const Person* holder : ctx.registry.holders_on(*post.post, *a.date))
        if (holder != &person) holders.push_back(holder->name.str());
    if (holders.empty()) {
      message += ", and by nobody it knows of on that date.";
    } else {
      message += "; on " + a.date->to_display() + " it was held by ";
      for (size_t k = 0; k < holders.size(); ++k) message += (k == 0 ? "" : " and ") + holders[k];
      message += ".";
    }
    ctx.emit(title_not_held_on_date_rule().info, a.part.range, std::move(message));
  }
}

}  // namespace

const Rule& title_not_held_on_date_rule() {
  static const Rule rule{
      {"title-not-held-on-date", Severity::Warning,
       "A title the person held, but not on the meeting's date.",
       "The date that applies is the meeting's `Date:`, else the report's `Dateline:`. The message "
       "says when the person held the post and who held it on that date. Registry dates of year or "
       "month precision are read generously: a term that ended in \"2023-02\" may still cover any "
       "day of February 2023. After the person's term, the finding needs the registry to know "
       "the post on that date (who held it, or a source that looked that far: `source_dates` in "
       "docs/registry.md): someone may come back to a post after the registry's source was taken. "
       "A title written as one of the past (\"former\", \"the late\", \"then-\", \"ex-\") is "
       "not checked against the date.",
       R"(# Blinken in Washington
Dateline: 2019-06-11

## Talks in Washington
Date: 2019-06-10

### Attendees
- @blinken: Antony Blinken | Secretary of State | United States)",
       R"(# Blinken in Washington
Dateline: 2023-06-11

## Talks in Washington
Date: 2023-06-10

### Attendees
- @blinken: Antony Blinken | Secretary of State | United States)",
       false},
      check};
  return rule;
}

}  // namespace readout::rules
