#include <fstream>
#include <sstream>

#include <gtest/gtest.h>

#include "readout/model.hpp"

namespace readout {
namespace {

Report model_of(const std::string& text) { return build_model(*SyntaxTree::parse(text)); }

// The source text a span claims to cover.
std::string_view covered(const std::string& text, const Span& span) {
  return std::string_view(text).substr(span.range.begin, span.range.size());
}

TEST(BuildModel, ReportHeader) {
  const std::string text =
      "# Talks in Astana\n"
      "Dateline: 2023-03-02\n"
      "place:  Astana, Kazakhstan   <!-- city -->\n"
      "Source: The Diplomatic Insight (TDI)\n"
      "Author: TDI news desk\n";
  const Report report = model_of(text);
  ASSERT_TRUE(report.title);
  EXPECT_EQ(report.title->text, "Talks in Astana");
  EXPECT_EQ(covered(text, *report.title), "Talks in Astana");
  ASSERT_TRUE(report.dateline && report.dateline->valid());
  EXPECT_EQ(report.dateline->start->to_string(), "2023-03-02");
  EXPECT_FALSE(report.dateline->is_range());
  ASSERT_TRUE(report.place);
  EXPECT_EQ(report.place->text, "Astana, Kazakhstan");
  EXPECT_EQ(covered(text, *report.place), "Astana, Kazakhstan");
  EXPECT_EQ(report.source->text, "The Diplomatic Insight (TDI)");
  EXPECT_EQ(report.author->text, "TDI news desk");
  EXPECT_TRUE(report.syntax_problems.empty());
}

TEST(BuildModel, MeetingWithIdFieldsAndDateRange) {
  const std::string text =
      "## Summit of leaders {#summit-2023.1}\n"
      "Date: 2023-02-28 to 2023-03-01\n"
      "Place: Astana\n"
      "Kind: summit\n";
  const Report report = model_of(text);
  ASSERT_EQ(report.meetings.size(), 1u);
  const Meeting& meeting = report.meetings[0];
  EXPECT_EQ(meeting.title.text, "Summit of leaders");
  ASSERT_TRUE(meeting.id);
  EXPECT_EQ(meeting.id->text, "summit-2023.1");
  EXPECT_EQ(covered(text, *meeting.id), "summit-2023.1");
  ASSERT_TRUE(meeting.date && meeting.date->valid());
  EXPECT_TRUE(meeting.date->is_range());
  EXPECT_EQ(meeting.date->start->to_string(), "2023-02-28");
  EXPECT_EQ(meeting.date->end->to_string(), "2023-03-01");
  EXPECT_EQ(text.substr(meeting.date->end_range.begin, meeting.date->end_range.size()),
            "2023-03-01");
  EXPECT_EQ(meeting.place->text, "Astana");
  EXPECT_EQ(meeting.kind->text, "summit");
  EXPECT_EQ(text.substr(meeting.heading_range.begin, meeting.heading_range.size()),
            "## Summit of leaders {#summit-2023.1}");
}

TEST(BuildModel, DateRangeSeparators) {
  for (const std::string separator : {" to ", "..", " – ", " .. "}) {
    const Report report = model_of("## M\nDate: 2023-02" + separator + "2023-03\n");
    ASSERT_EQ(report.meetings.size(), 1u) << separator;
    ASSERT_TRUE(report.meetings[0].date) << separator;
    EXPECT_TRUE(report.meetings[0].date->valid()) << separator;
    EXPECT_TRUE(report.meetings[0].date->is_range()) << separator;
  }
}

TEST(BuildModel, InvalidDatesSayWhy) {
  const Report report = model_of("# R\nDateline: 2023-02-30\n\n## M\nDate: 28 February 2023\n");
  ASSERT_TRUE(report.dateline);
  EXPECT_FALSE(report.dateline->valid());
  EXPECT_NE(report.dateline->error.find("February"), std::string::npos) << report.dateline->error;
  ASSERT_TRUE(report.meetings.at(0).date);
  EXPECT_FALSE(report.meetings[0].date->valid());
  EXPECT_EQ(report.meetings[0].date->raw.text, "28 February 2023");
  EXPECT_NE(report.meetings[0].date->error.find("2023-02-28"), std::string::npos);
}

TEST(BuildModel, Attendees) {
  const std::string text =
      "## M\n"
      "### Participants\n"
      "- @blinken: Antony Blinken | Secretary of State | United States [head]\n"
      "- @saidov: Bakhtiyor Saidov | Acting Minister of Foreign Affairs | Uzbekistan [acting, "
      "head of delegation]\n"
      "- Жеенбек Кулубаев | | Kyrgyzstan\n"
      "- Mevlüt Çavuşoğlu | Minister of Foreign Affairs\n";
  const Report report = model_of(text);
  ASSERT_EQ(report.meetings.size(), 1u);
  const auto& attendees = report.meetings[0].attendees;
  ASSERT_EQ(attendees.size(), 4u);
  EXPECT_EQ(attendees[0].handle->text, "blinken");
  EXPECT_EQ(covered(text, *attendees[0].handle), "blinken");
  EXPECT_EQ(attendees[0].name.text, "Antony Blinken");
  EXPECT_EQ(attendees[0].title->text, "Secretary of State");
  EXPECT_EQ(attendees[0].organization->text, "United States");
  EXPECT_TRUE(attendees[0].head_of_delegation);
  EXPECT_FALSE(attendees[0].acting);
  EXPECT_TRUE(attendees[1].acting);
  EXPECT_TRUE(attendees[1].head_of_delegation);
  EXPECT_FALSE(attendees[2].handle);
  EXPECT_EQ(attendees[2].name.text, "Жеенбек Кулубаев");
  EXPECT_EQ(covered(text, attendees[2].name), "Жеенбек Кулубаев");
  EXPECT_FALSE(attendees[2].title);
  EXPECT_EQ(attendees[2].organization->text, "Kyrgyzstan");
  EXPECT_EQ(attendees[3].name.text, "Mevlüt Çavuşoğlu");
  EXPECT_FALSE(attendees[3].organization);
  EXPECT_EQ(text.substr(attendees[3].range.begin, 2), "- ");
  EXPECT_TRUE(report.syntax_problems.empty());
}

TEST(BuildModel, UnknownFlagIsAProblem) {
  const Report report = model_of("## M\n### Attendees\n- A B | C | D [chair]\n");
  ASSERT_EQ(report.syntax_problems.size(), 1u);
  EXPECT_NE(report.syntax_problems[0].message.find("'chair'"), std::string::npos);
}

TEST(BuildModel, BytesThatAreNotUtf8AreAProblemOncePerLine) {
  const std::string text =
      "# Report\n\nCaf\xe9 talks with Mr \xc9lys\xe9"
      "e.\nFine line, caf\xc3\xa9.\n";
  const Report report = model_of(text);
  ASSERT_EQ(report.syntax_problems.size(), 1u);
  EXPECT_EQ(report.syntax_problems[0].range.begin, text.find('\xe9'));
  EXPECT_EQ(report.syntax_problems[0].range.size(), 1u);
  EXPECT_NE(report.syntax_problems[0].message.find("0xE9"), std::string::npos);
  EXPECT_NE(report.syntax_problems[0].message.find("UTF-8"), std::string::npos);
}

TEST(BuildModel, Commitments) {
  const std::string text =
      "## M\n"
      "### Commitments\n"
      "- @blinken, Kazakhstan, all: continue talks: in Astana [due 2023-12-31]\n"
      "- All: meet again [due 2024-01 to 2024-03]\n";
  const Report report = model_of(text);
  const auto& commitments = report.meetings.at(0).commitments;
  ASSERT_EQ(commitments.size(), 2u);
  ASSERT_EQ(commitments[0].parties.size(), 3u);
  EXPECT_EQ(commitments[0].parties[0].kind, Party::Kind::Handle);
  EXPECT_EQ(commitments[0].parties[0].span.text, "blinken");
  EXPECT_EQ(commitments[0].parties[1].kind, Party::Kind::Name);
  EXPECT_EQ(commitments[0].parties[1].span.text, "Kazakhstan");
  EXPECT_EQ(commitments[0].parties[2].kind, Party::Kind::All);
  EXPECT_EQ(commitments[0].text.text, "continue talks: in Astana");
  ASSERT_TRUE(commitments[0].due);
  EXPECT_EQ(commitments[0].due->start->to_string(), "2023-12-31");
  EXPECT_EQ(commitments[1].parties.at(0).kind, Party::Kind::All);
  ASSERT_TRUE(commitments[1].due);
  EXPECT_TRUE(commitments[1].due->is_range());
}

TEST(BuildModel, ProseWithHandlesAndLooseParagraphs) {
  const std::string text =
      "# R\n"
      "Opening words by @blinken.\n"
      "\n"
      "## M\n"
      "Straight under the heading.\n"
      "\n"
      "### Summary\n"
      "Secretary Blinken met @tleuberdi and\n"
      "wrote to press@example.org.\n"
      "\n"
      "Second paragraph.\n";
  const Report report = model_of(text);
  ASSERT_EQ(report.prose.size(), 1u);
  EXPECT_FALSE(report.prose[0].title);
  ASSERT_EQ(report.prose[0].paragraphs.size(), 1u);
  const ProseLine& opening = report.prose[0].paragraphs[0].lines.at(0);
  EXPECT_EQ(opening.text.text, "Opening words by @blinken.");
  ASSERT_EQ(opening.handle_refs.size(), 1u);
  EXPECT_EQ(opening.handle_refs[0].handle.text, "blinken");
  EXPECT_EQ(covered(text, opening.handle_refs[0].handle), "blinken");

  const Meeting& meeting = report.meetings.at(0);
  ASSERT_EQ(meeting.prose.size(), 2u);
  EXPECT_FALSE(meeting.prose[0].title);
  EXPECT_EQ(meeting.prose[1].title->text, "Summary");
  ASSERT_EQ(meeting.prose[1].paragraphs.size(), 2u);
  const auto& lines = meeting.prose[1].paragraphs[0].lines;
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_EQ(lines[0].handle_refs.at(0).handle.text, "tleuberdi");
  EXPECT_TRUE(lines[1].handle_refs.empty());  // an e-mail address is not a handle
}

TEST(BuildModel, Suppressions) {
  const std::string text =
      "# R\n"
      "<!-- readout-disable name-misspelled -->\n"
      "## M\n"
      "### Summary\n"
      "<!-- readout-disable-next-line name-misspelled, title-wrong -->\n"
      "Anthony Blinken spoke. <!-- readout-disable-line -->\n"
      "<!-- readout-enable -->\n"
      "<!-- an ordinary comment -->\n";
  const Report report = model_of(text);
  ASSERT_EQ(report.suppressions.size(), 4u);
  EXPECT_EQ(report.suppressions[0].kind, Suppression::Kind::Disable);
  EXPECT_EQ(report.suppressions[0].line, 1u);
  ASSERT_EQ(report.suppressions[0].rules.size(), 1u);
  EXPECT_EQ(report.suppressions[0].rules[0].text, "name-misspelled");
  EXPECT_EQ(report.suppressions[1].kind, Suppression::Kind::DisableNextLine);
  ASSERT_EQ(report.suppressions[1].rules.size(), 2u);
  EXPECT_EQ(report.suppressions[1].rules[1].text, "title-wrong");
  EXPECT_EQ(report.suppressions[2].kind, Suppression::Kind::DisableLine);
  EXPECT_EQ(report.suppressions[2].line, 5u);
  EXPECT_TRUE(report.suppressions[2].rules.empty());
  EXPECT_EQ(report.suppressions[3].kind, Suppression::Kind::Enable);
  EXPECT_TRUE(report.syntax_problems.empty());
}

TEST(BuildModel, CrLfLineEndsGiveTheSameSpans) {
  const Report report = model_of(
      "# R\r\n\r\n## M {#m}\r\nDate: 2023-02-28\r\n### Attendees\r\n"
      "- @a: Name | Title | Country\r\n");
  ASSERT_EQ(report.meetings.size(), 1u);
  EXPECT_EQ(report.meetings[0].id->text, "m");
  EXPECT_TRUE(report.meetings[0].date->valid());
  EXPECT_EQ(report.meetings[0].attendees.at(0).organization->text, "Country");
  EXPECT_TRUE(report.syntax_problems.empty());
}

TEST(BuildModel, BrokenAttendeeLineIsOneProblemAndTheRestIsRead) {
  const std::string text =
      "## M\n"
      "### Attendees\n"
      "- @a: Alpha One | Minister | A\n"
      "- @broken | Minister | B\n"
      "- @c: Gamma Three | Minister | C\n"
      "\n"
      "### Commitments\n"
      "- @a, @c: keep talking\n";
  const Report report = model_of(text);
  ASSERT_EQ(report.syntax_problems.size(), 1u);
  const SyntaxProblem& problem = report.syntax_problems[0];
  const uint32_t line_begin = static_cast<uint32_t>(text.find("- @broken"));
  const uint32_t line_end = static_cast<uint32_t>(text.find('\n', line_begin));
  EXPECT_GE(problem.range.begin, line_begin);
  EXPECT_LE(problem.range.end, line_end);
  EXPECT_NE(problem.message.find("@broken"), std::string::npos) << problem.message;
  const Meeting& meeting = report.meetings.at(0);
  ASSERT_EQ(meeting.attendees.size(), 2u);
  EXPECT_EQ(meeting.attendees[1].name.text, "Gamma Three");
  EXPECT_EQ(meeting.commitments.size(), 1u);
}

TEST(BuildModel, AttendeeWithoutNameGetsAPlainMessage) {
  const Report report = model_of("## M\n### Attendees\n- | Minister | Kazakhstan\n- B\n");
  ASSERT_EQ(report.syntax_problems.size(), 1u);
  EXPECT_EQ(report.syntax_problems[0].message,
            "This line is under 'Attendees' but has no name before the first '|'");
  EXPECT_EQ(report.meetings.at(0).attendees.size(), 1u);
}

TEST(BuildModel, CommitmentWithoutColon) {
  const Report report = model_of("## M\n### Commitments\n- all keep talking\n- all: meet\n");
  ASSERT_EQ(report.syntax_problems.size(), 1u);
  EXPECT_NE(report.syntax_problems[0].message.find("no ':'"), std::string::npos)
      << report.syntax_problems[0].message;
  EXPECT_EQ(report.meetings.at(0).commitments.size(), 1u);
}

// "All" in any case is every attendee, and its span is the text as written (found by fuzzing:
// the span said "all" where the text said "alL").
TEST(BuildModel, AllPartyInAnyCaseKeepsItsText) {
  const std::string text = "## M\n### Commitments\n- alL: meet again\n- ALL, All: talk\n";
  const Report report = model_of(text);
  const auto& commitments = report.meetings.at(0).commitments;
  ASSERT_EQ(commitments.size(), 2u);
  const std::vector<std::string> written = {"alL", "ALL", "All"};
  size_t k = 0;
  for (const Commitment& c : commitments)
    for (const Party& party : c.parties) {
      ASSERT_LT(k, written.size());
      EXPECT_EQ(party.kind, Party::Kind::All) << written[k];
      EXPECT_EQ(party.span.text, written[k]);
      EXPECT_EQ(covered(text, party.span), written[k]);
      ++k;
    }
  EXPECT_EQ(k, written.size());
}

TEST(BuildModel, UnclosedCommentIsReportedOnItsLineOnly) {
  const std::string text = "# R\n<!-- left open\nDateline: 2023-03-02\n\n## M\n";
  const Report report = model_of(text);
  ASSERT_EQ(report.syntax_problems.size(), 1u);
  EXPECT_NE(report.syntax_problems[0].message.find("not closed"), std::string::npos);
  EXPECT_EQ(report.syntax_problems[0].range.begin, 4u);
  EXPECT_EQ(report.syntax_problems[0].range.end, 4u + 14u);
  EXPECT_EQ(report.meetings.size(), 1u);
}

}  // namespace
}  // namespace readout

