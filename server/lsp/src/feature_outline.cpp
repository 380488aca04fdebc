// Document symbols (meetings > attendees, commitments), folding ranges and semantic tokens,
// all from the model.
#include <algorithm>

#include "feature_util.hpp"

namespace readout::lsp {
namespace {

// Token types and modifiers, in legend order.
enum TokenType { kMeeting, kPerson, kHandle, kTitle, kOrganization, kDate, kComment, kTypeCount };
constexpr const char* kTokenTypes[] = {"namespace",  "variable", "parameter", "type",
                                       "enumMember", "number",   "comment"};
constexpr uint32_t kDeclaration = 1;

json symbol(const Snapshot& s, const std::string& name, const std::string& detail, int kind,
            ByteRange range, ByteRange selection) {
  PositionMapper mapper = s.mapper();
  return {{"name", name.empty() ? std::string("(untitled)") : name},
          {"detail", detail},
          {"kind", kind},
          {"range", mapper.range(range)},
          {"selectionRange", mapper.range(selection)}};
}

std::string parties_text(const Commitment& c) {
  std::string out;
  for (const auto& p : c.parties)
    out += (out.empty() ? "" : ", ") + std::string(p.kind == Party::Kind::Handle ? "@" : "") +
           p.span.text;
  return out;
}

// The last line a range covers, not counting a final line break.
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

uint32_t last_line(const PositionMapper& mapper, const std::string& text, ByteRange range) {
  uint32_t end = range.end;
  while (end > range.begin && (text[end - 1] == '\n' || text[end - 1] == '\r')) --end;
  return mapper.position(end).line;
}

}  // namespace

json document_symbols(const Snapshot& snapshot) {
  const Report& report = snapshot.analysis->report();
  json out = json::array();
  for (const auto& m : report.meetings) {
    std::string detail = m.date ? m.date->raw.text : "";
    if (m.place) detail += (detail.empty() ? "" : ", ") + m.place->text;
    json meeting =
        symbol(snapshot, m.title.text, detail, symbol_kind::kNamespace, m.range, m.title.range);
    json children = json::array();
    for (const auto& a : m.attendees) {
      std::string d = a.title ? a.title->text : "";
      if (a.organization) d += (d.empty() ? "" : ", ") + a.organization->text;
      children.push_back(symbol(snapshot,
                                (a.handle ? "@" + a.handle->text + " " : "") + a.name.text, d,
                                symbol_kind::kVariable, a.range, a.name.range));
    }
    for (const auto& c : m.commitments) {
      std::string name = shortened(c.text.text, 60);
      ByteRange selection = c.text.range.empty() ? c.range : c.text.range;
      children.push_back(
          symbol(snapshot, name, parties_text(c), symbol_kind::kEvent, c.range, selection));
    }
    meeting["children"] = children;
    out.push_back(meeting);
  }
  return out;
}

json folding_ranges(const Snapshot& snapshot) {
  const Report& report = snapshot.analysis->report();
  const std::string& text = snapshot.text();
  PositionMapper mapper = snapshot.mapper();
  json out = json::array();
  auto fold = [&](ByteRange range, const char* kind) {
    uint32_t start = mapper.position(range.begin).line;
    uint32_t end = last_line(mapper, text, range);
    if (end <= start) return;
    json f = {{"startLine", start}, {"endLine", end}};
    if (kind) f["kind"] = kind;
    out.push_back(f);
  };
  auto fold_sections = [&](const std::vector<ProseSection>& sections) {
    for (const auto& s : sections) {
      fold(s.range, nullptr);
      for (const auto& p : s.paragraphs) fold(p.range, nullptr);
    }
  };
  fold_sections(report.prose);
  for (const auto& m : report.meetings) {
    fold(m.range, nullptr);
    if (m.attendees.size() > 1)
      fold({m.attendees.front().range.begin, m.attendees.back().range.end}, nullptr);
    if (m.commitments.size() > 1)
      fold({m.commitments.front().range.begin, m.commitments.back().range.end}, nullptr);
    fold_sections(m.prose);
  }
  for (const auto& s : report.suppressions) fold(s.range, "comment");
  return out;
}

json semantic_tokens_legend() {
  json types = json::array();
  for (int i = 0; i < kTypeCount; ++i) types.push_back(kTokenTypes[i]);
  return {{"tokenTypes", types}, {"tokenModifiers", {"declaration"}}};
}

std::vector<uint32_t> semantic_tokens(const Snapshot& snapshot) {
  const AnalysisResult& analysis = *snapshot.analysis;
  struct Token {
    ByteRange range;
    uint32_t type;
    uint32_t modifiers;
  };
  std::vector<Token> tokens;
  auto add = [&](ByteRange r, uint32_t type, uint32_t modifiers = 0) {
    if (!r.empty()) tokens.push_back({r, type, modifiers});
  };
  auto add_date = [&](const std::optional<DateValue>& d) {
    if (d) add(d->raw.range, kDate);
  };
  const Report& report = analysis.report();
  add_date(report.dateline);
  for (const auto& m : report.meetings) {
    add(m.title.range, kMeeting, kDeclaration);
    add_date(m.date);
    for (const auto& a : m.attendees) {
      if (a.title) add(a.title->range, kTitle);
      if (a.organization) add(a.organization->range, kOrganization);
    }
    for (const auto& c : m.commitments) {
      for (const auto& p : c.parties)
        if (p.kind == Party::Kind::Name && !p.span.text.empty()) add(p.span.range, kOrganization);
      if (c.due) add(c.due->raw.range, kDate);
    }
  }
  for (const auto& s : report.suppressions) add(s.range, kComment);
  for (const auto& o : analysis.names()) {
    if (is_handle(o)) {
      ByteRange r = o.written.range;
      if (r.begin > 0) --r.begin;  // include the '@'
      add(r, kHandle, o.role == NameOccurrence::Role::HandleDefinition ? kDeclaration : 0);
    } else {
      if (o.title) add(o.title->range, kTitle);
      add(o.written.range, kPerson,
          o.role == NameOccurrence::Role::AttendeeName ? kDeclaration : 0);
    }
  }
  // Names override the organisation guess for commitment parties: keep the later, finer kind.
  std::stable_sort(tokens.begin(), tokens.end(),
                   [](const Token& a, const Token& b) { return a.range.begin < b.range.begin; });
  std::vector<Token> kept;
  for (const auto& t : tokens) {
    if (!kept.empty() && t.range.begin < kept.back().range.end) {
      if (t.range == kept.back().range) kept.back() = t;
      continue;
    }
    kept.push_back(t);
  }
  PositionMapper mapper = snapshot.mapper();
  std::vector<uint32_t> data;
  Position previous;
  for (const auto& t : kept) {
    Position start = mapper.position(t.range.begin);
    Position end = mapper.position(t.range.end);
    if (end.line != start.line) continue;  // tokens may not span lines
    data.push_back(start.line - previous.line);
    data.push_back(start.line == previous.line ? start.character - previous.character
                                               : start.character);
    data.push_back(end.character - start.character);
    data.push_back(t.type);
    data.push_back(t.modifiers);
    previous = start;
  }
  return data;
}

json semantic_tokens_edits(const std::vector<uint32_t>& before,
                           const std::vector<uint32_t>& after) {
  size_t prefix = 0;
  while (prefix < before.size() && prefix < after.size() && before[prefix] == after[prefix])
    ++prefix;
  size_t suffix = 0;
  while (suffix < before.size() - prefix && suffix < after.size() - prefix &&
         before[before.size() - 1 - suffix] == after[after.size() - 1 - suffix])
    ++suffix;
  if (prefix == before.size() && prefix == after.size()) return json::array();
  std::vector<uint32_t> data(after.begin() + static_cast<long>(prefix),
                             after.end() - static_cast<long>(suffix));
  return json::array(
      {{{"start", prefix}, {"deleteCount", before.size() - prefix - suffix}, {"data", data}}});
}

}  // namespace readout::lsp
