// Severity names, shared by the rule table, the CLI formats and the config file.
#include "readout/diagnostic.hpp"

namespace readout {

std::string_view to_string(Severity severity) {
  switch (severity) {
    case Severity::Error:
      return "error";
    case Severity::Warning:
      return "warning";
    case Severity::Info:
      return "info";
    case Severity::Hint:
      return "hint";
  }
  return "warning";
}

bool parse_severity(std::string_view text, Severity& out) {
  for (Severity s : {Severity::Error, Severity::Warning, Severity::Info, Severity::Hint})
    if (text == to_string(s)) {
      out = s;
      return true;
    }
  return false;
}

}  // namespace readout
