#include "analysis/romanised.hpp"

#include <algorithm>
#include <array>
#include <string>
#include <vector>

#include <unicode/uloc.h>

#include "analysis/name_match.hpp"
#include "analysis/titles.hpp"
#include "readout/names.hpp"

namespace readout::analysis {
namespace {

// ICU's likely script for the main language of a country ("und_IL" -> "he_Hebr_IL").
bool writes_latin(std::string_view alpha2) {
  const std::string tag = "und_" + std::string(alpha2);
  char likely[ULOC_FULLNAME_CAPACITY] = {};
  UErrorCode status = U_ZERO_ERROR;
  uloc_addLikelySubtags(tag.c_str(), likely, sizeof likely, &status);
  if (U_FAILURE(status)) return true;
  char script[ULOC_SCRIPT_CAPACITY] = {};
  uloc_getScript(likely, script, sizeof script, &status);
  return U_FAILURE(status) || std::string_view(script) == "Latn" || script[0] == '\0';
}

}  // namespace

bool name_is_romanised(const LookupCache& lookup, const Person& person) {
  bool any = false;
  for (const HeldPost& held : lookup.posts_of(person)) {
    const Organization* org = organization_of(lookup.registry(), held);
    if (!org || org->classification != "country") continue;
    std::string_view alpha2;
    for (const Identifier& id : org->identifiers)
      if (id.scheme == "iso3166-1-alpha2") alpha2 = id.identifier;
    if (alpha2.empty() || writes_latin(alpha2)) return false;
    any = true;
  }
  return any;
}

bool romanised_alike(std::string_view written, std::string_view known) {
  std::vector<std::string> w = name_parts(written), k = name_parts(known);
  if (w.size() != k.size() || w == k) return false;
  auto y_as_i = [](std::string& part) { std::replace(part.begin(), part.end(), 'y', 'i'); };
  for (auto& part : w) y_as_i(part);
  for (auto& part : k) y_as_i(part);
  auto alike = [&] {
    for (size_t i = 0; i < w.size(); ++i)
      if (!same_up_to_doubled_letters(w[i], k[i])) return false;
    return true;
  };
  if (alike()) return true;
  std::rotate(w.rbegin(), w.rbegin() + 1, w.rend());  // the family name first ("Sokhonn Prak")
  return alike();
}

bool spelt_in_ascii(std::string_view written, std::string_view known) {
  // UTF-8 letters and the digraphs that stand for them in ASCII: Støre, Jürgen, Æbelø, Straße.
  static constexpr std::array<std::pair<std::string_view, std::string_view>, 14> kDigraphs = {{
      {"\xc3\xa4", "ae"},
      {"\xc3\x84", "Ae"},
      {"\xc3\xb6", "oe"},
      {"\xc3\x96", "Oe"},
      {"\xc3\xbc", "ue"},
      {"\xc3\x9c", "Ue"},
      {"\xc3\xb8", "oe"},
      {"\xc3\x98", "Oe"},
      {"\xc3\xa6", "ae"},
      {"\xc3\x86", "Ae"},
      {"\xc3\xa5", "aa"},
      {"\xc3\x85", "Aa"},
      {"\xc3\x9f", "ss"},
      {"\xc5\x93", "oe"},
  }};
  std::string expanded(known);
  bool any = false;
  for (const auto& [letter, digraph] : kDigraphs)
    for (size_t at; (at = expanded.find(letter)) != std::string::npos;) {
      expanded.replace(at, letter.size(), digraph);
      any = true;
    }
  return any && names::key(written) == names::key(expanded);
}

bool another_romanisation(const LookupCache& lookup, std::string_view written,
                          std::string_view known, const Person* person) {
  if (spelt_in_ascii(written, known) || spelt_in_ascii(known, written)) return true;
  return person && romanised_alike(written, known) && name_is_romanised(lookup, *person);
}

}  // namespace readout::analysis
