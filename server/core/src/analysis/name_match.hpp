// When two written names stand for the same spelling, and when one looks like a misspelling of
// the other. Stricter than the registry's fuzzy search, so that ordinary capitalised phrases
// ("Central Asia", "Foreign Ministry") never pass for misspelt names.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "readout/registry.hpp"

namespace readout::analysis {

// Equal up to case, diacritics, script, punctuation, name order and middle initials.
bool same_name(std::string_view a, std::string_view b);
// The same for a registry spelling `b` whose names::key is `b_key` (Person::key,
// OtherName::key; empty when unknown): no normalising it again.
bool same_name(std::string_view a, std::string_view b, std::string_view b_key);
// same_name on name parts already computed (of `a` and `b`, which it also looks at).
bool same_parts(std::vector<std::string_view> pa, std::vector<std::string_view> pb,
                std::string_view a, std::string_view b);

// `written` (two or more name parts) is close to, but not the same as, `known`: the same number
// of parts, at least one part identical and every other part within one or two edits; or the
// whole name within one edit.
bool plausible_misspelling(std::string_view written, std::string_view known);

// `written` is in another script than `known` ("Сергей Лавров" / "Sergey Lavrov") and close
// to it once transliterated: a transliteration, not a misspelling.
bool plausible_transliteration(std::string_view written, std::string_view known);

// A single family name written with a small slip ("Blinkin" for "Blinken").
bool plausible_surname_misspelling(std::string_view written, std::string_view known);
// The same with up to two slips ("Bisin" for "Biden"), the first letter kept, not only doubled
// letters: for a family name whose person the context narrows down (a holder of the title
// written with it).
bool surname_slip_of(std::string_view written, std::string_view known);

// `written` is `spelling` (the same parts, in order) but for parts of four letters or more with
// up to two slips each, the first letter kept, and at least one part exact: "Edi Rona" for Edi
// Rama, "Hugh Tadn" for Hugh Todd. Looser than fit_to_person, for the one holder of a post in
// a country on the meeting's day only.
bool holder_slip_of(std::string_view written, std::string_view spelling);

// Whether name parts begin with `start`, and have more: "mohammed salman al saud" with
// "mohammed salman".
bool begins_with_parts(const std::vector<std::string>& parts,
                       const std::vector<std::string>& start);

// How a written name compares with the spelling of the one person the context says is meant
// (the holder of the post written with it, on the meeting's date). Looser than the matching
// above, since the person is known: any name order, extra or missing given names, second
// family names, styles and suffixes ("King Abdullah II bin Al-Hussein" for "Abdullah II of
// Jordan", "Gabriel Boric Font", "Joseph R. Biden Jr." for "Joe Biden").
enum class NameFit {
  None,       // another name
  Same,       // the person's name as people write it
  Romanised,  // the same name in another romanisation ("Zelensky" for "Zelenskyy")
  Close,      // one of the above with a slip ("Suga Yushihide")
};
NameFit fit_to_person(std::string_view written, std::string_view spelling,
                      std::string_view spelling_key);
// How strong a fit is: Same 3, Romanised 2, Close 1, None 0.
int fit_strength(NameFit fit);
// The same over every spelling of `person`: the strongest fit and the spelling that gives it,
// except that a name which one spelling holds but for a part that another spelling has with
// a slip is that spelling misspelt (Close): "Mukcy Sall" holds "Sall", "Joesph R. Biden Jr."
// holds "Joe Biden" (a short form), yet they are "Macky Sall" and "Joseph R. Biden Jr." with a
// slip.
// A style before the name with a slip ("Shiekh Tamim bin Hamad Al Thani") is a slip too.
struct PersonFit {
  NameFit fit = NameFit::None;
  std::string spelling;  // the person's spelling the written name is, or is a slip of
};
PersonFit fit_to_person(std::string_view written, const Person& person);

// "Mohamed"/"Mohammed", "Galant"/"Gallant" (name tokens): the same but for doubled letters,
// which romanisations of one name write differently (and a slip in one first written in Latin
// letters: "Blinkenn").
bool same_up_to_doubled_letters(std::string_view a, std::string_view b);

// Whether the text has a letter of a script other than Latin.
bool has_non_latin_letter(std::string_view text);

class LookupCache;

// names::tokens, memoised (ICU transliteration is the cost of name matching): in the
// LookupCache of the analysis running on this thread (TokenScope), so that the memo lives as
// long as the analysis and the ones it is handed on to; outside an analysis, per thread.
const std::vector<std::string>& name_tokens(std::string_view name);

// While it lives, name_tokens on this thread memoises in `cache` (analyze() opens one).
class TokenScope {
 public:
  explicit TokenScope(const LookupCache& cache);
  ~TokenScope();
  TokenScope(const TokenScope&) = delete;
  TokenScope& operator=(const TokenScope&) = delete;

 private:
  const LookupCache* previous_;
};

// Name tokens without single-letter initials.
std::vector<std::string> name_parts(std::string_view name);
// The same as views into name_tokens(name), valid as long as its memo.
std::vector<std::string_view> name_part_views(std::string_view name);
// Sorted name parts joined: the key under which same_name() spellings meet. Memoised like
// name_tokens.
const std::string& name_key(std::string_view written);

// The last name part, or "" when there is none; from the names::key when known.
std::string surname_of(std::string_view name);
std::string surname_of(std::string_view name, std::string_view key);

}  // namespace readout::analysis
