// The output formats, on hand-made findings (no analysis involved).
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <sstream>

#include "formats/formats.hpp"
#include "formats/positions.hpp"
#include "readout/rules.hpp"

namespace readout::cli {
namespace {

// "Secretary Anthony Blinken" on line 2, after a line with a non-ASCII character.
LintedFile sample_file() {
  LintedFile file;
  file.display_path = "reports/a b.readout";
  file.text = "# Astana’s talks\nSecretary Anthony Blinken spoke.\n";
  file.lines = LineIndex(file.text);
  uint32_t begin = static_cast<uint32_t>(file.text.find("Anthony"));
  Diagnostic misspelled;
  misspelled.rule_id = "name-misspelled";
  misspelled.severity = Severity::Warning;
  misspelled.range = {begin, begin + 15};
  misspelled.message = "'Anthony Blinken' looks like a misspelling of 'Antony Blinken'";
  misspelled.fixes.push_back(
      Fix{"Replace with 'Antony Blinken'", {{{begin, begin + 15}, "Antony Blinken"}}, true});
  misspelled.related.push_back(RelatedInfo{{2, 8}, "first spelled here"});
  Diagnostic dateline;
  dateline.rule_id = "date-invalid";
  dateline.severity = Severity::Error;
  uint32_t talks = static_cast<uint32_t>(file.text.find("talks"));
  dateline.range = {talks, talks + 5};
  dateline.message = "a 100% bad, thing: here\nsecond line";
  Diagnostic hint;
  hint.rule_id = "title-acting";
  hint.severity = Severity::Hint;
  hint.range = {0, 1};
  hint.message = "a hint";
  hint.fixes.push_back(Fix{"Maybe this", {{{0, 1}, "#"}}, false});
  file.diagnostics = {hint, dateline, misspelled};
  return file;
}

TEST(PositionsTest, ColumnsCountCodePoints) {
  std::string text = "a’b\nxyz";
  LineIndex lines(text);
  DisplayPosition p = display_position(text, lines, static_cast<uint32_t>(text.find('b')));
  EXPECT_EQ(p.line, 1u);
  EXPECT_EQ(p.column, 3u);  // a, ’, then b
  p = display_position(text, lines, static_cast<uint32_t>(text.find('z')));
  EXPECT_EQ(p.line, 2u);
  EXPECT_EQ(p.column, 3u);
  EXPECT_EQ(display_position(text, lines, 1000).line, 2u);
}

TEST(PositionsTest, DisplayWidthKnowsWideAndCombiningCharacters) {
  EXPECT_EQ(display_width("abc"), 3u);
  EXPECT_EQ(display_width("Токаев"), 6u);
  EXPECT_EQ(display_width("菅義偉"), 6u);
  EXPECT_EQ(display_width("e\u0301"), 1u);  // e + combining acute
  EXPECT_EQ(count_code_points("e\u0301"), 2u);
}

TEST(TextFormatTest, ShowsLocationRuleSourceCaretFixAndSummary) {
  std::ostringstream out;
  write_text(out, {sample_file()}, TextStyle{false});
  std::string text = out.str();
  EXPECT_NE(text.find("reports/a b.readout:2:11: warning[name-misspelled]: 'Anthony Blinken' "
                      "looks like a misspelling of 'Antony Blinken'\n"
                      "   2 | Secretary Anthony Blinken spoke.\n"
                      "     |" +
                      std::string(11, ' ') +
                      "^^^^^^^^^^^^^^^\n"
                      "     = fix: Replace with 'Antony Blinken' (--fix)\n"
                      "     = note: reports/a b.readout:1:3: first spelled here\n"),
            std::string::npos)
      << text;
  // The caret sits under "talks", after the curly apostrophe counted once.
  EXPECT_NE(text.find("reports/a b.readout:1:12: error[date-invalid]"), std::string::npos) << text;
  EXPECT_NE(text.find("   1 | # Astana’s talks\n     |" + std::string(12, ' ') + "^^^^^\n"),
            std::string::npos)
      << text;
  EXPECT_NE(text.find("     = suggestion: Maybe this\n"), std::string::npos) << text;
  EXPECT_NE(text.find("3 problems (1 error, 1 warning, 1 hint) in 1 file, 1 fixable with --fix.\n"),
            std::string::npos)
      << text;
  EXPECT_EQ(text.find("\x1b["), std::string::npos) << "no colour unless asked";
}

TEST(TextFormatTest, ColourWhenAskedAndACleanSummary) {
  std::ostringstream coloured;
  write_text(coloured, {sample_file()}, TextStyle{true});
  EXPECT_NE(coloured.str().find("\x1b[1;31merror\x1b[0m"), std::string::npos);
  LintedFile clean;
  clean.display_path = "x.readout";
  std::ostringstream out;
  write_text(out, {clean, clean}, TextStyle{false});
  EXPECT_EQ(out.str(), "No problems in 2 files.\n");
}

TEST(JsonFormatTest, FollowsTheDocumentedSchema) {
  std::ostringstream out;
  write_json(out, {sample_file()});
  auto doc = nlohmann::json::parse(out.str());
  EXPECT_EQ(doc["schemaVersion"], 1);
  EXPECT_EQ(doc["tool"]["name"], "readout");
  EXPECT_EQ(doc["tool"]["version"], std::string(tool_version()));
  ASSERT_EQ(doc["files"].size(), 1u);
  const auto& file = doc["files"][0];
  EXPECT_EQ(file["path"], "reports/a b.readout");
  ASSERT_EQ(file["diagnostics"].size(), 3u);
  const auto& d = file["diagnostics"][2];
  EXPECT_EQ(d["ruleId"], "name-misspelled");
  EXPECT_EQ(d["severity"], "warning");
  EXPECT_EQ(d["range"]["start"]["line"], 2);
  EXPECT_EQ(d["range"]["start"]["column"], 11);
  EXPECT_EQ(d["range"]["end"]["column"], 26);
  EXPECT_EQ(d["range"]["start"]["offset"], sample_file().text.find("Anthony"));
  EXPECT_EQ(d["fixes"][0]["safe"], true);
  EXPECT_EQ(d["fixes"][0]["edits"][0]["newText"], "Antony Blinken");
  EXPECT_EQ(d["related"][0]["message"], "first spelled here");
  EXPECT_EQ(doc["summary"]["problems"], 3);
  EXPECT_EQ(doc["summary"]["errors"], 1);
  EXPECT_EQ(doc["summary"]["hints"], 1);
  EXPECT_EQ(doc["summary"]["fixable"], 1);
}

TEST(SarifFormatTest, HasTheRequiredStructure) {
  std::ostringstream out;
  write_sarif(out, {sample_file()});
  auto doc = nlohmann::json::parse(out.str());
  EXPECT_EQ(doc["version"], "2.1.0");
  const auto& run = doc["runs"][0];
  EXPECT_EQ(run["columnKind"], "unicodeCodePoints");
  const auto& rules = run["tool"]["driver"]["rules"];
  ASSERT_EQ(rules.size(), rule_table().size());
  EXPECT_EQ(rules[0]["id"], std::string(rule_table()[0].id));
  EXPECT_EQ(rules[0]["helpUri"], "docs/rules.md#" + std::string(rule_table()[0].id));
  const auto& results = run["results"];
  ASSERT_EQ(results.size(), 3u);
  EXPECT_EQ(results[0]["level"], "note");  // hints and infos are notes
  EXPECT_EQ(results[1]["level"], "error");
  const auto& misspelled = results[2];
  EXPECT_EQ(misspelled["message"]["text"],
            "'Anthony Blinken' looks like a misspelling of 'Antony Blinken'");
  const auto& location = misspelled["locations"][0]["physicalLocation"];
  EXPECT_EQ(location["artifactLocation"]["uri"], "reports/a%20b.readout");
  EXPECT_EQ(location["region"]["startLine"], 2);
  EXPECT_EQ(location["region"]["startColumn"], 11);
  EXPECT_EQ(location["region"]["endColumn"], 26);
  const auto& replacement = misspelled["fixes"][0]["artifactChanges"][0]["replacements"][0];
  EXPECT_EQ(replacement["insertedContent"]["text"], "Antony Blinken");
  EXPECT_FALSE(results[0].contains("fixes")) << "suggestions are not SARIF fixes";
  if (const RuleInfo* rule = find_rule("name-misspelled")) {
    EXPECT_EQ(rules[misspelled["ruleIndex"].get<size_t>()]["id"], rule->id);
  }
}

TEST(GithubFormatTest, WritesEscapedWorkflowCommands) {
  std::ostringstream out;
  write_github(out, {sample_file()});
  std::string text = out.str();
  EXPECT_NE(text.find("::notice file=reports/a b.readout,line=1,col=1,endLine=1,endColumn=1,"
                      "title=title-acting::a hint\n"),
            std::string::npos)
      << text;
  EXPECT_NE(text.find("::error file=reports/a b.readout,line=1,col=12,endLine=1,endColumn=16,"
                      "title=date-invalid::a 100%25 bad, thing: here%0Asecond line\n"),
            std::string::npos)
      << text;
  EXPECT_NE(
      text.find("::warning file=reports/a b.readout,line=2,col=11,endLine=2,endColumn=25,"
                "title=name-misspelled::'Anthony Blinken' looks like a misspelling of "
                "'Antony Blinken'%0AFix (readout lint --fix): Replace with 'Antony Blinken'\n"),
      std::string::npos)
      << text;
}

TEST(FormatNamesTest, ParsesTheFourFormats) {
  OutputFormat f = OutputFormat::Text;
  EXPECT_TRUE(parse_output_format("sarif", f));
  EXPECT_EQ(f, OutputFormat::Sarif);
  EXPECT_TRUE(parse_output_format("github", f));
  EXPECT_EQ(f, OutputFormat::Github);
  EXPECT_FALSE(parse_output_format("xml", f));
}

}  // namespace
}  // namespace readout::cli
