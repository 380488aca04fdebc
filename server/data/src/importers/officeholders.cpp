// Persons, countries, posts and terms from "position held" rows (officeholders.hpp).
#include "importers/officeholders.hpp"

#include <algorithm>
#include <cctype>

#include "importers/country_ids.hpp"
#include "importers/title_variants.hpp"

namespace readout::data {
namespace {

constexpr std::string_view kWikidata = "https://www.wikidata.org/wiki/";

std::vector<SourceRef> wikidata_source(const std::string& qid) {
  return {{std::string(kWikidata) + qid, "Wikidata"}};
}

std::vector<Identifier> wikidata_id(const std::string& qid) { return {{"wikidata", qid}}; }

void add_other_names(std::vector<OtherName>& into, const std::vector<OtherName>& names) {
  for (const auto& n : names)
    if (std::none_of(into.begin(), into.end(),
                     [&](const OtherName& o) { return o.name == n.name && o.lang == n.lang; }))
      into.push_back(n);
}

}  // namespace

bool is_wikidata_qid(std::string_view s) {
  return s.size() > 1 && s[0] == 'Q' &&
         std::all_of(s.begin() + 1, s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

std::string row_location(const OfficeholderRow& row) {
  return row.file + ":" + std::to_string(row.line);
}

std::string officeholder_skip_reason(const OfficeholderRow& row) {
  if (row.person_id.empty()) return "no office holder recorded";
  if (row.person_name.empty() || row.person_name == row.person_id)
    return row.person_id + " has no English name in Wikidata";
  // Wikidata writes an "unknown value" as a blank-node URL: the row says nothing usable.
  if (row.country_id.find("/.well-known/genid/") != std::string::npos)
    return "the country is an unknown value in Wikidata";
  // Names of countries and governments are proper nouns; a lower-case one is a Wikidata
  // statement that put a concept in the country's place ("foreign minister", Q7330070).
  if (!row.country_label.empty() && std::islower(static_cast<unsigned char>(row.country_label[0])))
    return "the country '" + row.country_label + "' is not the name of a country";
  return "";
}

void OfficeholderRecords::add(const OfficeholderRow& row, ImportReport& report) {
  const std::string country_id = country_id_of(row.country_id);
  const CountryIdAlias* alias = country_id_alias(row.country_id);
  const std::string country = alias ? std::string(alias->to_name) : row.country_label;
  if (organizations_.insert(country_id).second)
    data_.organizations.push_back(
        {country_id, country, "country", {}, wikidata_source(country_id), wikidata_id(country_id)});
  if (alias) {  // the realm's name finds the country too
    Organization& org = *std::find_if(data_.organizations.begin(), data_.organizations.end(),
                                      [&](const Organization& o) { return o.id == country_id; });
    if (std::none_of(org.other_names.begin(), org.other_names.end(),
                     [&](const OtherName& n) { return n.name == alias->from_name; })) {
      org.other_names.push_back({std::string(alias->from_name), "", "the realm as a whole"});
      org.sources.push_back({std::string(alias->source), "Wikidata (the realm)"});
    }
  }
  if (persons_.insert(row.person_id).second) {
    data_.persons.push_back({row.person_id,
                             row.person_name,
                             {},
                             wikidata_source(row.person_id),
                             row.file,
                             wikidata_id(row.person_id)});
  }
  if (!row.person_other_names.empty()) {
    auto person = std::find_if(data_.persons.rbegin(), data_.persons.rend(),
                               [&](const Person& p) { return p.id == row.person_id; });
    add_other_names(person->other_names, row.person_other_names);
  }
  if (posts_.insert(row.post_id).second) {
    const std::string label = capitalized(row.post_label);
    data_.posts.push_back({row.post_id, label,
                           record_strings(title_variants(label, country, foreign_minister_titles_)),
                           country_id, wikidata_source(row.post_id)});
  }
  // A query that joins several values to one statement (other names) repeats its term.
  if (!row.statement.empty() && !statements_.insert(row.statement).second) return;
  Membership m;
  m.person_id = row.person_id;
  m.post_id = row.post_id;
  m.organization_id = country_id;
  m.start_date = row.start;
  m.end_date = row.end;
  m.sources.push_back(
      {std::string(kWikidata) + row.person_id + (row.statement.empty() ? "" : "#" + row.statement),
       note_});
  data_.memberships.push_back(std::move(m));
  ++report.imported;
  report.person_ids.insert(row.person_id);
}

}  // namespace readout::data
