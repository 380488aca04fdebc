// date-invalid, date-range-reversed, meeting-after-dateline, due-before-meeting,
// meeting-date-missing.
#include <gtest/gtest.h>

#include "analysis/analysis_test_support.hpp"

namespace readout {
namespace {

using testing::flagged;
using testing::kBlinken;
using testing::lint;
using testing::meeting_report;
using testing::of_rule;

TEST(DateInvalid, ImpossibleDateSaysWhy) {
  const auto r = lint(meeting_report(kBlinken, "", "", "Date: 2023-02-30"));
  const auto found = of_rule(*r, "date-invalid");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(flagged(*r, *found[0]), "2023-02-30");
  EXPECT_NE(found[0]->message.find("not a valid date"), std::string::npos);
  EXPECT_NE(found[0]->message.find(r->report().meetings[0].date->error), std::string::npos);
}

TEST(DateInvalid, ValidDatesOfEveryPrecisionPass) {
  for (const char* d :
       {"Date: 2023-02-28", "Date: 2023-02", "Date: 2023", "Date: 2023-02-28 to 2023-03-01"})
    EXPECT_TRUE(of_rule(*lint(meeting_report(kBlinken, "", "", d)), "date-invalid").empty()) << d;
}

TEST(DateRangeReversed, SwapsTheDates) {
  const std::string text = meeting_report(kBlinken, "", "", "Date: 2023-03-01 to 2023-02-28");
  const auto r = lint(text);
  const auto found = of_rule(*r, "date-range-reversed");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0]->message,
            "The meeting date range ends (28 February 2023) before it begins (1 March 2023); write "
            "the earlier date "
            "first: 2023-02-28 to 2023-03-01.");
  ASSERT_TRUE(found[0]->has_safe_fix());
  std::string fixed = text;
  ASSERT_TRUE(apply_edits(fixed, found[0]->fixes[0].edits));
  EXPECT_EQ(fixed, meeting_report(kBlinken, "", "", "Date: 2023-02-28 to 2023-03-01"));
}

TEST(DateRangeReversed, NotForRangesInOrderOrOverlappingPrecision) {
  EXPECT_TRUE(of_rule(*lint(meeting_report(kBlinken, "", "", "Date: 2023-02-28 to 2023-03-01")),
                      "date-range-reversed")
                  .empty());
  EXPECT_TRUE(of_rule(*lint(meeting_report(kBlinken, "", "", "Date: 2023-02-28 to 2023-02")),
                      "date-range-reversed")
                  .empty());
}

TEST(MeetingAfterDateline, MeetingLaterThanTheReport) {
  const auto r = lint(meeting_report(kBlinken, "", "", "Date: 2023-03-28"));
  const auto found = of_rule(*r, "meeting-after-dateline");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0]->message,
            "The meeting is dated 28 March 2023, after the report's dateline, 2 March 2023; a "
            "report cannot "
            "describe a later meeting, so one of the two dates is wrong.");
  EXPECT_TRUE(
      of_rule(*lint(meeting_report(kBlinken, "", "", "Date: 2023-03")), "meeting-after-dateline")
          .empty());
}

TEST(DueBeforeMeeting, DueDateBeforeTheMeeting) {
  const auto r = lint(meeting_report(
      kBlinken, "- all: report back [due 2022-12-31]\n- all: meet again [due 2023-12]\n"));
  const auto found = of_rule(*r, "due-before-meeting");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(flagged(*r, *found[0]), "2022-12-31");
}

TEST(MeetingDateMissing, InfoWithTheDatelineUsedInstead) {
  const auto r = lint("# R\nDateline: 2023-03-02\n\n## Talks {#t}\nPlace: Astana\n");
  const auto found = of_rule(*r, "meeting-date-missing");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0]->severity, Severity::Info);
  EXPECT_NE(found[0]->message.find("2 March 2023"), std::string::npos);
  EXPECT_TRUE(of_rule(*lint(meeting_report(kBlinken)), "meeting-date-missing").empty());
}

}  // namespace
}  // namespace readout
