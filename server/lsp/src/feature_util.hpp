// Helpers shared by the feature implementations.
#pragma once

#include <string>
#include <string_view>

#include "features.hpp"

namespace readout::lsp {

// The byte offset of params.position in the snapshot.
uint32_t offset_of(const Snapshot& snapshot, const json& params);

// The name occurrence under the cursor (cursor at either end of it counts; for handles also
// the '@' before it).
const NameOccurrence* occurrence_at(const AnalysisResult& analysis, uint32_t offset);

// Whether two occurrences name the same attendee or registry person.
bool same_target(const NameOccurrence& a, const NameOccurrence& b);

bool is_handle(const NameOccurrence& occurrence);

// A person's card in Markdown: names, posts with dates, which post applies on `date`, source.
std::string person_card(const Registry& registry, const Person& person,
                        const std::optional<PartialDate>& date);

// Title of a held post as written in reports: membership label, else post label, with
// "Acting " for acting holders.
std::string held_title(const HeldPost& held);
// All posts held at once, as a report writes them: "Deputy Prime Minister and Minister of
// Foreign Affairs".
std::string combined_title(const std::vector<HeldPost>& posts);

json location(const Snapshot& snapshot, ByteRange range);

}  // namespace readout::lsp
