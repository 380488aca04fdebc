#include "importers/title_variants.hpp"

#include <algorithm>
#include <cctype>

namespace readout::data {
namespace {

std::string lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

// Country prefixes written before a name in labels: "the Republic of Uzbekistan".
std::string without_state_words(std::string name) {
  for (std::string_view prefix : {"the ", "republic of ", "the republic of "}) {
    std::string p(prefix);
    if (name.rfind(p, 0) == 0) name = name.substr(p.size());
  }
  return name;
}

// The label without a trailing "of [the] [Republic of] <country>", or "" when there is none.
std::string strip_country(const std::string& label, const std::string& country) {
  const std::string l = lower(label);
  const std::string c = without_state_words(lower(country));
  for (size_t at = l.find(" of "); at != std::string::npos; at = l.find(" of ", at + 1)) {
    const std::string tail = without_state_words(l.substr(at + 4));
    if (tail == c) return label.substr(0, at);
  }
  // "United States Secretary of State": the country's name first.
  const std::string lc = lower(country);
  if (l.rfind(lc + " ", 0) == 0) return capitalized(label.substr(lc.size() + 1));
  return {};
}

}  // namespace

std::string capitalized(std::string label) {
  if (!label.empty() && label[0] >= 'a' && label[0] <= 'z')
    label[0] = static_cast<char>(label[0] - 'a' + 'A');
  return label;
}

std::vector<std::string> title_variants(const std::string& label, const std::string& country,
                                        bool foreign_minister) {
  std::vector<std::string> out;
  auto add = [&](std::string v) {
    if (!v.empty() && v != label && std::find(out.begin(), out.end(), v) == out.end())
      out.push_back(std::move(v));
  };
  const std::string stripped = strip_country(label, country);
  add(stripped);
  const std::string base = stripped.empty() ? label : stripped;
  if (foreign_minister) {
    add("Foreign Minister");
    if (lower(base) == "minister of foreign affairs") add("Minister for Foreign Affairs");
    if (lower(base) == "minister for foreign affairs") add("Minister of Foreign Affairs");
  }
  return out;
}

}  // namespace readout::data
