// RecordString (readout/record_string.hpp): text owned or borrowed, never left dangling by a
// copy or a move, compared and concatenated as std::string is.
#include <gtest/gtest.h>

#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "readout/record_string.hpp"
#include "readout/registry.hpp"

namespace readout {
namespace {

TEST(RecordStringTest, OwnedTextOutlivesTheStringItWasMadeFrom) {
  RecordString kept;
  {
    std::string made = "Antony Blinken, a name longer than the small-string buffer";
    kept = made;
    made.assign(made.size(), 'x');
  }
  EXPECT_EQ(kept, "Antony Blinken, a name longer than the small-string buffer");
  const RecordString copy = kept;  // shares the text
  EXPECT_EQ(copy.data(), kept.data());
  kept = "other";
  EXPECT_EQ(copy, "Antony Blinken, a name longer than the small-string buffer");
}

TEST(RecordStringTest, BorrowedTextIsViewedInPlace) {
  static const std::string pack = "Q7821917";
  const RecordString borrowed = RecordString::borrowed(pack);
  EXPECT_EQ(borrowed.data(), pack.data());
  const RecordString copy = borrowed;
  EXPECT_EQ(copy.data(), pack.data());
}

TEST(RecordStringTest, AMovedFromStringIsEmptyAndTheTargetKeepsTheText) {
  RecordString from = std::string("Kassym-Jomart Tokayev, President of Kazakhstan");
  const char* text = from.data();
  RecordString to = std::move(from);
  EXPECT_TRUE(from.empty());  // NOLINT(bugprone-use-after-move): what a move leaves is defined
  EXPECT_EQ(to.data(), text);
  std::vector<RecordString> many(100, to);  // copies, then moves as the vector grows
  for (int k = 0; k < 1000; ++k) many.push_back(many[static_cast<size_t>(k)]);
  for (const RecordString& s : many) EXPECT_EQ(s, "Kassym-Jomart Tokayev, President of Kazakhstan");
}

TEST(RecordStringTest, ComparesAndConcatenatesAsAString) {
  const RecordString a = "abc", b = std::string("abd");
  EXPECT_TRUE(a == "abc");
  EXPECT_TRUE("abc" == a);
  EXPECT_TRUE(a == std::string("abc"));
  EXPECT_TRUE(a == std::string_view("abc"));
  EXPECT_TRUE(a != b);
  EXPECT_TRUE(a < b);
  EXPECT_TRUE(a < "abd");
  EXPECT_EQ(a + b, "abcabd");
  EXPECT_EQ("x" + a, "xabc");
  EXPECT_EQ(std::string("x") + a + '!', "xabc!");
  EXPECT_EQ(a.substr(1), "bc");
  EXPECT_EQ(a.find('c'), 2u);
  EXPECT_TRUE(RecordString().empty());
  EXPECT_TRUE(RecordString("").empty());
  std::ostringstream out;
  out << a;
  EXPECT_EQ(out.str(), "abc");
  std::map<std::string, int> by_text = {{"abc", 1}};
  EXPECT_EQ(by_text.at(a.str()), 1);
}

TEST(RecordStringTest, RecordsWithBorrowedAndOwnedTextMerge) {
  static const std::string pack = "https://www.wikidata.org/wiki/Q7821917";
  RegistryData earlier, later;
  Person person;
  person.id = "Q7821917";
  person.name = "Antony Blinken";
  person.sources = {{RecordString::borrowed(pack), RecordString::borrowed("pack note")}};
  earlier.persons.push_back(person);
  person.sources = {{std::string("https://example.org/own"), "own note"}};
  later.persons.push_back(person);
  earlier.merge_from(std::move(later));
  ASSERT_EQ(earlier.persons.size(), 1u);
  ASSERT_EQ(earlier.persons[0].sources.size(), 2u);
  EXPECT_EQ(earlier.persons[0].sources[0].url, "https://example.org/own");
  EXPECT_EQ(earlier.persons[0].sources[1].url.data(), pack.data());
}

}  // namespace
}  // namespace readout
