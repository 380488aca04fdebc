// Misspellings of the kind editors make when they write a name from memory or from another
// language's press: a doubled or dropped letter, two letters swapped, a letter written the way
// it sounds ("Anthony" for "Antony", "Jon" for "John").
#pragma once

#include <string>
#include <string_view>

#include "random.hpp"

namespace readout::corpus {

// A misspelling of `name` in one of its parts of five or more ASCII letters, or "" when the
// name has no such part. The result always differs from `name`.
std::string misspell(std::string_view name, Random& random);

}  // namespace readout::corpus
