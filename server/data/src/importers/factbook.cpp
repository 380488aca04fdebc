// Reading the CIA World Factbook's "chief of state" and "head of government" text. The
// Factbook writes family names in capitals ("Angela MERKEL", "XI Jinping", "Pedro SANCHEZ
// PEREZ-CASTEJON"): the capitalised words are the family name, the capitalised-initial words
// just before them the given names, and what comes before those the title.
#include "importers/factbook.hpp"

#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <set>

namespace readout::data::factbook {
namespace {

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

std::string trim(std::string_view s) {
  const char* space = " \t\r\n,:";
  const size_t start = s.find_first_not_of(space);
  if (start == std::string_view::npos) return {};
  return std::string(s.substr(start, s.find_last_not_of(space) - start + 1));
}

std::vector<std::string> words(std::string_view s) {
  std::vector<std::string> out;
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && std::isspace(static_cast<unsigned char>(s[i]))) ++i;
    size_t j = i;
    while (j < s.size() && !std::isspace(static_cast<unsigned char>(s[j]))) ++j;
    if (j > i) out.emplace_back(s.substr(i, j - i));
    i = j;
  }
  return out;
}

bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
bool is_lower(char c) { return c >= 'a' && c <= 'z'; }

// A family name as the Factbook writes it: a part (between hyphens) of two or more capitals
// and no small letter ("BIDEN", "Hoseini-KHAMENEI"); parenthesised words are not names.
bool is_capitalised_name(std::string_view word) {
  if (word.empty() || word.front() == '(' || word.back() == ')') return false;
  size_t start = 0;
  while (start <= word.size()) {
    size_t end = word.find('-', start);
    if (end == std::string_view::npos) end = word.size();
    const std::string_view part = word.substr(start, end - start);
    const auto capitals = std::count_if(part.begin(), part.end(), is_upper);
    if (capitals >= 2 && std::none_of(part.begin(), part.end(), is_lower)) return true;
    start = end + 1;
  }
  return false;
}

// Words of titles, ranks and styles: where the given names stop when reading backwards.
const std::set<std::string, std::less<>> kTitleWords = {"acting",
                                                        "administrator",
                                                        "admiral",
                                                        "adm.",
                                                        "amir",
                                                        "and",
                                                        "archbishop",
                                                        "ayatollah",
                                                        "bishop",
                                                        "brig.",
                                                        "brigadier",
                                                        "cabinet",
                                                        "caliph",
                                                        "captain",
                                                        "captains",
                                                        "caretaker",
                                                        "assembly",
                                                        "chair",
                                                        "chairman",
                                                        "commission",
                                                        "confederation",
                                                        "federation",
                                                        "ministers",
                                                        "presidency",
                                                        "swiss",
                                                        "union",
                                                        "chairperson",
                                                        "chairwoman",
                                                        "chancellor",
                                                        "chief",
                                                        "co-chief",
                                                        "co-prince",
                                                        "col.",
                                                        "colonel",
                                                        "commander",
                                                        "commissioner",
                                                        "council",
                                                        "crown",
                                                        "dame",
                                                        "deputy",
                                                        "dr.",
                                                        "duke",
                                                        "emir",
                                                        "emperor",
                                                        "episcopal",
                                                        "executive",
                                                        "federal",
                                                        "field",
                                                        "first",
                                                        "gen.",
                                                        "general",
                                                        "governor",
                                                        "governor-general",
                                                        "government",
                                                        "grand",
                                                        "head",
                                                        "her",
                                                        "high",
                                                        "his",
                                                        "holiness",
                                                        "interim",
                                                        "king",
                                                        "leader",
                                                        "lieutenant",
                                                        "lord",
                                                        "lt.",
                                                        "maj.",
                                                        "major",
                                                        "majesty",
                                                        "marshal",
                                                        "military",
                                                        "minister",
                                                        "minister-president",
                                                        "monarch",
                                                        "mr.",
                                                        "mrs.",
                                                        "ms.",
                                                        "national",
                                                        "of",
                                                        "or",
                                                        "paramount",
                                                        "pope",
                                                        "premier",
                                                        "president",
                                                        "presidential",
                                                        "prime",
                                                        "prince",
                                                        "princess",
                                                        "provisional",
                                                        "queen",
                                                        "regent",
                                                        "representative",
                                                        "republic",
                                                        "revolutionary",
                                                        "royal",
                                                        "ruler",
                                                        "sheikh",
                                                        "shaykh",
                                                        "sir",
                                                        "sovereign",
                                                        "state",
                                                        "sultan",
                                                        "supreme",
                                                        "taoiseach",
                                                        "the",
                                                        "transitional",
                                                        "vice"};

