#include <gtest/gtest.h>

#include "readout/date.hpp"

namespace readout {
namespace {

TEST(PartialDate, ParsesEachPrecision) {
  auto year = PartialDate::parse("2023");
  ASSERT_TRUE(year);
  EXPECT_EQ(year->precision, DatePrecision::Year);
  EXPECT_EQ(year->year, 2023);
  auto month = PartialDate::parse("2023-02");
  ASSERT_TRUE(month);
  EXPECT_EQ(month->precision, DatePrecision::Month);
  EXPECT_EQ(month->month, 2);
  auto day = PartialDate::parse("2023-02-28");
  ASSERT_TRUE(day);
  EXPECT_EQ(day->precision, DatePrecision::Day);
  EXPECT_EQ(day->day, 28);
  EXPECT_EQ(day->to_string(), "2023-02-28");
  EXPECT_EQ(month->to_string(), "2023-02");
}

TEST(PartialDate, LeapYears) {
  EXPECT_TRUE(PartialDate::parse("2024-02-29"));
  EXPECT_TRUE(PartialDate::parse("2000-02-29"));
  EXPECT_FALSE(PartialDate::parse("1900-02-29"));
  EXPECT_FALSE(PartialDate::parse("2023-02-29"));
  EXPECT_EQ(PartialDate::explain_invalid("2023-02-29"), "2023 is not a leap year");
  EXPECT_EQ(PartialDate::explain_invalid("1900-02-29"), "1900 is not a leap year");
  EXPECT_EQ(PartialDate::explain_invalid("2024-02-29"), "");
}

TEST(PartialDate, ExplainsInvalidDates) {
  EXPECT_EQ(PartialDate::explain_invalid("2023-13-01"), "month 13 does not exist");
  EXPECT_EQ(PartialDate::explain_invalid("2023-00"), "month 0 does not exist");
  EXPECT_EQ(PartialDate::explain_invalid("2023-04-31"), "April has only 30 days");
  EXPECT_EQ(PartialDate::explain_invalid("2023-02-30"), "February has only 28 days");
  EXPECT_NE(PartialDate::explain_invalid("28/02/2023").find("YYYY-MM-DD"), std::string::npos);
  EXPECT_NE(PartialDate::explain_invalid("2023-2-28").find("not a date"), std::string::npos);
  EXPECT_FALSE(PartialDate::parse(""));
  EXPECT_FALSE(PartialDate::parse("2023-02-28T10:00"));
  EXPECT_FALSE(PartialDate::parse("２０２３"));
}

TEST(PartialDate, EarliestAndLatestDays) {
  EXPECT_EQ(days_from_civil(1970, 1, 1), 0);
  EXPECT_EQ(days_from_civil(2000, 3, 1), 11017);
  auto year = *PartialDate::parse("2024");
  EXPECT_EQ(year.latest_day() - year.earliest_day(), 365);  // leap year: 366 days
  auto feb = *PartialDate::parse("2023-02");
  EXPECT_EQ(feb.earliest_day(), days_from_civil(2023, 2, 1));
  EXPECT_EQ(feb.latest_day(), days_from_civil(2023, 2, 28));
  auto feb_leap = *PartialDate::parse("2024-02");
  EXPECT_EQ(feb_leap.latest_day(), days_from_civil(2024, 2, 29));
}

TEST(PartialDate, Display) {
  EXPECT_EQ(PartialDate::parse("2023-02-28")->to_display(), "28 February 2023");
  EXPECT_EQ(PartialDate::parse("2023-03-02")->to_display(), "2 March 2023");
  EXPECT_EQ(PartialDate::parse("2019-09")->to_display(), "September 2019");
  EXPECT_EQ(PartialDate::parse("2019")->to_display(), "2019");
}

TEST(DateSpan, YearPrecisionEdgesAreLenient) {
  // A term recorded as 2019 to 2022 may have started on 1 January 2019 and ended on
  // 31 December 2022.
  DateSpan span{PartialDate::parse("2019"), PartialDate::parse("2022")};
  EXPECT_TRUE(span.may_cover(*PartialDate::parse("2019-01-01")));
  EXPECT_TRUE(span.may_cover(*PartialDate::parse("2022-12-31")));
  EXPECT_FALSE(span.may_cover(*PartialDate::parse("2018-12-31")));
  EXPECT_FALSE(span.may_cover(*PartialDate::parse("2023-01-01")));
  EXPECT_FALSE(span.surely_covers(*PartialDate::parse("2019-06-01")));
  EXPECT_TRUE(span.surely_covers(*PartialDate::parse("2020-06-01")));
  EXPECT_FALSE(span.surely_covers(*PartialDate::parse("2022-06-01")));
}

TEST(DateSpan, DayPrecisionAndOpenEnds) {
  DateSpan blinken{PartialDate::parse("2021-01-26"), PartialDate::parse("2025-01-20")};
  EXPECT_FALSE(blinken.may_cover(*PartialDate::parse("2021-01-25")));
  EXPECT_TRUE(blinken.may_cover(*PartialDate::parse("2021-01-26")));
  EXPECT_TRUE(blinken.surely_covers(*PartialDate::parse("2023-02-28")));
  EXPECT_TRUE(blinken.may_cover(*PartialDate::parse("2025-01")));  // partly in office
  EXPECT_FALSE(blinken.surely_covers(*PartialDate::parse("2025-01")));
  DateSpan ongoing{PartialDate::parse("2019-03-20"), std::nullopt};
  EXPECT_TRUE(ongoing.may_cover(*PartialDate::parse("2030-01-01")));
  EXPECT_TRUE(ongoing.surely_covers(*PartialDate::parse("2023-02-28")));
  DateSpan unknown_start{std::nullopt, PartialDate::parse("2023-02")};
  EXPECT_TRUE(unknown_start.may_cover(*PartialDate::parse("2000-01-01")));
  EXPECT_FALSE(unknown_start.surely_covers(*PartialDate::parse("2000-01-01")));
  EXPECT_FALSE(unknown_start.may_cover(*PartialDate::parse("2023-03-01")));
}

}  // namespace
}  // namespace readout
