// Queries about one analysed report, for both front ends: what is under a cursor, where a
// name is declared and used, what to complete, the outline. They take the core's analysis
// (which holds its syntax tree and registry) and byte offsets, and return plain data with
// byte ranges; positions in an editor's encoding and JSON belong to the language server.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "readout/analysis.hpp"

namespace readout::session {

// --- Names under a cursor

// The name occurrence at `offset` (either end of it counts; for handles also the '@').
const NameOccurrence* occurrence_at(const AnalysisResult& analysis, uint32_t offset);
// Whether two occurrences name the same attendee or registry person.
bool same_target(const NameOccurrence& a, const NameOccurrence& b);
bool is_handle(const NameOccurrence& occurrence);

// --- Titles and people as reports write them

// Title of a held post: membership label, else post label, with "Acting " for acting holders
// and without the country a report names separately.
std::string held_title(const HeldPost& held);
// All posts held at once: "Deputy Prime Minister and Minister of Foreign Affairs".
std::string combined_title(const std::vector<HeldPost>& posts);
// A person's card in Markdown: names, posts with dates, the post held on `date`, source.
std::string person_card(const Registry& registry, const Person& person,
                        const std::optional<PartialDate>& date);

// --- Hover

struct HoverCard {
  std::string markdown;
  ByteRange range;  // the name hovered
};
std::optional<HoverCard> hover(const AnalysisResult& analysis, uint32_t offset);

// --- Navigation and rename

// The attendee-list entry (name or handle) the name at `offset` refers to.
std::optional<ByteRange> definition(const AnalysisResult& analysis, uint32_t offset);

struct Reference {
  ByteRange range;
  bool declaration = false;  // the attendee-list entry itself
};
// Every occurrence of what the name at `offset` names; nullopt when no name is there.
std::optional<std::vector<Reference>> references(const AnalysisResult& analysis, uint32_t offset,
                                                 bool include_declaration = true);

struct RenameTarget {
  ByteRange range;
  std::string placeholder;
};
std::optional<RenameTarget> prepare_rename(const AnalysisResult& analysis, uint32_t offset);

struct QueryError {
  enum class Kind { NothingHere, BadInput };
  Kind kind;
  std::string message;
};
struct RenameEdits {
  std::vector<TextEdit> edits;
  std::optional<QueryError> error;
};
// Renaming a handle renames every use of that handle; renaming a name rewrites the attendee's
// name and its mentions (a surname-only mention gets the new surname).
RenameEdits rename(const AnalysisResult& analysis, uint32_t offset, std::string new_name);

// --- Outline

enum class SymbolKind { Meeting, Attendee, Commitment };
struct Symbol {
  std::string name;
  std::string detail;
  SymbolKind kind;
  ByteRange range;
  ByteRange selection;
  std::vector<Symbol> children;
};
// Meetings, each with its attendees and commitments.
std::vector<Symbol> document_symbols(const Report& report);

struct Fold {
  ByteRange range;  // over two lines at least; ends before the last line's line break
  bool comment = false;
};
std::vector<Fold> folding_ranges(const AnalysisResult& analysis);

// In the order of the language server's legend.
enum class TokenType { Meeting, Person, Handle, Title, Organization, Date, Comment };
inline constexpr int kTokenTypeCount = 7;
struct SemanticToken {
  ByteRange range;
  TokenType type;
  bool declaration = false;
};
// Sorted and not overlapping; a token may span lines (the language server drops those).
std::vector<SemanticToken> semantic_tokens(const AnalysisResult& analysis);

// --- Code actions

struct CodeAction {
  enum class Kind {
    QuickFix,   // one fix of a finding
    AddAlias,   // teach the registry this spelling of `person_id`
    AddPerson,  // add `spelling` to the registry as a new person
    FixAll,     // every safe fix in the file that does not clash with another
  };
  Kind kind;
  std::string title;
  const Diagnostic* diagnostic = nullptr;  // the finding it answers (not for FixAll)
  std::vector<TextEdit> edits;             // QuickFix and FixAll
  bool preferred = false;
  std::string person_id;  // AddAlias
  std::string spelling;   // AddAlias, AddPerson
};
// Actions for the findings touching `range` (quick_fixes) and for the whole file (fix_all).
std::vector<CodeAction> code_actions(const AnalysisResult& analysis, ByteRange range,
                                     bool quick_fixes, bool fix_all);

// --- Completion

enum class CompletionKind { Person, Title, Country, Handle, Keyword, MeetingKind };
struct CompletionItem {
  std::string label;
  CompletionKind kind;
  std::optional<std::string> detail;
  std::optional<std::string> filter_text;
  std::optional<std::string> documentation;  // Markdown
  std::string new_text;                      // replaces Completions::replace
  int score = 0;                             // higher first
};
struct Completions {
  ByteRange replace;
  std::vector<CompletionItem> items;
  bool incomplete = true;  // typing more may bring other items
};
struct CompletionOptions {
  bool insert_titles = true;  // completing a name in an attendee line also inserts the title
};
// What completion reads: the text as it is now, the registry, and an analysis of that text or
// of an earlier version of it (null: none yet), for who the report's attendees are. The
// meeting, its date and the line being typed are read from `syntax`, so completion never waits
// for the analysis of the text being typed: an editor answers from the latest syntax it has and
// whatever analysis is ready. Attendee names of an earlier analysis are moved to this text's
// offsets (SyntaxTree::edited_since); those in the edited region are left out.
struct CompletionInput {
  const SyntaxTree& syntax;
  const Registry& registry;
  const AnalysisResult* analysis = nullptr;
};
// People (registry and the report's attendees) ranked by the meeting's date and country;
// titles for the person at hand; countries; attendee handles; meeting kinds.
Completions completion(const CompletionInput& input, uint32_t offset,
                       const CompletionOptions& options);
// The same with an analysis of the text itself.
Completions completion(const AnalysisResult& analysis, uint32_t offset,
                       const CompletionOptions& options);

}  // namespace readout::session
