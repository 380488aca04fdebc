// Who held the post written with a name, on the meeting's date. An attendee line or a titled
// prose name gives a title and a country ("Prime Minister | Japan", "Prime Minister Kishida of
// Japan"), and the meeting a day: the registry knows who held that post then. A name nobody
// knows, or knows only as a near miss, that is that holder as people write the name ("Suga
// Yoshihide", "Joseph R. Biden Jr.") resolves to the holder; one close to it ("Suga
// Yushihide") is a misspelling of the holder; any other name is recorded in
// Context::post_holders for the post-holder-mismatch rule, but only when the registry is sure:
// a day-precise date, a post held by one person at a time, and a term that certainly covers
// the day.
#pragma once

#include "analysis/context.hpp"
#include "analysis/title_lexicon.hpp"

namespace readout::analysis {

// Runs after name resolution and before the titles are assessed (it may change who a name
// resolved to).
void check_post_holders(Context& ctx, const TitleLexicon& lexicon);

// Whether the registry's sources cover `post` on `date`: it knows who held it then (a term that
// surely covers the day and has ended, or is open but known to run that far:
// Registry::known_until), or a source that had begun to record the post looked as far as that
// day (the post may have been vacant,
// or held by someone the source did not name). A title its holders never held is judged only
// where this holds.
bool post_covered_on(const LookupCache& lookup, const Post& post, const PartialDate& date);

}  // namespace readout::analysis
