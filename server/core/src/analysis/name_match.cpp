#include "analysis/name_match.hpp"

#include <algorithm>
#include <cctype>
#include <unordered_map>
#include <utility>

#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>

#include "analysis/lookup_cache.hpp"
#include "readout/names.hpp"

namespace readout::analysis {
namespace {

// Edits a name part may have and still count as a slip of the pen.
int part_limit(size_t length) {
  if (length < 4) return 0;
  if (length < 9) return 1;
  return 2;
}

std::string join(const std::vector<std::string>& parts) {
  std::string out;
  for (const auto& p : parts) out += (out.empty() ? "" : " ") + p;
  return out;
}

// Languages written in Cyrillic decline names ("Блинкена", "Блинкену" for "Блинкен"): a part
// that only adds a short ending to the other is the same name in another grammatical case.
bool same_parts_up_to_case_endings(const std::vector<std::string_view>& a,
                                   const std::vector<std::string_view>& b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    const std::string_view shorter = a[i].size() <= b[i].size() ? a[i] : b[i];
    const std::string_view longer = a[i].size() <= b[i].size() ? b[i] : a[i];
    if (shorter.size() < 4 || longer.size() - shorter.size() > 3 ||
        longer.compare(0, shorter.size(), shorter) != 0)
      return false;
  }
  return true;
}

}  // namespace

// Whether the text has a letter of a script other than Latin.
bool has_non_latin_letter(std::string_view text) {
  for (int32_t i = 0, n = static_cast<int32_t>(text.size()); i < n;) {
    UChar32 c = 0;
    U8_NEXT(text.data(), i, n, c);
    if (c < 0x80 || !u_isalpha(c)) continue;
    UErrorCode status = U_ZERO_ERROR;
    const UScriptCode script = uscript_getScript(c, &status);
    if (U_SUCCESS(status) && script != USCRIPT_LATIN && script != USCRIPT_COMMON &&
        script != USCRIPT_INHERITED)
      return true;
  }
  return false;
}

namespace {
thread_local const LookupCache* token_cache = nullptr;  // of the TokenScope open on this thread
}  // namespace

TokenScope::TokenScope(const LookupCache& cache) : previous_(token_cache) { token_cache = &cache; }
TokenScope::~TokenScope() { token_cache = previous_; }

const std::vector<std::string>& name_tokens(std::string_view name) {
  if (token_cache) return token_cache->tokens(name);
  thread_local std::unordered_map<std::string, std::vector<std::string>> memo;
  if (memo.size() > 100000) memo.clear();
  auto it = memo.find(std::string(name));
  if (it == memo.end()) it = memo.emplace(std::string(name), names::tokens(name)).first;
  return it->second;
}

std::vector<std::string_view> name_part_views(std::string_view name) {
  const std::vector<std::string>& tokens = name_tokens(name);
  std::vector<std::string_view> parts;
  parts.reserve(tokens.size());
  for (size_t i = names::leading_styles(tokens); i < tokens.size(); ++i)
    if (!names::is_optional_part(tokens[i])) parts.push_back(tokens[i]);
  return parts;
}

const std::string& name_key(std::string_view written) {
  thread_local TextMap<std::string> outside_analysis;
  TextMap<std::string>& memo = token_cache ? token_cache->name_keys : outside_analysis;
  if (!token_cache && memo.size() > 100000) memo.clear();
  auto it = memo.find(written);
  if (it == memo.end()) {
    std::vector<std::string_view> parts = name_part_views(written);
    std::sort(parts.begin(), parts.end());
    it = memo.emplace(written, names::join(parts)).first;
  }
  return it->second;
}

std::vector<std::string> name_parts(std::string_view name) {
  const std::vector<std::string_view> views = name_part_views(name);
  return {views.begin(), views.end()};
}

