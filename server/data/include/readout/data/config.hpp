// `.readout.json`: JSON with comments, found by walking up from a report's folder. Names
// registry files, rule severities and disabled rules; shared by the CLI and the language server.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "readout/analysis.hpp"
#include "readout/data/popolo.hpp"

namespace readout::data {

struct Config {
  std::filesystem::path file;                         // empty when no config file was found
  std::vector<std::filesystem::path> registry_files;  // resolved relative to the config file
  bool use_embedded_registry = true;
  // "registryHash": the content hash the registry must have (provenance.hpp), and where it is
  // written, for the message when the data differs.
  std::string registry_pin;
  uint32_t registry_pin_line = 0;
  uint32_t registry_pin_column = 0;
  AnalysisOptions analysis;  // "rules": {"name-misspelled": "error", "person-unknown": "off"}
};

// A rule's level ("error", "warning", "info", "hint" or "off") set over `options`: the one check
// of rule settings, for `.readout.json` and the editor's settings alike. nullopt when applied,
// else what is wrong and whether the level (rather than the rule id) is at fault.
struct RuleSettingProblem {
  std::string message;
  bool in_level = false;
};
std::optional<RuleSettingProblem> apply_rule_setting(std::string_view id, std::string_view level,
                                                     AnalysisOptions& options);

// Nearest `.readout.json` in `start` or its parents, if any.
std::optional<std::filesystem::path> find_config(const std::filesystem::path& start);

// Parses a config file's text (comments and trailing commas allowed). Errors carry line:col.
bool parse_config(std::string_view text, const std::filesystem::path& file, Config& out,
                  std::vector<FileError>& errors);
bool load_config(const std::filesystem::path& file, Config& out, std::vector<FileError>& errors);

}  // namespace readout::data
