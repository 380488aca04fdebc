// `.readout.json` (readout/data/config.hpp): discovery, parsing and validation.
#include <algorithm>
#include <array>
#include <cctype>
#include <string>
#include <tuple>

#include <nlohmann/json.hpp>

#include "config_jsonc.hpp"
#include "readout/data/config.hpp"
#include "readout/data/files.hpp"
#include "readout/data/provenance.hpp"
#include "readout/rules.hpp"
#include "readout/text.hpp"

namespace readout::data {
namespace {

using nlohmann::json;

constexpr std::string_view kConfigName = ".readout.json";

// Edit distance, only to suggest the rule id the user probably meant.
size_t edit_distance(std::string_view a, std::string_view b) {
  std::vector<size_t> row(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    size_t diagonal = row[0];
    row[0] = i;
    for (size_t j = 1; j <= b.size(); ++j) {
      size_t above = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = above;
    }
  }
  return row[b.size()];
}

std::string suggest_rule(std::string_view id) {
  std::string best;
  size_t best_distance = id.size() / 3 + 1;
  for (const RuleInfo& rule : rule_table()) {
    size_t d = edit_distance(id, rule.id);
    if (d <= best_distance) {
      best_distance = d;
      best = rule.id;
    }
  }
  return best.empty() ? "" : "; did you mean '" + best + "'?";
}

class ConfigReader {
 public:
  ConfigReader(std::string_view text, const std::filesystem::path& file, Config& out,
               std::vector<FileError>& errors)
      : text_(text), lines_(text), file_(file), out_(out), errors_(errors) {}

  bool read() {
    size_t errors_before = errors_.size();
    out_ = Config{};
    out_.file = file_;
    layout_ = scan_jsonc(text_);
    json root;
    try {
      root = json::parse(layout_.cleaned, nullptr, true, /*ignore_comments=*/true);
    } catch (const json::parse_error& e) {
      error_at(error_offset(e), parser_message(e.what()));
      return false;
    } catch (const json::out_of_range& e) {  // a number too large for a double: 1e400
      const std::string_view what = e.what();
      const size_t open = what.find('\''), close = what.rfind('\'');
      const std::string number =
          open < close ? std::string(what.substr(open + 1, close - open - 1)) : "";
      error_at(overflow_offset(number), "a number too large to read: " + number);
      return false;
    }
    if (!root.is_object()) {
      error_at(value_offset(""), "the configuration must be a JSON object");
      return false;
    }
    for (const auto& [key, value] : root.items()) member(key, value);
    // Members come in key order; report problems in the order they appear in the file.
    std::stable_sort(errors_.begin() + static_cast<std::ptrdiff_t>(errors_before), errors_.end(),
                     [](const FileError& a, const FileError& b) {
                       return std::tie(a.line, a.column) < std::tie(b.line, b.column);
                     });
    return errors_.size() == errors_before;
  }

 private:
  void member(const std::string& key, const json& value) {
    std::string pointer = pointer_append("", key);
    if (key == "registry") {
      registry(pointer, value);
    } else if (key == "embeddedRegistry") {
      if (!value.is_boolean()) {
        error_at(value_offset(pointer), "\"embeddedRegistry\" must be true or false");
        return;
      }
      out_.use_embedded_registry = value.get<bool>();
    } else if (key == "rules") {
      rules(pointer, value);
    } else if (key == "registryHash") {
      registry_pin(pointer, value);
    } else if (key != "$schema") {
      error_at(key_offset(pointer),
               "unknown setting \"" + key +
                   "\" (known: \"registry\", \"embeddedRegistry\", \"registryHash\", \"rules\")");
    }
  }

  void registry_pin(const std::string& pointer, const json& value) {
    const uint32_t offset = value_offset(pointer);
    const std::string pin = value.is_string() ? value.get<std::string>() : "";
    if (std::string problem = check_pin_syntax(pin); !value.is_string() || !problem.empty()) {
      error_at(offset, "\"registryHash\" must be a string such as \"sha256:1f2e3d4c5b6a\": " +
                           (problem.empty() ? std::string("a registry pin is a string") : problem));
      return;
    }
    const FileError at = FileError::at(file_.string(), text_, lines_, offset, "");
    out_.registry_pin = pin;
    out_.registry_pin_line = at.line;
    out_.registry_pin_column = at.column;
  }

  void registry(const std::string& pointer, const json& value) {
    if (!value.is_array()) {
      error_at(value_offset(pointer), "\"registry\" must be a list of file names");
      return;
    }
    std::filesystem::path base = file_.parent_path();
    for (size_t i = 0; i < value.size(); ++i) {
      const json& item = value[i];
      if (!item.is_string() || item.get<std::string>().empty()) {
        error_at(value_offset(pointer_append(pointer, std::to_string(i))),
                 "each \"registry\" entry must be a file name");
        continue;
      }
      std::filesystem::path p = item.get<std::string>();
      out_.registry_files.push_back(p.is_absolute() ? p : (base / p).lexically_normal());
    }
  }

