// `readout registry import wikidata-csv` for the every-politician-scrapers cabinet files
// (cabinets/<country>/html/holders21.csv and current.csv): office holders since 2000, with
// day-precision dates where Wikidata has them.
#include <algorithm>
#include <map>
#include <set>

#include "importers/country_ids.hpp"
#include "importers/csv.hpp"
#include "importers/title_variants.hpp"
#include "readout/data/importers.hpp"

namespace readout::data {
namespace {

constexpr std::string_view kWikidata = "https://www.wikidata.org/wiki/";

bool is_qid(std::string_view s) {
  return s.size() > 1 && s[0] == 'Q' &&
         std::all_of(s.begin() + 1, s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

std::string lower(std::string s) {
  for (char& c : s)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return s;
}

// "Minister of Digital Development,\nInnovations..." labels wrap inside quotes upstream.
std::string one_line(std::string s) {
  std::string out;
  for (char c : s) {
    if (c == '\n' || c == '\r') c = ' ';
    if (c == ' ' && (out.empty() || out.back() == ' ')) continue;
    out.push_back(c);
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

// "Minister of Defence" -> "minister-of-defence", for posts that positions.csv does not list.
std::string slug(const std::string& label) {
  std::string out;
  for (char c : lower(label)) {
    const bool keep = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    if (keep)
      out.push_back(c);
    else if (!out.empty() && out.back() != '-')
      out.push_back('-');
  }
  while (!out.empty() && out.back() == '-') out.pop_back();
  return out;
}

std::map<std::string, size_t> columns_of(const csv::Row& header) {
  std::map<std::string, size_t> out;
  for (size_t i = 0; i < header.size(); ++i) out[header[i].value] = i;
  return out;
}

struct Positions {
  std::string country_id;
  std::map<std::string, std::string> id_by_label;  // lower-case label (and without "of X")
  std::map<std::string, std::string> label_by_id;
};

Positions read_positions(std::string_view text) {
  Positions out;
  csv::Field error{};
  std::vector<csv::Row> rows = csv::parse(text, error);
  if (rows.empty() || !error.value.empty()) return out;
  auto col = columns_of(rows[0]);
  if (!col.count("id") || !col.count("position") || !col.count("country")) return out;
  std::map<std::string, size_t> countries;
  for (size_t r = 1; r < rows.size(); ++r) {
    const csv::Row& row = rows[r];
    if (row.size() != rows[0].size()) continue;
    const std::string& id = row[col["id"]].value;
    const std::string label = one_line(row[col["position"]].value);
    if (!is_qid(id) || label.empty()) continue;
    out.label_by_id.emplace(id, label);
    out.id_by_label.emplace(lower(label), id);
    if (is_qid(row[col["country"]].value)) ++countries[country_id_of(row[col["country"]].value)];
  }
  size_t best = 0;
  for (const auto& [id, count] : countries)
    if (count > best) best = count, out.country_id = id;
  return out;
}

const Organization* find_country(const RegistryData& data, const std::string& id,
                                 const std::string& name) {
  for (const auto& o : data.organizations)
    if (!id.empty() ? o.id == id : lower(o.name.str()) == lower(name)) return &o;
  return nullptr;
}

// The position id for a holders label: the label itself, the label followed by "of <country>"
// ("Minister of Foreign Affairs" -> "Minister of Foreign Affairs of Kazakhstan"), or the one
// position whose label starts with it ("President" -> "President of the United States").
std::string position_id(const Positions& positions, const std::string& label,
                        const std::vector<std::string>& countries) {
  const std::string l = lower(label);
  std::vector<std::string> exact = {l};
  for (const auto& c : countries) {
    exact.push_back(l + " of " + lower(c));
    exact.push_back(l + " of the " + lower(c));
    exact.push_back(lower(c) + " " + l);  // "United States Secretary of State"
  }
  for (const std::string& candidate : exact) {
    auto it = positions.id_by_label.find(candidate);
    if (it != positions.id_by_label.end()) return it->second;
  }
  std::vector<std::string> prefixed;
  const std::string prefix = l + " of ";
  for (auto it = positions.id_by_label.lower_bound(prefix);
       it != positions.id_by_label.end() && it->first.compare(0, prefix.size(), prefix) == 0; ++it)
    prefixed.push_back(it->second);
  return prefixed.size() == 1 ? prefixed[0] : std::string();
}

}  // namespace

bool is_foreign_affairs_post(std::string_view label) {
  const std::string l = lower(one_line(std::string(label)));
  for (const char* words : {"foreign affairs", "external affairs", "external relations",
                            "foreign and european affairs"})
    if (l.find(words) != std::string::npos) return true;
  return l == "foreign minister";
}

bool import_wikidata_cabinet(std::string_view csv_text, const std::string& file_name,
                             std::string_view positions_csv, const std::string& country_name,
                             RegistryData& out, std::vector<FileError>& errors,
                             ImportReport& report, CabinetPosts posts_wanted) {
  csv::Field syntax{};
  std::vector<csv::Row> rows = csv::parse(csv_text, syntax);
  if (!syntax.value.empty()) {
    errors.push_back({file_name, syntax.line, syntax.column, syntax.value});
    return false;
  }
  if (rows.empty()) {
    errors.push_back({file_name, 1, 1, "the file is empty (expected a CSV header)"});
    return false;
  }
  auto col = columns_of(rows[0]);
  for (const char* required : {"position", "person", "personID", "start"}) {
    if (!col.count(required)) {
      errors.push_back({file_name, 1, 1, std::string("missing column \"") + required + "\""});
      return false;
    }
  }
  const bool has_end = col.count("end") > 0;
  const Positions positions = read_positions(positions_csv);
  const Organization* country = find_country(out, positions.country_id, country_name);
  if (!country && !positions.country_id.empty()) {
    // A country that no leaders list has (Greenland): its positions.csv names its Wikidata id.
    out.organizations.push_back({positions.country_id,
                                 country_name,
                                 "country",
                                 {},
                                 {{std::string(kWikidata) + positions.country_id, "Wikidata"}},
                                 {{"wikidata", positions.country_id}}});
    country = &out.organizations.back();
  }
  if (!country) {
    errors.push_back({file_name, 1, 1,
                      "unknown country '" + country_name + "'" +
                          (positions.country_id.empty() ? "" : " (" + positions.country_id + ")") +
                          ": import the world leaders file first"});
    return false;
  }
  const std::string country_id = country->id.str();
  const std::string country_label = country->name.str();
  const std::string note =
      std::string("every-politician-scrapers, ") + (has_end ? "holders21" : "current") + ".csv";

  // current.csv repeats holders21.csv without end dates: keep what is already known.
  std::set<std::pair<std::string, std::string>> known;
  if (!has_end)
    for (const auto& m : out.memberships) known.emplace(m.person_id, m.post_id);
  auto post_id_of = [&](const std::string& label) {
    std::string id = position_id(positions, label, {country_label, country_name});
    return id.empty() ? country_id + "-" + slug(label) : id;
  };
  // Foreign affairs only: the persons who held a foreign-affairs post or one of the country's
  // posts in the world leaders list (a head), with all their posts in the file, so that their
  // other titles ("Deputy Prime Minister and Minister of Foreign Affairs") stay known.
  std::set<std::string> wanted_persons;
  if (posts_wanted == CabinetPosts::ForeignAffairs) {
    std::set<std::string> head_posts;
    for (const auto& m : out.memberships)
      if (m.organization_id == country_id && from_leaders_list(m))
        head_posts.insert(m.post_id.str());
    for (size_t r = 1; r < rows.size(); ++r) {
      if (rows[r].size() != rows[0].size()) continue;
      const std::string label = capitalized(one_line(rows[r][col["position"]].value));
      const std::string post_id = post_id_of(label);
      auto official = positions.label_by_id.find(post_id);
      if (head_posts.count(post_id) || is_foreign_affairs_post(label) ||
          (official != positions.label_by_id.end() && is_foreign_affairs_post(official->second)))
        wanted_persons.insert(rows[r][col["personID"]].value);
    }
  }

  RegistryData one;
  std::set<std::string> persons, posts;
  for (size_t r = 1; r < rows.size(); ++r) {
    const csv::Row& row = rows[r];
    ++report.rows;
    const std::string where = file_name + ":" + std::to_string(row[0].line);
    if (row.size() != rows[0].size()) {
      errors.push_back({file_name, row[0].line, row[0].column,
                        "expected " + std::to_string(rows[0].size()) + " fields, found " +
                            std::to_string(row.size())});
      continue;
    }
    const std::string label = capitalized(one_line(row[col["position"]].value));
    const std::string post_id = post_id_of(label);
    const std::string& person_id = row[col["personID"]].value;
    if (posts_wanted == CabinetPosts::ForeignAffairs && !wanted_persons.count(person_id)) continue;
    const std::string& person_name = row[col["person"]].value;
    if (!is_qid(person_id) || person_name.empty() || person_name == person_id) {
      report.skipped.push_back(where + ": no Wikidata person with an English name");
      continue;
    }
    Membership m;
    bool dates_ok = true;
    auto date = [&](const std::string& column) -> std::optional<PartialDate> {
      if (!col.count(column)) return std::nullopt;
      const std::string& value = row[col[column]].value;
      if (value.empty()) return std::nullopt;
      auto parsed = PartialDate::parse(value);
      if (!parsed) {
        report.skipped.push_back(where + ": '" + value + "' is not a date");
        dates_ok = false;
      }
      return parsed;
    };
    m.start_date = date("start");
    m.end_date = date("end");
    if (!dates_ok) continue;
    if (m.start_date && m.end_date && m.end_date->latest_day() < m.start_date->earliest_day()) {
      report.skipped.push_back(where + ": ends (" + m.end_date->to_string() +
                               ") before it starts (" + m.start_date->to_string() + ")");
      continue;
    }
    if (known.count({person_id, post_id})) continue;

    if (persons.insert(person_id).second)
      one.persons.push_back({person_id,
                             person_name,
                             {},
                             {{std::string(kWikidata) + person_id, "Wikidata"}},
                             file_name,
                             {{"wikidata", person_id}}});
    if (posts.insert(post_id).second) {
      auto official = positions.label_by_id.find(post_id);
      const std::string post_label =
          official == positions.label_by_id.end() ? label : capitalized(official->second);
      // Only the minister's own post is "Foreign Minister", not a deputy's or a spokesperson's.
      const std::string l = lower(label);
      const bool foreign = l.rfind("minister of foreign affairs", 0) == 0 ||
                           l.rfind("minister for foreign affairs", 0) == 0 ||
                           l == "foreign minister";
      std::vector<std::string> others = title_variants(post_label, country_label, foreign);
      for (auto& v : title_variants(post_label, country_name, foreign))
        if (std::find(others.begin(), others.end(), v) == others.end()) others.push_back(v);
      if (label != post_label && std::find(others.begin(), others.end(), label) == others.end())
        others.insert(others.begin(), label);
      const std::string url =
          is_qid(post_id) ? std::string(kWikidata) + post_id : std::string(kWikidata) + country_id;
      one.posts.push_back({post_id,
                           post_label,
                           record_strings(std::move(others)),
                           country_id,
                           {{url, "Wikidata"}}});
    }
    m.person_id = person_id;
    m.post_id = post_id;
    m.organization_id = country_id;
    m.sources.push_back({std::string(kWikidata) + person_id, note});
    one.memberships.push_back(std::move(m));
    ++report.imported;
    report.person_ids.insert(person_id);
  }
  // Days replace the leaders' years they overlap; the leaders' other terms stay.
  merge_precise_terms(out, std::move(one));
  return true;
}

}  // namespace readout::data
