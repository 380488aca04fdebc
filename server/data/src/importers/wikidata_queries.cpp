// The embedded Wikidata queries (data/queries/*.rq) and the languages put into them.
#include <algorithm>

#include "readout/data/embedded.hpp"
#include "readout/data/importers.hpp"

namespace readout::data {

const std::vector<WikidataQuery>& wikidata_queries() {
  static const std::vector<WikidataQuery> queries = [] {
    std::vector<WikidataQuery> out;
    for (const auto& file : embedded::sparql_queries()) {
      std::string name = std::string(file.path);
      name = name.substr(name.rfind('/') + 1);
      name = name.substr(0, name.size() - (name.ends_with(".rq") ? 3 : 0));
      out.push_back({name, std::string(file.bytes())});
    }
    return out;
  }();
  return queries;
}

const WikidataQuery* find_wikidata_query(std::string_view name) {
  for (const auto& q : wikidata_queries())
    if (q.name == name) return &q;
  return nullptr;
}

bool with_languages(const WikidataQuery& query, const std::vector<std::string>& languages,
                    std::string& text, std::string& error) {
  constexpr std::string_view kPlaceholder = "{{LANGUAGES}}";
  std::string list;
  for (const auto& lang : languages) {
    // Only tag characters go into the query text: no quoting to get wrong.
    const bool tag =
        !lang.empty() && lang.size() <= 35 && std::all_of(lang.begin(), lang.end(), [](char c) {
          return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                 c == '-';
        });
    if (!tag) {
      error = "'" + lang + "' is not a language tag such as en, fr or zh-hans";
      return false;
    }
    // Wikidata's tags are lower case ("en-gb"): LANG() compares them exactly.
    std::string lower = lang;
    std::transform(lower.begin(), lower.end(), lower.begin(), [](char c) {
      return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
    });
    list += (list.empty() ? "\"" : ", \"") + lower + "\"";
  }
  if (list.empty()) {
    error = "no languages given";
    return false;
  }
  text = query.text;
  for (size_t at = text.find(kPlaceholder); at != std::string::npos;
       at = text.find(kPlaceholder, at + list.size()))
    text.replace(at, kPlaceholder.size(), list);
  return true;
}

}  // namespace readout::data
