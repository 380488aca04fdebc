// The human format: one block per finding, with the source line and a caret under the range.
#include <algorithm>
#include <string>

#include "formats/formats.hpp"
#include "formats/positions.hpp"

namespace readout::cli {
namespace {

constexpr std::string_view kReset = "\x1b[0m";
constexpr std::string_view kBold = "\x1b[1m";
constexpr std::string_view kDim = "\x1b[2m";

std::string_view severity_colour(Severity severity) {
  switch (severity) {
    case Severity::Error:
      return "\x1b[1;31m";
    case Severity::Warning:
      return "\x1b[1;33m";
    case Severity::Info:
      return "\x1b[1;34m";
    case Severity::Hint:
      return "\x1b[1;36m";
  }
  return "";
}

class TextWriter {
 public:
  TextWriter(std::ostream& out, const TextStyle& style) : out_(out), style_(style) {}

  void file(const LintedFile& file) {
    for (const Diagnostic& d : file.diagnostics) diagnostic(file, d);
  }

  void summary(const FindingCounts& counts) {
    if (counts.problems() == 0) {
      out_ << paint(kBold, "No problems") << " in " << plural(counts.files, "file", "files")
           << ".\n";
      return;
    }
    std::string parts;
    auto part = [&](size_t n, std::string_view one, std::string_view many) {
      if (n == 0) return;
      if (!parts.empty()) parts += ", ";
      parts += plural(n, one, many);
    };
    part(counts.errors, "error", "errors");
    part(counts.warnings, "warning", "warnings");
    part(counts.infos, "info", "infos");
    part(counts.hints, "hint", "hints");
    out_ << paint(kBold, plural(counts.problems(), "problem", "problems")) << " (" << parts
         << ") in " << plural(counts.files, "file", "files");
    if (counts.fixable > 0) out_ << ", " << counts.fixable << " fixable with --fix";
    out_ << ".\n";
  }

 private:
  void diagnostic(const LintedFile& file, const Diagnostic& d) {
    DisplayPosition at = display_position(file.text, file.lines, d.range.begin);
    out_ << paint(kBold, location(file, at)) << ' '
         << paint(severity_colour(d.severity), std::string(to_string(d.severity))) << '['
         << d.rule_id << "]: " << d.message << '\n';
    source_line(file, d);
    for (const Fix& fix : d.fixes) {
      out_ << gutter_blank() << paint(kBold, "= ") << (fix.safe ? "fix: " : "suggestion: ")
           << fix.title << (fix.safe ? " (--fix)" : "") << '\n';
    }
    for (const RelatedInfo& related : d.related) {
      DisplayPosition r = display_position(file.text, file.lines, related.range.begin);
      out_ << gutter_blank() << paint(kBold, "= ") << "note: " << location(file, r) << ' '
           << related.message << '\n';
    }
    out_ << '\n';
  }

  // "   43 | the line" then "      |      ^^^^^" under the range's part on that line.
  void source_line(const LintedFile& file, const Diagnostic& d) {
    if (file.text.empty()) return;
    std::string_view text = file.text;
    uint32_t begin = std::min<uint32_t>(d.range.begin, static_cast<uint32_t>(text.size()));
    uint32_t line = file.lines.position(begin).line;
    std::string_view line_text = file.lines.line_text(text, line);
    uint32_t line_start = file.lines.line_start(line);
    uint32_t in_line_begin = begin - line_start;
    uint32_t end = std::clamp<uint32_t>(d.range.end, begin, line_start + line_text.size());
    uint32_t in_line_end = end - line_start;

    std::string shown(line_text);
    std::replace(shown.begin(), shown.end(), '\t', ' ');
    std::string number = std::to_string(line + 1);
    gutter_width_ = std::max<size_t>(number.size(), 4);
    out_ << paint(kDim, std::string(gutter_width_ - number.size(), ' ') + number + " | ") << shown
         << '\n';
    uint32_t indent = display_width(line_text.substr(0, in_line_begin));
    uint32_t width = std::max<uint32_t>(
        1, display_width(line_text.substr(in_line_begin, in_line_end - in_line_begin)));
    out_ << paint(kDim, std::string(gutter_width_, ' ') + " | ") << std::string(indent, ' ')
         << paint(severity_colour(d.severity), std::string(width, '^')) << '\n';
  }

  std::string gutter_blank() const { return std::string(gutter_width_, ' ') + " "; }

  static std::string location(const LintedFile& file, DisplayPosition at) {
    return file.display_path + ':' + std::to_string(at.line) + ':' + std::to_string(at.column) +
           ':';
  }

  static std::string plural(size_t n, std::string_view one, std::string_view many) {
    return std::to_string(n) + ' ' + std::string(n == 1 ? one : many);
  }

  std::string paint(std::string_view code, const std::string& text) const {
    if (!style_.color) return text;
    return std::string(code) + text + std::string(kReset);
  }

  std::ostream& out_;
  const TextStyle& style_;
  size_t gutter_width_ = 4;
};

class TextReportWriter : public ReportWriter {
 public:
  TextReportWriter(std::ostream& out, const TextStyle& style)
      : style_(style), writer_(out, style_) {}
  void file(const LintedFile& file) override { writer_.file(file); }
  void finish(const FindingCounts& counts) override { writer_.summary(counts); }

 private:
  TextStyle style_;  // before writer_, which keeps a reference to it
  TextWriter writer_;
};

}  // namespace

std::unique_ptr<ReportWriter> make_text_writer(std::ostream& out, const TextStyle& style) {
  return std::make_unique<TextReportWriter>(out, style);
}

void write_text(std::ostream& out, const std::vector<LintedFile>& files, const TextStyle& style) {
  TextWriter writer(out, style);
  for (const LintedFile& file : files) writer.file(file);
  writer.summary(count_findings(files));
}

}  // namespace readout::cli
