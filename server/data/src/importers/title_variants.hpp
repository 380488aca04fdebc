// Title variants of an imported post, derived from its label alone (no invented facts).
#pragma once

#include <string>
#include <vector>

namespace readout::data {

// "president of Tajikistan" -> "President of Tajikistan".
std::string capitalized(std::string label);

// Other labels people write for a post: the label without "of <country>" ("Prime Minister of
// Japan" -> "Prime Minister"); for a foreign minister's post also "Foreign Minister" and the
// of/for swap of "Minister of Foreign Affairs". Excludes the label itself.
std::vector<std::string> title_variants(const std::string& label, const std::string& country,
                                        bool foreign_minister);

}  // namespace readout::data
