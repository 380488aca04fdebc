// The C5+1 example linted with the embedded registry gives exactly the expected findings.
#include <fstream>
#include <sstream>

#include <gtest/gtest.h>

#include "analysis/analysis_test_support.hpp"
#include "readout/data/popolo.hpp"

namespace readout {
namespace {

std::string read_example() {
  std::ifstream in(std::string(READOUT_SOURCE_DIR) + "/examples/c5plus1-astana-2023.readout",
                   std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

std::shared_ptr<const Registry> embedded() {
  static const auto registry = [] {
    std::vector<data::FileError> errors;
    auto r = data::load_registry({}, true, errors);
    EXPECT_TRUE(errors.empty());
    return r;
  }();
  return registry;
}

struct Finding {
  std::string rule;
  std::string at;
  std::string message;
  friend bool operator==(const Finding&, const Finding&) = default;
  friend std::ostream& operator<<(std::ostream& o, const Finding& f) {
    return o << f.rule << " " << f.at << " " << f.message;
  }
};

TEST(Example, GivesExactlyTheExpectedFindings) {
  const auto result = testing::lint(read_example(), {}, embedded());
  std::vector<Finding> found;
  for (const Diagnostic& d : result->diagnostics())
    found.push_back({d.rule_id, testing::where(*result, d.range.begin), d.message});
  const std::vector<Finding> expected = {
      {"name-transliteration", "15:15",
       "'Mukhtar Tleuberdi' is an accepted spelling of Mukhtar Tileuberdi (transliteration); the "
       "registry "
       "prefers 'Mukhtar Tileuberdi'."},
      {"name-misspelled", "36:39",
       "'Anthony Blinken' looks like a misspelling of 'Antony Blinken' (attendee @blinken); write "
       "'Antony Blinken'."},
      {"name-transliteration", "56:48",
       "'Kassym-Zhomart Tokayev' is an accepted spelling of Kassym-Jomart Tokayev "
       "(transliteration); the "
       "registry prefers 'Kassym-Jomart Tokayev'."},
  };
  EXPECT_EQ(found, expected);
}

TEST(Example, MisspelledBlinkenHasTheSafeFix) {
  const auto result = testing::lint(read_example(), {}, embedded());
  const auto misspelled = testing::of_rule(*result, "name-misspelled");
  ASSERT_EQ(misspelled.size(), 1u);
  EXPECT_EQ(testing::flagged(*result, *misspelled[0]), "Anthony Blinken");
  ASSERT_EQ(misspelled[0]->fixes.size(), 1u);
  EXPECT_TRUE(misspelled[0]->fixes[0].safe);
  ASSERT_EQ(misspelled[0]->fixes[0].edits.size(), 1u);
  EXPECT_EQ(misspelled[0]->fixes[0].edits[0].replacement, "Antony Blinken");
}

TEST(Example, TransliterationFixesAreOnlySuggestions) {
  const auto result = testing::lint(read_example(), {}, embedded());
  for (const Diagnostic* d : testing::of_rule(*result, "name-transliteration")) {
    ASSERT_FALSE(d->fixes.empty());
    EXPECT_FALSE(d->fixes[0].safe);
  }
  // The Tleuberdi hint changes all four places the report spells him so.
  EXPECT_EQ(testing::of_rule(*result, "name-transliteration")[0]->fixes[0].edits.size(), 4u);
}

TEST(Example, ResolvesEveryMinisterAndTheTitledMentions) {
  const auto result = testing::lint(read_example(), {}, embedded());
  std::vector<std::string> resolved_attendees;
  size_t prose_mentions_of_blinken = 0;
  for (const NameOccurrence& o : result->names()) {
    if (o.role == NameOccurrence::Role::AttendeeName) {
      ASSERT_NE(o.person, nullptr) << o.written.text;
      resolved_attendees.push_back(o.person->name.str());
    }
    if (o.role == NameOccurrence::Role::ProseMention && o.person &&
        o.person->name.find("Blinken") != std::string::npos)
      ++prose_mentions_of_blinken;
  }
  EXPECT_EQ(resolved_attendees.size(), 8u);
  // Report title, summary, heading, visit summary (2).
  EXPECT_EQ(prose_mentions_of_blinken, 5u);
}

}  // namespace
}  // namespace readout
