// Name resolution: every place a person is named, with exact byte ranges and the person.
#include <gtest/gtest.h>

#include "analysis/analysis_test_support.hpp"
#include "support/embedded_registry.hpp"

namespace readout {
namespace {

using testing::kBlinken;
using testing::kTleuberdi;
using testing::lint;
using testing::meeting_report;
using Role = NameOccurrence::Role;

std::vector<const NameOccurrence*> with_role(const AnalysisResult& r, Role role) {
  std::vector<const NameOccurrence*> out;
  for (const auto& o : r.names())
    if (o.role == role) out.push_back(&o);
  return out;
}

std::string text_at(const AnalysisResult& r, ByteRange range) {
  return r.syntax->text().substr(range.begin, range.size());
}

TEST(Names, AttendeesAndHandleDefinitions) {
  const auto r = lint(meeting_report(kBlinken + kTleuberdi));
  const auto attendees = with_role(*r, Role::AttendeeName);
  ASSERT_EQ(attendees.size(), 2u);
  EXPECT_EQ(text_at(*r, attendees[0]->written.range), "Antony Blinken");
  ASSERT_NE(attendees[0]->person, nullptr);
  EXPECT_EQ(attendees[0]->person->id, "blinken");
  EXPECT_EQ(attendees[0]->match, NameMatchKind::Exact);
  ASSERT_TRUE(attendees[0]->title.has_value());
  EXPECT_EQ(attendees[0]->title->text, "Secretary of State");
  EXPECT_EQ(attendees[0]->meeting, 0);
  EXPECT_EQ(attendees[0]->attendee, 0);
  const auto handles = with_role(*r, Role::HandleDefinition);
  ASSERT_EQ(handles.size(), 2u);
  EXPECT_EQ(text_at(*r, handles[1]->written.range), "tleuberdi");
  EXPECT_EQ(handles[1]->attendee, 1);
  EXPECT_EQ(handles[1]->person->id, "tileuberdi");
}

TEST(Names, HandleReferencesAndPartiesInCommitments) {
  const auto r = lint(meeting_report(
      kBlinken + kTleuberdi, "- @blinken, Mukhtar Tileuberdi, Kazakhstan: expand cooperation\n"));
  const auto refs = with_role(*r, Role::HandleReference);
  ASSERT_EQ(refs.size(), 1u);
  EXPECT_EQ(text_at(*r, refs[0]->written.range), "blinken");
  EXPECT_EQ(refs[0]->attendee, 0);
  EXPECT_EQ(refs[0]->person->id, "blinken");
  const auto parties = with_role(*r, Role::CommitmentParty);
  ASSERT_EQ(parties.size(), 2u);  // a person and a country
  EXPECT_EQ(text_at(*r, parties[0]->written.range), "Mukhtar Tileuberdi");
  EXPECT_EQ(parties[0]->attendee, 1);
  EXPECT_EQ(parties[1]->person, nullptr);
}

TEST(Names, TitledMentionsInProse) {
  const auto r = lint(meeting_report(
      kBlinken + kTleuberdi, "",
      "Secretary of State Antony Blinken met Kazakhstan’s Deputy Prime Minister and Foreign "
      "Minister, Mukhtar "
      "Tileuberdi. Secretary Blinken praised President Kassym-Jomart Tokayev’s reforms.\n"));
  const auto mentions = with_role(*r, Role::ProseMention);
  ASSERT_EQ(mentions.size(), 4u);
  EXPECT_EQ(text_at(*r, mentions[0]->written.range), "Antony Blinken");
  EXPECT_EQ(mentions[0]->title->text, "Secretary of State");
  EXPECT_EQ(mentions[0]->attendee, 0);
  EXPECT_EQ(text_at(*r, mentions[1]->written.range), "Mukhtar Tileuberdi");
  EXPECT_EQ(mentions[1]->title->text, "Deputy Prime Minister and Foreign Minister");
  EXPECT_EQ(mentions[1]->person->id, "tileuberdi");
  EXPECT_EQ(text_at(*r, mentions[2]->written.range), "Blinken");
  EXPECT_EQ(mentions[2]->person->id, "blinken");
  EXPECT_EQ(text_at(*r, mentions[3]->written.range), "Kassym-Jomart Tokayev");  // without "’s"
  EXPECT_EQ(mentions[3]->person->id, "tokayev");
  EXPECT_EQ(mentions[3]->attendee, -1);
  EXPECT_TRUE(r->diagnostics().empty());
}

TEST(Names, SurnameAfterATitleResolvesThroughTheRegistry) {
  const auto r = lint(meeting_report(kBlinken, "", "Foreign Minister Muhriddin also attended.\n"));
  const auto mentions = with_role(*r, Role::ProseMention);
  ASSERT_EQ(mentions.size(), 1u);
  EXPECT_EQ(mentions[0]->person->id, "muhriddin");
  EXPECT_EQ(mentions[0]->title->text, "Foreign Minister");
}

TEST(Names, OrdinaryCapitalisedPhrasesAreNotPeople) {
  const auto r =
      lint(meeting_report(kBlinken + kTleuberdi, "",
                          "The Foreign Ministry of Kazakhstan said the C5+1 supports growth in "
                          "Central Asia’s economies. The "
                          "Commission on Expanded Strategic Partnership met. Foreign Ministers of "
                          "Kyrgyzstan, Tajikistan, and "
                          "Uzbekistan attended. During the visit, Both sides agreed.\n"));
  EXPECT_TRUE(with_role(*r, Role::ProseMention).empty());
  EXPECT_TRUE(r->diagnostics().empty()) << r->diagnostics().front().rule_id;
}

// A plural title names no one: "Meeting" after it is no person.
TEST(Names, APluralTitleIsFollowedByNoName) {
  const auto r = lint(
      meeting_report(kBlinken, "", "Participated in an informal NATO Foreign Ministers Meeting.\n"),
      {}, testing::embedded_registry());
  EXPECT_TRUE(with_role(*r, Role::ProseMention).empty());
  EXPECT_TRUE(r->diagnostics().empty()) << r->diagnostics().front().message;
  // A plural after "of" ends a title of one person.
  const auto one = lint(meeting_report(kBlinken, "",
                                       "Met the Chairman of the Council of Ministers Borjana "
                                       "Kristo.\n"),
                        {}, testing::embedded_registry());
  const auto mentions = with_role(*one, Role::ProseMention);
  ASSERT_EQ(mentions.size(), 1u);
  EXPECT_EQ(mentions[0]->title->text, "Chairman of the Council of Ministers");
}

// "Minister of Europe and Foreign Affairs" (France) is one title: "Foreign Affairs" is none,
// and "Foreign Affairs Commission" no titled name.
TEST(Names, APartWithoutAnOfficeIsNoTitle) {
  const auto r = lint(
      meeting_report(kBlinken, "", "Wang Yi directs the Central Foreign Affairs Commission.\n"), {},
      testing::embedded_registry());
  for (const auto* m : with_role(*r, Role::ProseMention)) EXPECT_NE(m->written.text, "Commission");
  EXPECT_TRUE(testing::of_rule(*r, "person-unknown").empty());
}

TEST(Names, NonLatinAndParticleNames) {
  const auto r = lint(meeting_report(
      kBlinken, "", "Президент Касым-Жомарт Токаев and Mohammed bin Salman spoke.\n"));
  const auto mentions = with_role(*r, Role::ProseMention);
  ASSERT_GE(mentions.size(), 1u);
  EXPECT_EQ(text_at(*r, mentions[0]->written.range), "Касым-Жомарт Токаев");
  EXPECT_EQ(mentions[0]->person->id, "tokayev");
}

TEST(Names, DateAndMeetingAtOffsets) {
  const std::string text =
      "# R\nDateline: 2023-03-02\n\nIntro.\n\n## A {#a}\nDate: 2023-02-28\n\nText A.\n\n## B "
      "{#b}\n\nText B.\n";
  const auto r = lint(text);
  const auto offset = [&](const char* s) { return static_cast<uint32_t>(text.find(s)); };
  EXPECT_EQ(r->meeting_at(offset("Intro")), -1);
  EXPECT_EQ(r->meeting_at(offset("Text A")), 0);
  EXPECT_EQ(r->meeting_at(offset("Text B")), 1);
  EXPECT_EQ(r->date_at(offset("Intro"))->to_string(), "2023-03-02");
  EXPECT_EQ(r->date_at(offset("Text A"))->to_string(), "2023-02-28");
  EXPECT_EQ(r->date_at(offset("Text B"))->to_string(), "2023-03-02");  // no Date: the dateline
}

}  // namespace
}  // namespace readout
