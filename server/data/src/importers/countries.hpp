// Countries as the Factbook and ISO 3166 name them, matched to the registry's organizations.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "importers/csv.hpp"
#include "readout/data/popolo.hpp"

namespace readout::data {

struct CountryNames {
  std::string fips;                // the Factbook's code (FIPS 10-4): "KS"
  std::string alpha2;              // ISO 3166-1 alpha-2: "KR" (empty when the Factbook gives none)
  std::string alpha3;              // ISO 3166-1 alpha-3 from ICU's tables: "KOR"
  std::string factbook_name;       // "Korea, South"
  std::string english_name;        // ICU's English name, else the Factbook's: "South Korea"
  std::string entity_type;         // "sovereign", "territory", ...
  std::vector<std::string> names;  // every name: "Korea, South", "South Korea", "Republic of Korea"
  std::string org_id;              // the registry organization, once matched
};

// factbook-countries.csv, with the conventional short and long forms of the latest yearly
// edition's "Country name" field (`yearly`: the rows of factbook-executive-yearly, header first)
// and ICU's English name and alpha-3 code for each alpha-2 code.
std::vector<CountryNames> read_countries(std::string_view countries_csv,
                                         const std::vector<csv::Row>& yearly,
                                         const std::string& file_name,
                                         std::vector<FileError>& errors);

// Finds each country's organization in `known` by any of its names (a name that finds exactly
// one country organization); the others get `org_id` empty.
void match_countries(std::vector<CountryNames>& countries, const RegistryData& known);

}  // namespace readout::data