// Ranks and honorifics written between a title and a name.
const std::set<std::string, std::less<>> kStyles = {
    "adm.", "archbishop", "ayatollah", "brig.",  "captain", "col.", "colonel", "dame",
    "dr.",  "gen.",       "h.e.",      "lady",   "lord",    "lt.",  "maj.",    "mr.",
    "mrs.", "ms.",        "rev.",      "sheikh", "shaykh",  "sir",  "sr."};

// Lower-case words that belong inside a name ("TAMIM bin Hamad Al Thani", "VIVES i Sicilia").
const std::set<std::string, std::less<>> kParticles = {
    "al",  "bin", "bint", "binti", "bte", "da",  "das", "de", "del", "della", "der", "di",  "do",
    "dos", "du",  "e",    "el",    "i",   "ibn", "la",  "le", "van", "von",   "y",   "arap"};

bool starts_upper(const std::string& w) {
  return !w.empty() && (is_upper(w[0]) || static_cast<unsigned char>(w[0]) >= 0x80);
}

// A nickname written in parentheses among the given names: "Jan (Henny) H. EMAN". Not a
// title's gloss ("Taoiseach (Prime Minister)", "(Emir)"), which is titled or of several words.
bool nickname_in_parentheses(const std::string& g) {
  if (g.size() < 4 || g.front() != '(' || g.back() != ')') return false;
  const std::string inner = g.substr(1, g.size() - 2);
  return starts_upper(inner) && inner.find_first_of("() ") == std::string::npos &&
         !kTitleWords.count(lower(inner));
}

// An Arabic article joined to a name by a hyphen: "al-Karim", "el-Sisi", "ad-Din".
bool particle_joined(const std::string& g) {
  static const std::set<std::string, std::less<>> kArticles = {"ad", "al",  "an", "ar",
                                                               "as", "ash", "at", "el"};
  const size_t hyphen = g.find('-');
  return hyphen != std::string::npos && hyphen + 1 < g.size() &&
         kArticles.count(lower(g.substr(0, hyphen))) && starts_upper(g.substr(hyphen + 1));
}

std::string strip_punctuation(std::string w) {
  while (!w.empty() && (w.back() == ',' || w.back() == ':')) w.pop_back();
  return w;
}

bool is_roman_numeral(std::string_view w) {
  static const std::set<std::string, std::less<>> kNumerals = {
      "I",  "II", "III", "IV",  "V",    "VI",  "VII", "VIII",
      "IX", "X",  "XI",  "XII", "XIII", "XIV", "XV",  "XVI"};
  return kNumerals.count(w) > 0;
}

// One holder from "Title Given FAMILY Rest (since D)" text (the part before "(since").
std::optional<Holder> parse_one(std::string_view before, std::optional<PartialDate> since) {
  const std::vector<std::string> w = words(before);
  int depth = 0;
  size_t family = w.size();
  for (size_t i = 0; i < w.size(); ++i) {
    if (depth == 0 && is_capitalised_name(strip_punctuation(w[i]))) {  // "XI Jinping" too
      family = i;
      break;
    }
    depth += static_cast<int>(std::count(w[i].begin(), w[i].end(), '('));
    depth -= static_cast<int>(std::count(w[i].begin(), w[i].end(), ')'));
  }
  if (family == w.size()) return std::nullopt;
  size_t first = family;
  while (first > 0 && family - first < 5) {
    const std::string& g = w[first - 1];
    const bool nickname = g.front() == '"' || g.front() == '\'' ||  // Anthony C. L. "Tony" BLAIR
                          nickname_in_parentheses(g);               // Jan (Henny) H. EMAN
    const bool particle = kParticles.count(g) > 0 ||                // Lindsay de SAUSMAREZ
                          particle_joined(g);                       // Abd al-Karim al-IRYANI
    if ((!starts_upper(g) && !nickname && !particle) ||
        (!nickname && g.find_first_of("()") != std::string::npos) || kTitleWords.count(lower(g)) ||
        g.back() == ',')
      break;
    --first;
  }
  while (first < family && kParticles.count(w[first])) ++first;
  size_t last = family;  // inclusive
  while (last + 1 < w.size() && w[last].back() != ',') {
    const std::string& next = w[last + 1];
    if (next.front() == '(' || (!starts_upper(next) && !kParticles.count(lower(next)))) break;
    if (kTitleWords.count(lower(next)) && !is_capitalised_name(next)) break;
    ++last;
  }
  while (last > family && kParticles.count(w[last])) --last;
  Holder h;
  for (size_t i = 0; i < first; ++i) h.title += (i ? " " : "") + w[i];
  h.title = trim(h.title);
  for (size_t i = first; i <= last; ++i) {
    std::string word = strip_punctuation(w[i]);
    if (nickname_in_parentheses(word)) word = '"' + word.substr(1, word.size() - 2) + '"';
    h.written += (i > first ? " " : "") + word;
    if (is_capitalised_name(word) && !(i > first && is_roman_numeral(word)))
      h.surnames.push_back(mixed_case(word));
  }
  h.name = mixed_case(h.written);
  h.since = since;
  return h;
}