namespace readout {
namespace {

TEST(BuildModelProblems, SecondTitleAndSectionsOutsideMeetings) {
  const Report report = model_of("# One\n# Two\n\n### Attendees\n- @a: Alpha\n\n## M\n");
  ASSERT_EQ(report.syntax_problems.size(), 2u);
  EXPECT_NE(report.syntax_problems[0].message.find("one title"), std::string::npos);
  EXPECT_NE(report.syntax_problems[1].message.find("belongs under a meeting"), std::string::npos);
}

TEST(BuildModelProblems, UnclosedFlagsAndSuppression) {
  const Report report = model_of(
      "## M\n### Attendees\n- @a: Alpha | Minister | A [head\n- @b: Beta\n### Summary\n"
      "<!-- readout-disable-next-line name-misspelled\nText.\n");
  ASSERT_EQ(report.syntax_problems.size(), 2u);
  EXPECT_NE(report.syntax_problems[0].message.find("']'"), std::string::npos)
      << report.syntax_problems[0].message;
  EXPECT_NE(report.syntax_problems[1].message.find("suppression"), std::string::npos)
      << report.syntax_problems[1].message;
  EXPECT_EQ(report.meetings.at(0).attendees.size(), 2u);
  EXPECT_TRUE(report.meetings[0].attendees[0].head_of_delegation);
}

TEST(BuildModelProblems, StrayLineUnderAttendees) {
  const Report report = model_of("## M\n### Attendees\n- @a: Alpha\nthis is not one\n- @b: Beta\n");
  ASSERT_EQ(report.syntax_problems.size(), 1u);
  EXPECT_NE(report.syntax_problems[0].message.find("is not a list item"), std::string::npos)
      << report.syntax_problems[0].message;
  EXPECT_EQ(report.meetings.at(0).attendees.size(), 2u);
}

TEST(BuildModelProblems, DateWithTrailingWords) {
  const Report report = model_of("## M\nDate: 2023-02-28 afternoon\nPlace: Astana\n");
  ASSERT_EQ(report.syntax_problems.size(), 1u);
  EXPECT_NE(report.syntax_problems[0].message.find("write only the date"), std::string::npos)
      << report.syntax_problems[0].message;
  EXPECT_EQ(report.meetings.at(0).place->text, "Astana");
}

}  // namespace
}  // namespace readout

