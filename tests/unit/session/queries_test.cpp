// The session's queries, called as the language server calls them: on an analysed report and
// a byte offset found in its text, returning plain data with byte ranges.
#include "readout/session/queries.hpp"

#include <algorithm>

#include <gtest/gtest.h>

#include "analysis/analysis_test_support.hpp"

namespace readout {
namespace {

using testing::kBlinken;
using testing::lint;
using testing::meeting_report;

// The byte offset of the `nth` occurrence of `needle` in the report, plus `into` bytes.
uint32_t at(const AnalysisResult& r, std::string_view needle, int nth = 0, uint32_t into = 0) {
  const std::string& text = r.syntax->text();
  size_t pos = text.find(needle);
  for (int i = 0; i < nth && pos != std::string::npos; ++i) pos = text.find(needle, pos + 1);
  EXPECT_NE(pos, std::string::npos) << needle;
  return static_cast<uint32_t>(pos) + into;
}

std::string text_of(const AnalysisResult& r, ByteRange range) {
  return r.syntax->text().substr(range.begin, range.size());
}

const std::string kGuest = "- @guest: Jane Roe | Envoy | Nowhere\n";

std::shared_ptr<const AnalysisResult> talks() {
  return lint(meeting_report(kBlinken + kGuest, "- @blinken, @guest: Meet again in March\n",
                             "Secretary Blinken met Roe.\n"));
}

TEST(SessionQueries, HoverOnAPersonGivesTheCardAndTheNameRange) {
  auto r = talks();
  auto card = session::hover(*r, at(*r, "Blinken met", 0, 2));
  ASSERT_TRUE(card);
  EXPECT_EQ(text_of(*r, card->range), "Blinken");
  EXPECT_NE(card->markdown.find("**Antony Blinken**"), std::string::npos) << card->markdown;
  EXPECT_NE(card->markdown.find("Secretary of State"), std::string::npos) << card->markdown;
  EXPECT_FALSE(session::hover(*r, at(*r, "Meet again")));
}

TEST(SessionQueries, HoverOnAnAttendeeOutsideTheRegistry) {
  auto r = talks();
  auto card = session::hover(*r, at(*r, "Jane Roe", 0, 1));
  ASSERT_TRUE(card);
  EXPECT_EQ(text_of(*r, card->range), "Jane Roe");
  EXPECT_NE(card->markdown.find("Envoy, Nowhere"), std::string::npos) << card->markdown;
  EXPECT_NE(card->markdown.find("Not in the registry"), std::string::npos) << card->markdown;
}

TEST(SessionQueries, DefinitionOfAHandleIsItsAttendeeEntry) {
  auto r = talks();
  auto declaration = session::definition(*r, at(*r, "@blinken,", 0, 3));
  ASSERT_TRUE(declaration);
  EXPECT_EQ(declaration->begin, at(*r, "blinken:"));
  EXPECT_EQ(text_of(*r, *declaration), "blinken");
  // A prose mention leads to the attendee's name.
  declaration = session::definition(*r, at(*r, "Blinken met"));
  ASSERT_TRUE(declaration);
  EXPECT_EQ(text_of(*r, *declaration), "Antony Blinken");
}

TEST(SessionQueries, ReferencesWithAndWithoutDeclarations) {
  auto r = talks();
  auto all = session::references(*r, at(*r, "Antony Blinken", 0, 2));
  ASSERT_TRUE(all);
  std::vector<std::string> written;
  for (const auto& ref : *all) written.push_back(text_of(*r, ref.range));
  EXPECT_NE(std::find(written.begin(), written.end(), "Antony Blinken"), written.end());
  EXPECT_NE(std::find(written.begin(), written.end(), "Blinken"), written.end());
  EXPECT_TRUE(std::any_of(all->begin(), all->end(), [](auto& ref) { return ref.declaration; }));
  auto uses = session::references(*r, at(*r, "Antony Blinken", 0, 2), false);
  ASSERT_TRUE(uses);
  EXPECT_LT(uses->size(), all->size());
  EXPECT_TRUE(std::none_of(uses->begin(), uses->end(), [](auto& ref) { return ref.declaration; }));
  EXPECT_FALSE(session::references(*r, at(*r, "Meet again")));
}

TEST(SessionQueries, RenameRewritesTheNameAndSurnameMentions) {
  auto r = talks();
  EXPECT_EQ(session::prepare_rename(*r, at(*r, "Jane Roe"))->placeholder, "Jane Roe");
  auto result = session::rename(*r, at(*r, "Jane Roe"), "John Doe");
  ASSERT_FALSE(result.error);
  std::vector<std::pair<std::string, std::string>> edits;
  for (const auto& e : result.edits) edits.emplace_back(text_of(*r, e.range), e.replacement);
  EXPECT_NE(std::find(edits.begin(), edits.end(),
                      std::pair<std::string, std::string>("Jane Roe", "John Doe")),
            edits.end());
  EXPECT_NE(
      std::find(edits.begin(), edits.end(), std::pair<std::string, std::string>("Roe", "Doe")),
      edits.end());
  auto bad = session::rename(*r, at(*r, "@guest:", 0, 2), "two words");
  ASSERT_TRUE(bad.error);
  EXPECT_EQ(bad.error->kind, session::QueryError::Kind::BadInput);
  auto nothing = session::rename(*r, at(*r, "Meet again"), "X");
  ASSERT_TRUE(nothing.error);
  EXPECT_EQ(nothing.error->kind, session::QueryError::Kind::NothingHere);
}

TEST(SessionQueries, SymbolsAreMeetingsWithAttendeesAndCommitments) {
  auto r = talks();
  auto symbols = session::document_symbols(r->report());
  ASSERT_EQ(symbols.size(), 1u);
  EXPECT_EQ(symbols[0].kind, session::SymbolKind::Meeting);
  EXPECT_EQ(symbols[0].detail, "2023-02-28");
  ASSERT_EQ(symbols[0].children.size(), 3u);
  EXPECT_EQ(symbols[0].children[0].name, "@blinken Antony Blinken");
  EXPECT_EQ(symbols[0].children[0].detail, "Secretary of State, United States");
  EXPECT_EQ(text_of(*r, symbols[0].children[0].selection), "Antony Blinken");
  EXPECT_EQ(symbols[0].children[2].kind, session::SymbolKind::Commitment);
  EXPECT_EQ(symbols[0].children[2].detail, "@blinken, @guest");
}

TEST(SessionQueries, FoldsSpanLinesAndStopBeforeTheLastLineBreak) {
  auto r = talks();
  auto folds = session::folding_ranges(*r);
  ASSERT_FALSE(folds.empty());
  const LineIndex& lines = r->syntax->lines();
  for (const auto& f : folds) {
    EXPECT_LT(lines.position(f.range.begin).line, lines.position(f.range.end).line);
    EXPECT_NE(r->syntax->text()[f.range.end - 1], '\n');
  }
  // The two attendee lines fold together.
  uint32_t first = at(*r, "- @blinken"), last_end = at(*r, "Nowhere") + 7;
  EXPECT_TRUE(std::any_of(folds.begin(), folds.end(), [&](const session::Fold& f) {
    return f.range.begin == first && f.range.end == last_end;
  }));
}

TEST(SessionQueries, SemanticTokensAreSortedDisjointAndKeepTheAtOfHandles) {
  auto r = talks();
  auto tokens = session::semantic_tokens(*r);
  ASSERT_FALSE(tokens.empty());
  for (size_t i = 1; i < tokens.size(); ++i)
    EXPECT_LE(tokens[i - 1].range.end, tokens[i].range.begin);
  auto handle = std::find_if(tokens.begin(), tokens.end(), [](const session::SemanticToken& t) {
    return t.type == session::TokenType::Handle;
  });
  ASSERT_NE(handle, tokens.end());
  EXPECT_EQ(text_of(*r, handle->range), "@blinken");
  EXPECT_TRUE(handle->declaration);
  auto meeting = std::find_if(tokens.begin(), tokens.end(), [](const session::SemanticToken& t) {
    return t.type == session::TokenType::Meeting;
  });
  ASSERT_NE(meeting, tokens.end());
  EXPECT_EQ(text_of(*r, meeting->range), "Ministerial");
}

TEST(SessionQueries, CodeActionsFixAndTeachTheRegistry) {
  auto r = lint(meeting_report("- @b: Antony Blinkenn | Secretary of State | United States\n"));
  uint32_t name = at(*r, "Blinkenn");
  auto actions = session::code_actions(*r, {name, name}, true, true);
  using Kind = session::CodeAction::Kind;
  auto of_kind = [&](Kind kind) {
    return std::find_if(actions.begin(), actions.end(), [&](auto& a) { return a.kind == kind; });
  };
  auto fix = of_kind(Kind::QuickFix);
  ASSERT_NE(fix, actions.end());
  ASSERT_TRUE(fix->diagnostic);
  ASSERT_FALSE(fix->edits.empty());
  EXPECT_EQ(fix->edits[0].replacement, "Antony Blinken");
  auto alias = of_kind(Kind::AddAlias);
  ASSERT_NE(alias, actions.end());
  EXPECT_EQ(alias->person_id, "blinken");
  EXPECT_EQ(alias->spelling, "Antony Blinkenn");
  ASSERT_NE(of_kind(Kind::FixAll), actions.end());
  EXPECT_EQ(actions.back().kind, Kind::FixAll);
  // Only what was asked for.
  for (const auto& a : session::code_actions(*r, {name, name}, false, true))
    EXPECT_EQ(a.kind, Kind::FixAll);
}

TEST(SessionQueries, CompletionOfANameInProseReplacesTheWord) {
  auto r = lint(meeting_report(kBlinken, "", "Secretary Blin\n"));
  uint32_t end = at(*r, "Blin\n", 0, 4);
  auto found = session::completion(*r, end, {});
  EXPECT_EQ(found.replace.begin, at(*r, "Blin\n"));
  EXPECT_EQ(found.replace.end, end);
  ASSERT_FALSE(found.items.empty());
  const auto& best = *std::max_element(found.items.begin(), found.items.end(),
                                       [](auto& a, auto& b) { return a.score < b.score; });
  EXPECT_EQ(best.label, "Antony Blinken");
  EXPECT_EQ(best.kind, session::CompletionKind::Person);
  EXPECT_EQ(best.detail, "Secretary of State, United States");
  EXPECT_EQ(best.new_text, "Antony Blinken");  // no titles in prose
  EXPECT_TRUE(best.documentation);
}

TEST(SessionQueries, CompletionInAnAttendeeLineInsertsTheTitleUnlessTurnedOff) {
  auto r = lint(meeting_report("- @b: Antony Blin\n"));
  uint32_t end = at(*r, "Blin\n", 0, 4);
  auto item_for = [&](const session::Completions& c) {
    auto it = std::find_if(c.items.begin(), c.items.end(),
                           [](auto& i) { return i.label == "Antony Blinken"; });
    EXPECT_NE(it, c.items.end());
    return it == c.items.end() ? std::string() : it->new_text;
  };
  EXPECT_EQ(item_for(session::completion(*r, end, {})),
            "Antony Blinken | Secretary of State | United States");
  EXPECT_EQ(item_for(session::completion(*r, end, {.insert_titles = false})), "Antony Blinken");
}

// What an editor gets while the analysis of the text being typed is still running: completion
// on the new text with the analysis of the text before the keystrokes gives what it gives with
// an analysis of the new text (the name being typed is not offered as an unknown attendee).
TEST(SessionQueries, CompletionAnswersFromTheLatestSyntaxWithAnEarlierAnalysis) {
  const std::string guest = "- @g: Jane Roe | Envoy | Nowhere\n- @x: Antony Bl\n";
  auto before = lint(meeting_report(kBlinken + guest, "", "Both sides met.\n"));
  const uint32_t typed = at(*before, "Antony Bl\n", 0, 9);
  auto now = before->syntax->edit({{{typed, typed}, "i"}});
  const uint32_t end = typed + 1;
  const auto current = analyze(now, before->registry);
  auto labels = [](const session::Completions& c) {
    std::vector<std::pair<std::string, int>> out;
    for (const auto& item : c.items) out.emplace_back(item.label, item.score);
    std::sort(out.begin(), out.end());
    return out;
  };
  const auto stale = session::completion({*now, *before->registry, before.get()}, end, {});
  const auto fresh = session::completion(*current, end, {});
  ASSERT_FALSE(stale.items.empty());
  EXPECT_EQ(labels(stale), labels(fresh));
  EXPECT_EQ(stale.replace, fresh.replace);
  for (const auto& item : stale.items) EXPECT_NE(item.label, "Antony Bl");
  // Without any analysis yet: the registry's people still.
  const auto none = session::completion({*now, *before->registry, nullptr}, end, {});
  EXPECT_TRUE(std::any_of(none.items.begin(), none.items.end(),
                          [](const auto& i) { return i.label == "Antony Blinken"; }));
}

TEST(SessionQueries, CompletionOfHandlesInCommitments) {
  auto r = lint(meeting_report(kBlinken, "- @\n"));
  auto found = session::completion(*r, at(*r, "- @\n", 0, 3), {});
  ASSERT_EQ(found.items.size(), 1u);
  EXPECT_EQ(found.items[0].label, "@blinken");
  EXPECT_EQ(found.items[0].kind, session::CompletionKind::Handle);
  EXPECT_EQ(text_of(*r, found.replace), "@");
}

TEST(SessionQueries, TitlesAsReportsWriteThem) {
  auto registry = testing::small_registry();
  const Person* saidov = registry->person("saidov");
  ASSERT_TRUE(saidov);
  auto held = registry->posts_on(*saidov, testing::date("2023-02-28"));
  ASSERT_EQ(held.size(), 1u);
  EXPECT_EQ(session::held_title(held[0]), "Acting Minister of Foreign Affairs");
  EXPECT_EQ(session::combined_title({held[0], held[0]}), "Acting Minister of Foreign Affairs");
  const Person* smailov = registry->person("smailov");
  auto pm = registry->posts_on(*smailov, testing::date("2023-02-28"));
  ASSERT_EQ(pm.size(), 1u);
  EXPECT_EQ(session::held_title(pm[0]), "Prime Minister");  // without "of Kazakhstan"
  EXPECT_EQ(session::combined_title({held[0], pm[0]}),
            "Acting Minister of Foreign Affairs and Prime Minister");
}

}  // namespace
}  // namespace readout
