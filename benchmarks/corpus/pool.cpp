#include "pool.hpp"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <unordered_map>

#include "readout/names.hpp"

namespace readout::corpus {
namespace {

// The registry's data ends in 2024; terms still running are taken to run to mid-2024.
const long kLastDay = days_from_civil(2024, 6, 30);
const long kFirstDay = days_from_civil(1990, 1, 1);

// Latin letters (with diacritics), spaces, hyphens, apostrophes and initials' dots: names
// that read naturally in an English readout and that Markdown tools see as words.
bool plain_latin_name(std::string_view name) {
  if (name.size() < 5 || name.find(" of ") != std::string_view::npos)
    return false;  // "Abdullah of Saudi Arabia"
  // Two words of two letters or more: "P. Chidambaram" is one name and an initial.
  size_t words = 0;
  for (size_t start = 0; start < name.size();) {
    size_t end = name.find(' ', start);
    if (end == std::string_view::npos) end = name.size();
    if (end - start >= 2 && name[end - 1] != '.') ++words;
    start = end + 1;
  }
  if (words < 2) return false;
  for (size_t i = 0; i < name.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(name[i]);
    if (c >= 0x80) {
      // Latin-1 Supplement and Latin Extended-A (U+00C0..U+017F) as two-byte sequences.
      if (c < 0xC3 || c > 0xC5 || i + 1 >= name.size()) return false;
      ++i;
      continue;
    }
    if (!std::isalpha(c) && c != ' ' && c != '-' && c != '\'' && c != '.') return false;
  }
  return true;
}

bool mentions(std::string_view label, std::string_view country) {
  return !country.empty() && label.find(country) != std::string_view::npos;
}

// The post's label as a report writes it next to the country: "President" rather than
// "President of the United States".
std::string title_for(const Post& post, const Organization& country) {
  if (!mentions(post.label.str(), country.name.str())) return post.label.str();
  for (const RecordString& other : post.other_labels)
    if (!mentions(other, country.name) && other.find(' ') != std::string::npos) return other.str();
  for (const RecordString& other : post.other_labels)
    if (!mentions(other, country.name)) return other.str();
  return {};
}

// Readouts are about leaders, foreign ministers and other ministers; a title with commas or
// brackets ("Minister of Labour, Social Security and Migration") is one a writer would rephrase.
bool readout_title(std::string_view title) {
  if (title.find_first_of(",()") != std::string_view::npos) return false;
  for (std::string_view leader :
       {"President", "Vice President", "Prime Minister", "Deputy Prime Minister",
        "First Deputy Prime Minister", "Chancellor", "Federal Chancellor", "Premier"})
    if (title == leader) return true;
  if (title == "Secretary of State" || title.find("Foreign") != std::string_view::npos) return true;
  return title.starts_with("Minister of ") || title.starts_with("Minister for ");
}

}  // namespace

std::string iso_date(long day) { return civil_from_days(day).to_string(); }

int year_of(long day) { return std::stoi(iso_date(day).substr(0, 4)); }

Generator::Pool::Pool(const Registry& registry) {
  const RegistryRecords& data = registry.records();
  // Names shared by two people make a report ambiguous on purpose; leave them out.
  std::unordered_map<std::string, int> spellings;
  for (const Person& p : data.persons) ++spellings[names::key(p.name)];

  for (const Membership& m : data.memberships) {
    if (m.acting || !m.start_date || m.start_date->precision != DatePrecision::Day) continue;
    if (m.end_date && m.end_date->precision != DatePrecision::Day) continue;
    const Person* person = registry.person(m.person_id);
    const Post* post = registry.post(m.post_id);
    const Organization* country = registry.organization(
        m.organization_id.empty() ? (post ? post->organization_id : "") : m.organization_id);
    if (!person || !post || !country || country->classification != "country") continue;
    if (!plain_latin_name(person->name) || spellings[names::key(person->name)] != 1) continue;
    Sitting s{person, country, title_for(*post, *country), m.start_date->earliest_day(),
              m.end_date ? m.end_date->latest_day() : kLastDay};
    s.first_day = std::max(s.first_day, kFirstDay);
    s.last_day = std::min(s.last_day, kLastDay);
    // A day's overlap at the edges of consecutive terms is where sources disagree.
    s.first_day += 1;
    s.last_day -= 1;
    if (!readout_title(s.title) || s.first_day > s.last_day) continue;
    titles_by_country[country].push_back(s.title);
    sittings.push_back(std::move(s));
  }
  // Registry order is stable, but make the pool independent of it.
  std::sort(sittings.begin(), sittings.end(), [](const Sitting& a, const Sitting& b) {
    if (a.person->id != b.person->id) return a.person->id < b.person->id;
    if (a.first_day != b.first_day) return a.first_day < b.first_day;
    return a.title < b.title;
  });
  for (size_t i = 0; i < sittings.size(); ++i)
    for (int y = year_of(sittings[i].first_day); y <= year_of(sittings[i].last_day); ++y)
      by_year[y].push_back(i);
  for (auto& [country, titles] : titles_by_country) {
    std::sort(titles.begin(), titles.end());
    titles.erase(std::unique(titles.begin(), titles.end()), titles.end());
  }
}

std::vector<const Sitting*> Generator::Pool::on_day(const Sitting& first, long day, size_t count,
                                                    Random& random) const {
  std::vector<const Sitting*> out{&first};
  auto year = by_year.find(year_of(day));
  if (year == by_year.end()) return out;
  std::vector<const Sitting*> candidates;
  for (size_t i : year->second) {
    const Sitting& s = sittings[i];
    if (s.first_day <= day && day <= s.last_day) candidates.push_back(&s);
  }
  // A few tries per place; sittings of a person or country already chosen are skipped.
  for (size_t tries = 0; out.size() < count && tries < count * 20 && !candidates.empty(); ++tries) {
    const Sitting* s = candidates[random.below(candidates.size())];
    const bool taken = std::any_of(out.begin(), out.end(), [&](const Sitting* o) {
      return o->person == s->person || o->country == s->country;
    });
    if (!taken) out.push_back(s);
  }
  return out;
}

}  // namespace readout::corpus
