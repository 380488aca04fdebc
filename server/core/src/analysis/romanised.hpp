// Names romanised from another script: their spellings in Latin letters vary in ways that a
// name first written in Latin letters does not ("Gallant"/"Galant", "Sokhonn"/"Sokhon").
#pragma once

#include <string_view>

#include "analysis/lookup_cache.hpp"

namespace readout::analysis {

// Whether every country the registry knows the person to have served mainly writes another
// script than Latin (by ICU's likely script for the country: Hebrew for Israel, Khmer for
// Cambodia), so that the person's name in Latin letters is a romanisation. False when the
// registry knows no country of theirs.
bool name_is_romanised(const LookupCache& lookup, const Person& person);

// Whether `written` and `known` (names of a person whose name is romanised) are the same name
// part by part (in either order) up to doubled letters and i for y ("Mohamed"/"Mohammed",
// "Sergei"/"Sergey", "Sokhonn"/"Sokhon"): another romanisation, not a slip.
bool romanised_alike(std::string_view written, std::string_view known);

// Whether `written` is `known` with its letters ä, ö, ü, ø, æ, å, ß written as ASCII digraphs
// ("Jonas Gahr Stoere" for Støre): the usual spelling where those letters are not at hand.
bool spelt_in_ascii(std::string_view written, std::string_view known);

// Whether `written` is `known`, a spelling of `person`, in another romanisation: romanised_alike
// and the person's name romanised; or spelt_in_ascii.
bool another_romanisation(const LookupCache& lookup, std::string_view written,
                          std::string_view known, const Person* person);

}  // namespace readout::analysis
