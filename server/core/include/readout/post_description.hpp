// Describing a post held and its term in words: one wording for every message, card and line
// that names them (rule messages, the editor's hover card and completion details, `readout
// registry query` and `registry diff`).
#pragma once

#include <string>

#include "readout/registry.hpp"

namespace readout {

// "Secretary of State of the United States": the term's own label, else the post's, else
// "a post", with its organisation unless the label already names it; "acting ..." (in small
// letters, for use mid-sentence) for an acting term or a label that says so.
std::string describe_post(const HeldPost& held);

// "from 26 January 2021 to 20 January 2025", "since 20 March 2019", "until May 2004", or
// "at some time" when the registry knows neither end.
std::string describe_term(const Membership& membership);

// The post and its term: "acting Minister of Foreign Affairs of Turkey, since 4 June 2023".
std::string describe_held_post(const HeldPost& held);

}  // namespace readout