bool mentions(const std::string& lowered, std::initializer_list<std::string_view> any) {
  return std::any_of(any.begin(), any.end(),
                     [&](std::string_view s) { return lowered.find(s) != std::string::npos; });
}

}  // namespace

std::optional<PartialDate> parse_date(std::string_view text) {
  static const std::array<std::string_view, 12> kMonths = {
      "january", "february", "march",     "april",   "may",      "june",
      "july",    "august",   "september", "october", "november", "december"};
  const std::vector<std::string> w = words(text.substr(0, 40));
  auto number = [](const std::string& s) {
    std::string digits;
    for (char c : s)
      if (c >= '0' && c <= '9')
        digits += c;
      else
        break;
    return digits;
  };
  auto month_of = [&](const std::string& s) {
    const std::string l = lower(strip_punctuation(s));
    for (size_t m = 0; m < kMonths.size(); ++m)
      if (l.size() >= 3 && kMonths[m].substr(0, l.size()) == l) return static_cast<int>(m) + 1;
    return 0;
  };
  char buffer[16];
  if (w.size() >= 3 && !number(w[0]).empty() && month_of(w[1]) && number(w[2]).size() == 4) {
    std::snprintf(buffer, sizeof buffer, "%s-%02d-%02d", number(w[2]).c_str(), month_of(w[1]),
                  std::stoi(number(w[0])));
    return PartialDate::parse(buffer);
  }
  if (w.size() >= 2 && month_of(w[0]) && number(w[1]).size() == 4) {
    std::snprintf(buffer, sizeof buffer, "%s-%02d", number(w[1]).c_str(), month_of(w[0]));
    return PartialDate::parse(buffer);
  }
  if (!w.empty() && number(w[0]).size() == 4) return PartialDate::parse(number(w[0]));
  return std::nullopt;
}

std::string mixed_case(std::string_view name) {
  std::string out;
  const std::vector<std::string> w = words(name);
  for (size_t i = 0; i < w.size(); ++i) {
    std::string word = w[i];
    if (is_capitalised_name(word) && !(i > 0 && is_roman_numeral(word))) {
      if (i > 0 && kParticles.count(lower(word))) {
        word = lower(word);
      } else {
        icu::UnicodeString u = icu::UnicodeString::fromUTF8(word);
        u.toLower();
        bool start = true;
        for (int32_t k = 0; k < u.length(); ++k) {
          const UChar c = u.charAt(k);
          if (start && u_isalpha(c)) u.setCharAt(k, static_cast<UChar>(u_toupper(c)));
          start = c == '-' || c == '\'' || c == ' ' || c == '(';
        }
        word.clear();
        u.toUTF8String(word);
      }
    }
    out += (i ? " " : "") + word;
  }
  return out;
}

