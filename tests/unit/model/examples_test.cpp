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
  for (const auto& entry : std::filesystem::recursive_directory_iterator(
           std::filesystem::path(READOUT_SOURCE_DIR) / "examples")) {
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
  EXPECT_GE(count, 6);  // the real C5+1 article in two languages, and four fictional examples
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

TEST(Examples, RussianAstanaMirrorsTheEnglishOne) {
  const Report english = example("c5plus1-astana-2023.readout");
  const Report russian = example("c5plus1-astana-2023.ru.readout");
  EXPECT_EQ(russian.title->text.rfind("Министры иностранных дел", 0), 0u);
  EXPECT_EQ(russian.dateline->start->to_string(), english.dateline->start->to_string());
  ASSERT_EQ(russian.meetings.size(), english.meetings.size());
  for (size_t m = 0; m < english.meetings.size(); ++m) {
    const Meeting& en = english.meetings[m];
    const Meeting& ru = russian.meetings[m];
    EXPECT_EQ(ru.id->text, en.id->text);
    EXPECT_EQ(ru.date->start->to_string(), en.date->start->to_string());
    ASSERT_EQ(ru.attendees.size(), en.attendees.size()) << en.title.text;
    for (size_t a = 0; a < en.attendees.size(); ++a) {
      EXPECT_EQ(ru.attendees[a].handle->text, en.attendees[a].handle->text);
      EXPECT_EQ(ru.attendees[a].acting, en.attendees[a].acting);
      EXPECT_EQ(ru.attendees[a].head_of_delegation, en.attendees[a].head_of_delegation);
    }
    ASSERT_EQ(ru.commitments.size(), en.commitments.size());
    for (size_t c = 0; c < en.commitments.size(); ++c)
      EXPECT_EQ(ru.commitments[c].parties.size(), en.commitments[c].parties.size());
  }
  EXPECT_EQ(russian.meetings[0].attendees[0].name.text, "Мухтар Тлеуберди");
  EXPECT_EQ(russian.meetings[0].attendees[5].title->text,
            "Исполняющий обязанности министра иностранных дел");
  EXPECT_EQ(russian.meetings[1].commitments[1].parties[0].span.text, "США");
  EXPECT_EQ(russian.meetings[1].prose.at(0).title->text, "Кратко");
}

TEST(Examples, CallIsAnAttendedCallWithDueMonth) {
  const Report report = example("fictional/call-norvania-bich-lam-2024.readout");
  const Meeting& call = report.meetings.at(0);
  EXPECT_EQ(call.kind->text, "call");
  EXPECT_EQ(call.attendees.at(1).name.text, "Võ Thị Lam Khuê");
  ASSERT_TRUE(call.commitments.at(0).due);
  EXPECT_EQ(call.commitments[0].due->start->precision, DatePrecision::Month);
  EXPECT_EQ(call.commitments.at(1).parties.size(), 3u);
  EXPECT_EQ(call.prose.at(0).paragraphs.at(0).lines.at(0).handle_refs.at(0).handle.text,
            "ashcombe");
}

TEST(Examples, SummitSpansThreeDaysWithASideMeeting) {
  const Report report = example("fictional/summit-northern-straits-2024.readout");
  ASSERT_EQ(report.prose.size(), 1u);  // the introduction before the first meeting
  ASSERT_EQ(report.meetings.size(), 2u);
  const Meeting& summit = report.meetings[0];
  ASSERT_TRUE(summit.date->is_range());
  EXPECT_EQ(summit.date->end->to_string(), "2024-05-16");
  EXPECT_EQ(summit.attendees.size(), 5u);
  EXPECT_TRUE(summit.attendees[2].acting && summit.attendees[2].head_of_delegation);
  EXPECT_FALSE(summit.attendees[4].head_of_delegation);
  EXPECT_EQ(summit.attendees[4].organization->text, "Council of the Northern Straits");
  EXPECT_EQ(summit.commitments.at(0).parties.at(0).kind, Party::Kind::All);
  EXPECT_TRUE(summit.commitments.at(1).due->is_range());
  EXPECT_EQ(summit.commitments.at(3).parties.at(1).span.text, "Rasmus Oddvarsen");
  EXPECT_EQ(summit.prose.size(), 2u);
  EXPECT_FALSE(report.meetings[1].attendees.at(1).acting);  // deliberately: see title-acting
}

TEST(Examples, SuppressionsOfEveryKind) {
  const Report report = example("fictional/report-with-suppressions-2024.readout");
  using Kind = Suppression::Kind;
  ASSERT_EQ(report.suppressions.size(), 8u);
  const std::vector<std::pair<Kind, size_t>> expected = {
      {Kind::DisableLine, 0},     {Kind::DisableNextLine, 1}, {Kind::DisableLine, 1},
      {Kind::DisableNextLine, 0}, {Kind::Disable, 3},         {Kind::Enable, 3},
      {Kind::Disable, 0},         {Kind::Enable, 0},
  };
  for (size_t i = 0; i < expected.size(); ++i) {
    EXPECT_EQ(report.suppressions[i].kind, expected[i].first) << i;
    EXPECT_EQ(report.suppressions[i].rules.size(), expected[i].second) << i;
  }
  EXPECT_EQ(report.suppressions[1].rules.at(0).text, "name-misspelled");
  EXPECT_EQ(report.suppressions[2].rules.at(0).text, "person-unknown");
  EXPECT_EQ(report.place->text, "Verkhnelessk, Sosnovia");  // without its trailing comment
  const Attendee& ambassador = report.meetings.at(0).attendees.at(2);
  EXPECT_FALSE(ambassador.handle);
  EXPECT_FALSE(ambassador.title);  // 'Name | | Country'
  EXPECT_EQ(ambassador.organization->text, "Norvania");
}

TEST(Examples, NonLatinNamesKeepTheirScripts) {
  const Report report = example("fictional/non-latin-names-2024.readout");
  EXPECT_EQ(report.title->text, "Министры иностранных дел встретились в Елкенкенте");
  const Meeting& meeting = report.meetings.at(0);
  ASSERT_EQ(meeting.attendees.size(), 3u);
  EXPECT_EQ(meeting.attendees[0].name.text, "Ayşe Tülin Özkavaklı");
  EXPECT_EQ(meeting.attendees[0].title->text, "Dışişleri Bakanı");
  EXPECT_EQ(meeting.attendees[1].name.text, "Всеволод Карпенцев");
  EXPECT_EQ(meeting.attendees[1].organization->text, "Сосновия");
  EXPECT_EQ(meeting.attendees[2].title->text, "Bộ trưởng Ngoại giao");
  EXPECT_TRUE(meeting.commitments.at(0).due->is_range());  // written with an en dash
  EXPECT_EQ(meeting.commitments[0].due->end->to_string(), "2024-10");
  ASSERT_EQ(meeting.prose.size(), 3u);
  EXPECT_EQ(meeting.prose[0].title->text, "Özet");
  EXPECT_EQ(meeting.prose[1].title->text, "Итоги");
  EXPECT_EQ(meeting.prose[2].title->text, "Tóm tắt");
  EXPECT_EQ(report.meetings.at(1).id->text, "yelkenkent-dinner");
}

}  // namespace
}  // namespace readout
