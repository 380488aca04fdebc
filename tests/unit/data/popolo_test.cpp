// Reading and writing Popolo registry files, and where their problems are reported.
#include <gtest/gtest.h>

#include "readout/data/popolo.hpp"

namespace readout::data {
namespace {

const char* kValid = R"({
  "persons": [
    {"id": "Q7821917", "name": "Antony Blinken",
     "other_names": [{"name": "Tony Blinken", "note": "short form"}],
     "identifiers": [{"scheme": "wikidata", "identifier": "Q7821917"}],
     "sources": [{"url": "https://www.state.gov/biographies/antony-j-blinken/"}]}
  ],
  "organizations": [
    {"id": "Q30", "name": "United States", "classification": "country",
     "other_names": [{"name": "USA"}]}
  ],
  "posts": [
    {"id": "Q14213", "label": "Secretary of State", "other_label": ["Secretary"],
     "organization_id": "Q30"}
  ],
  "memberships": [
    {"person_id": "Q7821917", "post_id": "Q14213", "organization_id": "Q30",
     "start_date": "2021-01-26", "end_date": "2025-01-20", "acting": false}
  ],
  "source_dates": [{"note": "State Department biographies", "as_of": "2025-10"}]
}
)";

// The errors of a file that must not load, as printed.
std::vector<std::string> refusals(const char* text, RegistryData& data) {
  std::vector<FileError> errors;
  EXPECT_FALSE(parse_popolo(text, "f.json", data, errors));
  std::vector<std::string> seen;
  for (const auto& e : errors) seen.push_back(e.to_string());
  return seen;
}

TEST(Popolo, ReadsAValidFile) {
  RegistryData data;
  std::vector<FileError> errors;
  ASSERT_TRUE(parse_popolo(kValid, "ok.json", data, errors));
  EXPECT_TRUE(errors.empty());
  ASSERT_EQ(data.persons.size(), 1u);
  EXPECT_EQ(data.persons[0].other_names[0].note, "short form");
  EXPECT_EQ(data.persons[0].identifiers[0].identifier, "Q7821917");
  EXPECT_EQ(data.persons[0].origin, "ok.json");
  ASSERT_EQ(data.posts.size(), 1u);
  EXPECT_EQ(data.posts[0].other_labels, std::vector<RecordString>{"Secretary"});
  ASSERT_EQ(data.memberships.size(), 1u);
  EXPECT_EQ(data.memberships[0].start_date->to_string(), "2021-01-26");
  ASSERT_EQ(data.source_dates.size(), 1u);
  EXPECT_EQ(data.source_dates[0].note, "State Department biographies");
  EXPECT_EQ(data.source_dates[0].as_of.to_string(), "2025-10");
}

TEST(Popolo, ASourceDateNeedsANoteAndADay) {
  const char* text = R"({
  "source_dates": [
    {"note": "snapshot"},
    {"note": "", "as_of": "2024-01-01"},
    {"note": "snapshot", "as_of": "2024-02-30"},
    {"note": "snapshot", "as-of": "2024"}
  ]
})";
  RegistryData data;
  const std::vector<std::string> seen = refusals(text, data);
  const std::vector<std::string> expected = {
      "f.json:3:5: error: source date 1: missing \"as_of\"",
      "f.json:4:14: error: source date 2: \"note\" is empty",
      "f.json:5:35: error: source date 3: as_of '2024-02-30' is not a valid date: February has "
      "only 29 days",
      "f.json:6:26: error: source date 4: unknown key \"as-of\"; did you mean \"as_of\"?",
      "f.json:6:5: error: source date 4: missing \"as_of\"",
  };
  EXPECT_EQ(seen, expected);
  EXPECT_TRUE(data.source_dates.empty());
}

TEST(Popolo, WriteIsDeterministicAndRoundTrips) {
  RegistryData data;
  std::vector<FileError> errors;
  ASSERT_TRUE(parse_popolo(kValid, "ok.json", data, errors));
  const std::string written = write_popolo(data);
  EXPECT_EQ(written.back(), '\n');
  EXPECT_NE(written.find("\n    {\"id\":\"Q7821917\",\"name\":\"Antony Blinken\""),
            std::string::npos);
  RegistryData again;
  ASSERT_TRUE(parse_popolo(written, "written.json", again, errors))
      << (errors.empty() ? "" : errors[0].to_string());
  EXPECT_EQ(write_popolo(again), written);
}

TEST(Popolo, SyntaxErrorsHaveLineAndColumn) {
  RegistryData data;
  std::vector<FileError> errors;
  EXPECT_FALSE(parse_popolo("{\n  \"persons\": [\n    {\"id\": \"Q1\",}\n  ]\n}\n", "bad.json",
                            data, errors));
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].line, 3u);
  EXPECT_EQ(errors[0].column, 17u);  // the '}' after the trailing comma
  EXPECT_NE(errors[0].message.find("syntax error"), std::string::npos);
  EXPECT_EQ(errors[0].to_string().rfind("bad.json:3:17: error: ", 0), 0u);
}

