// Calendar dates of year, month or day precision, as used in reports and the registry.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace readout {

enum class DatePrecision { Year, Month, Day };

// A date such as 2023, 2023-02 or 2023-02-28. Year/month precision dates stand for a whole
// period, so comparisons use earliest_day()/latest_day() to avoid false "not in office" at the
// edges of a term.
struct PartialDate {
  int year = 0;
  int month = 0;  // 0 when precision is Year
  int day = 0;    // 0 when precision is not Day
  DatePrecision precision = DatePrecision::Day;

  // Parses ISO 8601 "YYYY", "YYYY-MM" or "YYYY-MM-DD"; nullopt when malformed or not a real
  // calendar date (2023-02-30).
  static std::optional<PartialDate> parse(std::string_view text);
  // Why parse() failed, for messages: "month 13 does not exist", "2023 is not a leap year", ...
  static std::string explain_invalid(std::string_view text);

  // Days since 1970-01-01 of the first and last day the date covers.
  [[nodiscard]] long earliest_day() const;
  [[nodiscard]] long latest_day() const;
  [[nodiscard]] std::string to_string() const;   // ISO form at its own precision
  [[nodiscard]] std::string to_display() const;  // "28 February 2023", "February 2023", "2023"
  friend bool operator==(const PartialDate&, const PartialDate&) = default;
};

// Days since 1970-01-01 for a proleptic Gregorian date.
long days_from_civil(int year, int month, int day);
// The day (of Day precision) that days_from_civil numbers `days`.
PartialDate civil_from_days(long days);

// A closed interval of days; an open end is represented by nullopt.
struct DateSpan {
  std::optional<PartialDate> start;
  std::optional<PartialDate> end;
  // True when the span certainly or possibly covers the day (lenient at imprecise edges).
  [[nodiscard]] bool may_cover(const PartialDate& day) const;
  // True only when the span certainly covers every day of `date`.
  [[nodiscard]] bool surely_covers(const PartialDate& date) const;
};

}  // namespace readout