namespace {

// The family name among a name's tokens: the last but generational suffixes ("Biden" of
// "Joseph R. Biden Jr.") and a royal's country ("Abdullah" of "Abdullah II of Jordan").
template <typename Tokens>
std::string family_name(const Tokens& tokens) {
  size_t end = tokens.size();
  for (size_t i = 1; i + 1 < tokens.size(); ++i)
    if (tokens[i] == "of" && tokens.size() - i <= 4) {
      end = i;
      break;
    }
  while (end > 1 && names::is_generational_suffix(tokens[end - 1])) --end;
  return end == 0 ? std::string() : std::string(tokens[end - 1]);
}

}  // namespace

std::string surname_of(std::string_view name) { return family_name(name_tokens(name)); }

namespace {

// A names::key's parts, as name_parts gives them.
std::vector<std::string_view> parts_of_key(std::string_view key) {
  std::vector<std::string_view> tokens;
  for (size_t start = 0; start < key.size();) {
    size_t end = key.find(' ', start);
    if (end == std::string_view::npos) end = key.size();
    if (end > start) tokens.push_back(key.substr(start, end - start));
    start = end + 1;
  }
  std::vector<std::string_view> parts;
  for (size_t i = names::leading_styles(tokens); i < tokens.size(); ++i)
    if (!names::is_optional_part(tokens[i])) parts.push_back(tokens[i]);
  return parts;
}

}  // namespace

std::string surname_of(std::string_view name, std::string_view key) {
  if (key.empty()) return surname_of(name);
  std::vector<std::string_view> tokens;
  for (size_t start = 0; start < key.size();) {
    size_t end = key.find(' ', start);
    if (end == std::string_view::npos) end = key.size();
    if (end > start) tokens.push_back(key.substr(start, end - start));
    start = end + 1;
  }
  return family_name(tokens);
}

bool same_name(std::string_view a, std::string_view b, std::string_view b_key) {
  if (b_key.empty()) return same_name(a, b);
  return same_parts(name_part_views(a), parts_of_key(b_key), a, b);
}

bool same_name(std::string_view a, std::string_view b) {
  return same_parts(name_part_views(a), name_part_views(b), a, b);
}

bool same_parts(std::vector<std::string_view> pa, std::vector<std::string_view> pb,
                std::string_view a, std::string_view b) {
  if (pa.empty() || pb.empty()) return false;
  if (pa == pb) return true;
  if (has_non_latin_letter(a) && has_non_latin_letter(b) && same_parts_up_to_case_endings(pa, pb))
    return true;
  std::sort(pa.begin(), pa.end());
  std::sort(pb.begin(), pb.end());
  return pa == pb;
}

// Whether `parts` are `known` part by part, one at least identical and the others within
// `limit_of(length)` edits, the first letter kept ("Anthony"/"Antony", not "Ashraf"/"Sharaf").
template <typename Limit>
bool close_part_by_part(const std::vector<std::string>& parts,
                        const std::vector<std::string>& known, Limit limit_of) {
  if (parts.size() != known.size()) return false;
  size_t identical = 0;
  for (size_t i = 0; i < parts.size(); ++i) {
    if (parts[i] == known[i]) {
      ++identical;
      continue;
    }
    const int limit = limit_of(std::max(parts[i].size(), known[i].size()));
    if (limit == 0 || parts[i].front() != known[i].front() ||
        names::edit_distance(parts[i], known[i], limit) > limit)
      return false;
  }
  return identical > 0 && identical < parts.size();
}

bool plausible_misspelling(std::string_view written, std::string_view known) {
  std::vector<std::string> w = name_parts(written);
  const std::vector<std::string> k = name_parts(known);
  if (w.size() < 2 || k.size() < 2 || same_name(written, known)) return false;
  // Part by part, in the order written and, for names written family name first ("Suga
  // Yushihide" for Yoshihide Suga), in the reverse order.
  if (w.size() == k.size()) {
    if (close_part_by_part(w, k, part_limit)) return true;
    std::reverse(w.begin(), w.end());
    if (close_part_by_part(w, k, part_limit)) return true;
    std::reverse(w.begin(), w.end());
  }
  const std::string wk = join(w), kk = join(k);
  return wk.size() >= 8 && names::edit_distance(wk, kk, 1) <= 1;
}

