// `--fix`: applying safe fixes, and `--dry-run`'s unified diff.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "readout/diagnostic.hpp"

namespace readout::cli {

// The edits of each finding's first safe fix, skipping fixes that touch text an earlier chosen
// fix already changes (a later pass picks them up). `applied` is set to the number of fixes.
std::vector<TextEdit> choose_safe_fixes(const std::vector<Diagnostic>& diagnostics,
                                        size_t& applied);

// A unified diff (as `diff -u` writes it, 3 lines of context) from `before` to `after`, with
// `a/<path>` and `b/<path>` headers so that `git apply` and `patch -p1` accept it. Empty when
// the texts are equal.
std::string unified_diff(std::string_view before, std::string_view after, std::string_view path);

}  // namespace readout::cli
