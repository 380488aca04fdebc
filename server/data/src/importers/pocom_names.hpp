// English names of the territories that pocom's mission files are named by ("cote-divoire").
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace readout::data::pocom {

// "kazakhstan" -> "Kazakhstan", "united-kingdom" -> "the United Kingdom" (with its article, as
// in "Ambassador of the United States to the United Kingdom").
std::string territory_name(std::string_view id);

// Other ways the territory is written: without the article, later or common names.
std::vector<std::string> territory_aliases(std::string_view id);

}  // namespace readout::data::pocom
