// Unicode-correct name normalisation (ICU): used to compare how people are written.
#pragma once

#include <functional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace readout::names {

// Canonical comparison key: NFKC, case folded, diacritics removed, any script transliterated to
// Latin ASCII, honorifics ("H.E.", "Mr", "Dr") dropped, punctuation and hyphens as single
// spaces. "Kassym-Jomart Tokayev" -> "kassym jomart tokayev"; "Касым-Жомарт Токаев" ->
// "kasym zomart tokaev".
std::string key(std::string_view name);
// Tokens joined by single spaces, as they are in a key.
[[nodiscard]] std::string join(std::span<const std::string_view> tokens);
[[nodiscard]] std::string join(const std::vector<std::string>& tokens);

// key() with its tokens sorted, so that name order does not matter ("suga yoshihide").
std::string order_free_key(std::string_view name);

// Tokens of key().
std::vector<std::string> tokens(std::string_view name);
// Calls use(token) for each of tokens(name), in order, without making the vector (a token's
// view lasts until the next call).
void for_each_token(std::string_view name, const std::function<void(std::string_view)>& use);

// Optimal string alignment (Damerau-Levenshtein) distance between two keys, stopping early
// once it exceeds `limit` (returns limit + 1 then).
int edit_distance(std::string_view a, std::string_view b, int limit);

// The text as key() compares it before splitting: NFKC, transliterated to ASCII, case folded.
// Latin text skips creating ICU's transliterator, whose first use costs tens of milliseconds.
std::string fold_to_ascii(std::string_view text);
// fold_to_ascii always through the transliterator: what the shortcuts must agree with (tests).
std::string fold_to_ascii_with_icu(std::string_view text);

// Whether a word is an honorific or courtesy title that is not part of a name.
bool is_honorific(std::string_view word);

// Whether a key token is a generational suffix or regnal number ("jr", "sr", "iii", "3rd"):
// written or left out at will ("Joseph R. Biden Jr.", "Abdullah II").
bool is_generational_suffix(std::string_view token);
// Tokens a name may be written with or without: initials and generational suffixes.
bool is_optional_part(std::string_view token);

// How many leading tokens of a name are a royal or courtesy style ("sheikh", "king", "his
// highness", "crown prince"), dropped only while two name tokens remain: one for "Sheikh Tamim
// bin Hamad Al Thani", none for "Amir Peretz"; a pope's style leaves one ("Pope Francis").
size_t leading_styles(const std::vector<std::string>& tokens);
size_t leading_styles(const std::vector<std::string_view>& tokens);
// The style a key token is ("sheikh"), or "" when it is none.
std::string_view style_of(std::string_view token);
// Every style leading_styles drops, as key tokens.
const std::vector<std::string_view>& styles();

// The letters of a key token that romanisations of one name write differently, folded to one
// ("zelenskyy"/"zelensky"/"zelenskiy", "oleksii"/"oleksiy", "berdimuhamedow"/"berdimuhamedov",
// "nicos"/"nikos", "tokayev"/"tokaev", "el"/"al" meet): w as v, c and q as k (ch kept), kh
// as h, ph as f, ou and oo as u, zh/dzh/dj as j, runs of y and i as y, and a y between vowels
// dropped. A lone i or y, other letters and doubled letters stay: "Melony" and "Blinkenn" are
// slips (though "Gallant"/"Galant" is a variant the registry must list).
std::string romanisation_skeleton(std::string_view token);

}  // namespace readout::names
