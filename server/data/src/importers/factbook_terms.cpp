// Terms of office from the Factbook's snapshots: who is shown, from when ("since"), until the
// next holder is shown.
#include <algorithm>
#include <tuple>

#include "importers/factbook.hpp"
#include "readout/names.hpp"

namespace readout::data::factbook {
namespace {

std::string family_key(const Holder& h) {
  std::string key;
  for (const auto& s : h.surnames) key += names::key(s) + " ";
  return key;
}

void add_unique(std::vector<std::string>& list, const std::string& value) {
  if (!value.empty() && std::find(list.begin(), list.end(), value) == list.end())
    list.push_back(value);
}

std::optional<PartialDate> year_of(const std::string& iso_date) {
  return PartialDate::parse(iso_date.substr(0, 4));
}

long day_of(const std::string& iso_date) {
  auto d = PartialDate::parse(iso_date);
  return d ? d->earliest_day() : 0;
}

}  // namespace

std::vector<Term> terms_from_sightings(std::vector<Sighting> sightings, long still_seen_from) {
  std::stable_sort(sightings.begin(), sightings.end(), [](const Sighting& a, const Sighting& b) {
    return std::tie(a.fips, a.head_of_government, a.first_seen) <
           std::tie(b.fips, b.head_of_government, b.first_seen);
  });
  std::vector<Term> out;
  std::string last_seen;
  for (size_t i = 0; i < sightings.size(); ++i) {
    const Sighting& s = sightings[i];
    const bool same_timeline = !out.empty() && out.back().fips == s.fips &&
                               out.back().head_of_government == s.head_of_government;
    // One holder: the same family name, or the same "since" under another spelling
    // ("ABDALLAH II" and "ABDULLAH II", both since 7 February 1999).
    const bool same_since = same_timeline && s.holder.since && out.back().holder.since &&
                            *s.holder.since == *out.back().holder.since;
    if (same_timeline && (family_key(out.back().holder) == family_key(s.holder) || same_since)) {
      Term& t = out.back();
      if (s.holder.since &&
          (!t.holder.since || s.holder.since->earliest_day() < t.holder.since->earliest_day()))
        t.holder.since = s.holder.since;
      add_unique(t.titles, s.holder.title);
      add_unique(t.spellings, s.holder.name);
      if (std::none_of(t.sources.begin(), t.sources.end(),
                       [&](const SourceRef& r) { return r.url == s.source.url; }))
        t.sources.push_back(s.source);
      last_seen = std::max(last_seen, s.last_seen);
      continue;
    }
    if (!out.empty()) {
      Term& previous = out.back();
      if (same_timeline) {
        const bool later = s.holder.since &&
                           (!previous.holder.since ||
                            s.holder.since->earliest_day() > previous.holder.since->latest_day());
        // Across a gap in the versions (2017 to 2020), the successor's start says only that
        // the holder was gone by then: the term ends in the year it was last seen.
        const bool seen_until_then =
            later && s.holder.since->earliest_day() <= day_of(last_seen) + 400;
        previous.end = seen_until_then ? s.holder.since
                       : later         ? year_of(last_seen)
                                       : year_of(s.first_seen);
      } else if (day_of(last_seen) < still_seen_from) {
        previous.end = year_of(last_seen);  // the country's file stops here
      }
    }
    Term t;
    t.fips = s.fips;
    t.head_of_government = s.head_of_government;
    t.holder = s.holder;
    add_unique(t.titles, s.holder.title);
    add_unique(t.spellings, s.holder.name);
    t.sources.push_back(s.source);
    out.push_back(std::move(t));
    last_seen = s.last_seen;
  }
  if (!out.empty() && day_of(last_seen) < still_seen_from) out.back().end = year_of(last_seen);
  // An end before the start (a "since" that went back in time): the year of the start.
  for (auto& t : out)
    if (t.end && t.holder.since && t.end->latest_day() < t.holder.since->earliest_day())
      t.end = PartialDate::parse(std::to_string(t.holder.since->year));
  return out;
}

}  // namespace readout::data::factbook
