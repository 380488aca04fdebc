// Incremental analysis: after any edit, analysing with the previous analysis gives exactly what
// a fresh parse and analysis give, and an edit inside one meeting re-analyses that meeting only.
#include <gtest/gtest.h>

#include <fstream>
#include <random>
#include <sstream>

#include "corpus.hpp"
#include "readout/analysis.hpp"
#include "support/compare_analysis.hpp"
#include "support/embedded_registry.hpp"

namespace readout {
namespace {

std::shared_ptr<const Registry> embedded() { return testing::embedded_registry(); }

std::string read_example(const std::string& name) {
  std::ifstream in(std::string(READOUT_SOURCE_DIR) + "/examples/" + name, std::ios::binary);
  std::stringstream out;
  out << in.rdbuf();
  return out.str();
}

// Edits as writers make them: typing, deleting, pasting lines and markup.
TextEdit random_edit(const std::string& text, std::mt19937& random) {
  static const std::vector<std::string> snippets = {
      "x",
      "e",
      " ",
      "\n",
      "\r\n",
      "- ",
      "@blinken",
      ": ",
      " | ",
      "[head]",
      "### Attendees\n",
      "### Commitments\n",
      "## Talks {#t}\n",
      "Date: 2023-02-28\n",
      "Dateline: 2023-03-01\n",
      "<!-- readout-disable name-misspelled -->",
      "<!-- readout-enable -->",
      "Anthony Blinken",
      "Secretary Blinken",
      "Mukhtar Tleuberdi",
      "{#c5plus1}",
      "- @blinken: Antony Blinken | Secretary of State | United States\n",
      "Касым-Жомарт Токаев",
      "all: "};
  const auto size = static_cast<uint32_t>(text.size());
  const uint32_t begin = std::uniform_int_distribution<uint32_t>(0, size)(random);
  const uint32_t end =
      std::min(size, begin + std::uniform_int_distribution<uint32_t>(0, 15)(random));
  const std::string replacement =
      random() % 3 == 0 ? std::string() : snippets[random() % snippets.size()];
  return {{begin, end}, replacement};
}

void edit_and_compare(std::string text, int edits, uint32_t seed,
                      const AnalysisOptions& options = {}) {
  std::mt19937 random(seed);
  auto tree = SyntaxTree::parse(std::move(text));
  auto result = analyze(tree, embedded(), options);
  for (int round = 0; round < edits; ++round) {
    const TextEdit edit = random_edit(tree->text(), random);
    tree = tree->edit({edit});
    result = analyze(tree, embedded(), options, result);
    const auto fresh = analyze(SyntaxTree::parse(tree->text()), embedded(), options);
    const std::string why = testing::first_difference(*result, *fresh);
    ASSERT_TRUE(why.empty()) << "after edit " << round << " (" << edit.range.begin << ".."
                             << edit.range.end << " -> '" << edit.replacement << "'): " << why;
  }
}

TEST(IncrementalAnalysis, EqualsAFreshAnalysisOnTheExamples) {
  edit_and_compare(read_example("c5plus1-astana-2023.readout"), 150, 1);
  edit_and_compare(read_example("c5plus1-astana-2023.ru.readout"), 60, 2);
}

TEST(IncrementalAnalysis, EqualsAFreshAnalysisOnGeneratedReports) {
  const corpus::Generator generator(*embedded(), corpus::Options{});
  edit_and_compare(generator.digest(24 * 1024).text, 120, 3);
  for (size_t i = 0; i < 4; ++i)
    edit_and_compare(generator.report(i).text, 40, 10 + static_cast<uint32_t>(i));
}

TEST(IncrementalAnalysis, EqualsAFreshAnalysisWithRulesOff) {
  AnalysisOptions options;
  options.disabled_rules = {"name-inconsistent", "person-unknown"};
  options.severity_overrides = {{"name-misspelled", Severity::Error}};
  edit_and_compare(read_example("c5plus1-astana-2023.readout"), 40, 4, options);
}

// Several edits between two analyses, as when an editor analyses after a pause in typing.
TEST(IncrementalAnalysis, SeveralEditsBetweenAnalyses) {
  std::mt19937 random(5);
  const corpus::Generator generator(*embedded(), corpus::Options{});
  auto tree = SyntaxTree::parse(generator.digest(16 * 1024).text);
  auto result = analyze(tree, embedded());
  for (int round = 0; round < 30; ++round) {
    for (int k = 0; k < 5; ++k) tree = tree->edit({random_edit(tree->text(), random)});
    result = analyze(tree, embedded(), {}, result);
    const auto fresh = analyze(SyntaxTree::parse(tree->text()), embedded());
    ASSERT_EQ(testing::first_difference(*result, *fresh), "") << "round " << round;
  }
}

// The findings are kept per meeting: after a keystroke in one meeting the other meetings'
// findings are the previous analysis' own (the same objects, moved by `shift`), and the parts,
// concatenated and moved, are the findings of a fresh analysis.
TEST(IncrementalAnalysis, AKeystrokeKeepsTheOtherMeetingsFindingsAsTheyWere) {
  const corpus::Generator generator(*embedded(), corpus::Options{});
  const std::string text = generator.digest(64 * 1024).text;
  auto tree = SyntaxTree::parse(text);
  const auto first = analyze(tree, embedded());
  const auto at = static_cast<uint32_t>(text.find("\nThe ", text.size() / 2) + 5);
  const auto edited = tree->edit({{{at, at}, "x"}});
  const auto second = analyze(edited, embedded(), {}, first);
  const auto fresh = analyze(SyntaxTree::parse(edited->text()), embedded());

  const auto& before = first->diagnostic_parts();
  const auto& after = second->diagnostic_parts();
  ASSERT_EQ(before.size(), after.size());
  ASSERT_EQ(after.size(), second->work.meetings + 1);
  size_t kept = 0, with_findings = 0;
  std::vector<Diagnostic> joined;
  for (size_t part = 0; part < after.size(); ++part) {
    const bool edited_part = second->part_start(part) <= at &&
                             (part + 1 == after.size() || at < second->part_start(part + 1));
    if (part > 0 && !edited_part) {
      EXPECT_EQ(after[part].findings, before[part].findings) << "part " << part;
      EXPECT_EQ(after[part].shift, second->part_start(part) > at ? 1 : 0) << "part " << part;
      kept += after[part].findings == before[part].findings;
    }
    with_findings += !after[part].findings->diagnostics.empty();
    for (Diagnostic d : after[part].findings->diagnostics) {
      auto move = [&](ByteRange& r) {
        r.begin = static_cast<uint32_t>(r.begin + after[part].shift);
        r.end = static_cast<uint32_t>(r.end + after[part].shift);
      };
      move(d.range);
      for (Fix& fix : d.fixes)
        for (TextEdit& e : fix.edits) move(e.range);
      for (RelatedInfo& r : d.related) move(r.range);
      joined.push_back(std::move(d));
    }
  }
  EXPECT_GT(with_findings, 20u);
  EXPECT_EQ(kept, after.size() - 2);  // all but the head's and the edited meeting's
  EXPECT_EQ(testing::first_difference(joined, fresh->diagnostics()), "");
  EXPECT_EQ(testing::first_difference(second->diagnostics(), fresh->diagnostics()), "");
}

TEST(IncrementalAnalysis, AProseEditReanalysesOneMeeting) {
  const corpus::Generator generator(*embedded(), corpus::Options{});
  const std::string text = generator.digest(64 * 1024).text;
  auto tree = SyntaxTree::parse(text);
  const auto first = analyze(tree, embedded());
  ASSERT_GT(first->work.meetings, 20u);
  EXPECT_EQ(first->work.meetings_analysed, first->work.meetings);

  const auto at = static_cast<uint32_t>(text.find("\nThe ", text.size() / 2) + 5);
  const auto edited = tree->edit({{{at, at}, "x"}});
  const auto second = analyze(edited, embedded(), {}, first);
  EXPECT_EQ(second->work.meetings_read, 1u);
  EXPECT_EQ(second->work.meetings_analysed, 1u);
  EXPECT_FALSE(second->work.attendees_resolved);
  EXPECT_EQ(
      testing::first_difference(*second, *analyze(SyntaxTree::parse(edited->text()), embedded())),
      "");

  // A changed attendee line changes whom every name can refer to: everything is analysed again.
  const size_t item = edited->text().find("### Attendees\n- @", text.size() / 2);
  const auto name = static_cast<uint32_t>(edited->text().find(": ", item) + 2);
  const auto renamed = edited->edit({{{name, name}, "Z"}});
  const auto third = analyze(renamed, embedded(), {}, second);
  EXPECT_TRUE(third->work.attendees_resolved);
  EXPECT_EQ(third->work.meetings_analysed, third->work.meetings);
}

TEST(IncrementalAnalysis, APreviousAnalysisOfAnUnrelatedTextIsIgnored) {
  const auto other =
      analyze(SyntaxTree::parse(read_example("c5plus1-astana-2023.ru.readout")), embedded());
  const auto tree = SyntaxTree::parse(read_example("c5plus1-astana-2023.readout"));
  const auto result = analyze(tree, embedded(), {}, other);
  EXPECT_EQ(result->work.meetings_read, result->work.meetings);
  EXPECT_EQ(testing::first_difference(*result, *analyze(tree, embedded())), "");
}

// Found by fuzz_edits: a byte typed before a meeting's "##" leaves the meeting's bytes alone,
// but error recovery then starts the meeting inside a line, and the message of a syntax problem
// on that line reads the whole line ("could not make sense" rather than "heading does not
// read as"). The meeting must be read again, and again when the byte goes.
TEST(IncrementalAnalysis, AMeetingThatStartsOrStopsStartingInsideALineIsReadAgain) {
  const std::string text =
      "## Talks {#bad id}\nDate: 2023-02-28\n\n## Call {#call}\nDate: 2023-03-01\n";
  for (const std::string& typed : {std::string(1, '\0'), std::string("x ")}) {
    auto tree = SyntaxTree::parse(text);
    auto result = analyze(tree, embedded());
    for (const TextEdit& edit :
         {TextEdit{{0, 0}, typed}, TextEdit{{0, static_cast<uint32_t>(typed.size())}, ""}}) {
      tree = tree->edit({edit});
      result = analyze(tree, embedded(), {}, result);
      EXPECT_EQ(
          testing::first_difference(*result, *analyze(SyntaxTree::parse(tree->text()), embedded())),
          "")
          << testing::compare_detail::quoted(tree->text());
    }
  }
}

// Error recovery may read a broken meeting's unchanged bytes differently once something else
// changed (fuzz_edits: a meeting id present in a fresh analysis, absent in the reused model), so
// a meeting whose node holds an error is read again after every edit; clean meetings are not.
TEST(IncrementalAnalysis, AMeetingWithASyntaxErrorIsReadAgainAfterAnEditElsewhere) {
  const std::string text =
      "## Talks {#talks}\nDate: 2023-02-28\n### Attendees\n- @a: | | [\n\n"
      "## Call {#call}\nDate: 2023-03-01\n\n## Visit {#visit}\nDate: 2023-03-02\nSome prose.\n";
  auto tree = SyntaxTree::parse(text);
  ASSERT_TRUE(ts_node_has_error(tree->root()));
  const auto first = analyze(tree, embedded());
  ASSERT_EQ(first->work.meetings, 3u);
  const auto at = static_cast<uint32_t>(text.find("Some prose") + 4);
  tree = tree->edit({{{at, at}, "x"}});
  const auto second = analyze(tree, embedded(), {}, first);
  EXPECT_EQ(second->work.meetings_read, 2u);  // the broken one and the edited one
  EXPECT_EQ(
      testing::first_difference(*second, *analyze(SyntaxTree::parse(tree->text()), embedded())),
      "");
}

}  // namespace
}  // namespace readout

