#include "transcript.hpp"

#include <sstream>

namespace readout::lsp::testing {

std::vector<Step> parse_transcript(const std::string& markdown) {
  std::vector<Step> steps;
  std::istringstream in(markdown);
  std::string line;
  int number = 0;
  Step* open = nullptr;
  while (std::getline(in, line)) {
    ++number;
    if (open) {
      if (line.rfind("```", 0) == 0) {
        open = nullptr;
      } else {
        open->body += line + "\n";
      }
      continue;
    }
    if (line.rfind("```", 0) != 0) continue;
    std::istringstream info(line.substr(3));
    std::vector<std::string> words;
    for (std::string w; info >> w;) words.push_back(w);
    if (!words.empty() && (words[0] == "json" || words[0] == "readout" || words[0] == "text"))
      words.erase(words.begin());
    Step step;
    step.line = number;
    if (words.empty()) {
      step.kind = "comment";
    } else {
      step.kind = words[0];
      if (step.kind == "raw") step.kind = "raw";
      for (size_t i = 1; i < words.size(); ++i) {
        if (words[i].rfind("from=", 0) == 0)
          step.from = words[i].substr(5);
        else if (words[i].rfind("repeat=", 0) == 0)
          step.repeat = std::stoi(words[i].substr(7));
        else if (words[i] != "send")
          step.arg = words[i];
      }
    }
    steps.push_back(step);
    open = &steps.back();
  }
  std::erase_if(steps, [](const Step& s) { return s.kind == "comment"; });
  return steps;
}

bool json_matches(const nlohmann::json& expected, const nlohmann::json& actual, std::string& why) {
  if (expected.is_string() && expected == "$any") return true;
  if (expected.is_string() && expected.get<std::string>().rfind("$contains:", 0) == 0) {
    std::string needle = expected.get<std::string>().substr(10);
    if (actual.is_string() && actual.get<std::string>().find(needle) != std::string::npos)
      return true;
    why = "expected text containing \"" + needle + "\", got " + actual.dump().substr(0, 300);
    return false;
  }
  if (expected.is_object() && expected.size() == 1 && expected.contains("$exactly")) {
    if (expected["$exactly"] == actual) return true;
    why =
        "expected exactly " + expected["$exactly"].dump() + ", got " + actual.dump().substr(0, 300);
    return false;
  }
  if (expected.is_object()) {
    if (!actual.is_object()) {
      why = "expected an object, got " + actual.dump();
      return false;
    }
    for (const auto& [key, value] : expected.items()) {
      bool present = actual.contains(key);
      if (value.is_string() && value == "$absent") {
        if (present) {
          why = "key '" + key + "' should be absent";
          return false;
        }
        continue;
      }
      if (!present) {
        why = "missing key '" + key + "'";
        return false;
      }
      if (!json_matches(value, actual[key], why)) {
        why = key + ": " + why;
        return false;
      }
    }
    return true;
  }
  if (expected.is_array()) {
    if (!actual.is_array()) {
      why = "expected an array, got " + actual.dump().substr(0, 200);
      return false;
    }
    if (expected.empty() && !actual.empty()) {
      why = "expected an empty array, got " + std::to_string(actual.size()) + " elements";
      return false;
    }
    size_t next = 0;
    for (size_t i = 0; i < expected.size(); ++i) {
      bool found = false;
      std::string inner;
      while (next < actual.size() && !found)
        found = json_matches(expected[i], actual[next++], inner);
      if (!found) {
        why = "no element matching [" + std::to_string(i) + "] " +
              expected[i].dump().substr(0, 200) +
              (inner.empty() ? "" : " (last difference: " + inner + ")");
        return false;
      }
    }
    return true;
  }
  if (expected.is_number() && actual.is_number()) {
    if (expected.get<double>() == actual.get<double>()) return true;
  } else if (expected == actual) {
    return true;
  }
  why = "expected " + expected.dump() + ", got " + actual.dump().substr(0, 200);
  return false;
}

}  // namespace readout::lsp::testing
