// Countries as people write them, through the linter with the embedded registry: a realm's
// name, the Factbook's "Korea, South", an official long form are the country itself.
#include <gtest/gtest.h>

#include <algorithm>

#include "readout/analysis.hpp"
#include "readout/syntax.hpp"
#include "support/embedded_registry.hpp"

namespace readout {
namespace {

std::vector<std::string> country_findings(const std::string& attendee) {
  const std::string text =
      "# Visit\nDateline: 2023-03-02\n\n## Talks {#t}\nDate: 2023-03-01\n"
      "Place: Washington, United States\n\n### Attendees\n" +
      attendee + "\n";
  const auto analysis = analyze(SyntaxTree::parse(text), testing::embedded_registry(), {});
  std::vector<std::string> out;
  for (const auto& d : analysis->diagnostics())
    if (d.rule_id == "attendee-wrong-country") out.push_back(d.message);
  return out;
}

TEST(CountriesAsWritten, ARealmIsTheCountry) {
  // Was "Mette Frederiksen represented Kingdom of Denmark, not Denmark".
  EXPECT_TRUE(country_findings("- @mf: Mette Frederiksen | Prime Minister | Denmark").empty());
  EXPECT_TRUE(
      country_findings("- @mf: Mette Frederiksen | Prime Minister | Kingdom of Denmark").empty());
  EXPECT_TRUE(country_findings("- @mr: Mark Rutte | Prime Minister | Netherlands").empty());
  EXPECT_TRUE(
      country_findings("- @mr: Mark Rutte | Prime Minister | Kingdom of the Netherlands").empty());
}

TEST(CountriesAsWritten, ShortAndOfficialNames) {
  EXPECT_TRUE(country_findings("- @y: Yoon Suk-yeol | President | Korea, South").empty());
  EXPECT_TRUE(country_findings("- @y: Yoon Suk-yeol | President | Republic of Korea").empty());
  EXPECT_TRUE(country_findings("- @e: Recep Tayyip Erdoğan | President | Türkiye").empty());
  // Still a finding when the country is another one.
  EXPECT_FALSE(country_findings("- @mf: Mette Frederiksen | Prime Minister | Norway").empty());
}

}  // namespace
}  // namespace readout
