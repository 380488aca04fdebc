// Reading the CIA World Factbook's chief-of-state and head-of-government text.
#include <gtest/gtest.h>

#include "importers/factbook.hpp"

namespace readout::data::factbook {
namespace {

Holder first(std::string_view text) {
  auto holders = parse_holders(text);
  EXPECT_FALSE(holders.empty()) << text;
  return holders.empty() ? Holder{} : holders.front();
}

TEST(Factbook, TitleNameAndSince) {
  Holder biden = first(
      "President Joseph R. BIDEN Jr. (since 20 January 2021); Vice President "
      "Kamala D. HARRIS (since 20 January 2021)");
  EXPECT_EQ(biden.title, "President");
  EXPECT_EQ(biden.written, "Joseph R. BIDEN Jr.");
  EXPECT_EQ(biden.name, "Joseph R. Biden Jr.");
  EXPECT_EQ(biden.surnames, std::vector<std::string>{"Biden"});
  ASSERT_TRUE(biden.since);
  EXPECT_EQ(biden.since->to_string(), "2021-01-20");
  EXPECT_EQ(parse_holders("President Joseph R. BIDEN Jr. (since 20 January 2021); Vice President "
                          "Kamala D. HARRIS (since 20 January 2021)")
                .size(),
            1u);  // not the vice-president

  Holder martin = first("Taoiseach (Prime Minister) Micheál MARTIN (since 27 June 2020)");
  EXPECT_EQ(martin.title, "Taoiseach (Prime Minister)");
  EXPECT_EQ(martin.name, "Micheál Martin");

  Holder sanchez = first(
      "President of the Government of Spain (prime minister-equivalent) Pedro "
      "SANCHEZ PEREZ-CASTEJON (since 2 June 2018)");
  EXPECT_EQ(sanchez.title, "President of the Government of Spain (prime minister-equivalent)");
  EXPECT_EQ(sanchez.name, "Pedro Sanchez Perez-Castejon");
  EXPECT_EQ(sanchez.surnames, (std::vector<std::string>{"Sanchez", "Perez-Castejon"}));
}

TEST(Factbook, FamilyNameFirstStylesAndNotes) {
  Holder xi = first("President XI Jinping (since 14 March 2013); Vice President HAN Zheng");
  EXPECT_EQ(xi.name, "Xi Jinping");
  Holder felipe = first("King FELIPE VI (since 19 June 2014); Heir Apparent Princess LEONOR");
  EXPECT_EQ(felipe.name, "Felipe VI");
  Holder tamim = first("Amir TAMIM bin Hamad Al Thani (since 25 June 2013)");
  EXPECT_EQ(tamim.title, "Amir");
  EXPECT_EQ(tamim.name, "Tamim bin Hamad Al Thani");
  Holder kohl = first("Chancellor Dr. Helmut KOHL (since 4 October 1982)");
  EXPECT_EQ(kohl.name, "Helmut Kohl");
  Holder blair = first("Prime Minister Anthony C. L. \"Tony\" BLAIR (since 2 May 1997)");
  EXPECT_EQ(blair.title, "Prime Minister");
  Holder harris = first(
      "Taoiseach (Prime Minister) Simon HARRIS resigned on 18 December 2024 but "
      "remains in Caretaker status (since 9 April 2024)");
  EXPECT_EQ(harris.name, "Simon Harris");
  EXPECT_EQ(harris.since->to_string(), "2024-04-09");
  // Nicknames in parentheses, Arabic articles and "arap" belong to the name, not the title.
  Holder eman = first("Prime Minister Jan (Henny) H. EMAN (since 29 July 1994)");
  EXPECT_EQ(eman.title, "Prime Minister");
  EXPECT_EQ(eman.written, "Jan \"Henny\" H. EMAN");
  Holder iryani = first("Prime Minister Abd al-Karim al-IRYANI (since 14 May 1998)");
  EXPECT_EQ(iryani.title, "Prime Minister");
  EXPECT_EQ(iryani.written, "Abd al-Karim al-IRYANI");
  Holder moi = first("President Daniel Teroitich arap MOI (since 14 October 1978)");
  EXPECT_EQ(moi.title, "President");
  Holder martin_gloss = first("Taoiseach (Prime Minister) Micheal MARTIN (since 27 June 2020)");
  EXPECT_EQ(martin_gloss.title, "Taoiseach (Prime Minister)");
  Holder untitled = first("Abdelaziz DJERAD (since 28 December 2019)");
  EXPECT_EQ(untitled.title, "");
  EXPECT_TRUE(
      parse_holders("note - the president is both chief of state and head of government").empty());
  EXPECT_TRUE(parse_holders("").empty());
}

TEST(Factbook, MixedCaseAndDates) {
  EXPECT_EQ(mixed_case("Ursula VON DER LEYEN"), "Ursula von der Leyen");
  EXPECT_EQ(mixed_case("Martin MCGUINNESS"), "Martin Mcguinness");
  EXPECT_EQ(mixed_case("Conor O'NEILL"), "Conor O'Neill");
  EXPECT_EQ(parse_date("20 January 2021)")->to_string(), "2021-01-20");
  EXPECT_EQ(parse_date("March 2013")->to_string(), "2013-03");
  EXPECT_EQ(parse_date("2013; reelected")->to_string(), "2013");
  EXPECT_FALSE(parse_date("the election"));
}

TEST(Factbook, TitleForms) {
  EXPECT_EQ(title_forms("Taoiseach (Prime Minister)"),
            (std::vector<std::string>{"Taoiseach", "Prime Minister"}));
  EXPECT_EQ(title_forms("President of the Government (Prime Minister-equivalent)"),
            std::vector<std::string>{"President of the Government"});
  EXPECT_EQ(title_forms("President of the Government or Prime Minister"),
            (std::vector<std::string>{"President of the Government", "Prime Minister"}));
  EXPECT_EQ(title_forms("Governor General Sir"), std::vector<std::string>{"Governor General"});
  EXPECT_EQ(title_forms("Acting President"), std::vector<std::string>{"President"});
  EXPECT_EQ(title_forms("Supreme Leader Ayatollah"), std::vector<std::string>{"Supreme Leader"});
  EXPECT_EQ(title_forms("President Colonel"), std::vector<std::string>{"President"});
  EXPECT_TRUE(title_forms("Prime Minister and Minister of").empty());  // its end is lost
  EXPECT_EQ(title_forms("President of"), std::vector<std::string>{"President"});
  EXPECT_TRUE(title_forms("King -").empty());
  EXPECT_EQ(title_forms("Prime Minister Prince"), std::vector<std::string>{"Prime Minister"});
  EXPECT_EQ(title_forms("Crown Prince"), std::vector<std::string>{"Crown Prince"});
  EXPECT_EQ(title_forms("Prince"), std::vector<std::string>{"Prince"});
  EXPECT_TRUE(title_forms("").empty());
}

TEST(Factbook, ExecutiveBranchParts) {
  const Executive e = split_executive_branch(
      "chief of state: President Roman HERZOG (since 1 July 1994) head of government: "
      "Chancellor Dr. Helmut KOHL (since 4 October 1982) cabinet: Cabinet; appointed");
  EXPECT_EQ(e.chief_of_state, "President Roman HERZOG (since 1 July 1994)");
  EXPECT_EQ(e.head_of_government, "Chancellor Dr. Helmut KOHL (since 4 October 1982)");
  const Executive piped = split_executive_branch(
      "chief of state: President Michael D. HIGGINS (since 11 November 2011) | head of "
      "government: Taoiseach (Prime Minister) Leo VARADKAR (since 14 June 2017) | cabinet: x");
  EXPECT_EQ(piped.head_of_government,
            "Taoiseach (Prime Minister) Leo VARADKAR (since 14 June 2017)");
}

Sighting seen(std::string fips, bool government, std::string first, std::string last,
              std::string text) {
  return {
      fips, government, first, last, parse_holders(text).front(), {"https://x/" + first, first}};
}

TEST(Factbook, TermsEndWhenTheSuccessorBegins) {
  std::vector<Sighting> s = {
      seen("GM", true, "2020-11-24", "2021-12-09",
           "Chancellor Angela MERKEL (since 22 November 2005)"),
      seen("GM", true, "2021-12-16", "2025-04-17",
           "Chancellor Olaf SCHOLZ (since 8 December 2021)"),
      seen("GM", true, "2025-05-15", "2026-01-22", "Chancellor Friedrich MERZ (since 6 May 2025)"),
      seen("GM", true, "2015-10-26", "2017-03-28",
           "Chancellor Angela MERKEL (since 22 November 2005)"),
      seen("XX", false, "2005-01-01", "2005-12-31", "President Old TIMER (since 2001)")};
  auto terms = terms_from_sightings(s, days_from_civil(2020, 11, 1));
  ASSERT_EQ(terms.size(), 4u);
  EXPECT_EQ(terms[0].holder.name, "Angela Merkel");
  EXPECT_EQ(terms[0].holder.since->to_string(), "2005-11-22");
  EXPECT_EQ(terms[0].end->to_string(), "2021-12-08");
  EXPECT_EQ(terms[0].sources.size(), 2u);
  EXPECT_EQ(terms[1].end->to_string(), "2025-05-06");
  EXPECT_FALSE(terms[2].end);                    // still shown in 2026
  EXPECT_EQ(terms[3].end->to_string(), "2005");  // the country's file stops
}

}  // namespace
}  // namespace readout::data::factbook