  void rules(const std::string& pointer, const json& value) {
    if (!value.is_object()) {
      error_at(value_offset(pointer),
               "\"rules\" must be an object such as {\"name-misspelled\": \"error\"}");
      return;
    }
    for (const auto& [id, level] : value.items()) {
      std::string rule_pointer = pointer_append(pointer, id);
      const std::string word = level.is_string() ? level.get<std::string>() : "";
      if (auto problem = apply_rule_setting(id, word, out_.analysis))
        error_at(problem->in_level ? value_offset(rule_pointer) : key_offset(rule_pointer),
                 problem->message);
    }
  }

  // nlohmann's text minus its "[json.exception...] parse error at line L, column C: " prefix,
  // since the location is reported our own way.
  static std::string parser_message(std::string_view what) {
    size_t column = what.find("column ");
    size_t colon = column == std::string_view::npos ? column : what.find(": ", column);
    if (colon == std::string_view::npos) return std::string(what);
    return std::string(what.substr(colon + 2));
  }

  // nlohmann_json's "number overflow parsing '1e400'" names the number but not where it is:
  // the first place it is written as a whole token.
  uint32_t overflow_offset(std::string_view number) const {
    if (number.empty()) return 0;
    const std::string_view text = layout_.cleaned;
    auto number_char = [](char c) {
      return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '+' || c == '.';
    };
    for (size_t at = text.find(number); at != std::string_view::npos;
         at = text.find(number, at + 1)) {
      const bool starts = at == 0 || !number_char(text[at - 1]);
      const bool ends = at + number.size() == text.size() || !number_char(text[at + number.size()]);
      if (starts && ends) return static_cast<uint32_t>(at);
    }
    return 0;
  }

  // nlohmann_json reports the byte just after the offending token (or after the first bad
  // character): step back to the token's start, a string, a literal or one character.
  uint32_t error_offset(const json::parse_error& e) const {
    size_t end = std::min(e.byte, text_.size());
    if (end == 0) return 0;
    size_t start = end - 1;
    auto literal_char = [](char c) {
      return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '+' || c == '.';
    };
    if (text_[start] == '"') {
      while (start > 0 && !(text_[start - 1] == '"' && (start < 2 || text_[start - 2] != '\\'))) {
        --start;
      }
      if (start > 0) --start;
    } else if (literal_char(text_[start])) {
      while (start > 0 && literal_char(text_[start - 1])) --start;
    }
    return static_cast<uint32_t>(start);
  }

  uint32_t key_offset(const std::string& pointer) const {
    auto it = layout_.key_offsets.find(pointer);
    return it == layout_.key_offsets.end() ? value_offset(pointer) : it->second;
  }
  uint32_t value_offset(const std::string& pointer) const {
    auto it = layout_.value_offsets.find(pointer);
    return it == layout_.value_offsets.end() ? 0 : it->second;
  }

  void error_at(uint32_t offset, std::string message) {
    errors_.push_back(FileError::at(file_.string(), text_, lines_, offset, std::move(message)));
  }

  std::string_view text_;
  LineIndex lines_;
  std::filesystem::path file_;
  Config& out_;
  std::vector<FileError>& errors_;
  JsoncLayout layout_;
};

}  // namespace

std::optional<std::filesystem::path> find_config(const std::filesystem::path& start) {
  std::error_code ec;
  std::filesystem::path dir = std::filesystem::absolute(start, ec).lexically_normal();
  if (ec) return std::nullopt;
  if (!dir.has_filename() && dir.has_parent_path() && dir != dir.root_path()) {
    dir = dir.parent_path();  // "/a/b/" -> "/a/b"
  }
  for (;;) {
    std::filesystem::path candidate = dir / kConfigName;
    if (std::filesystem::is_regular_file(candidate, ec)) return candidate;
    std::filesystem::path parent = dir.parent_path();
    if (parent == dir || parent.empty()) return std::nullopt;
    dir = parent;
  }
}

std::optional<RuleSettingProblem> apply_rule_setting(std::string_view id, std::string_view level,
                                                     AnalysisOptions& options) {
  if (find_rule(id) == nullptr)
    return RuleSettingProblem{"unknown rule '" + std::string(id) + "'" + suggest_rule(id), false};
  const std::string key(id);
  Severity severity;
  if (level == "off") {
    options.disabled_rules.insert(key);
  } else if (parse_severity(level, severity)) {
    // Over a layer that turned the rule off: a level turns it back on.
    options.disabled_rules.erase(key);
    options.severity_overrides[key] = severity;
  } else {
    return RuleSettingProblem{"the level of rule '" + key +
                                  "' must be \"error\", \"warning\", \"info\", \"hint\" or \"off\"",
                              true};
  }
  return std::nullopt;
}

bool parse_config(std::string_view text, const std::filesystem::path& file, Config& out,
                  std::vector<FileError>& errors) {
  return ConfigReader(text, file, out, errors).read();
}

bool load_config(const std::filesystem::path& file, Config& out, std::vector<FileError>& errors) {
  std::string text;
  std::string error;
  if (!read_file(file, text, error)) {
    out = Config{};
    out.file = file;
    errors.push_back(FileError{file.string(), 0, 0, "cannot read the file: " + error});
    return false;
  }
  return parse_config(text, file, out, errors);
}

}  // namespace readout::data
