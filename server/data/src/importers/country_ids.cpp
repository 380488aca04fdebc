// Wikidata has items for a realm as a whole (the Kingdom of Denmark: Denmark, Greenland and the
// Faroe Islands; the Kingdom of the Netherlands: the Netherlands, Aruba, Curacao, Sint Maarten)
// beside the country itself, and its data sets use both for the same offices: the world leaders
// list puts the Prime Minister of Denmark in Q756617, the foreign ministers list puts the
// Minister of Foreign Affairs in Q35. People write "Denmark" for either, so the importers file
// both under the country's id and keep the realm's name as another name of the country.
#include "importers/country_ids.hpp"

#include <algorithm>

namespace readout::data {

const std::vector<CountryIdAlias>& country_id_aliases() {
  static const std::vector<CountryIdAlias> table = {
      {"Q756617", "Kingdom of Denmark", "Q35", "Denmark", "https://www.wikidata.org/wiki/Q756617"},
      {"Q29999", "Kingdom of the Netherlands", "Q55", "Netherlands",
       "https://www.wikidata.org/wiki/Q29999"},
      // The Holy See (the Pope's see, which holds the diplomatic relations) and the Vatican City
      // State it governs: the Pope's offices are filed under one, the foreign ministers' under
      // the other, and reports write "Holy See" for both.
      {"Q159583", "Holy See", "Q237", "Vatican City", "https://www.wikidata.org/wiki/Q159583"},
  };
  return table;
}

const CountryIdAlias* country_id_alias(std::string_view id) {
  const auto& table = country_id_aliases();
  auto it = std::find_if(table.begin(), table.end(),
                         [&](const CountryIdAlias& a) { return a.from == id; });
  return it == table.end() ? nullptr : &*it;
}

std::string country_id_of(std::string_view id) {
  const CountryIdAlias* alias = country_id_alias(id);
  return std::string(alias ? alias->to : id);
}

}  // namespace readout::data
