// Shared by the fuzz targets: the embedded registry (built once per process), a failure that
// libFuzzer records as a crash with its reproducer, and the invariants every analysis result
// must keep whatever the input: ranges inside the text, spans that are the text they cover,
// diagnostics in order, fixes whose edits apply.
#pragma once

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

#include "readout/analysis.hpp"
#include "readout/data/popolo.hpp"
#include "readout/rules.hpp"

namespace readout::fuzz {

[[noreturn]] inline void fail(const std::string& what) {
  std::fprintf(stderr, "\n==fuzz== invariant broken: %s\n", what.c_str());
  std::abort();  // libFuzzer saves the input as crash-<sha1>
}

inline void check(bool ok, const std::string& what) {
  if (!ok) fail(what);
}

// The registry the program uses by default (generated data + curated files), from the pack.
inline const std::shared_ptr<const Registry>& embedded_registry() {
  static const std::shared_ptr<const Registry> registry = [] {
    std::vector<data::FileError> errors;
    auto loaded = data::load_registry({}, /*include_embedded=*/true, errors);
    check(errors.empty() && loaded->size() > 1000, "the embedded registry did not load");
    return loaded;
  }();
  return registry;
}

inline std::string show(ByteRange r) {
  return "[" + std::to_string(r.begin) + ", " + std::to_string(r.end) + ")";
}

// True when the text is well-formed UTF-8 (then every range must fall on code point boundaries).
inline bool valid_utf8(std::string_view s) {
  for (size_t i = 0; i < s.size();) {
    const auto c = static_cast<unsigned char>(s[i]);
    size_t n = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
    if (n == 0 || (n == 2 && c < 0xc2) || i + n > s.size()) return false;
    for (size_t k = 1; k < n; ++k)
      if ((static_cast<unsigned char>(s[i + k]) & 0xc0) != 0x80) return false;
    const auto c1 = n > 1 ? static_cast<unsigned char>(s[i + 1]) : 0;
    if ((c == 0xe0 && c1 < 0xa0) || (c == 0xed && c1 > 0x9f) || (c == 0xf0 && c1 < 0x90) ||
        c > 0xf4 || (c == 0xf4 && c1 > 0x8f))
      return false;
    i += n;
  }
  return true;
}

// An error in an input file names that file and a line and column inside it (1-based; the
// column may be one past the line's last byte, where something is missing).
inline void check_error_location(const data::FileError& e, std::string_view text,
                                 const std::string& file) {
  const std::string what = "error '" + e.to_string() + "'";
  check(e.file == file, what + " does not name the file " + file);
  check(!e.message.empty(), what + " has no message");
  const LineIndex lines(text);
  check(e.line >= 1 && e.line <= lines.line_count(),
        what + ": line outside the " + std::to_string(lines.line_count()) + " lines of the input");
  const auto length = lines.line_text(text, e.line - 1).size();
  check(e.column >= 1 && e.column <= length + 1, what + ": column outside line " +
                                                     std::to_string(e.line) + " of " +
                                                     std::to_string(length) + " bytes");
}

class Checker {
 public:
  explicit Checker(std::string_view text) : text_(text), utf8_(valid_utf8(text)) {}

  void range(const std::string& what, ByteRange r) const {
    check(r.begin <= r.end && r.end <= text_.size(), what + " " + show(r) +
                                                         " is outside the text of " +
                                                         std::to_string(text_.size()) + " bytes");
    if (utf8_) {
      check(boundary(r.begin) && boundary(r.end),
            what + " " + show(r) + " splits a UTF-8 sequence of a well-formed text");
    }
  }

  // A span's text is the source text it covers.
  void span(const std::string& what, const Span& s) const {
    range(what, s.range);
    check(text_.substr(s.range.begin, s.range.size()) == s.text,
          what + " '" + s.text + "' is not the text at " + show(s.range) + " ('" +
              std::string(text_.substr(s.range.begin, s.range.size())) + "')");
  }

  void report(const Report& r) const {
    if (r.title) span("report title", *r.title);
    if (r.dateline) date("dateline", *r.dateline);
    if (r.place) span("report place", *r.place);
    if (r.source) span("report source", *r.source);
    if (r.author) span("report author", *r.author);
    for (const auto& p : r.prose) prose("report prose", p);
    for (const Meeting& m : r.meetings) meeting(m);
    for (const Suppression& s : r.suppressions) {
      range("suppression", s.range);
      for (const Span& rule : s.rules) span("suppressed rule", rule);
    }
    for (const SyntaxProblem& p : r.syntax_problems) {
      range("syntax problem", p.range);
      check(!p.message.empty(), "syntax problem at " + show(p.range) + " without a message");
    }
  }