bool plausible_transliteration(std::string_view written, std::string_view known) {
  if (has_non_latin_letter(written) == has_non_latin_letter(known)) return false;
  if (plausible_misspelling(written, known) || same_name(written, known)) return true;
  const std::vector<std::string> w = name_parts(written), k = name_parts(known);
  if (w.size() != k.size() || w.empty()) return false;
  // Transliteration schemes differ by a couple of letters per part ("Zheenbek"/"Jeenbek").
  for (size_t i = 0; i < w.size(); ++i)
    if (names::edit_distance(w[i], k[i], 2) > 2) return false;
  return true;
}

bool plausible_surname_misspelling(std::string_view written, std::string_view known) {
  const std::string w = surname_of(written), k = surname_of(known);
  if (w.empty() || k.empty() || w == k || w.front() != k.front()) return false;
  const int limit =
      part_limit(std::max(w.size(), k.size())) > 0 && std::min(w.size(), k.size()) >= 5 ? 1 : 0;
  return limit > 0 && names::edit_distance(w, k, limit) <= limit;
}

namespace {

// A given name and its short form, which begins it: "Alex"/"Alexander", "Tom"/"Tomas". At
// least two letters shorter: "Pervez" is not a short form of "Pervezz" but a slip. (Short
// forms that are not a beginning, "Joe" for "Joseph", are other names the registry lists.)
bool short_form_of(const std::string& a, const std::string& b) {
  const std::string& shorter = a.size() <= b.size() ? a : b;
  const std::string& longer = a.size() <= b.size() ? b : a;
  return shorter.size() >= 3 && longer.size() >= shorter.size() + 2 &&
         longer.compare(0, shorter.size(), shorter) == 0;
}

// A slip in one name part of the person the context names: one letter in three or four
// letters ("Hus" for "Hun"), two from five ("Lovrev" for "Lavrov"), the first letter kept. Looser
// than part_limit, which weighs names against every name of the registry.
bool slip_of(const std::string& a, const std::string& b) {
  const size_t length = std::max(a.size(), b.size());
  const int limit = length < 3 ? 0 : length < 5 ? 1 : 2;
  return limit > 0 && a.front() == b.front() && names::edit_distance(a, b, limit) <= limit;
}

// How the parts of a written name pair with those of a spelling.
struct Pairing {
  size_t identical = 0;  // pairs of equal parts
  std::vector<std::pair<std::string, std::string>>
      paired;                          // a written part and the unequal part it took
  std::vector<std::string> left_over;  // written parts paired with none
};

// Whether every part of `few` pairs with its own part of `many` by `pairs` (equal parts
// first). `written_is_few` says which side the written name is.
template <typename Pairs>
bool each_paired(const std::vector<std::string>& few, const std::vector<std::string>& many,
                 Pairs pairs, bool written_is_few, Pairing& out) {
  if (few.empty() || few.size() > many.size()) return false;
  std::vector<bool> used(many.size(), false), done(few.size(), false);
  out = {};
  for (size_t i = 0; i < few.size(); ++i)
    for (size_t j = 0; j < many.size(); ++j)
      if (!used[j] && few[i] == many[j]) {
        used[j] = done[i] = true;
        ++out.identical;
        break;
      }
  for (size_t i = 0; i < few.size(); ++i) {
    if (done[i]) continue;
    for (size_t j = 0; j < many.size() && !done[i]; ++j)
      if (!used[j] && pairs(few[i], many[j])) {
        used[j] = done[i] = true;
        out.paired.emplace_back(written_is_few ? few[i] : many[j],
                                written_is_few ? many[j] : few[i]);
      }
    if (!done[i]) return false;
  }
  if (!written_is_few)
    for (size_t j = 0; j < many.size(); ++j)
      if (!used[j]) out.left_over.push_back(many[j]);
  return true;
}

std::vector<std::string> skeletons(const std::vector<std::string>& parts) {
  std::vector<std::string> out;
  out.reserve(parts.size());
  for (const auto& p : parts) out.push_back(names::romanisation_skeleton(p));
  return out;
}

struct Fitting {
  NameFit fit = NameFit::None;
  std::vector<std::string> loose;  // written parts equal to no part of the spelling
  std::vector<std::pair<std::string, std::string>>
      slips;  // for Close: written part, spelling's part
};

std::vector<std::string> loose_parts(const Pairing& pairing) {
  std::vector<std::string> out = pairing.left_over;
  for (const auto& [written, known] : pairing.paired) out.push_back(written);
  return out;
}

Fitting fit_in_detail(std::string_view written, std::string_view spelling,
                      std::string_view spelling_key) {
  const std::vector<std::string> w = name_parts(written);
  // A description after a comma is no part of the name: "Salman bin Hamad, Crown Prince of
  // Bahrain" (a "Jr." after one is dropped as a suffix anyway).
  if (const size_t comma = spelling.find(','); comma != std::string_view::npos) {
    spelling = spelling.substr(0, comma);
    spelling_key = {};
  }
  // A nickname in quotes is written or left out: 'Ferdinand "Bongbong" Marcos'.
  std::string without_nickname;
  if (const size_t open = spelling.find('"'); open != std::string_view::npos)
    if (const size_t close = spelling.find('"', open + 1); close != std::string_view::npos) {
      without_nickname =
          std::string(spelling.substr(0, open)) + std::string(spelling.substr(close + 1));
      spelling = without_nickname;
      spelling_key = {};
    }
  std::vector<std::string> k;
  if (spelling_key.empty()) {
    k = name_parts(spelling);
  } else {
    const std::vector<std::string_view> parts = parts_of_key(spelling_key);
    k.assign(parts.begin(), parts.end());
  }
  // A royal's "of <country>" is no part of how the name is written.
  if (auto of = std::find(k.begin() + (k.empty() ? 0 : 1), k.end(), "of"); of != k.end())
    k.erase(of, k.end());
  if (w.empty() || k.empty()) return {};
  Pairing pairing;
  auto equal = [](const std::string& a, const std::string& b) { return a == b; };
  // One name within the other: extra or missing given names, second family names,
  // patronymics ("bin Hamad"). A name written shorter keeps at least two parts, or the family
  // name; a spelling of one part stands for a longer name only as its first part ("Salman" of
  // Saudi Arabia is "Salman bin Abdulaziz", not "Mohammed bin Salman").
  auto within = [&](const std::vector<std::string>& a, const std::vector<std::string>& b,
                    auto pairs) {
    if ((b.size() > 1 || a.size() == 1 || a.front() == b.front()) &&
        each_paired(b, a, pairs, false, pairing))
      return true;
    return (a.size() >= 2 || a.back() == b.back()) && each_paired(a, b, pairs, true, pairing);
  };
  if (within(w, k, equal)) return {NameFit::Same, loose_parts(pairing), {}};
  // The family name as registered and the given names in a short form: "Joseph Biden", "Joe Biden".
  if (k.size() >= 2 && std::find(w.begin(), w.end(), k.back()) != w.end()) {
    std::vector<std::string> given_w = w, given_k(k.begin(), k.end() - 1);
    given_w.erase(std::find(given_w.begin(), given_w.end(), k.back()));
    const bool written_fewer = given_w.size() < given_k.size();
    if (!given_w.empty() &&
        each_paired(written_fewer ? given_w : given_k, written_fewer ? given_k : given_w,
                    short_form_of, written_fewer, pairing))
      return {NameFit::Same, loose_parts(pairing), {}};
  }
  if (within(skeletons(w), skeletons(k), equal)) return {NameFit::Romanised, {}, {}};
  if (within(w, k, slip_of) && pairing.identical > 0)
    return {NameFit::Close, loose_parts(pairing), std::move(pairing.paired)};
  return {};
}

}  // namespace

