// GitHub Actions workflow commands: each finding becomes an annotation on the pull request.
// https://docs.github.com/actions/reference/workflow-commands-for-github-actions
#include <string>

#include "formats/formats.hpp"
#include "formats/positions.hpp"

namespace readout::cli {
namespace {

// Workflow commands treat '%', CR and LF specially in messages, and also ':' and ',' in
// property values.
std::string escape(std::string_view text, bool property) {
  std::string out;
  for (char c : text) {
    switch (c) {
      case '%':
        out += "%25";
        break;
      case '\r':
        out += "%0D";
        break;
      case '\n':
        out += "%0A";
        break;
      case ':':
        out += property ? "%3A" : ":";
        break;
      case ',':
        out += property ? "%2C" : ",";
        break;
      default:
        out += c;
    }
  }
  return out;
}

std::string_view command(Severity severity) {
  switch (severity) {
    case Severity::Error:
      return "error";
    case Severity::Warning:
      return "warning";
    case Severity::Info:
    case Severity::Hint:
      return "notice";
  }
  return "notice";
}

}  // namespace

namespace {

void write_file(std::ostream& out, const LintedFile& file) {
  for (const Diagnostic& d : file.diagnostics) {
    DisplayPosition start = display_position(file.text, file.lines, d.range.begin);
    // GitHub's end column is inclusive: the column of the range's last character.
    DisplayPosition end = display_position(file.text, file.lines, d.range.end);
    if (d.range.end > d.range.begin && end.column > 1) --end.column;
    if (end.line == start.line && end.column < start.column) end.column = start.column;
    std::string message = d.message;
    for (const Fix& fix : d.fixes) {
      if (fix.safe) message += "\nFix (readout lint --fix): " + fix.title;
    }
    out << "::" << command(d.severity) << " file=" << escape(file.display_path, true)
        << ",line=" << start.line << ",col=" << start.column << ",endLine=" << end.line
        << ",endColumn=" << end.column << ",title=" << escape(d.rule_id, true)
        << "::" << escape(message, false) << '\n';
  }
}

class GithubWriter : public ReportWriter {
 public:
  explicit GithubWriter(std::ostream& out) : out_(out) {}
  void file(const LintedFile& file) override { write_file(out_, file); }
  void finish(const FindingCounts&) override {}

 private:
  std::ostream& out_;
};

}  // namespace

std::unique_ptr<ReportWriter> make_github_writer(std::ostream& out) {
  return std::make_unique<GithubWriter>(out);
}

void write_github(std::ostream& out, const std::vector<LintedFile>& files) {
  for (const LintedFile& file : files) write_file(out, file);
}

}  // namespace readout::cli
