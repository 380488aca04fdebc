// Definition, references and rename for attendees: their handle, their name in the attendee
// list, mentions in prose and commitments, across the whole report.
#include <cctype>

#include "readout/names.hpp"
#include "readout/session/queries.hpp"

namespace readout::session {
namespace {

bool is_declaration(const NameOccurrence& o) {
  return o.role == NameOccurrence::Role::HandleDefinition ||
         o.role == NameOccurrence::Role::AttendeeName;
}

// The attendee-list entry an occurrence refers to: same meeting when it has one there.
const NameOccurrence* declaration_of(const AnalysisResult& analysis, const NameOccurrence& at) {
  const NameOccurrence* best = nullptr;
  bool want_handle = is_handle(at);
  for (const auto& o : analysis.names()) {
    if (!is_declaration(o) || !same_target(o, at)) continue;
    bool better = !best || (o.meeting == at.meeting && best->meeting != at.meeting) ||
                  (o.meeting == best->meeting && is_handle(o) == want_handle &&
                   is_handle(*best) != want_handle);
    if (better) best = &o;
  }
  return best;
}

bool valid_handle(std::string_view s) {
  if (s.empty()) return false;
  for (unsigned char c : s)
    if (!(std::isalnum(c) || c == '-' || c == '_' || c == '.' || c >= 0x80)) return false;
  return true;
}

std::string last_word(std::string_view s) {
  size_t space = s.find_last_of(' ');
  return std::string(space == std::string_view::npos ? s : s.substr(space + 1));
}

// A name that can be renamed: an attendee's or a registry person's.
const NameOccurrence* renamable_at(const AnalysisResult& analysis, uint32_t offset) {
  const NameOccurrence* at = occurrence_at(analysis, offset);
  if (!at || (at->attendee < 0 && !at->person)) return nullptr;
  return at;
}

}  // namespace

std::optional<ByteRange> definition(const AnalysisResult& analysis, uint32_t offset) {
  const NameOccurrence* at = occurrence_at(analysis, offset);
  if (!at) return std::nullopt;
  const NameOccurrence* decl = declaration_of(analysis, *at);
  if (!decl) return std::nullopt;
  return decl->written.range;
}

std::optional<std::vector<Reference>> references(const AnalysisResult& analysis, uint32_t offset,
                                                 bool include_declaration) {
  const NameOccurrence* at = occurrence_at(analysis, offset);
  if (!at) return std::nullopt;
  std::vector<Reference> out;
  for (const auto& o : analysis.names()) {
    if (!same_target(o, *at) || (!include_declaration && is_declaration(o))) continue;
    out.push_back({o.written.range, is_declaration(o)});
  }
  return out;
}

std::optional<RenameTarget> prepare_rename(const AnalysisResult& analysis, uint32_t offset) {
  const NameOccurrence* at = renamable_at(analysis, offset);
  if (!at) return std::nullopt;
  return RenameTarget{at->written.range, at->written.text};
}

RenameEdits rename(const AnalysisResult& analysis, uint32_t offset, std::string new_name) {
  const NameOccurrence* at = renamable_at(analysis, offset);
  if (!at)
    return {
        {},
        QueryError{QueryError::Kind::NothingHere, "there is no attendee or person here to rename"}};
  bool handle = is_handle(*at);
  if (!new_name.empty() && new_name[0] == '@' && handle) new_name.erase(0, 1);
  if (handle && !valid_handle(new_name))
    return {{},
            QueryError{QueryError::Kind::BadInput,
                       "a handle is letters, digits, '-', '_' or '.', without spaces"}};
  if (!handle && new_name.find_first_not_of(" \t") == std::string::npos)
    return {{}, QueryError{QueryError::Kind::BadInput, "the new name is empty"}};

  const std::string old_text = at->written.text;
  const std::string old_surname_key = names::key(last_word(old_text));
  RenameEdits out;
  for (const auto& o : analysis.names()) {
    if (is_handle(o) != handle || !same_target(o, *at)) continue;
    std::string replacement = new_name;
    if (handle) {
      if (o.written.text != old_text) continue;
    } else if (o.written.text.find(' ') == std::string::npos &&
               names::key(o.written.text) == old_surname_key) {
      replacement = last_word(new_name);
    }
    out.edits.push_back({o.written.range, replacement});
  }
  return out;
}

}  // namespace readout::session