int fit_strength(NameFit fit) {
  switch (fit) {
    case NameFit::Same:
      return 3;
    case NameFit::Romanised:
      return 2;
    case NameFit::Close:
      return 1;
    case NameFit::None:
      break;
  }
  return 0;
}

bool same_up_to_doubled_letters(std::string_view a, std::string_view b) {
  auto single = [](std::string_view text) {
    std::string out;
    for (char c : text)
      if (out.empty() || out.back() != c) out += c;
    return out;
  };
  return single(a) == single(b);
}

bool surname_slip_of(std::string_view written, std::string_view known) {
  const std::string w = surname_of(written), k = surname_of(known);
  return !w.empty() && !k.empty() && w != k && slip_of(w, k) && !same_up_to_doubled_letters(w, k);
}

bool holder_slip_of(std::string_view written, std::string_view spelling) {
  const std::vector<std::string> w = name_parts(written), k = name_parts(spelling);
  return w.size() >= 2 &&
         close_part_by_part(w, k, [](size_t length) { return length >= 4 ? 2 : 0; });
}

bool begins_with_parts(const std::vector<std::string>& parts,
                       const std::vector<std::string>& start) {
  return !start.empty() && start.size() < parts.size() &&
         std::equal(start.begin(), start.end(), parts.begin());
}