namespace readout {
namespace {

// A registry reloaded between two analyses (a registry file changed): nothing of the previous
// analysis, its memoised look-ups included, may be used with the new one.
TEST(IncrementalAnalysis, ARegistryChangedSinceThePreviousAnalysisIsNotMixedIn) {
  const auto other_registry =
      Registry::build(data::embedded_registry_data());  // equal data, another object
  ASSERT_NE(other_registry, embedded());
  auto tree = SyntaxTree::parse(read_example("c5plus1-astana-2023.readout"));
  const auto first = analyze(tree, embedded());
  tree = tree->edit({{{0, 0}, "x"}});
  const auto second = analyze(tree, other_registry, {}, first);
  EXPECT_EQ(second->work.meetings_read, second->work.meetings);
  EXPECT_EQ(second->registry, other_registry);
  // Every person named is the new registry's record, not the old one's (which may be gone).
  const auto& persons = other_registry->records().persons;
  for (const NameOccurrence& o : second->names()) {
    if (o.person) {
      EXPECT_TRUE(persons.index_of(*o.person).has_value()) << o.written.text;
    }
  }
  EXPECT_EQ(
      testing::first_difference(*second, *analyze(SyntaxTree::parse(tree->text()), other_registry)),
      "");
}

}  // namespace
}  // namespace readout

