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
bool is_ascii_upper(UChar32 c) { return c >= 'A' && c <= 'Z'; }
bool is_ascii_alnum(UChar32 c) {
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
bool is_apostrophe(UChar32 c) { return c == '\'' || c == 0x2019; }
bool is_hyphen(UChar32 c) { return c == '-' || c == 0x2010 || c == 0x2011; }

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

// The code points of a line, in a buffer each thread reuses (prose is split line by line),
// given back when a long text made it large.
class CodePoints {
 public:
  explicit CodePoints(std::string_view text) : cps_(buffer()) {
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
  ~CodePoints() {
    constexpr size_t kKept = 4096;
    if (cps_.capacity() > kKept) std::vector<CodePoint>().swap(cps_);
  }
  CodePoints(const CodePoints&) = delete;
  CodePoints& operator=(const CodePoints&) = delete;
  const std::vector<CodePoint>& all() const { return cps_; }

 private:
  static std::vector<CodePoint>& buffer() {
    thread_local std::vector<CodePoint> cps;
    return cps;
  }
  std::vector<CodePoint>& cps_;
};

}  // namespace

std::vector<Word> split_words(std::string_view text, uint32_t base) {
  const CodePoints code_points(text);
  const std::vector<CodePoint>& cps = code_points.all();
  std::vector<Word> words;
  // A word takes at least one byte and so does what separates it from the next: no growth.
  words.reserve((text.size() + 1) / 2);
  size_t previous_end = 0;  // code point index after the previous word (and its "'s")
  size_t i = 0;
  auto word_char = [&](size_t k) {
    return k < cps.size() &&
           (is_ascii_alnum(cps[k].value) || is_letter(cps[k].value) || is_digit(cps[k].value));
  };
  while (i < cps.size()) {
    if (!word_char(i)) {
      ++i;
      continue;
    }
    Word word;
    const size_t start = i;
    std::string folded;
    while (i < cps.size()) {
      if (word_char(i)) {
        if (is_digit(cps[i].value)) word.has_digit = true;
        append_utf8(folded, to_lower(cps[i].value));
        ++i;
      } else if ((is_apostrophe(cps[i].value) || is_hyphen(cps[i].value)) && word_char(i + 1)) {
        append_utf8(folded, is_apostrophe(cps[i].value) ? UChar32('\'') : UChar32('-'));
        ++i;
      } else {
        break;
      }
    }
    size_t end = i;
    // A possessive "'s" at the end belongs to the sentence, not to the name.
    if (end - start >= 3 && (cps[end - 1].value == 's' || cps[end - 1].value == 'S') &&
        is_apostrophe(cps[end - 2].value)) {
      word.possessive = true;
      end -= 2;
      folded.resize(folded.size() - 2);
    } else if (i < cps.size() && is_apostrophe(cps[i].value)) {
      ++i;  // "countries’": a plural possessive; skip the apostrophe
    }
    const UChar32 first = cps[start].value;
    word.capitalised =
        (first < 0x80 ? is_ascii_upper(first) : u_isupper(first) || u_istitle(first)) ||
        is_lower_prefix(folded);
    word.folded = std::move(folded);
    word.range = {base + static_cast<uint32_t>(cps[start].begin),
                  base + static_cast<uint32_t>(cps[end - 1].end)};
    if (!words.empty()) {
      bool comma = false, other = false;
      // "Antony J. Blinken", "Dr. Narayan Khadka": the dot of an initial or an honorific does not
      // end the name.
      const Word& before = words.back();
      const bool after_initial =
          before.capitalised && (before.folded.size() == 1 || names::is_honorific(before.folded)) &&
          previous_end < start && cps[previous_end].value == '.';
      for (size_t k = after_initial ? previous_end + 1 : previous_end; k < start; ++k) {
        const UChar32 c = cps[k].value;
        if (c == ',')
          comma = true;
        else if (!u_isWhitespace(c) && c != 0xA0)
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

}  // namespace readout::analysis
