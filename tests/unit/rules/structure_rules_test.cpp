// syntax-error, attendee-duplicate, handle-undefined, commitment-party-not-attendee,
// meeting-id-duplicate.
#include <gtest/gtest.h>

#include "analysis/analysis_test_support.hpp"

namespace readout {
namespace {

using testing::flagged;
using testing::kBlinken;
using testing::kTleuberdi;
using testing::lint;
using testing::meeting_report;
using testing::of_rule;

TEST(SyntaxError, ReportsTheModelsProblems) {
  const auto r =
      lint(meeting_report("- @blinken: | Secretary of State | United States\n" + kTleuberdi));
  ASSERT_FALSE(r->report().syntax_problems.empty());
  const auto found = of_rule(*r, "syntax-error");
  ASSERT_EQ(found.size(), r->report().syntax_problems.size());
  EXPECT_EQ(found[0]->severity, Severity::Error);
  EXPECT_EQ(found[0]->message, r->report().syntax_problems[0].message);
}

TEST(SyntaxError, NoneForAWellFormedReport) {
  EXPECT_TRUE(of_rule(*lint(meeting_report(kBlinken + kTleuberdi)), "syntax-error").empty());
}

TEST(AttendeeDuplicate, SameLineTwiceIsRemovedSafely) {
  const std::string text = meeting_report(kBlinken + kTleuberdi + kBlinken);
  const auto r = lint(text);
  const auto found = of_rule(*r, "attendee-duplicate");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(testing::where(*r, found[0]->range.begin), "10:1");
  EXPECT_EQ(found[0]->message, "Antony Blinken is listed twice in this meeting; remove this line.");
  ASSERT_TRUE(found[0]->has_safe_fix());
  std::string fixed = text;
  ASSERT_TRUE(apply_edits(fixed, found[0]->fixes[0].edits));
  EXPECT_EQ(fixed, meeting_report(kBlinken + kTleuberdi));
}

TEST(AttendeeDuplicate, SamePersonUnderAnotherUsedHandleIsNotSafe) {
  const auto r = lint(
      meeting_report(kBlinken + "- @sec: Antony Blinken | Secretary of State | United States\n",
                     "- @sec: keep talking\n"));
  const auto found = of_rule(*r, "attendee-duplicate");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_FALSE(found[0]->has_safe_fix());
}

TEST(AttendeeDuplicate, SameHandleForTwoPeople) {
  const auto r = lint(meeting_report(
      kBlinken + "- @blinken: Mukhtar Tileuberdi | Foreign Minister | Kazakhstan\n"));
  const auto found = of_rule(*r, "attendee-duplicate");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_NE(found[0]->message.find("@blinken is defined twice"), std::string::npos);
  EXPECT_FALSE(found[0]->has_safe_fix());
}

TEST(AttendeeDuplicate, NotAcrossMeetings) {
  const std::string text = meeting_report(kBlinken) +
                           "\n## Second {#second}\nDate: 2023-02-28\n\n### Attendees\n" + kBlinken;
  EXPECT_TRUE(of_rule(*lint(text), "attendee-duplicate").empty());
}

TEST(HandleUndefined, CommitmentWithATypoGetsTheCloseHandle) {
  const auto r =
      lint(meeting_report(kBlinken + kTleuberdi, "- @blinkn, @tleuberdi: keep talking\n"));
  const auto found = of_rule(*r, "handle-undefined");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(flagged(*r, *found[0]), "blinkn");
  EXPECT_EQ(found[0]->message,
            "@blinkn is not defined by any attendee of this meeting; did you mean @blinken?");
  ASSERT_TRUE(found[0]->has_safe_fix());
  EXPECT_EQ(found[0]->fixes[0].edits[0].replacement, "blinken");
}

TEST(HandleUndefined, ProseHandleWithNothingClose) {
  const auto r = lint(meeting_report(kBlinken, "", "Talks with @lavrov went on.\n"));
  const auto found = of_rule(*r, "handle-undefined");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_FALSE(found[0]->has_safe_fix());
  EXPECT_NE(found[0]->message.find("@blinken"), std::string::npos);
}

TEST(HandleUndefined, ShortHandlesAreNotGuessed) {
  const auto r = lint(meeting_report("- @a: Antony Blinken | Secretary of State | United States\n",
                                     "- @b: keep talking\n"));
  const auto found = of_rule(*r, "handle-undefined");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_FALSE(found[0]->has_safe_fix());
  EXPECT_EQ(found[0]->message.find("did you mean"), std::string::npos) << found[0]->message;
}

TEST(HandleUndefined, NotForDefinedHandles) {
  EXPECT_TRUE(of_rule(*lint(meeting_report(kBlinken, "- @blinken: go\n", "@blinken spoke.\n")),
                      "handle-undefined")
                  .empty());
}

TEST(CommitmentPartyNotAttendee, CountryAndPersonOutsideTheMeeting) {
  const auto r = lint(meeting_report(kBlinken + kTleuberdi,
                                     "- United States, France, Sirojiddin Muhriddin: cooperate\n"));
  const auto found = of_rule(*r, "commitment-party-not-attendee");
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(flagged(*r, *found[0]), "France");
  EXPECT_EQ(flagged(*r, *found[1]), "Sirojiddin Muhriddin");
  EXPECT_NE(found[1]->message.find("not an attendee of this meeting"), std::string::npos);
}

TEST(CommitmentPartyNotAttendee, AttendeesTheirCountriesAndAll) {
  const auto r = lint(meeting_report(
      kBlinken + kTleuberdi,
      "- all: meet again\n- @blinken, Mukhtar Tileuberdi, Kazakhstan, US: cooperate\n"));
  EXPECT_TRUE(of_rule(*r, "commitment-party-not-attendee").empty());
}

TEST(MeetingIdDuplicate, SecondUseOfAnId) {
  const std::string text =
      "# R\nDateline: 2023-03-02\n\n## A {#x}\nDate: 2023-02-28\n\n## B {#x}\nDate: 2023-02-28\n";
  const auto r = lint(text);
  const auto found = of_rule(*r, "meeting-id-duplicate");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(testing::where(*r, found[0]->range.begin), "7:8");
  EXPECT_EQ(found[0]->related.size(), 1u);
  EXPECT_TRUE(of_rule(*lint("# R\n\n## A {#x}\nDate: 2023-02-28\n\n## B {#y}\nDate: 2023-02-28\n"),
                      "meeting-id-duplicate")
                  .empty());
}

}  // namespace
}  // namespace readout