NameFit fit_to_person(std::string_view written, std::string_view spelling,
                      std::string_view spelling_key) {
  return fit_in_detail(written, spelling, spelling_key).fit;
}

PersonFit fit_to_person(std::string_view written, const Person& person) {
  struct Option {
    Fitting fitting;
    std::string_view spelling;
  };
  std::vector<Option> options;
  options.push_back({fit_in_detail(written, person.name, person.key), person.name});
  for (const OtherName& other : person.other_names)
    options.push_back({fit_in_detail(written, other.name, other.key), other.name});
  auto strength = fit_strength;
  const Option* best = nullptr;
  for (const Option& o : options)
    if (strength(o.fitting.fit) > 0 &&
        (!best || strength(o.fitting.fit) > strength(best->fitting.fit) ||
         (o.fitting.fit == best->fitting.fit &&
          o.fitting.loose.size() < best->fitting.loose.size())))
      best = &o;
  if (!best) return {};
  // The same name but for parts that another spelling has with a slip: "Mukcy Sall" holds
  // "Sall" and "Joesph Biden" "Joe Biden", but they are "Macky Sall" and "Joseph Biden"
  // misspelt.
  if (best->fitting.fit == NameFit::Same)
    for (const Option& o : options)
      if (o.fitting.fit == NameFit::Close &&
          std::any_of(o.fitting.slips.begin(), o.fitting.slips.end(), [&](const auto& slip) {
            const auto& loose = best->fitting.loose;
            return std::find(loose.begin(), loose.end(), slip.first) != loose.end() &&
                   !same_up_to_doubled_letters(slip.first, slip.second);
          }))
        return {NameFit::Close, std::string(o.spelling)};
  // "Shiekh Tamim bin Hamad Al Thani": the name, with a slip in its style (its only part
  // that the spelling lacks).
  if (best->fitting.fit == NameFit::Same) {
    const std::vector<std::string>& tokens = name_tokens(written);
    const auto& loose = best->fitting.loose;
    if (tokens.size() > 1 && loose.size() == 1 && loose.front() == tokens.front())
      for (std::string_view style : names::styles())
        if (slip_of(tokens.front(), std::string(style)) &&
            !same_up_to_doubled_letters(tokens.front(), style)) {
          // The written word that is that token (after any honorific: "H.E. Shiekh ...").
          for (size_t start = 0; start < written.size();) {
            size_t end = written.find(' ', start);
            if (end == std::string_view::npos) end = written.size();
            if (end > start && names::key(written.substr(start, end - start)) == tokens.front()) {
              std::string spelling(style);
              spelling[0] =
                  static_cast<char>(std::toupper(static_cast<unsigned char>(spelling[0])));
              return {NameFit::Close, std::string(written.substr(0, start)) + spelling +
                                          std::string(written.substr(end))};
            }
            start = end + 1;
          }
          break;
        }
  }
  return {best->fitting.fit, std::string(best->spelling)};
}

}  // namespace readout::analysis
