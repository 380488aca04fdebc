#include "importers/pocom_names.hpp"

#include <array>
#include <utility>

namespace readout::data::pocom {
namespace {

// Territory ids whose English name is not the id with its words capitalised.
constexpr std::array<std::pair<std::string_view, std::string_view>, 28> kTerritoryNames = {{
    {"bahamas", "the Bahamas"},
    {"gambia", "the Gambia"},
    {"antigua-barbuda", "Antigua and Barbuda"},
    {"bosnia-herzegovina", "Bosnia and Herzegovina"},
    {"congo-democratic-republic", "the Democratic Republic of the Congo"},
    {"congo-republic", "the Republic of the Congo"},
    {"cote-divoire", "Côte d'Ivoire"},
    {"czech-republic", "the Czech Republic"},
    {"german-democratic-republic", "the German Democratic Republic"},
    {"guinea-bissau", "Guinea-Bissau"},
    {"holy-see", "the Holy See"},
    {"korea", "Korea"},
    {"macedonia", "North Macedonia"},
    {"marshall-islands", "the Marshall Islands"},
    {"micronesia", "Micronesia"},
    {"netherlands", "the Netherlands"},
    {"philippines", "the Philippines"},
    {"saint-kitts-nevis", "Saint Kitts and Nevis"},
    {"saint-vincent-grenadines", "Saint Vincent and the Grenadines"},
    {"sao-tome-and-principe", "São Tomé and Príncipe"},
    {"solomon-islands", "the Solomon Islands"},
    {"timor-leste", "Timor-Leste"},
    {"trinidad-and-tobago", "Trinidad and Tobago"},
    {"two-sicilies", "the Two Sicilies"},
    {"united-arab-emirates", "the United Arab Emirates"},
    {"united-kingdom", "the United Kingdom"},
    {"vietnam-south", "South Vietnam"},
    {"central-african-republic", "the Central African Republic"},
}};

// Other names of a few territories, as written in reports.
constexpr std::array<std::pair<std::string_view, std::string_view>, 8> kTerritoryAliases = {{
    {"korea", "South Korea"},
    {"macedonia", "Macedonia"},
    {"burma", "Myanmar"},
    {"swaziland", "Eswatini"},
    {"cote-divoire", "Ivory Coast"},
    {"czech-republic", "Czechia"},
    {"turkey", "Türkiye"},
    {"cape-verde", "Cabo Verde"},
}};

}  // namespace

std::string territory_name(std::string_view id) {
  for (const auto& [key, name] : kTerritoryNames)
    if (key == id) return std::string(name);
  std::string out;
  bool word_start = true;
  for (char c : id) {
    if (c == '-') {
      out.push_back(' ');
      word_start = true;
      continue;
    }
    out.push_back(word_start && c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c);
    word_start = false;
  }
  // "Trinidad And Tobago" style words stay lower case.
  for (std::string_view small : {" And ", " Of ", " The "}) {
    for (size_t at = out.find(small); at != std::string::npos; at = out.find(small, at + 1))
      out[at + 1] = static_cast<char>(out[at + 1] - 'A' + 'a');
  }
  return out;
}

std::vector<std::string> territory_aliases(std::string_view id) {
  std::vector<std::string> out;
  const std::string name = territory_name(id);
  if (name.rfind("the ", 0) == 0) out.push_back(name.substr(4));
  for (const auto& [key, alias] : kTerritoryAliases)
    if (key == id) out.emplace_back(alias);
  return out;
}

}  // namespace readout::data::pocom
