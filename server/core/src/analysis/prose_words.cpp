#include "analysis/prose_words.hpp"

#include <algorithm>
#include <array>

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "readout/names.hpp"

namespace readout::analysis {
namespace {

struct CodePoint {
  UChar32 value = 0;
  int32_t begin = 0;
  int32_t end = 0;
};

// ASCII answers without ICU's property tables: titles and prose are mostly ASCII.
constexpr bool is_ascii_upper(UChar32 c) { return c >= 'A' && c <= 'Z'; }
constexpr bool is_ascii_alnum(UChar32 c) {
  return is_ascii_upper(c) || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
}
bool is_digit(UChar32 c) { return c < 0x80 ? c >= '0' && c <= '9' : u_isdigit(c); }
bool is_letter(UChar32 c) {
  if (c < 0x80) return is_ascii_upper(c) || (c >= 'a' && c <= 'z');
  return u_isalpha(c) || (U_GET_GC_MASK(c) & U_GC_M_MASK) != 0;
}
UChar32 to_lower(UChar32 c) {
  if (c < 0x80) return is_ascii_upper(c) ? c - 'A' + 'a' : c;
  return u_tolower(c);
}
// Letters and digits make words: for ASCII, by table.
constexpr std::array<bool, 128> kAsciiWordChar = [] {
  std::array<bool, 128> table{};
  for (size_t c = 0; c < table.size(); ++c) table[c] = is_ascii_alnum(static_cast<UChar32>(c));
  return table;
}();
bool is_word_char(UChar32 c) {
  if (static_cast<uint32_t>(c) < 0x80) return kAsciiWordChar[static_cast<size_t>(c)];
  return is_letter(c) || is_digit(c);
}
bool is_apostrophe(UChar32 c) { return c == '\'' || c == 0x2019; }
bool is_hyphen(UChar32 c) { return c == '-' || c == 0x2010 || c == 0x2011; }
// A code point of a word as its folded form has it: letters lower-cased, the apostrophes and
// hyphens joining its parts as ASCII ones.
UChar32 folded(UChar32 c) {
  if (is_apostrophe(c)) return '\'';
  if (is_hyphen(c)) return '-';
  return to_lower(c);
}

void append_utf8(std::string& out, UChar32 c) {
  if (c >= 0 && c < 0x80) {
    out.push_back(static_cast<char>(c));
    return;
  }
  char buffer[4];
  int32_t length = 0;
  UBool error = false;
  U8_APPEND(buffer, length, 4, c, error);
  if (!error) out.append(buffer, static_cast<size_t>(length));
}

// "al-Sudani", "el-Sisi", "bin": prefixes after which the name proper starts.
bool is_lower_prefix(std::string_view folded) {
  static constexpr std::array<std::string_view, 6> kPrefixes = {"al-", "el-",  "ad-",
                                                                "as-", "ash-", "ar-"};
  return std::any_of(kPrefixes.begin(), kPrefixes.end(), [&](std::string_view p) {
    return folded.starts_with(p) && folded.size() > p.size();
  });
}

}  // namespace

bool is_name_particle(std::string_view folded) {
  // "y", "e", "i": Spanish, Portuguese and Catalan double family names ("Ubach i Font").
  static constexpr std::array<std::string_view, 29> kParticles = {
      "bin", "ibn", "bint", "ben", "abu", "al",  "el",    "van", "von",     "der",
      "den", "de",  "da",   "di",  "du",  "del", "della", "la",  "le",      "dos",
      "das", "do",  "y",    "e",   "i",   "zu",  "av",    "af",  "\xc3\xa1"};  // á
  return std::find(kParticles.begin(), kParticles.end(), folded) != kParticles.end();
}

namespace {

// Whether a code point is white space as u_isWhitespace says, ASCII without ICU's tables.
bool is_white(UChar32 c) {
  if (c < 0x80) return (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x20);
  return u_isWhitespace(c);
}

// The code points of ASCII text, one per byte, read in place.
class AsciiPoints {
 public:
  explicit AsciiPoints(std::string_view text) : text_(text) {}
  [[nodiscard]] size_t size() const { return text_.size(); }
  [[nodiscard]] UChar32 value(size_t k) const { return static_cast<unsigned char>(text_[k]); }
  [[nodiscard]] uint32_t begin(size_t k) const { return static_cast<uint32_t>(k); }
  [[nodiscard]] uint32_t end(size_t k) const { return static_cast<uint32_t>(k + 1); }
  // Appends the folded form of a word's code points [from, to): the bytes, lower-cased.
  void fold(size_t from, size_t to, std::string& out) const {
    const size_t at = out.size();
    out.append(text_.substr(from, to - from));
    for (size_t k = at; k < out.size(); ++k)
      out[k] = static_cast<char>(to_lower(value(k - at + from)));
  }

