// Bytes as a `.readout.json` (JSON with comments and trailing commas). Every error names the
// file, a line and a column inside the input, errors come in the order of the text, and a file
// read without errors names only known rules.
#include <cstddef>
#include <cstdint>
#include <tuple>

#include "fuzz_support.hpp"
#include "readout/data/config.hpp"

using namespace readout;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const std::filesystem::path file = "/fuzz/project/.readout.json";
  data::Config config;
  std::vector<data::FileError> errors;
  const bool ok = data::parse_config(text, file, config, errors);
  fuzz::check(ok == errors.empty(), "parse_config's result and its errors disagree");
  for (size_t i = 0; i < errors.size(); ++i) {
    fuzz::check_error_location(errors[i], text, file.string());
    if (i > 0)
      fuzz::check(
          std::tie(errors[i - 1].line, errors[i - 1].column) <=
              std::tie(errors[i].line, errors[i].column),
          "errors out of order: " + errors[i - 1].to_string() + " before " + errors[i].to_string());
  }
  if (ok) {
    fuzz::check(config.file == file, "the config does not name its file");
    for (const auto& id : config.analysis.disabled_rules)
      fuzz::check(find_rule(id) != nullptr, "an unknown rule '" + id + "' was disabled");
    for (const auto& [id, severity] : config.analysis.severity_overrides)
      fuzz::check(find_rule(id) != nullptr, "an unknown rule '" + id + "' was given a severity");
    for (const auto& path : config.registry_files)
      fuzz::check(path.is_absolute(), "registry file '" + path.string() + "' is not resolved");
  }
  return 0;
}
