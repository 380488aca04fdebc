#include "misspell.hpp"

#include <array>
#include <cctype>
#include <utility>
#include <vector>

namespace readout::corpus {
namespace {

bool is_vowel(char c) {
  const char l = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return l == 'a' || l == 'e' || l == 'i' || l == 'o' || l == 'u';
}

// Sound-alike spellings, both ways: the slips of someone who heard the name.
constexpr std::array<std::pair<std::string_view, std::string_view>, 10> kSoundAlikes{{
    {"th", "t"},
    {"ph", "f"},
    {"y", "i"},
    {"k", "c"},
    {"ck", "k"},
    {"ou", "u"},
    {"sch", "sh"},
    {"ei", "ie"},
    {"ss", "s"},
    {"v", "w"},
}};

// One edit in the word [begin, end) of `text`, which holds letters only.
std::string edit_word(std::string text, size_t begin, size_t end, Random& random) {
  const size_t length = end - begin;
  switch (random.below(5)) {
    case 0: {  // a doubled consonant
      const size_t at = begin + 1 + random.below(length - 1);
      if (!is_vowel(text[at])) return text.insert(at, 1, text[at]);
      [[fallthrough]];
    }
    case 1: {  // a dropped letter (never the first)
      const size_t at = begin + 1 + random.below(length - 1);
      return text.erase(at, 1);
    }
    case 2: {  // two inner letters swapped
      const size_t at = begin + 1 + random.below(length - 2);
      if (text[at] != text[at + 1]) {
        std::swap(text[at], text[at + 1]);
        return text;
      }
      [[fallthrough]];
    }
    case 3: {  // a sound-alike
      for (size_t tries = 0; tries < kSoundAlikes.size(); ++tries) {
        auto [a, b] = kSoundAlikes[random.below(kSoundAlikes.size())];
        if (random.chance(0.5)) std::swap(a, b);
        const size_t at = text.find(a, begin + 1);
        // Not inside a doubled letter: "Effendy" is not misheard as "Ephfendy".
        const bool doubled =
            at != std::string::npos &&
            (text[at - 1] == text[at] || text[at + a.size()] == text[at + a.size() - 1]);
        if (at != std::string::npos && at + a.size() <= end && !doubled)
          return text.replace(at, a.size(), b);
      }
      [[fallthrough]];
    }
    default: {  // a vowel for another
      static constexpr std::string_view kVowels = "aeiou";
      for (size_t at = begin + 1; at < end; ++at)
        if (is_vowel(text[at])) {
          char other = kVowels[random.below(kVowels.size())];
          if (other == text[at]) other = other == 'a' ? 'e' : 'a';
          text[at] = other;
          return text;
        }
      return text.erase(end - 1, 1);
    }
  }
}

}  // namespace

std::string misspell(std::string_view name, Random& random) {
  std::vector<std::pair<size_t, size_t>> words;  // ASCII-letter words of five or more
  size_t start = 0;
  for (size_t i = 0; i <= name.size(); ++i) {
    const bool letter = i < name.size() && std::isalpha(static_cast<unsigned char>(name[i]));
    const bool other = i < name.size() && !letter && name[i] != ' ' && name[i] != '-';
    if (other) {  // a word with diacritics or punctuation: skip it whole
      while (i < name.size() && name[i] != ' ' && name[i] != '-') ++i;
      start = i + 1;
      continue;
    }
    if (!letter) {
      if (i >= start + 5) words.emplace_back(start, i);
      start = i + 1;
    }
  }
  if (words.empty()) return {};
  const auto [begin, end] = words[random.below(words.size())];
  std::string out = edit_word(std::string(name), begin, end, random);
  return out == name ? std::string() : out;
}

}  // namespace readout::corpus
