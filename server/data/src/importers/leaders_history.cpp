// `readout registry import leaders-history DIR`: heads of state and government since 1990, from
// Wikidata's dated terms and the CIA World Factbook, merged with the registry built so far.
#include <algorithm>
#include <map>
#include <set>

#include "importers/countries.hpp"
#include "importers/csv.hpp"
#include "importers/factbook.hpp"
#include "importers/leaders_history_merge.hpp"
#include "readout/data/files.hpp"
#include "readout/data/importers.hpp"
#include "readout/names.hpp"

namespace readout::data {
namespace {

namespace fs = std::filesystem;
using leaders::HeadTerm;

constexpr std::string_view kWikidata = "https://www.wikidata.org/wiki/";
constexpr std::string_view kHeadsNote =
    "Wikidata heads of state and government (cfmessias/geografia, leaders_history.csv)";
constexpr std::string_view kWeeklyUrl = "https://github.com/factbook/factbook.json/blob/";
constexpr std::string_view kArchiveUrl =
    "https://github.com/MilkMp/CIA-World-Factbooks-Archive-1990-2025";
// Terms that ended before this day are out of scope (the registry covers 1990 on).
const long kFirstDay = days_from_civil(1990, 1, 1);
// The weekly versions run from November 2020 to January 2026 for every country: a holder still
// shown in them is in office as far as the Factbook knows.
const long kWeeklyFrom = days_from_civil(2020, 11, 1);

struct Table {
  std::vector<csv::Row> rows;
  std::map<std::string, size_t> col;
  bool has(std::initializer_list<const char*> names) const {
    return std::all_of(names.begin(), names.end(), [&](const char* n) { return col.count(n); });
  }
  const std::string& at(const csv::Row& row, const char* name) const {
    return row[col.at(name)].value;
  }
};

bool read_table(const fs::path& path, const std::string& name,
                std::initializer_list<const char*> required, Table& out,
                std::vector<FileError>& errors) {
  std::string text, error;
  if (!read_file(path, text, error)) {
    errors.push_back({name, 0, 0, "cannot read: " + error});
    return false;
  }
  csv::Field syntax{};
  out.rows = csv::parse(text, syntax);
  if (!syntax.value.empty() || out.rows.empty()) {
    errors.push_back(
        {name, syntax.line, syntax.column,
         syntax.value.empty() ? "the file is empty (expected a CSV header)" : syntax.value});
    return false;
  }
  for (size_t i = 0; i < out.rows[0].size(); ++i) out.col[out.rows[0][i].value] = i;
  for (const char* c : required)
    if (!out.col.count(c)) {
      errors.push_back({name, 1, 1, std::string("missing column \"") + c + "\""});
      return false;
    }
  return true;
}

// "2009-03-31T00:00:00Z" -> 2009-03-31; empty -> none; anything else is a problem.
std::optional<PartialDate> wikidata_date(const std::string& value, std::string& problem) {
  if (value.empty()) return std::nullopt;
  if (value.find("/.well-known/genid/") != std::string::npos) {
    problem = "a date is an unknown value (blank node) in Wikidata";
    return std::nullopt;
  }
  auto date = value.size() >= 10 && value[0] != '-' ? PartialDate::parse(value.substr(0, 10))
                                                    : std::nullopt;
  if (!date || value.size() != 20 || value.substr(10) != "T00:00:00Z")
    problem = "'" + value + "' is not a date";
  return date;
}

// Wikidata's terms, one per row, for the years since 1990.
std::vector<HeadTerm> read_heads(const Table& table, const std::string& file,
                                 const std::set<std::pair<std::string, std::string>>& in_office,
                                 ImportReport& report) {
  std::vector<HeadTerm> out;
  for (size_t r = 1; r < table.rows.size(); ++r) {
    const csv::Row& row = table.rows[r];
    ++report.rows;
    const std::string where = file + ":" + std::to_string(row[0].line);
    if (row.size() != table.rows[0].size()) {
      report.skipped.push_back(where + ": expected " + std::to_string(table.rows[0].size()) +
                               " fields, found " + std::to_string(row.size()));
      continue;
    }
    HeadTerm t;
    t.iso3 = table.at(row, "iso3");
    t.head_of_government = table.at(row, "role") == "head_of_government";
    t.qid = table.at(row, "person_qid");
    t.label = table.at(row, "person");
    t.country_label = table.at(row, "country");
    t.where = where;
    if (!leaders::is_qid(t.qid) || t.label.empty() || t.label.find("://") != std::string::npos) {
      report.skipped.push_back(where + ": no Wikidata person (" + t.qid + ")");
      continue;
    }
    if (table.at(row, "role") != "head_of_state" && !t.head_of_government) {
      report.skipped.push_back(where + ": unknown role '" + table.at(row, "role") + "'");
      continue;
    }
    // Years before the common era ("-0659-02-11T00:00:00Z", Emperor Jimmu): out of scope.
    if (table.at(row, "start").rfind('-', 0) == 0 || table.at(row, "end").rfind('-', 0) == 0)
      continue;
    std::string problem;
    t.term.start_date = wikidata_date(table.at(row, "start"), problem);
    if (!problem.empty() && table.at(row, "start").find("genid") != std::string::npos)
      problem.clear();  // an unknown start: the term is kept without one
    t.term.end_date = wikidata_date(table.at(row, "end"), problem);
    if (!problem.empty()) {
      report.skipped.push_back(where + ": " + problem);
      continue;
    }
    const auto& s = t.term.start_date;
    const auto& e = t.term.end_date;
    if (e && e->latest_day() < kFirstDay) continue;  // out of scope, not a defect
    if (!s && !e) {
      report.skipped.push_back(where + ": neither start nor end date");
      continue;
    }
    if (s && e && e->latest_day() < s->earliest_day()) {
      report.skipped.push_back(where + ": ends (" + e->to_string() + ") before it starts (" +
                               s->to_string() + ")");
      continue;
    }
    // An open term that began long ago without its holder being in office in 2025 lacks its
    // end in Wikidata; it is kept only if it began recently enough to be ended by a successor.
    if (!e && s->year < 1975 && !in_office.count({t.qid, t.iso3})) {
      report.skipped.push_back(where + ": no end date, began " + s->to_string() +
                               " and not in office in 2025");
      continue;
    }
    t.term.sources.push_back({std::string(kWikidata) + t.qid, std::string(kHeadsNote)});
    out.push_back(std::move(t));
    ++report.imported;
  }
  return out;
}

// The Factbook's sightings of chiefs of state and heads of government: the weekly versions,
// then the yearly editions up to 2017 (later ones are empty or lost their accents).
std::vector<factbook::Sighting> read_sightings(const Table& weekly, const Table& yearly,
                                               long& latest_day) {
  std::vector<factbook::Sighting> out;
  auto add = [&](const std::string& fips, bool head_of_government, const std::string& text,
                 const std::string& first, const std::string& last, const SourceRef& source) {
    auto holders = factbook::parse_holders(text);
    if (holders.empty()) return;
    out.push_back({fips, head_of_government, first, last, std::move(holders.front()), source});
  };
  for (size_t r = 1; r < weekly.rows.size(); ++r) {
    const csv::Row& row = weekly.rows[r];
    if (row.size() != weekly.rows[0].size()) continue;
    std::string fips = fs::path(weekly.at(row, "file")).stem().string();
    for (char& c : fips) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    const std::string& first = weekly.at(row, "first_seen_commit_date");
    const std::string& last = weekly.at(row, "last_seen_commit_date");
    if (auto d = PartialDate::parse(last)) latest_day = std::max(latest_day, d->earliest_day());
    const SourceRef source{
        std::string(kWeeklyUrl) + weekly.at(row, "commit") + "/" + weekly.at(row, "file"),
        "CIA World Factbook, version of " + first};
    add(fips, false, weekly.at(row, "chief_of_state"), first, last, source);
    add(fips, true, weekly.at(row, "head_of_government"), first, last, source);
  }
  for (size_t r = 1; r < yearly.rows.size(); ++r) {
    const csv::Row& row = yearly.rows[r];
    if (row.size() != yearly.rows[0].size() || yearly.at(row, "field") != "Executive branch")
      continue;
    const std::string& year = yearly.at(row, "year");
    if (year > "2017") continue;
    std::string fips = yearly.at(row, "fips");
    for (char& c : fips) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    const factbook::Executive e = factbook::split_executive_branch(yearly.at(row, "content"));
    const SourceRef source{std::string(kArchiveUrl), "CIA World Factbook, " + year + " edition"};
    add(fips, false, e.chief_of_state, year + "-01-01", year + "-12-31", source);
    add(fips, true, e.head_of_government, year + "-01-01", year + "-12-31", source);
  }
  return out;
}

}  // namespace

bool import_leaders_history(const fs::path& dir, const RegistryData& known, RegistryData& out,
                            std::vector<FileError>& errors, ImportReport& report,
                            MergeReport& merges) {
  const size_t errors_before = errors.size();
  Table history, current, wikipedia, weekly, yearly;
  auto name_of = [&](const char* file) { return (fs::path("leaders-history") / file).string(); };
  read_table(dir / "wikidata-heads-history.csv", name_of("wikidata-heads-history.csv"),
             {"iso3", "country", "role", "person", "person_qid", "start", "end"}, history, errors);
  read_table(dir / "wikidata-heads-current.csv", name_of("wikidata-heads-current.csv"),
             {"iso3", "country", "role", "person", "person_qid", "start", "end"}, current, errors);
  read_table(dir / "wikipedia-heads-2021.csv", name_of("wikipedia-heads-2021.csv"),
             {"position", "officeholder", "officeholderlabel"}, wikipedia, errors);
  read_table(dir / "factbook-executive-weekly-2015-2026.csv",
             name_of("factbook-executive-weekly-2015-2026.csv"),
             {"first_seen_commit_date", "last_seen_commit_date", "commit", "file", "chief_of_state",
              "head_of_government"},
             weekly, errors);
  read_table(dir / "factbook-executive-yearly-1990-2025.csv",
             name_of("factbook-executive-yearly-1990-2025.csv"),
             {"year", "fips", "field", "content"}, yearly, errors);
  std::string countries_text, error;
  if (!read_file(dir / "factbook-countries.csv", countries_text, error))
    errors.push_back({name_of("factbook-countries.csv"), 0, 0, "cannot read: " + error});
  if (errors.size() != errors_before) return false;

  std::vector<CountryNames> countries =
      read_countries(countries_text, yearly.rows, name_of("factbook-countries.csv"), errors);
  match_countries(countries, known);

  std::set<std::pair<std::string, std::string>> in_office;
  for (size_t r = 1; r < current.rows.size(); ++r)
    if (current.rows[r].size() == current.rows[0].size())
      in_office.emplace(current.at(current.rows[r], "person_qid"),
                        current.at(current.rows[r], "iso3"));
  std::vector<HeadTerm> heads =
      read_heads(history, name_of("wikidata-heads-history.csv"), in_office, report);
  for (auto& t : read_heads(current, name_of("wikidata-heads-current.csv"), in_office, report))
    heads.push_back(std::move(t));
  // The query was run after the latest date it gives (October 2025): a term it gives without
  // an end ran at least that far, however long before it began.
  std::optional<PartialDate> heads_as_of;
  for (const HeadTerm& t : heads)
    for (const auto& date : {t.term.start_date, t.term.end_date})
      if (date && (!heads_as_of || date->latest_day() > heads_as_of->latest_day()))
        heads_as_of = date;
  if (heads_as_of) out.source_dates.push_back({std::string(kHeadsNote), *heads_as_of});

  std::map<std::string, std::string> english;  // Wikidata id -> English name
  std::map<std::string, std::vector<leaders::NamedPost>> posts_in_2021;
  for (size_t r = 1; r < wikipedia.rows.size(); ++r) {
    const csv::Row& row = wikipedia.rows[r];
    if (row.size() != wikipedia.rows[0].size()) continue;
    std::string label = wikipedia.at(row, "officeholderlabel");
    if (size_t paren = label.find(" ("); paren != std::string::npos) label.resize(paren);
    if (leaders::is_qid(wikipedia.at(row, "officeholder")) && !label.empty())
      english[wikipedia.at(row, "officeholder")] = label;
    if (leaders::is_qid(wikipedia.at(row, "officeholder")) &&
        leaders::is_qid(wikipedia.at(row, "position")))
      posts_in_2021[wikipedia.at(row, "officeholder")].push_back({wikipedia.at(row, "position")});
  }

  long latest_day = 0;  // of the weekly versions
  std::vector<factbook::Sighting> sightings = read_sightings(weekly, yearly, latest_day);
  if (latest_day < kWeeklyFrom)
    errors.push_back({name_of("factbook-executive-weekly-2015-2026.csv"), 0, 0,
                      "no version since November 2020: is this the right file?"});
  std::vector<factbook::Term> factbook_terms =
      factbook::terms_from_sightings(std::move(sightings), kWeeklyFrom);

  leaders::Merger(known, countries, english, posts_in_2021, in_office, merges)
      .run(std::move(heads), std::move(factbook_terms), out);
  return errors.size() == errors_before;
}

}  // namespace readout::data