  void result(const AnalysisResult& a) const {
    check(a.syntax && a.syntax->text() == text_, "the analysis is not of the text it was given");
    report(a.report());
    for (const NameOccurrence& n : a.names()) {
      range("name", n.written.range);
      if (n.title) range("title of a name", n.title->range);
      check(n.meeting < static_cast<int>(a.report().meetings.size()),
            "name in a meeting that does not exist");
    }
    const Diagnostic* previous = nullptr;
    for (const Diagnostic& d : a.diagnostics()) {
      diagnostic(d);
      if (previous) {
        const auto key = [](const Diagnostic& x) {
          return std::tie(x.range.begin, x.range.end, x.rule_id);
        };
        check(!(key(d) < key(*previous)), "diagnostics out of order: " + previous->rule_id + " " +
                                              show(previous->range) + " before " + d.rule_id + " " +
                                              show(d.range));
      }
      previous = &d;
    }
  }

 private:
  bool boundary(uint32_t offset) const {
    return offset >= text_.size() || (static_cast<unsigned char>(text_[offset]) & 0xc0) != 0x80;
  }

  void date(const std::string& what, const DateValue& d) const {
    span(what, d.raw);
    check(d.valid() || !d.error.empty(), what + " is neither valid nor explained");
    if (d.valid()) {
      range(what + " start", d.start_range);
      if (!d.end_range.empty()) range(what + " end", d.end_range);
    }
  }

  void prose(const std::string& what, const ProseSection& p) const {
    range(what, p.range);
    if (p.title) span(what + " title", *p.title);
    for (const Paragraph& para : p.paragraphs) {
      range(what + " paragraph", para.range);
      for (const ProseLine& line : para.lines) {
        span(what + " line", line.text);
        for (const HandleRef& h : line.handle_refs) span(what + " handle", h.handle);
      }
    }
  }

  void meeting(const Meeting& m) const {
    range("meeting", m.range);
    range("meeting heading", m.heading_range);
    span("meeting title", m.title);
    if (m.id) span("meeting id", *m.id);
    if (m.date) date("meeting date", *m.date);
    if (m.place) span("meeting place", *m.place);
    if (m.kind) span("meeting kind", *m.kind);
    for (const Attendee& a : m.attendees) {
      range("attendee", a.range);
      if (a.handle) span("attendee handle", *a.handle);
      span("attendee name", a.name);
      if (a.title) span("attendee title", *a.title);
      if (a.organization) span("attendee organization", *a.organization);
    }
    for (const Commitment& c : m.commitments) {
      range("commitment", c.range);
      span("commitment text", c.text);
      for (const Party& p : c.parties) span("commitment party", p.span);
      if (c.due) date("due date", *c.due);
    }
    for (const auto& p : m.prose) prose("meeting prose", p);
  }

  void diagnostic(const Diagnostic& d) const {
    const std::string what = d.rule_id + " " + show(d.range);
    check(find_rule(d.rule_id) != nullptr, "diagnostic of an unknown rule: " + what);
    check(!d.message.empty(), what + " has no message");
    check(d.severity >= Severity::Error && d.severity <= Severity::Hint, what + " has no severity");
    range(what, d.range);
    for (const RelatedInfo& r : d.related) range(what + " related", r.range);
    for (const Fix& f : d.fixes) {
      check(!f.title.empty() && !f.edits.empty(), what + ": a fix without a title or edits");
      for (const TextEdit& e : f.edits) {
        range(what + " fix edit", e.range);
        if (utf8_)
          check(valid_utf8(e.replacement), what + ": a fix writes bytes that are not UTF-8");
      }
      // Applied to the stretch of text the edits cover, shifted to it, which succeeds exactly
      // when applying them to the whole text does (ranges are checked above): copying the
      // whole text for every fix made a long input's check quadratic.
      uint32_t from = f.edits.front().range.begin, to = f.edits.front().range.end;
      for (const TextEdit& e : f.edits) {
        from = std::min(from, e.range.begin);
        to = std::max(to, e.range.end);
      }
      to = std::min<uint32_t>(to, static_cast<uint32_t>(text_.size()));
      std::string fixed(text_.substr(from, to - from));
      std::vector<TextEdit> shifted = f.edits;
      for (TextEdit& e : shifted) e.range = {e.range.begin - from, e.range.end - from};
      check(apply_edits(fixed, std::move(shifted)),
            what + ": the edits of fix '" + f.title + "' overlap");
    }
  }

  std::string_view text_;
  bool utf8_;
};

}  // namespace readout::fuzz
