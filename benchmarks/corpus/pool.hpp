// The officials a generated report can name: registry memberships with exact dates, of posts
// of a country, held by people whose name is unambiguous in the registry.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "corpus.hpp"
#include "random.hpp"

namespace readout::corpus {

struct Sitting {
  const Person* person = nullptr;
  const Organization* country = nullptr;
  std::string title;   // a label of the post without the country: "Minister of Foreign Affairs"
  long first_day = 0;  // days since 1970-01-01, inclusive
  long last_day = 0;
};

struct Generator::Pool {
  std::vector<Sitting> sittings;
  std::map<int, std::vector<size_t>> by_year;  // sittings covering some day of the year
  // Titles of other posts, by country: for planting a wrong title.
  std::map<const Organization*, std::vector<std::string>> titles_by_country;

  explicit Pool(const Registry& registry);
  // Up to `count` sittings of different people and countries covering `day`, `first` first.
  [[nodiscard]] std::vector<const Sitting*> on_day(const Sitting& first, long day, size_t count,
                                                   Random& random) const;
};

// Days since 1970-01-01 -> "YYYY-MM-DD".
std::string iso_date(long day);
int year_of(long day);

}  // namespace readout::corpus
