// Document symbols (meetings > attendees, commitments), folding ranges and semantic tokens,
// all from the model.
#include <algorithm>

#include "readout/session/queries.hpp"

namespace readout::session {
namespace {

std::string parties_text(const Commitment& c) {
  std::string out;
  for (const auto& p : c.parties)
    out += (out.empty() ? "" : ", ") + std::string(p.kind == Party::Kind::Handle ? "@" : "") +
           p.span.text;
  return out;
}

// A long commitment is named by its start: at most `limit` bytes, cut at a code point boundary
// (a name must stay valid UTF-8), with "..." when cut.
std::string shortened(const std::string& text, std::size_t limit) {
  if (text.size() <= limit) return text;
  std::size_t end = limit - 3;
  while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end;
  std::string out(text, 0, end);
  out.append("...");
  return out;
}

std::string or_untitled(const std::string& name) {
  return name.empty() ? std::string("(untitled)") : name;
}

}  // namespace

std::vector<Symbol> document_symbols(const Report& report) {
  std::vector<Symbol> out;
  for (const auto& m : report.meetings) {
    std::string detail = m.date ? m.date->raw.text : "";
    if (m.place) detail += (detail.empty() ? "" : ", ") + m.place->text;
    Symbol meeting{
        or_untitled(m.title.text), detail, SymbolKind::Meeting, m.range, m.title.range, {}};
    for (const auto& a : m.attendees) {
      std::string d = a.title ? a.title->text : "";
      if (a.organization) d += (d.empty() ? "" : ", ") + a.organization->text;
      std::string name = (a.handle ? "@" + a.handle->text + " " : "") + a.name.text;
      meeting.children.push_back(
          {or_untitled(name), d, SymbolKind::Attendee, a.range, a.name.range, {}});
    }
    for (const auto& c : m.commitments) {
      ByteRange selection = c.text.range.empty() ? c.range : c.text.range;
      meeting.children.push_back({or_untitled(shortened(c.text.text, 60)),
                                  parties_text(c),
                                  SymbolKind::Commitment,
                                  c.range,
                                  selection,
                                  {}});
    }
    out.push_back(std::move(meeting));
  }
  return out;
}

std::vector<Fold> folding_ranges(const AnalysisResult& analysis) {
  const Report& report = analysis.report();
  const std::string& text = analysis.syntax->text();
  const LineIndex& lines = analysis.syntax->lines();
  std::vector<Fold> out;
  auto fold = [&](ByteRange range, bool comment) {
    // The last line the range covers, not counting a final line break.
    uint32_t end = range.end;
    while (end > range.begin && (text[end - 1] == '\n' || text[end - 1] == '\r')) --end;
    if (lines.position(end).line <= lines.position(range.begin).line) return;
    out.push_back({{range.begin, end}, comment});
  };
  auto fold_sections = [&](const std::vector<ProseSection>& sections) {
    for (const auto& s : sections) {
      fold(s.range, false);
      for (const auto& p : s.paragraphs) fold(p.range, false);
    }
  };
  fold_sections(report.prose);
  for (const auto& m : report.meetings) {
    fold(m.range, false);
    if (m.attendees.size() > 1)
      fold({m.attendees.front().range.begin, m.attendees.back().range.end}, false);
    if (m.commitments.size() > 1)
      fold({m.commitments.front().range.begin, m.commitments.back().range.end}, false);
    fold_sections(m.prose);
  }
  for (const auto& s : report.suppressions) fold(s.range, true);
  return out;
}

std::vector<SemanticToken> semantic_tokens(const AnalysisResult& analysis) {
  std::vector<SemanticToken> tokens;
  auto add = [&](ByteRange r, TokenType type, bool declaration = false) {
    if (!r.empty()) tokens.push_back({r, type, declaration});
  };
  auto add_date = [&](const std::optional<DateValue>& d) {
    if (d) add(d->raw.range, TokenType::Date);
  };
  const Report& report = analysis.report();
  add_date(report.dateline);
  for (const auto& m : report.meetings) {
    add(m.title.range, TokenType::Meeting, true);
    add_date(m.date);
    for (const auto& a : m.attendees) {
      if (a.title) add(a.title->range, TokenType::Title);
      if (a.organization) add(a.organization->range, TokenType::Organization);
    }
    for (const auto& c : m.commitments) {
      for (const auto& p : c.parties)
        if (p.kind == Party::Kind::Name && !p.span.text.empty())
          add(p.span.range, TokenType::Organization);
      if (c.due) add(c.due->raw.range, TokenType::Date);
    }
  }
  for (const auto& s : report.suppressions) add(s.range, TokenType::Comment);
  for (const auto& o : analysis.names()) {
    if (is_handle(o)) {
      ByteRange r = o.written.range;
      if (r.begin > 0) --r.begin;  // include the '@'
      add(r, TokenType::Handle, o.role == NameOccurrence::Role::HandleDefinition);
    } else {
      if (o.title) add(o.title->range, TokenType::Title);
      add(o.written.range, TokenType::Person, o.role == NameOccurrence::Role::AttendeeName);
    }
  }
  // Names override the organisation guess for commitment parties: keep the later, finer kind.
  std::stable_sort(tokens.begin(), tokens.end(),
                   [](const auto& a, const auto& b) { return a.range.begin < b.range.begin; });
  std::vector<SemanticToken> kept;
  for (const auto& t : tokens) {
    if (!kept.empty() && t.range.begin < kept.back().range.end) {
      if (t.range == kept.back().range) kept.back() = t;
      continue;
    }
    kept.push_back(t);
  }
  return kept;
}

}  // namespace readout::session