std::vector<Holder> parse_holders(std::string_view text) {
  std::vector<Holder> out;
  // Clauses are separated by ";" outside parentheses.
  std::vector<std::string> clauses(1);
  int depth = 0;
  for (char c : text) {
    if (c == '(') ++depth;
    if (c == ')') --depth;
    if (c == ';' && depth <= 0) {
      clauses.emplace_back();
      continue;
    }
    clauses.back() += (c == '\n' || c == '\r') ? ' ' : c;
  }
  for (size_t i = 0; i < clauses.size(); ++i) {
    const std::string clause = trim(clauses[i]);
    const std::string lowered = lower(clause);
    // Notes ("note - ...", "on 13 November 2022, President HERZOG tasked ...") name no holder.
    if (clause.empty() || is_lower(clause[0]) || lowered.rfind("note", 0) == 0) continue;
    const size_t since_at = lowered.find("(since ");
    std::optional<PartialDate> since;
    if (since_at != std::string::npos)
      since = parse_date(std::string_view(clause).substr(since_at + 7));
    auto holder = parse_one(std::string_view(clause).substr(0, since_at), since);
    if (!holder) continue;
    const std::string title = lower(holder->title);
    if (mentions(title, {"vice", "deputy", "heir", "crown prince", "first lady", "spouse"}))
      continue;
    if (i > 0 && !mentions(title, {"co-prince", "captain regent", "co-chief"})) continue;
    out.push_back(std::move(*holder));
  }
  return out;
}

Executive split_executive_branch(std::string_view text) {
  const std::string lowered = lower(text);
  auto part = [&](std::string_view marker) {
    const size_t at = lowered.find(marker);
    if (at == std::string::npos) return std::string();
    const size_t start = at + marker.size();
    size_t end = text.size();
    for (std::string_view next : {"head of government:", "chief of state:", "cabinet:",
                                  "elections:", "elections/appointments:", " | "})
      if (size_t n = lowered.find(next, start); n != std::string::npos) end = std::min(end, n);
    return trim(text.substr(start, end - start));
  };
  return {part("chief of state:"), part("head of government:")};
}

std::vector<std::string> title_forms(std::string_view title) {
  std::vector<std::string> out;
  auto add = [&](std::string form) {
    form = trim(form);
    // Ranks and styles that precede a name are not part of the title ("... Lt. Gen. Sir"), nor
    // a dangling "of the" where the name took the rest ("President of" French Polynesia). A
    // compound that lost its end so ("Prime Minister and Minister of" Interior), or one that
    // ends in "and" or a dash, is a title nobody writes.
    bool cut = false;
    while (true) {
      const size_t space = form.rfind(' ');
      const std::string last = lower(form.substr(space == std::string::npos ? 0 : space + 1));
      if (last == "and" || last == "-") return;
      const bool dangling = last == "of" || last == "the" || last == "for";
      // A prince's style after a title ("Prime Minister Prince" KHALIFA), not "Crown Prince".
      const std::string before_last =
          space == std::string::npos ? std::string() : lower(form.substr(0, space));
      const bool royal_style = (last == "prince" || last == "princess") && !before_last.empty() &&
                               !before_last.ends_with("crown") && !before_last.ends_with("heir");
      if (!dangling && !royal_style && !kStyles.count(last)) break;
      cut = cut || dangling;
      form = space == std::string::npos ? std::string() : trim(form.substr(0, space));
    }
    if (cut && lower(form).find(" and ") != std::string::npos) return;
    for (std::string_view prefix : {"acting ", "interim ", "transitional ", "caretaker "})
      if (lower(form).rfind(prefix, 0) == 0) form = trim(form.substr(prefix.size()));
    if (form.empty() || form.size() > 60 || !starts_upper(form) ||
        form.find_first_of("0123456789;:\"") != std::string::npos ||
        lower(form).find("equivalent") != std::string::npos)
      return;
    if (std::find(out.begin(), out.end(), form) == out.end()) out.push_back(form);
  };
  std::string main;
  std::vector<std::string> glosses;
  int depth = 0;
  for (char c : title) {
    if (c == '(') {
      if (depth++ == 0) glosses.emplace_back();
      continue;
    }
    if (c == ')') {
      --depth;
      continue;
    }
    (depth > 0 ? glosses.back() : main) += c;
  }
  const std::string lowered = lower(main);
  size_t start = 0;
  while (true) {  // "President of the Government or Prime Minister"
    const size_t or_at = lowered.find(" or ", start);
    add(main.substr(start, or_at == std::string::npos ? std::string::npos : or_at - start));
    if (or_at == std::string::npos) break;
    start = or_at + 4;
  }
  for (const auto& g : glosses)
    if (lower(g).rfind("and ", 0) != 0) add(g);
  return out;
}

}  // namespace readout::data::factbook