 private:
  std::string_view text_;
};

// The code points of other text, decoded into a buffer each thread reuses (prose is split
// line by line), given back when a long text made it large.
class DecodedPoints {
 public:
  explicit DecodedPoints(std::string_view text) : cps_(buffer()) {
    cps_.clear();
    cps_.reserve(text.size());
    for (int32_t i = 0, n = static_cast<int32_t>(text.size()); i < n;) {
      CodePoint cp;
      cp.begin = i;
      U8_NEXT(text.data(), i, n, cp.value);
      cp.end = i;
      cps_.push_back(cp);
    }
  }
  ~DecodedPoints() {
    constexpr size_t kKept = 4096;
    if (cps_.capacity() > kKept) std::vector<CodePoint>().swap(cps_);
  }
  DecodedPoints(const DecodedPoints&) = delete;
  DecodedPoints& operator=(const DecodedPoints&) = delete;
  [[nodiscard]] size_t size() const { return cps_.size(); }
  [[nodiscard]] UChar32 value(size_t k) const { return cps_[k].value; }
  [[nodiscard]] uint32_t begin(size_t k) const { return static_cast<uint32_t>(cps_[k].begin); }
  [[nodiscard]] uint32_t end(size_t k) const { return static_cast<uint32_t>(cps_[k].end); }
  void fold(size_t from, size_t to, std::string& out) const {
    for (size_t k = from; k < to; ++k) append_utf8(out, folded(cps_[k].value));
  }

 private:
  static std::vector<CodePoint>& buffer() {
    thread_local std::vector<CodePoint> cps;
    return cps;
  }
  std::vector<CodePoint>& cps_;
};

// split_words over the code points of a text of `bytes` bytes.
template <typename Points>
std::vector<Word> words_of(const Points& cps, size_t bytes, uint32_t base) {
  std::vector<Word> words;
  // A word takes at least one byte and so does what separates it from the next: no growth.
  words.reserve((bytes + 1) / 2);
  size_t previous_end = 0;  // code point index after the previous word (and its "'s")
  size_t i = 0;
  auto word_char = [&](size_t k) { return k < cps.size() && is_word_char(cps.value(k)); };
  while (i < cps.size()) {
    if (!word_char(i)) {
      ++i;
      continue;
    }
    Word word;
    const size_t start = i;
    while (i < cps.size()) {
      if (word_char(i)) {
        if (is_digit(cps.value(i))) word.has_digit = true;
        ++i;
      } else if ((is_apostrophe(cps.value(i)) || is_hyphen(cps.value(i))) && word_char(i + 1)) {
        ++i;
      } else {
        break;
      }
    }
    std::string folded;
    cps.fold(start, i, folded);
    size_t end = i;
    // A possessive "'s" at the end belongs to the sentence, not to the name.
    if (end - start >= 3 && (cps.value(end - 1) == 's' || cps.value(end - 1) == 'S') &&
        is_apostrophe(cps.value(end - 2))) {
      word.possessive = true;
      end -= 2;
      folded.resize(folded.size() - 2);
    } else if (i < cps.size() && is_apostrophe(cps.value(i))) {
      ++i;  // "countries’": a plural possessive; skip the apostrophe
    }
    const UChar32 first = cps.value(start);
    word.capitalised =
        (first < 0x80 ? is_ascii_upper(first) : u_isupper(first) || u_istitle(first)) ||
        is_lower_prefix(folded);
    word.folded = std::move(folded);
    word.range = {base + cps.begin(start), base + cps.end(end - 1)};
    if (!words.empty()) {
      bool comma = false, other = false;
      // "Antony J. Blinken", "Dr. Narayan Khadka": the dot of an initial or an honorific does not
      // end the name.
      const Word& before = words.back();
      const bool after_initial = before.capitalised && previous_end < start &&
                                 cps.value(previous_end) == '.' &&
                                 (before.folded.size() == 1 || names::is_honorific(before.folded));
      for (size_t k = after_initial ? previous_end + 1 : previous_end; k < start; ++k) {
        const UChar32 c = cps.value(k);
        if (c == ',')
          comma = true;
        else if (!is_white(c) && c != 0xA0)
          other = true;
      }
      // "E.P. Chet Greene" has two initials; "J.Blinken" is not a name.
      const bool next_initial = end - start == 1 && word.capitalised;
      if (after_initial && start == previous_end + 1 && !next_initial) other = true;
      word.gap = other ? Word::Gap::Other : comma ? Word::Gap::Comma : Word::Gap::Space;
    }
    previous_end = i;
    words.push_back(std::move(word));
  }
  return words;
}

}  // namespace

std::vector<Word> split_words(std::string_view text, uint32_t base) {
  if (std::all_of(text.begin(), text.end(),
                  [](char c) { return static_cast<unsigned char>(c) < 0x80; }))
    return words_of(AsciiPoints(text), text.size(), base);
  return words_of(DecodedPoints(text), text.size(), base);
}

}  // namespace readout::analysis
