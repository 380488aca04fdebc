// Name keys for comparing how people are written (ICU transliteration and case folding).
#include "readout/names.hpp"

#include <algorithm>
#include <array>
#include <cstdlib>
#include <functional>
#include <memory>
#include <optional>

#include <unicode/normalizer2.h>
#include <unicode/translit.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

namespace readout::names {
namespace {

// Any script to Latin, then strip what is left of diacritics and fold to ASCII. Latin-ASCII
// leaves the schwa alone (Azerbaijani "Əliyev"); it is written "a"/"e" in English, so map it.
constexpr const char* kToAsciiRules =
    ":: Any-Latin; :: NFD; :: [:Nonspacing Mark:] Remove; :: NFC; :: Latin-ASCII;"
    "ə > a; Ə > A;";

// Transliterators are not safe for concurrent use, so each thread owns one.
icu::Transliterator* to_ascii() {
  thread_local std::unique_ptr<icu::Transliterator> instance = [] {
    UErrorCode status = U_ZERO_ERROR;
    UParseError where{};
    std::unique_ptr<icu::Transliterator> t(icu::Transliterator::createFromRules(
        "readout-names", icu::UnicodeString::fromUTF8(kToAsciiRules), UTRANS_FORWARD, where,
        status));
    return U_SUCCESS(status) ? std::move(t) : nullptr;
  }();
  return instance.get();
}

// Letters and digits; bytes of any character the transliteration left non-ASCII count as
// letters so that nothing of a name is silently lost.
bool is_name_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
         static_cast<unsigned char>(c) >= 0x80;
}

char ascii_lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

// Non-ASCII characters common in Latin post labels and organization names, with what the
// transliterator and case folding make of them (names_test.cpp checks each against ICU).
constexpr std::array<std::pair<char16_t, std::string_view>, 33> kLatinFolds = {
    {{u'\u2018', "'"},
     {u'\u2019', "'"},
     {u'\u2032', "'"},
     {u'\u201C', "\""},
     {u'\u201D', "\""},
     {u'\u2010', "-"},
     {u'\u2011', "-"},
     {u'\u2013', "-"},
     {u'\u2014', "-"},
     {u'\u0141', "l"},
     {u'\u0142', "l"},
     {u'\u0131', "i"},
     {u'\u0110', "d"},
     {u'\u0111', "d"},
     {u'\u00D8', "o"},
     {u'\u00F8', "o"},
     {u'\u00DF', "ss"},
     {u'\u00C6', "ae"},
     {u'\u00E6', "ae"},
     {u'\u0152', "oe"},
     {u'\u0153', "oe"},
     {u'\u00FE', "th"},
     {u'\u00DE', "th"},
     {u'\u00F0', "d"},
     {u'\u00D0', "d"},
     {u'\u0126', "h"},
     {u'\u0127', "h"},
     {u'\u018F', "a"},  // the schwa (kToAsciiRules)
     {u'\u0259', "a"},
     {u'\u00A0', " "},
     // Direction marks and zero-width spaces are left as they are.
     {u'\u200B', "\u200B"},
     {u'\u200E', "\u200E"},
     {u'\u200F', "\u200F"}}};

const std::string_view* latin_fold(char16_t c) {
  for (const auto& [from, to] : kLatinFolds)
    if (from == c) return &to;
  return nullptr;
}

// The text in NFD without its nonspacing marks, lower-cased, when that is all ASCII but for
// the characters of kLatinFolds: what the transliterator would make of it.
std::optional<std::string> without_marks_if_ascii(const icu::UnicodeString& nfkc,
                                                  UErrorCode& status) {
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  if (U_FAILURE(status)) return std::nullopt;
  const icu::UnicodeString decomposed = nfd->normalize(nfkc, status);
  if (U_FAILURE(status)) return std::nullopt;
  std::string out;
  out.reserve(static_cast<size_t>(decomposed.length()));
  for (int32_t i = 0; i < decomposed.length(); ++i) {
    const char16_t c = decomposed.charAt(i);
    if (c < 0x80) {
      out.push_back(ascii_lower(static_cast<char>(c)));
    } else if (const std::string_view* fold = latin_fold(c)) {
      out += *fold;
    } else if (U16_IS_SURROGATE(c) || u_charType(c) != U_NON_SPACING_MARK) {
      return std::nullopt;
    }
  }
  return out;
}

std::string fold(std::string_view name, bool shortcuts) {
  // ASCII text is its own normal form and transliteration: skip ICU, which is most of the cost
  // of indexing a registry of thousands of names.
  if (shortcuts && std::all_of(name.begin(), name.end(),
                               [](char c) { return static_cast<unsigned char>(c) < 0x80; })) {
    std::string out(name);
    for (char& c : out) c = ascii_lower(c);
    return out;
  }
  UErrorCode status = U_ZERO_ERROR;
  icu::UnicodeString text = icu::UnicodeString::fromUTF8(
      icu::StringPiece(name.data(), static_cast<int32_t>(name.size())));
  if (const icu::Normalizer2* nfkc = icu::Normalizer2::getNFKCInstance(status); U_SUCCESS(status))
    text = nfkc->normalize(text, status);
  // Latin letters with diacritics ("Türkiye", "Côte d'Ivoire") need only NFD and the removal
  // of marks to be ASCII, which is what the transliterator does to them: skip creating it
  // (ICU builds its whole transliterator registry on first use).
  if (shortcuts)
    if (std::optional<std::string> plain = without_marks_if_ascii(text, status)) return *plain;
  if (icu::Transliterator* t = to_ascii()) t->transliterate(text);
  text.foldCase();
  std::string out;
  text.toUTF8String(out);
  return out;
}

bool is_blank(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// The next whitespace-separated word of `text` from `at` (empty at the end); `at` moves past it.
std::string_view next_word(std::string_view text, size_t& at) {
  while (at < text.size() && is_blank(text[at])) ++at;
  const size_t begin = at;
  while (at < text.size() && !is_blank(text[at])) ++at;
  return text.substr(begin, at - begin);
}

// Whether `word` is `lower` in any case (ASCII).
bool equals_folded(std::string_view word, std::string_view lower) {
  if (word.size() != lower.size()) return false;
  for (size_t i = 0; i < word.size(); ++i)
    if (ascii_lower(word[i]) != lower[i]) return false;
  return true;
}

template <typename Tokens>
std::string join_tokens(const Tokens& tokens) {
  size_t size = tokens.size();
  for (std::string_view t : tokens) size += t.size();
  std::string out;
  out.reserve(size);
  for (std::string_view t : tokens) {
    if (!out.empty()) out.push_back(' ');
    out += t;
  }
  return out;
}

}  // namespace

std::string join(std::span<const std::string_view> tokens) { return join_tokens(tokens); }
std::string join(const std::vector<std::string>& tokens) { return join_tokens(tokens); }

std::string fold_to_ascii(std::string_view text) { return fold(text, true); }

std::string fold_to_ascii_with_icu(std::string_view text) { return fold(text, false); }

bool is_honorific(std::string_view word) {
  // "H.E." only with its dots: "He" is also a family name.
  if (equals_folded(word, "h.e.") || equals_folded(word, "h.e") || equals_folded(word, "he."))
    return true;
  while (!word.empty() && (word.back() == '.' || word.back() == ',')) word.remove_suffix(1);
  // Most words are too long or too short, or begin with a letter no honorific begins with.
  if (word.size() < 2 || word.size() > 10) return false;
  switch (ascii_lower(word.front())) {
    case 'm':
    case 'd':
    case 's':
    case 'p':
    case 'h':
    case 'e':
      break;
    default:
      return false;
  }
  static constexpr std::array<std::string_view, 15> kHonorifics = {
      "mr",  "mrs",        "ms",        "miss",       "dr",  "sir",   "prof", "professor",
      "hon", "honourable", "honorable", "excellency", "mme", "madam", "dame"};
  return std::any_of(kHonorifics.begin(), kHonorifics.end(),
                     [&](std::string_view h) { return equals_folded(word, h); });
}

bool is_generational_suffix(std::string_view token) {
  if (token.size() < 2 || token.size() > 4) return false;  // "jr" to "viii": most tokens are not
  static constexpr std::array<std::string_view, 14> kSuffixes = {
      "jr", "sr", "ii", "iii", "iv", "vi", "vii", "viii", "ix", "2nd", "3rd", "4th", "5th", "6th"};
  return std::find(kSuffixes.begin(), kSuffixes.end(), token) != kSuffixes.end();
}

bool is_optional_part(std::string_view token) {
  return token.size() < 2 || is_generational_suffix(token);
}

const std::vector<std::string_view>& styles() {
  static const std::vector<std::string_view> all = {
      "sheikh", "sheikha", "shaikh", "shaikha", "sheik", "king", "queen", "emir", "amir", "sultan",
      "prince", "princess", "crown", "his", "her", "majesty", "highness", "royal", "hrh", "hh",
      "ambassador", "cardinal", "archbishop", "bishop",
      // Styles that are never a name: a pope's name alone may follow ("Pope Francis").
      "pope", "holiness"};
  return all;
}

std::string_view style_of(std::string_view token) {
  // Most tokens begin with a letter no style begins with.
  static const std::array<bool, 256> kFirstLetters = [] {
    std::array<bool, 256> first{};
    for (std::string_view s : styles()) first[static_cast<unsigned char>(s.front())] = true;
    return first;
  }();
  if (token.empty() || !kFirstLetters[static_cast<unsigned char>(token.front())]) return {};
  for (std::string_view s : styles())
    if (s == token) return s;
  return {};
}

namespace {

template <typename Token>
size_t leading_styles_of(const std::vector<Token>& tokens) {
  auto only_style = [](std::string_view t) { return t == "pope" || t == "holiness"; };
  size_t n = 0;
  while (n < tokens.size() && !style_of(tokens[n]).empty()) ++n;
  const bool names_follow_alone = n > 0 && n < tokens.size() && only_style(tokens[n - 1]);
  // Two name tokens must remain: "Amir Peretz" is a name, not a style and a name.
  while (n > 0 && tokens.size() - n < (names_follow_alone ? 1u : 2u)) --n;
  return n;
}

}  // namespace

size_t leading_styles(const std::vector<std::string>& tokens) { return leading_styles_of(tokens); }

size_t leading_styles(const std::vector<std::string_view>& tokens) {
  return leading_styles_of(tokens);
}

std::string romanisation_skeleton(std::string_view token) {
  if (token == "el") return "al";  // the Arabic article: "el-Sisi", "Al Sisi"
  auto vowel = [](char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; };
  // Both passes only shorten the text: one buffer, each written no further than it is read.
  std::string out(token.size(), '\0');
  size_t length = 0;
  for (size_t i = 0; i < token.size(); ++i) {
    const char c = token[i];
    const char next = i + 1 < token.size() ? token[i + 1] : '\0';
    char folded = c;
    if (c == 'd' && next == 'z' && i + 2 < token.size() && token[i + 2] == 'h') {
      folded = 'j';
      i += 2;
    } else if ((c == 'z' && next == 'h') || (c == 'd' && next == 'j')) {
      folded = 'j';
      ++i;
    } else if ((c == 'k' || c == 'p') && next == 'h') {
      folded = c == 'k' ? 'h' : 'f';
      ++i;
    } else if (c == 'o' && (next == 'u' || next == 'o')) {
      folded = 'u';
      ++i;
    } else if (c == 'c' && next == 'k') {
      folded = 'k';
      ++i;
    } else if ((c == 'c' && next != 'h') || c == 'q') {
      folded = 'k';
    } else if (c == 'w') {
      folded = 'v';
    }
    out[length++] = folded;
  }
  const size_t folded_length = length;
  length = 0;
  auto y_or_i = [](char x) { return x == 'y' || x == 'i'; };
  for (size_t i = 0; i < folded_length; ++i) {
    const char c = out[i];
    // "yy", "iy", "yi", "ii" as one y ("Zelenskyy", "Zelenskiy", "Zelensky", "Oleksii",
    // "Oleksiy"); a lone i or y stays what it is ("Melony" is not "Meloni").
    if (y_or_i(c) && i + 1 < folded_length && y_or_i(out[i + 1])) {
      while (i + 1 < folded_length && y_or_i(out[i + 1])) ++i;
      if (length == 0 || out[length - 1] != 'y') out[length++] = 'y';
      continue;
    }
    // A y gliding between vowels: "Tokayev" and "Tokaev", "Mirziyoyev" and "Mirziyoev".
    if (c == 'y' && length > 0 && vowel(out[length - 1]) && i + 1 < folded_length &&
        vowel(out[i + 1]))
      continue;
    out[length++] = c;
  }
  out.resize(length);
  return out;
}

namespace {

// Calls use(token) for each token of tokens(name) in order; the view lasts until the next call.
template <typename Use>
void visit_tokens(std::string_view name, Use use) {
  std::string folded = fold_to_ascii(name);
  for (char& c : folded) c = ascii_lower(c);
  std::string token;
  size_t at = 0;
  for (std::string_view word = next_word(folded, at); !word.empty();) {
    const std::string_view following = next_word(folded, at);
    // "His/Her Excellency": the pronoun belongs to the honorific.
    const bool pronoun_of_honorific =
        (word == "his" || word == "her") && !following.empty() && is_honorific(following);
    if (!is_honorific(word) && !pronoun_of_honorific) {
      // Apostrophes join ("Ma'ruf" -> "maruf"), other punctuation splits ("Kassym-Jomart" ->
      // "kassym", "jomart").
      bool open = false;  // whether `token` is a token of this word still growing
      for (size_t i = 0; i < word.size();) {
        if (is_name_char(word[i])) {
          size_t end = i;
          while (end < word.size() && is_name_char(word[end])) ++end;
          if (!open) {
            if (!token.empty()) use(std::string_view(token));
            token.clear();
          }
          token.append(word.substr(i, end - i));
          open = true;
          i = end;
        } else {
          if (word[i] != '\'' && word[i] != '`') open = false;
          ++i;
        }
      }
    }
    word = following;
  }
  if (!token.empty()) use(std::string_view(token));
}

}  // namespace

std::vector<std::string> tokens(std::string_view name) {
  std::vector<std::string> out;
  visit_tokens(name, [&](std::string_view token) { out.emplace_back(token); });
  return out;
}

void for_each_token(std::string_view name, const std::function<void(std::string_view)>& use) {
  visit_tokens(name, use);
}

std::string key(std::string_view name) { return join(tokens(name)); }

std::string order_free_key(std::string_view name) {
  std::vector<std::string> t = tokens(name);
  std::sort(t.begin(), t.end());
  return join(t);
}

int edit_distance(std::string_view a, std::string_view b, int limit) {
  const int n = static_cast<int>(a.size());
  const int m = static_cast<int>(b.size());
  if (limit < 0) return limit + 1;
  if (std::abs(n - m) > limit) return limit + 1;
  const int beyond = limit + 1;  // any value over the limit: what a cell outside the band holds
  // Three rows suffice for the optimal string alignment recurrence; only the band of cells
  // |i - j| <= limit is computed, since a path through any other costs more than the limit.
  // Rows of short names live on the stack: this runs for every candidate of a fuzzy look-up.
  constexpr int kOnStack = 64;
  std::array<int, 3 * kOnStack> stack_rows;
  std::vector<int> heap_rows;
  int* rows = stack_rows.data();
  if (m + 1 > kOnStack) {
    heap_rows.resize(3 * static_cast<size_t>(m + 1));
    rows = heap_rows.data();
  }
  int* before = rows;
  int* previous = rows + (m + 1);
  int* current = rows + 2 * (m + 1);
  for (int j = 0; j <= m; ++j) previous[j] = j;
  for (int i = 1; i <= n; ++i) {
    const int low = std::max(1, i - limit), high = std::min(m, i + limit);
    current[low - 1] = low == 1 ? i : beyond;
    if (high < m) current[high + 1] = beyond;
    int row_min = current[low - 1];
    for (int j = low; j <= high; ++j) {
      const int cost = a[static_cast<size_t>(i - 1)] == b[static_cast<size_t>(j - 1)] ? 0 : 1;
      int value = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost});
      if (i > 1 && j > 1 && a[static_cast<size_t>(i - 1)] == b[static_cast<size_t>(j - 2)] &&
          a[static_cast<size_t>(i - 2)] == b[static_cast<size_t>(j - 1)])
        value = std::min(value, before[j - 2] + 1);
      current[j] = value;
      row_min = std::min(row_min, value);
    }
    if (row_min > limit) return beyond;
    std::swap(before, previous);
    std::swap(previous, current);
  }
  return std::min(previous[m], beyond);
}

}  // namespace readout::names