namespace readout {
namespace {

TEST(BuildModelProblems, HandleWithoutColon) {
  const Report report = model_of("## M\n### Attendees\n- @saidov Bakhtiyor Saidov\n");
  ASSERT_EQ(report.syntax_problems.size(), 1u);
  EXPECT_EQ(report.syntax_problems[0].message.rfind("After the handle '@saidov' write ':'", 0), 0u)
      << report.syntax_problems[0].message;
}

TEST(BuildModelProblems, UnknownDirective) {
  const Report report = model_of("# R\n<!-- readout-silence name-misspelled -->\n");
  ASSERT_EQ(report.syntax_problems.size(), 1u);
  EXPECT_NE(report.syntax_problems[0].message.find("suppression"), std::string::npos);
  EXPECT_TRUE(report.suppressions.empty());
}

TEST(BuildModel, SpacesByteOrderMarkAndMonthThirteen) {
  const std::string text =
      "\xEF\xBB\xBF# R\n## M\nDate: 2023-13\n### Attendees\n-   @a :  Name  |  Title\n";
  const Report report = model_of(text);
  EXPECT_TRUE(report.syntax_problems.empty());
  EXPECT_EQ(report.title->text, "R");
  const Meeting& meeting = report.meetings.at(0);
  EXPECT_EQ(meeting.date->error, "month 13 does not exist");
  EXPECT_EQ(meeting.attendees.at(0).handle->text, "a");
  EXPECT_EQ(meeting.attendees[0].name.text, "Name");
  EXPECT_EQ(meeting.attendees[0].title->text, "Title");
}

// Found by fuzz_analysis: after error recovery a meeting can start inside its line, and its
// heading then ran a whole line's length past that start, beyond the end of the text.
TEST(BuildModel, HeadingOfAMeetingStartingInsideItsLineEndsWithTheLine) {
  for (const std::string& text :
       {std::string("\0## s", 5), std::string("\0\0## Talks\nDate: 2023-02-28\n", 28)}) {
    const Report report = model_of(text);
    ASSERT_EQ(report.meetings.size(), 1u) << text;
    const Meeting& meeting = report.meetings[0];
    const uint32_t line_end = static_cast<uint32_t>(std::min(text.find('\n'), text.size()));
    EXPECT_EQ(meeting.heading_range.end, line_end);
    EXPECT_LE(meeting.heading_range.begin, meeting.heading_range.end);
  }
}

}  // namespace
}  // namespace readout
