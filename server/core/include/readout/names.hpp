// Unicode-correct name normalisation (ICU): used to compare how people are written.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace readout::names {

// Canonical comparison key: NFKC, case folded, diacritics removed, any script transliterated to
// Latin ASCII, honorifics ("H.E.", "Mr", "Dr") dropped, punctuation and hyphens as single
// spaces. "Kassym-Jomart Tokayev" -> "kassym jomart tokayev"; "Касым-Жомарт Токаев" ->
// "kasym zomart tokaev".
std::string key(std::string_view name);

// key() with its tokens sorted, so that name order does not matter ("suga yoshihide").
std::string order_free_key(std::string_view name);

// Tokens of key().
std::vector<std::string> tokens(std::string_view name);

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

}  // namespace readout::names
