// Judging written titles against the posts the registry knows a person held.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "analysis/context.hpp"
#include "analysis/title_lexicon.hpp"

namespace readout::analysis {

// Posts of `person` whose title is `role` (a title part without country), however written:
// the registry's own labels, a generic short form ("Secretary" for "Secretary of State"), or
// one part of a compound post label. `exactly`: only the same title, in full.
std::vector<HeldPost> posts_with_role(const LookupCache& lookup, const TitleLexicon& lexicon,
                                      const Person& person, std::string_view role,
                                      bool exactly = false);

// The posts of `org` that `role` (a title part without country) names: by a label or other
// label, a synonym of one ("Amir" for "Emir"), or one part of a compound label. Memoised.
const std::vector<const Post*>& posts_titled(const LookupCache& lookup, const TitleLexicon& lexicon,
                                             const Organization& org, std::string_view role);

// Whether `person` held a post named by (every part of) `title` on `date` (any time when no
// date is known).
bool holds_title(const Context& ctx, const TitleLexicon& lexicon, const Person& person,
                 std::string_view title, const std::optional<PartialDate>& date);

// Fills ctx.titles: one assessment per title part of every titled, resolved name occurrence.
void assess_titles(Context& ctx, const TitleLexicon& lexicon);

// The organization a held post is of: the post's, else the term's.
const Organization* organization_of(const Registry& registry, const HeldPost& held);

// The one country of all the posts the registry lists for the person, at any time, or null
// (none, or posts of several countries or of an international organization); `latest` gets
// the post begun last. A person known only as a minister of one country does not represent
// another, even on a date after the registry's sources looked.
const Organization* only_country_of(const LookupCache& lookup, const Person& person,
                                    const HeldPost** latest);

}  // namespace readout::analysis
