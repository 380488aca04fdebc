// The Factbook's country list (FIPS codes, ISO 3166 alpha-2 codes, names) and its "Country
// name" field, with ISO 3166 alpha-3 codes and English names from ICU.
#include "importers/countries.hpp"

#include <unicode/locid.h>

#include <algorithm>
#include <set>

#include "readout/names.hpp"

namespace readout::data {
namespace {

std::map<std::string, size_t> columns_of(const csv::Row& header) {
  std::map<std::string, size_t> out;
  for (size_t i = 0; i < header.size(); ++i) out[header[i].value] = i;
  return out;
}

std::string trim(std::string s) {
  while (!s.empty() && (s.back() == ' ' || s.back() == ';' || s.back() == ',')) s.pop_back();
  size_t start = s.find_first_not_of(' ');
  return start == std::string::npos ? std::string() : s.substr(start);
}

void add_name(std::vector<std::string>& names, std::string name) {
  name = trim(std::move(name));
  if (name.empty() || name == "none" || name.size() > 80) return;
  if (std::find(names.begin(), names.end(), name) == names.end()) names.push_back(std::move(name));
}

// "Korea, South" -> also "South Korea"; "Turkey (Turkiye)" -> "Turkey", "Turkiye".
void add_written_forms(std::vector<std::string>& names, const std::string& name) {
  add_name(names, name);
  if (size_t open = name.find(" ("); open != std::string::npos && name.back() == ')') {
    add_name(names, name.substr(0, open));
    add_name(names, name.substr(open + 2, name.size() - open - 3));
  }
  if (size_t comma = name.find(", ");
      comma != std::string::npos && name.find(" (") == std::string::npos)
    add_name(names, name.substr(comma + 2) + " " + name.substr(0, comma));
}

// The value after "label:" in a "Country name" field, up to the next known label.
std::string field_value(const std::string& text, std::string_view label) {
  const size_t at = text.find(label);
  if (at == std::string::npos) return {};
  const size_t start = at + label.size();
  size_t end = text.size();
  for (std::string_view next :
       {"conventional long form:", "conventional short form:", "local long form:",
        "local short form:", "former:", "abbreviation:", "etymology:", "note:", " | ", ";"})
    if (size_t n = text.find(next, start); n != std::string::npos) end = std::min(end, n);
  return trim(text.substr(start, end - start));
}

std::string icu_english_name(const std::string& alpha2, std::string& alpha3) {
  icu::Locale locale("", alpha2.c_str());
  alpha3 = locale.getISO3Country();
  icu::UnicodeString name;
  locale.getDisplayCountry(icu::Locale::getEnglish(), name);
  std::string out;
  name.toUTF8String(out);
  if (out == alpha2) out.clear();  // ICU does not know the code
  for (size_t at; (at = out.find("\xE2\x80\x99")) != std::string::npos;) out.replace(at, 3, "'");
  return out;
}

// ISO 3166 alpha-2 codes by the key of ICU's English name for them.
const std::map<std::string, std::string>& codes_by_icu_name() {
  static const std::map<std::string, std::string> table = [] {
    std::map<std::string, std::string> out;
    for (const char* const* code = icu::Locale::getISOCountries(); *code; ++code) {
      std::string alpha3;
      const std::string name = icu_english_name(*code, alpha3);
      if (!name.empty()) out.emplace(names::key(name), *code);
    }
    out.emplace(names::key("Kosovo"), "XK");  // a user-assigned code, not in ICU's ISO list
    return out;
  }();
  return table;
}

// The code whose ICU name is one of `names` (the given one first), or empty.
std::string code_by_name(const std::vector<std::string>& names, const std::string& given) {
  const auto& table = codes_by_icu_name();
  std::string found;
  for (const auto& n : names) {
    auto it = table.find(names::key(n));
    if (it == table.end()) continue;
    if (it->second == given) return given;
    if (found.empty()) found = it->second;
  }
  return found;
}

}  // namespace

std::vector<CountryNames> read_countries(std::string_view countries_csv,
                                         const std::vector<csv::Row>& yearly,
                                         const std::string& file_name,
                                         std::vector<FileError>& errors) {
  std::vector<CountryNames> out;
  csv::Field syntax{};
  const std::vector<csv::Row> rows = csv::parse(countries_csv, syntax);
  if (!syntax.value.empty() || rows.empty()) {
    errors.push_back({file_name, syntax.line, syntax.column,
                      syntax.value.empty() ? "the file is empty" : syntax.value});
    return out;
  }
  auto col = columns_of(rows[0]);
  for (const char* c : {"CanonicalCode", "CanonicalName", "ISOAlpha2", "EntityType"})
    if (!col.count(c)) {
      errors.push_back({file_name, 1, 1, std::string("missing column \"") + c + "\""});
      return out;
    }
  // The latest "Country name" text per FIPS code (yearly rows are in edition order).
  std::map<std::string, std::string> country_name_field;
  if (!yearly.empty()) {
    auto ycol = columns_of(yearly[0]);
    if (ycol.count("fips") && ycol.count("field") && ycol.count("content"))
      for (size_t r = 1; r < yearly.size(); ++r)
        if (yearly[r].size() == yearly[0].size() &&
            yearly[r][ycol["field"]].value == "Country name")
          country_name_field[yearly[r][ycol["fips"]].value] = yearly[r][ycol["content"]].value;
  }
  for (size_t r = 1; r < rows.size(); ++r) {
    const csv::Row& row = rows[r];
    if (row.size() != rows[0].size()) {
      errors.push_back({file_name, row[0].line, row[0].column,
                        "expected " + std::to_string(rows[0].size()) + " fields"});
      continue;
    }
    CountryNames c;
    c.fips = row[col["CanonicalCode"]].value;
    c.alpha2 = row[col["ISOAlpha2"]].value;
    c.factbook_name = row[col["CanonicalName"]].value;
    c.entity_type = row[col["EntityType"]].value;
    add_written_forms(c.names, c.factbook_name);
    std::string lower_fips = c.fips;
    for (char& ch : lower_fips)
      ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    for (const std::string& key : {c.fips, lower_fips}) {
      auto it = country_name_field.find(key);
      if (it == country_name_field.end()) continue;
      add_name(c.names, field_value(it->second, "conventional short form:"));
      add_name(c.names, field_value(it->second, "conventional long form:"));
      // "abbreviation: UK", "abbreviation: US or USA", "abbreviation: ROK"
      std::string abbreviations = field_value(it->second, "abbreviation:");
      for (size_t at; (at = abbreviations.find(" or ")) != std::string::npos;)
        abbreviations.replace(at, 4, ",");
      size_t start = 0;
      while (start <= abbreviations.size()) {
        const size_t comma = std::min(abbreviations.find(',', start), abbreviations.size());
        const std::string a = trim(abbreviations.substr(start, comma - start));
        if (!a.empty() && a.size() <= 8) add_name(c.names, a);
        start = comma + 1;
      }
    }
    out.push_back(std::move(c));
  }
  // The Factbook list gives some dependencies their sovereign's code (Isle of Man: GB). The
  // code whose ICU name is one of an entry's names wins (Isle of Man: IM; Kosovo: XK); an entry
  // keeps the list's code only when no other entry is so named for it (Cabo Verde: CV).
  std::set<std::string> claimed;
  std::vector<std::string> by_name(out.size());
  for (size_t i = 0; i < out.size(); ++i)
    if (!(by_name[i] = code_by_name(out[i].names, out[i].alpha2)).empty())
      claimed.insert(by_name[i]);
  for (size_t i = 0; i < out.size(); ++i) {
    CountryNames& c = out[i];
    c.alpha2 = !by_name[i].empty()       ? by_name[i]
               : claimed.count(c.alpha2) ? std::string()
                                         : c.alpha2;
    if (!c.alpha2.empty()) c.english_name = icu_english_name(c.alpha2, c.alpha3);
    add_name(c.names, c.english_name);
    if (c.english_name.empty())
      c.english_name = c.names.size() > 1 && c.factbook_name.find(", ") != std::string::npos
                           ? c.names[1]
                           : c.factbook_name;
  }
  return out;
}

void match_countries(std::vector<CountryNames>& countries, const RegistryData& known) {
  std::map<std::string, std::set<std::string>> orgs_by_key;
  for (const auto& o : known.organizations) {
    if (o.classification != "country") continue;
    orgs_by_key[names::key(o.name)].insert(o.id.str());
    for (const auto& n : o.other_names) orgs_by_key[names::key(n.name)].insert(o.id.str());
  }
  for (auto& c : countries) {
    std::set<std::string> found;
    for (const auto& n : c.names)
      if (auto it = orgs_by_key.find(names::key(n));
          it != orgs_by_key.end() && it->second.size() == 1)
        found.insert(*it->second.begin());
    if (found.size() == 1) c.org_id = *found.begin();
  }
}

}  // namespace readout::data