namespace readout {
namespace {

// meeting(i) and attendee_names(), which completion uses instead of the whole report, give
// what report() and names() give, after edits too (the stored models are shifted).
void expect_parts_match_whole(const AnalysisResult& result) {
  const Report& report = result.report();
  for (size_t i = 0; i < report.meetings.size(); ++i) {
    testing::compare_detail::Differ differ;
    testing::compare_detail::diff(differ, "meeting " + std::to_string(i), result.meeting(i),
                                  report.meetings[i]);
    ASSERT_FALSE(differ.done()) << differ.found;
  }
  std::vector<NameOccurrence> expected;
  for (const NameOccurrence& o : result.names())
    if (o.role == NameOccurrence::Role::AttendeeName) expected.push_back(o);
  const std::vector<NameOccurrence> attendees = result.attendee_names();
  ASSERT_EQ(attendees.size(), expected.size());
  for (size_t i = 0; i < attendees.size(); ++i) {
    testing::compare_detail::Differ differ;
    testing::compare_detail::diff(differ, "attendee name " + std::to_string(i), attendees[i],
                                  expected[i]);
    ASSERT_FALSE(differ.done()) << differ.found;
  }
}

TEST(IncrementalAnalysis, OneMeetingAndTheAttendeeNamesAreTheWholeReportsParts) {
  const corpus::Generator generator(*embedded(), corpus::Options{});
  auto tree = SyntaxTree::parse(generator.digest(32 * 1024).text);
  auto result = analyze(tree, embedded());
  ASSERT_GT(result->report().meetings.size(), 5u);
  expect_parts_match_whole(*result);
  std::mt19937 random(77);
  for (int round = 0; round < 40; ++round) {
    tree = tree->edit({random_edit(tree->text(), random)});
    result = analyze(tree, embedded(), {}, result);
    expect_parts_match_whole(*result);
  }
  EXPECT_TRUE(result->meeting(result->report().meetings.size()).attendees.empty());  // past the end
}

}  // namespace
}  // namespace readout

