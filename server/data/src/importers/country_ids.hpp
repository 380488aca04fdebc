// One country, one id: the Wikidata items that stand for a country under another id.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace readout::data {

struct CountryIdAlias {
  std::string_view from;       // the id a source uses ("Q756617", Kingdom of Denmark)
  std::string_view from_name;  // its name there
  std::string_view to;         // the country's id in the registry ("Q35")
  std::string_view to_name;    // the country's name ("Denmark")
  std::string_view source;     // why they are one country for the linter
};

// The mapping table, in one place (tested in tests/unit/data/importer_test.cpp).
const std::vector<CountryIdAlias>& country_id_aliases();

// The alias of `id`, or null when the id is the country's own.
const CountryIdAlias* country_id_alias(std::string_view id);

// `id` mapped onto the country's own id.
std::string country_id_of(std::string_view id);

}  // namespace readout::data
