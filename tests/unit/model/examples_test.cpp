// build_model on every bundled example: each must read without syntax problems, and each
// exercises the constructs it was written for.
#include <filesystem>
#include <fstream>
#include <sstream>

#include <gtest/gtest.h>

#include "readout/model.hpp"

namespace readout {
namespace {

std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

Report example(const std::string& name) {
  const auto path = std::filesystem::path(READOUT_SOURCE_DIR) / "examples" / name;
  return build_model(*SyntaxTree::parse(read_file(path)));
}

TEST(Examples, EveryExampleReadsWithoutSyntaxProblems) {
  int count = 0;
  for (const auto& entry :
       std::filesystem::directory_iterator(std::filesystem::path(READOUT_SOURCE_DIR) / "examples")) {
    if (entry.path().extension() != ".readout") continue;
    ++count;
    const std::string text = read_file(entry.path());
    const Report report = build_model(*SyntaxTree::parse(text));
    for (const SyntaxProblem& problem : report.syntax_problems) {
      ADD_FAILURE() << entry.path().filename() << ": " << problem.message << " at "
                    << text.substr(problem.range.begin, problem.range.size());
    }
    EXPECT_TRUE(report.title) << entry.path().filename();
    EXPECT_TRUE(report.dateline && report.dateline->valid()) << entry.path().filename();
    EXPECT_FALSE(report.meetings.empty()) << entry.path().filename();
    for (const Meeting& meeting : report.meetings) {
      EXPECT_TRUE(meeting.id) << entry.path().filename() << ": " << meeting.title.text;
      EXPECT_TRUE(meeting.date && meeting.date->valid()) << meeting.title.text;
      EXPECT_FALSE(meeting.attendees.empty()) << meeting.title.text;
    }
  }
  EXPECT_GE(count, 5);
}

TEST(Examples, AstanaHasBothMeetingsAndTheirPeople) {
  const Report report = example("c5plus1-astana-2023.readout");
  EXPECT_EQ(report.dateline->start->to_string(), "2023-03-02");
  ASSERT_EQ(report.meetings.size(), 2u);
  const Meeting& ministerial = report.meetings[0];
  EXPECT_EQ(ministerial.id->text, "c5plus1");
  EXPECT_EQ(ministerial.date->start->to_string(), "2023-02-28");
  ASSERT_EQ(ministerial.attendees.size(), 6u);
  EXPECT_EQ(ministerial.attendees[5].handle->text, "saidov");
  EXPECT_TRUE(ministerial.attendees[5].acting);
  EXPECT_EQ(ministerial.commitments.at(0).parties.at(0).kind, Party::Kind::All);
  const Meeting& visit = report.meetings[1];
  EXPECT_EQ(visit.id->text, "blinken-visit");
  EXPECT_NE(visit.title.text.find("Anthony Blinken"), std::string::npos);
  EXPECT_EQ(visit.commitments.size(), 2u);
  EXPECT_EQ(visit.commitments[1].parties[0].span.text, "United States");
  EXPECT_EQ(visit.prose.at(0).title->text, "Summary");
  EXPECT_EQ(visit.prose[0].paragraphs.size(), 6u);
}

TEST(Examples, CallIsAnAttendedCallWithDueMonth) {
  const Report report = example("call-blinken-bui-thanh-son-2023.readout");
  const Meeting& call = report.meetings.at(0);
  EXPECT_EQ(call.kind->text, "call");
  EXPECT_EQ(call.attendees.at(1).name.text, "Bùi Thanh Sơn");
  ASSERT_TRUE(call.commitments.at(0).due);
  EXPECT_EQ(call.commitments[0].due->start->precision, DatePrecision::Month);
  EXPECT_EQ(call.prose.at(0).paragraphs.at(0).lines.at(0).handle_refs.at(0).handle.text, "blinken");
}

TEST(Examples, SummitSpansThreeDaysWithASideMeeting) {
  const Report report = example("summit-central-asia-2023.readout");
  ASSERT_EQ(report.prose.size(), 1u);  // the introduction before the first meeting
  ASSERT_EQ(report.meetings.size(), 2u);
  const Meeting& summit = report.meetings[0];
  ASSERT_TRUE(summit.date->is_range());
  EXPECT_EQ(summit.date->end->to_string(), "2023-05-12");
  EXPECT_EQ(summit.attendees.size(), 5u);
  EXPECT_TRUE(summit.attendees[4].acting && summit.attendees[4].head_of_delegation);
  EXPECT_TRUE(summit.commitments.at(1).due->is_range());
  EXPECT_EQ(summit.prose.size(), 2u);
}

TEST(Examples, SuppressionsOfEveryKind) {
  const Report report = example("report-with-suppressions.readout");
  ASSERT_EQ(report.suppressions.size(), 4u);
  EXPECT_EQ(report.suppressions[0].kind, Suppression::Kind::DisableNextLine);
  EXPECT_EQ(report.suppressions[1].kind, Suppression::Kind::DisableLine);
  EXPECT_EQ(report.suppressions[1].rules.at(0).text, "person-unknown");
  EXPECT_EQ(report.suppressions[2].kind, Suppression::Kind::Disable);
  EXPECT_EQ(report.suppressions[2].rules.size(), 2u);
  EXPECT_EQ(report.suppressions[3].kind, Suppression::Kind::Enable);
  EXPECT_EQ(report.place->text, "Astana, Kazakhstan");  // without its trailing comment
}

TEST(Examples, NonLatinNamesKeepTheirScripts) {
  const Report report = example("non-latin-names-2023.readout");
  EXPECT_EQ(report.title->text, "Министры иностранных дел встретились в Анталье");
  const Meeting& meeting = report.meetings.at(0);
  ASSERT_EQ(meeting.attendees.size(), 4u);
  EXPECT_EQ(meeting.attendees[0].name.text, "Mevlüt Çavuşoğlu");
  EXPECT_EQ(meeting.attendees[1].name.text, "Сергей Лавров");
  EXPECT_EQ(meeting.attendees[2].organization->text, "Кыргызстан");
  EXPECT_EQ(meeting.attendees[3].title->text, "Bộ trưởng Ngoại giao");
  EXPECT_EQ(meeting.prose.at(0).title->text, "Özet");
}

}  // namespace
}  // namespace readout
