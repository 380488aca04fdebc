// PartialDate and DateSpan: ISO dates of year, month or day precision.
#include "readout/date.hpp"

#include <array>
#include <charconv>
#include <cstdio>

namespace readout {
namespace {

constexpr std::array<std::string_view, 12> kMonthNames = {
    "January", "February", "March",     "April",   "May",      "June",
    "July",    "August",   "September", "October", "November", "December"};

bool is_leap(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int days_in_month(int year, int month) {
  static constexpr std::array<int, 12> kDays = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return month == 2 && is_leap(year) ? 29 : kDays[static_cast<size_t>(month - 1)];
}

bool all_digits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return true;
}

int to_int(std::string_view s) {
  int value = 0;
  std::from_chars(s.data(), s.data() + s.size(), value);
  return value;
}

// The fields of "YYYY[-MM[-DD]]" split at the dashes, or an explanation of the bad shape.
struct Fields {
  std::string_view year, month, day;
  std::string shape_error;
};

Fields split_fields(std::string_view text) {
  Fields f;
  auto bad_shape = [&] {
    f.shape_error =
        "'" + std::string(text) + "' is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD";
    return f;
  };
  if (text.size() != 4 && text.size() != 7 && text.size() != 10) return bad_shape();
  f.year = text.substr(0, 4);
  if (text.size() >= 7) {
    if (text[4] != '-') return bad_shape();
    f.month = text.substr(5, 2);
  }
  if (text.size() == 10) {
    if (text[7] != '-') return bad_shape();
    f.day = text.substr(8, 2);
  }
  if (!all_digits(f.year) || (text.size() >= 7 && !all_digits(f.month)) ||
      (text.size() == 10 && !all_digits(f.day)))
    return bad_shape();
  return f;
}

}  // namespace

long days_from_civil(int year, int month, int day) {
  // Howard Hinnant's algorithm: exact for the proleptic Gregorian calendar.
  year -= month <= 2 ? 1 : 0;
  const long era = (year >= 0 ? year : year - 399) / 400;
  const long yoe = year - era * 400;
  const long doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
  const long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

PartialDate civil_from_days(long days) {
  // Howard Hinnant's inverse of days_from_civil.
  days += 719468;
  const long era = (days >= 0 ? days : days - 146096) / 146097;
  const long doe = days - era * 146097;
  const long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const long mp = (5 * doy + 2) / 153;
  const int day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  const int month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  const int year = static_cast<int>(yoe + era * 400 + (month <= 2 ? 1 : 0));
  return PartialDate{year, month, day, DatePrecision::Day};
}

std::optional<PartialDate> PartialDate::parse(std::string_view text) {
  if (!explain_invalid(text).empty()) return std::nullopt;
  Fields f = split_fields(text);
  PartialDate d;
  d.year = to_int(f.year);
  d.precision = DatePrecision::Year;
  if (!f.month.empty()) {
    d.month = to_int(f.month);
    d.precision = DatePrecision::Month;
  }
  if (!f.day.empty()) {
    d.day = to_int(f.day);
    d.precision = DatePrecision::Day;
  }
  return d;
}

std::string PartialDate::explain_invalid(std::string_view text) {
  Fields f = split_fields(text);
  if (!f.shape_error.empty()) return f.shape_error;
  const int year = to_int(f.year);
  if (year == 0) return "year 0000 does not exist";
  if (f.month.empty()) return {};
  const int month = to_int(f.month);
  if (month < 1 || month > 12) return "month " + std::to_string(month) + " does not exist";
  if (f.day.empty()) return {};
  const int day = to_int(f.day);
  if (day < 1) return "day 00 does not exist";
  if (day > days_in_month(year, month)) {
    if (month == 2 && day == 29) return std::to_string(year) + " is not a leap year";
    return std::string(kMonthNames[static_cast<size_t>(month - 1)]) + " has only " +
           std::to_string(days_in_month(year, month)) + " days";
  }
  return {};
}

long PartialDate::earliest_day() const {
  return days_from_civil(year, month == 0 ? 1 : month, day == 0 ? 1 : day);
}

long PartialDate::latest_day() const {
  switch (precision) {
    case DatePrecision::Year:
      return days_from_civil(year, 12, 31);
    case DatePrecision::Month:
      return days_from_civil(year, month, days_in_month(year, month));
    case DatePrecision::Day:
      break;
  }
  return days_from_civil(year, month, day);
}

std::string PartialDate::to_string() const {
  char buffer[32];
  switch (precision) {
    case DatePrecision::Year:
      std::snprintf(buffer, sizeof buffer, "%04d", year);
      break;
    case DatePrecision::Month:
      std::snprintf(buffer, sizeof buffer, "%04d-%02d", year, month);
      break;
    case DatePrecision::Day:
      std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", year, month, day);
      break;
  }
  return buffer;
}

std::string PartialDate::to_display() const {
  const std::string y = std::to_string(year);
  if (precision == DatePrecision::Year || month < 1 || month > 12) return y;
  const std::string m(kMonthNames[static_cast<size_t>(month - 1)]);
  if (precision == DatePrecision::Month) return m + " " + y;
  return std::to_string(day) + " " + m + " " + y;
}

// A missing start means "unknown": possible, never certain. A missing end means the term is
// ongoing as far as the source knows.
bool DateSpan::may_cover(const PartialDate& day) const {
  if (start && start->earliest_day() > day.latest_day()) return false;
  if (end && end->latest_day() < day.earliest_day()) return false;
  return true;
}

bool DateSpan::surely_covers(const PartialDate& date) const {
  if (!start || start->latest_day() > date.earliest_day()) return false;
  if (end && end->earliest_day() < date.latest_day()) return false;
  return true;
}

}  // namespace readout
