// Suppression comments: readout-disable / -enable blocks, -disable-line and
// -disable-next-line, each for named rules or for every rule.
#pragma once

#include <vector>

#include "readout/diagnostic.hpp"
#include "readout/model.hpp"

namespace readout::analysis {

// Removes the diagnostics that a suppression in `report` covers. A diagnostic belongs to the
// line where its range begins.
void apply_suppressions(const Report& report, const LineIndex& lines,
                        std::vector<Diagnostic>& diagnostics);

}  // namespace readout::analysis