namespace readout {
namespace {

// prepare_analysis builds a fresh registry's tables on two threads; analyses then give what
// they give with tables built on first use.
TEST(PrepareAnalysis, TablesBuiltAheadOnTwoThreadsGiveTheSameFindings) {
  const corpus::Generator generator(*embedded(), corpus::Options{});
  const std::string text = generator.digest(48 * 1024).text;
  const auto expected = analyze(SyntaxTree::parse(text), embedded());
  for (unsigned threads : {1u, 2u}) {
    const auto fresh = Registry::build(embedded()->records().copy());  // a copy: no table built yet
    prepare_analysis(fresh, threads);
    const auto result = analyze(SyntaxTree::parse(text), fresh);
    ASSERT_EQ(result->diagnostics().size(), expected->diagnostics().size())
        << threads << " threads";
    for (size_t i = 0; i < result->diagnostics().size(); ++i) {
      EXPECT_EQ(result->diagnostics()[i].rule_id, expected->diagnostics()[i].rule_id);
      EXPECT_EQ(result->diagnostics()[i].range, expected->diagnostics()[i].range);
      EXPECT_EQ(result->diagnostics()[i].message, expected->diagnostics()[i].message);
    }
  }
  prepare_analysis(nullptr, 2);  // nothing to prepare
}

}  // namespace
}  // namespace readout
