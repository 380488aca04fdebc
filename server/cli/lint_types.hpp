// What `readout lint` produced for one file, as the output formats see it.
#pragma once

#include <cstddef>
#include <filesystem>
#include <string>
#include <vector>

#include <memory>

#include "readout/data/provenance.hpp"
#include "readout/diagnostic.hpp"
#include "readout/text.hpp"

namespace readout::cli {

struct LintedFile {
  std::string display_path;             // as the user named it ("examples/a.readout", "<stdin>")
  std::string text;                     // the text the diagnostics refer to (after --fix, if any)
  LineIndex lines;                      // of `text`
  std::vector<Diagnostic> diagnostics;  // sorted by position
  size_t fixes_applied = 0;             // safe fixes applied by --fix
  std::shared_ptr<const data::RegistryProvenance> registry;  // what it was checked against
};

struct FindingCounts {
  size_t files = 0;
  size_t errors = 0;
  size_t warnings = 0;
  size_t infos = 0;
  size_t hints = 0;
  size_t fixable = 0;  // findings with a safe fix
  [[nodiscard]] size_t problems() const { return errors + warnings + infos + hints; }
  void add(const LintedFile& file);
};

FindingCounts count_findings(const std::vector<LintedFile>& files);

}  // namespace readout::cli
