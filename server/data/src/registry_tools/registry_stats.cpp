// Counting what a registry holds (readout/data/registry_stats.hpp).
#include "readout/data/registry_stats.hpp"

#include <algorithm>
#include <limits>
#include <map>
#include <set>

namespace readout::data {
namespace {

void count_sources(const RegistryRecords& d, RegistryStats& stats) {
  struct Source {
    size_t terms = 0;
    std::set<std::string> persons;
    std::optional<PartialDate> gathered;
    long latest = std::numeric_limits<long>::min();
  };
  std::map<std::string, Source> sources;
  for (const Membership& m : d.memberships) {
    Source& s = sources[m.sources.empty() ? std::string() : m.sources.front().note.str()];
    ++s.terms;
    s.persons.insert(m.person_id.str());
    for (const auto& date : {m.start_date, m.end_date})
      if (date) s.latest = std::max(s.latest, date->latest_day());
  }
  for (const SourceDate& date : d.source_dates) sources[date.note].gathered = date.as_of;
  std::vector<std::pair<std::string, const Source*>> order;
  for (const auto& [note, source] : sources) order.emplace_back(note, &source);
  auto day = [](const Source& s) { return s.gathered ? s.gathered->latest_day() : s.latest; };
  std::stable_sort(order.begin(), order.end(),
                   [&](const auto& a, const auto& b) { return day(*a.second) > day(*b.second); });
  // Sources of a few terms (under 0.5% of all terms) are counted together.
  stats.source_count = sources.size();
  stats.small_limit = std::max<size_t>(1, d.memberships.size() / 200);
  for (const auto& [note, source] : order) {
    if (source->terms < stats.small_limit && !source->gathered) {
      ++stats.small_sources;
      stats.small_terms += source->terms;
      continue;
    }
    TermSource listed{note, source->terms, source->persons.size(), source->gathered, {}};
    if (source->latest != std::numeric_limits<long>::min())
      listed.latest = civil_from_days(source->latest);
    stats.sources.push_back(std::move(listed));
  }
}

}  // namespace

RegistryStats registry_stats(const Registry& registry) {
  const RegistryRecords& d = registry.records();
  RegistryStats stats;
  stats.persons = d.persons.size();
  for (const auto& p : d.persons) {
    stats.other_names += p.other_names.size();
    stats.persons_with_sources += p.sources.empty() ? 0 : 1;
  }
  stats.organizations = d.organizations.size();
  std::set<std::string> countries;
  for (const auto& o : d.organizations)
    if (o.classification == "country") countries.insert(o.id.str());
  stats.countries = countries.size();
  stats.posts = d.posts.size();
  stats.memberships = d.memberships.size();
  for (const auto& m : d.memberships) {
    stats.acting += m.acting ? 1 : 0;
    for (const auto& date : {m.start_date, m.end_date}) {
      if (!date) continue;
      ++(date->precision == DatePrecision::Day     ? stats.day_dates
         : date->precision == DatePrecision::Month ? stats.month_dates
                                                   : stats.year_dates);
      if (!stats.first || date->earliest_day() < stats.first->earliest_day()) stats.first = date;
      if (!stats.last || date->latest_day() > stats.last->latest_day()) stats.last = date;
    }
  }
  count_sources(d, stats);
  return stats;
}

std::vector<FileCheck> check_registry_files(const std::vector<std::string>& files) {
  RegistryData known = embedded_registry_data();
  std::vector<FileCheck> checks;
  for (const auto& file : files) {
    RegistryData one;
    FileCheck& check = checks.emplace_back();
    check.file = file;
    load_popolo_file(file, known, one, check.errors);
    check.persons = one.persons.size();
    check.organizations = one.organizations.size();
    check.posts = one.posts.size();
    check.memberships = one.memberships.size();
    known.merge_from(std::move(one));
  }
  return checks;
}

}  // namespace readout::data