TEST(Popolo, AKeyOneSlipFromPopolosIsReportedNotIgnored) {
  RegistryData data;
  std::vector<FileError> errors;
  const std::string text =
      "{\"organizations\": [{\"id\": \"o\", \"name\": \"Ruritania\"}],\n"
      " \"posts\": [{\"id\": \"p\", \"label\": \"Minister\", \"other_labels\": [\"FM\"],\n"
      "   \"organization_id\": \"o\", \"wikipedia\": \"x\"}]}\n";
  EXPECT_FALSE(parse_popolo(text, "typo.json", data, errors));
  ASSERT_EQ(errors.size(), 1u);  // "wikipedia" is far from every Popolo key: accepted
  EXPECT_EQ(errors[0].line, 2u);
  EXPECT_EQ(errors[0].column, 45u);
  EXPECT_NE(errors[0].message.find("did you mean \"other_label\""), std::string::npos)
      << errors[0].message;
}

TEST(Popolo, EveryProblemIsLocated) {
  const char* text = R"({
  "persons": [
    {"id": "Q1", "name": "Ana"},
    {"id": "Q1", "name": "Ana Again"},
    {"id": "Q2"}
  ],
  "posts": [{"id": "P1", "label": "Minister", "organization_id": "Q404"}],
  "memberships": [
    {"person_id": "Q1", "post_id": "P1", "start_date": "2023-02-28"},
    {"person_id": "Q1", "post_id": "P1", "start_date": "2023-02-29"},
    {"person_id": "Q3", "post_id": "P1", "start_date": "2023-13-01", "acting": "yes"},
    {"person_id": "Q1", "post_id": "P1", "start_date": "2021", "end_date": "2020-05"}
  ],
  "membership": []
})";
  RegistryData data;
  const std::vector<std::string> seen = refusals(text, data);
  const std::vector<std::string> expected = {
      "f.json:14:3: error: unknown key \"membership\" (expected \"persons\", \"organizations\", "
      "\"posts\", \"memberships\" or \"source_dates\")",
      "f.json:4:12: error: duplicate id \"Q1\" in \"persons\" (first at line 3)",
      "f.json:5:5: error: person 3: missing \"name\"",
      "f.json:7:66: error: post 1: unknown organization_id \"Q404\" (no organization has this id)",
      "f.json:10:56: error: membership 2: start_date '2023-02-29' is not a valid date: 2023 is not "
      "a leap year",
      "f.json:11:19: error: membership 3: unknown person_id \"Q3\" (no person has this id)",
      "f.json:11:56: error: membership 3: start_date '2023-13-01' is not a valid date: month 13 "
      "does not exist",
      "f.json:11:80: error: membership 3: \"acting\" must be true or false, not a string",
      "f.json:12:76: error: membership 4: end_date 2020-05 is before start_date 2021",
  };
  EXPECT_EQ(seen, expected);
}

TEST(Popolo, ReferencesMayPointIntoEarlierFiles) {
  RegistryData earlier;
  std::vector<FileError> errors;
  ASSERT_TRUE(parse_popolo(kValid, "base.json", earlier, errors));
  const char* addition =
      R"({"memberships": [{"person_id": "Q7821917", "post_id": "Q14213", "start_date": "2025"}]})";
  RegistryData alone;
  EXPECT_FALSE(parse_popolo(addition, "user.json", alone, errors));
  errors.clear();
  RegistryData with_context;
  EXPECT_TRUE(parse_popolo(addition, "user.json", earlier, with_context, errors));
  EXPECT_TRUE(errors.empty());
}

TEST(Popolo, WrongTypes) {
  RegistryData data;
  std::vector<FileError> errors;
  EXPECT_FALSE(parse_popolo(R"([1, 2])", "a.json", data, errors));
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].column, 1u);
  errors.clear();
  EXPECT_FALSE(parse_popolo("{\"persons\": {\"id\": 1}}", "b.json", data, errors));
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].message, "\"persons\" must be an array, not an object");
  errors.clear();
  EXPECT_FALSE(
      parse_popolo("{\"persons\": [{\"id\": 12, \"name\": \"X\", \"other_names\": [\"Y\"]}]}",
                   "c.json", data, errors));
  ASSERT_EQ(errors.size(), 2u);
  EXPECT_EQ(errors[0].to_string(),
            "c.json:1:21: error: person 1: \"id\" must be a string, not a number");
  EXPECT_EQ(errors[1].to_string(),
            "c.json:1:54: error: person 1, other_names 1 must be an object, not a string");
}

}  // namespace
}  // namespace readout::data
