// The wording of generated readouts: what meetings are about, what the parties commit to,
// and sentences of the kind press offices write around the names.
#pragma once

#include <array>
#include <string_view>

namespace readout::corpus::phrases {

constexpr std::array<std::string_view, 16> kTopics{
    "trade and investment",
    "energy security",
    "regional security",
    "climate change",
    "transport corridors",
    "water management",
    "cultural exchanges",
    "counter-terrorism",
    "food security",
    "digital connectivity",
    "health cooperation",
    "education and science",
    "migration",
    "critical minerals",
    "humanitarian assistance",
    "the rule of law",
};

constexpr std::array<std::string_view, 12> kCommitments{
    "continue regular political consultations at the level of foreign ministers",
    "convene the joint commission on economic cooperation before the end of the year",
    "expand cooperation in energy security and the transition to renewable sources",
    "simplify visa procedures for students, researchers and business travellers",
    "prepare a roadmap for trade and investment over the next three years",
    "open a direct air link between the two capitals",
    "strengthen coordination in multilateral organisations",
    "hold the next round of talks in the other capital",
    "exchange expertise on water management and climate adaptation",
    "support the work of the civil society forum",
    "increase cooperation on counter-terrorism and border security",
    "sign a memorandum on cultural and academic exchanges",
};

// Sentences without names. {topic} is replaced by a topic.
constexpr std::array<std::string_view, 14> kFillers{
    "The sides reviewed the state of bilateral relations and discussed {topic}.",
    "The talks focused on {topic}, where both countries see room for closer work.",
    "The ministers noted the progress made since their last meeting and agreed to keep in close "
    "contact.",
    "Both delegations stressed the importance of dialogue based on mutual respect and "
    "international law.",
    "The parties exchanged views on the situation in the region and on {topic}.",
    "Particular attention was paid to {topic} and to the implementation of earlier agreements.",
    "The meeting took place in a constructive and friendly atmosphere.",
    "Officials said that working groups would meet in the coming months to prepare concrete "
    "proposals.",
    "The joint statement adopted at the end of the talks welcomed the growth of mutual trade.",
    "Experts from both ministries will draft a plan of action on {topic}.",
    "The sides also discussed preparations for upcoming multilateral meetings.",
    "According to the press service, the agenda included {topic} and people-to-people contacts.",
    "The delegations agreed that further steps on {topic} would be discussed at the expert level.",
    "The visit marks an important step in the development of the partnership.",
};

constexpr std::array<std::string_view, 5> kMeetingKinds{"bilateral", "multilateral", "call",
                                                        "visit", "summit"};

}  // namespace readout::corpus::phrases
