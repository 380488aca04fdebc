// The Wikidata SPARQL results importer: dates at their precision, other names with their
// language, skipped rows, and located errors for malformed input.
#include <gtest/gtest.h>

#include <algorithm>

#include "readout/data/importers.hpp"

namespace readout::data {
namespace {

constexpr const char* kHead =
    R"({"head":{"vars":["statement","person","personLabel","altLabel","position","positionLabel",)"
    R"("country","countryLabel","start","startPrecision","end","endPrecision","retrieved"]},)"
    "\n\"results\":{\"bindings\":[\n";

std::string uri(const std::string& q) {
  return R"({"type":"uri","value":"http://www.wikidata.org/entity/)" + q + "\"}";
}
std::string label(const std::string& text, const std::string& lang = "en") {
  return R"({"type":"literal","xml:lang":")" + lang + R"(","value":")" + text + "\"}";
}
std::string date(const std::string& value) {
  return R"({"type":"literal","datatype":"http://www.w3.org/2001/XMLSchema#dateTime","value":")" +
         value + "\"}";
}
std::string precision(int p) {
  return R"({"type":"literal","datatype":"http://www.w3.org/2001/XMLSchema#integer","value":")" +
         std::to_string(p) + "\"}";
}

// One solution: Antony Blinken as Secretary of State, with `extra` members added.
std::string blinken(const std::string& extra = "") {
  return R"({"statement":{"type":"uri","value":"http://www.wikidata.org/entity/statement/Q7821917-AB12"},)"
         R"("person":)" +
         uri("Q7821917") + R"(,"personLabel":)" + label("Antony Blinken") + R"(,"position":)" +
         uri("Q14213") + R"(,"positionLabel":)" + label("United States Secretary of State") +
         R"(,"country":)" + uri("Q30") + R"(,"countryLabel":)" + label("United States") +
         R"(,"retrieved":)" + date("2025-06-01T09:30:00Z") + extra + "}";
}

std::string results(const std::vector<std::string>& rows) {
  std::string text = kHead;
  for (size_t i = 0; i < rows.size(); ++i) text += (i ? ",\n" : "") + rows[i];
  return text + "\n]}}\n";
}

struct Imported {
  bool ok = false;
  RegistryData data;
  std::vector<FileError> errors;
  ImportReport report;
};

Imported import(const std::string& text, const std::string& query = "foreign-ministers") {
  Imported out;
  out.ok = import_wikidata_sparql(text, "r.json", query, out.data, out.errors, out.report);
  return out;
}

TEST(WikidataSparql, TheQueriesAreEmbeddedWithTheirLanguages) {
  std::vector<std::string> names;
  for (const auto& q : wikidata_queries()) names.push_back(q.name);
  EXPECT_EQ(names, (std::vector<std::string>{"deputy-foreign-ministers", "foreign-ministers",
                                             "heads-of-government", "heads-of-state"}));
  std::string text, error;
  ASSERT_TRUE(
      with_languages(*find_wikidata_query("heads-of-state"), {"en", "zh-Hans"}, text, error));
  EXPECT_NE(text.find(R"(IN ("en", "zh-hans"))"),
            std::string::npos);  // Wikidata's tags are lower case
  // Each date with its own precision, from one value node.
  EXPECT_NE(
      text.find("pqv:P580 [ wikibase:timeValue ?start ; wikibase:timePrecision ?startPrecision ]"),
      std::string::npos);
  EXPECT_EQ(text.find("{{LANGUAGES}}"), std::string::npos);
  EXPECT_NE(text.find("BIND(NOW() AS ?retrieved)"), std::string::npos);
  EXPECT_FALSE(with_languages(*find_wikidata_query("heads-of-state"), {"en\") }"}, text, error));
  EXPECT_EQ(error, "'en\") }' is not a language tag such as en, fr or zh-hans");
}

TEST(WikidataSparql, DatesKeepTheirPrecision) {
  auto r = import(results({blinken(
      R"(,"start":)" + date("2021-01-26T00:00:00Z") + R"(,"startPrecision":)" + precision(11) +
      R"(,"end":)" + date("2025-01-01T00:00:00Z") + R"(,"endPrecision":)" + precision(9))}));
  ASSERT_TRUE(r.ok) << r.errors[0].to_string();
  ASSERT_EQ(r.data.memberships.size(), 1u);
  const Membership& m = r.data.memberships[0];
  EXPECT_EQ(m.start_date->to_string(), "2021-01-26");
  EXPECT_EQ(m.end_date->to_string(), "2025");
  EXPECT_EQ(m.end_date->precision, DatePrecision::Year);
  EXPECT_EQ(m.sources[0].url, "https://www.wikidata.org/wiki/Q7821917#Q7821917-AB12");
  EXPECT_EQ(m.sources[0].note, "Wikidata Query Service, foreign-ministers");
  ASSERT_EQ(r.data.source_dates.size(), 1u);
  EXPECT_EQ(r.data.source_dates[0].note, "Wikidata Query Service, foreign-ministers");
  EXPECT_EQ(r.data.source_dates[0].as_of.to_string(), "2025-06-01");
  // The CSV importer's post records: a foreign minister's title variants.
  ASSERT_EQ(r.data.posts.size(), 1u);
  EXPECT_NE(std::find(r.data.posts[0].other_labels.begin(), r.data.posts[0].other_labels.end(),
                      "Foreign Minister"),
            r.data.posts[0].other_labels.end());
}

TEST(WikidataSparql, MonthPrecisionAndOtherNamesWithTheirLanguage) {
  const std::string start =
      R"(,"start":)" + date("2021-01-01T00:00:00Z") + R"(,"startPrecision":)" + precision(10);
  auto r = import(results({blinken(start + R"(,"altLabel":)" + label("Tony Blinken")),
                           blinken(start + R"(,"altLabel":)" + label("Энтони Блинкен", "ru")),
                           blinken(start + R"(,"altLabel":)" + label("Antony Blinken", "fr"))}));
  ASSERT_TRUE(r.ok);
  EXPECT_EQ(r.report.rows, 3u);
  ASSERT_EQ(r.data.memberships.size(), 1u);  // one statement, three rows
  EXPECT_EQ(r.data.memberships[0].start_date->to_string(), "2021-01");
  ASSERT_EQ(r.data.persons.size(), 1u);
  const auto& names = r.data.persons[0].other_names;
  ASSERT_EQ(names.size(), 2u);  // the label itself is no other name
  EXPECT_EQ(names[0].name, "Tony Blinken");
  EXPECT_EQ(names[0].lang, "en");
  EXPECT_EQ(names[1].name, "Энтони Блинкен");
  EXPECT_EQ(names[1].lang, "ru");
}

TEST(WikidataSparql, RowsThatSayNothingUsableAreSkippedWithAReason) {
  auto r = import(results(
      {blinken(R"(,"start":)" + date("2020-01-01T00:00:00Z") + R"(,"startPrecision":)" +
               precision(8)),
       R"({"person":)" + uri("Q1") + R"(,"personLabel":)" + label("X") + R"(,"position":)" +
           uri("Q2") + R"(,"positionLabel":)" + label("Foreign Minister of Y") +
           R"(,"country":{"type":"bnode","value":"t42"},"retrieved":)" +
           date("2025-06-01T09:30:00Z") + "}",
       blinken(
           R"(,"end":{"type":"uri","value":"http://www.wikidata.org/.well-known/genid/abc"})")}));
  ASSERT_TRUE(r.ok);
  EXPECT_EQ(r.report.imported, 0u);
  ASSERT_EQ(r.report.skipped.size(), 3u);
  EXPECT_EQ(r.report.skipped[0],
            "r.json:3: the start date '2020-01-01T00:00:00Z' is coarser than a year (precision 8)");
  EXPECT_EQ(r.report.skipped[1], "r.json:4: the country is an unknown value in Wikidata");
  EXPECT_EQ(r.report.skipped[2], "r.json:5: the end date is an unknown value in Wikidata");
}

TEST(WikidataSparql, MissingVariablesNameTheQuery) {
  auto r = import(R"({"head":{"vars":["person","personLabel"]},"results":{"bindings":[]}})",
                  "heads-of-state");
  ASSERT_FALSE(r.ok);
  ASSERT_EQ(r.errors.size(), 1u);
  EXPECT_EQ(r.errors[0].to_string(),
            "r.json:1:17: error: these are not the results of the query 'heads-of-state': the "
            "variables ?statement, ?altLabel, ?position, ?positionLabel, ?country, ?countryLabel, "
            "?start, ?startPrecision, ?end, ?endPrecision, ?retrieved are missing");
}

TEST(WikidataSparql, MalformedJsonIsLocated) {
  auto r = import("{\"head\": {\"vars\": []},\n  \"results\": {\"bindings\": [}\n}");
  ASSERT_FALSE(r.ok);
  ASSERT_EQ(r.errors.size(), 1u);
  EXPECT_EQ(r.errors[0].line, 2u);
  EXPECT_EQ(r.errors[0].column, 28u);  // the "}" where a value should be
  EXPECT_NE(r.errors[0].message.find("not valid JSON"), std::string::npos);
}

TEST(WikidataSparql, WrongShapesAndValuesAreLocated) {
  auto shape = import("{\"head\": {\"vars\": []},\n \"results\": []}");
  ASSERT_FALSE(shape.ok);
  EXPECT_EQ(shape.errors[0].to_string(),
            "r.json:2:13: error: \"results\" must be an object, not an array");
  auto bad = import(results({blinken(R"(,"start":)" + date("2021-02-30T00:00:00Z") +
                                     R"(,"startPrecision":)" + precision(11))}));
  ASSERT_FALSE(bad.ok);
  EXPECT_EQ(bad.errors[0].line, 3u);
  EXPECT_NE(bad.errors[0].message.find("'2021-02-30T00:00:00Z' is not an xsd:dateTime"),
            std::string::npos);
  auto id = import(results({R"({"person":{"type":"uri","value":"http://example.org/Q1"}})"}));
  ASSERT_FALSE(id.ok);
  EXPECT_EQ(id.errors[0].to_string(),
            "r.json:3:11: error: ?person must be a Wikidata item such as "
            "http://www.wikidata.org/entity/Q30, not 'http://example.org/Q1'");
}

TEST(WikidataSparql, UnknownQueryName) {
  auto r = import(results({}), "ministers");
  ASSERT_FALSE(r.ok);
  EXPECT_NE(r.errors[0].message.find("unknown query 'ministers'"), std::string::npos);
}

}  // namespace
}  // namespace readout::data
