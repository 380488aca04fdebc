// title-never-held, title-not-held-on-date, title-wrong-country, title-acting,
// attendee-wrong-country.
#include <gtest/gtest.h>

#include "analysis/analysis_test_support.hpp"
#include "analysis/title_lexicon.hpp"
#include "support/embedded_registry.hpp"

namespace readout {
namespace {

using testing::flagged;
using testing::kBlinken;
using testing::kTleuberdi;
using testing::lint;
using testing::meeting_report;
using testing::of_rule;

const char* kTitleRules[] = {"title-never-held", "title-not-held-on-date", "title-wrong-country",
                             "title-acting", "attendee-wrong-country"};

size_t title_findings(const AnalysisResult& r) {
  size_t n = 0;
  for (const char* rule : kTitleRules) n += of_rule(r, rule).size();
  return n;
}

// A report with Blinken, `line` and `prose` on `day`, linted with the embedded registry.
std::shared_ptr<const AnalysisResult> lint_real(const std::string& line, const std::string& prose,
                                                const std::string& day) {
  return testing::lint(meeting_report(kBlinken + line, "", prose, "Date: " + day), {},
                       testing::embedded_registry());
}

TEST(TitleRules, CorrectTitlesInEveryFormGiveNothing) {
  const auto r = lint(meeting_report(
      kBlinken + kTleuberdi +
          "- @m: Sirojiddin Muhriddin | Minister of Foreign Affairs | Tajikistan\n"
          "- @k: Jeenbek Kulubaev | Minister for Foreign Affairs | Kyrgyzstan\n"
          "- @s: Bakhtiyor Saidov | Acting Minister of Foreign Affairs | Uzbekistan [acting]\n",
      "",
      "The Deputy Prime Minister of Kazakhstan, Mukhtar Tileuberdi, the United States Secretary of "
      "State Antony "
      "Blinken and Foreign Minister Muhriddin met. Secretary Blinken thanked President "
      "Kassym-Jomart Tokayev and "
      "Kazakhstan’s Deputy Prime Minister and Foreign Minister, Mukhtar Tileuberdi.\n"));
  EXPECT_EQ(title_findings(*r), 0u) << r->diagnostics().front().message;
}

TEST(TitleNeverHeld, AttendeeAndProse) {
  const auto r = lint(meeting_report("- @b: Antony Blinken | Prime Minister | United States\n", "",
                                     "President Antony Blinken spoke.\n"));
  const auto found = of_rule(*r, "title-never-held");
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(flagged(*r, *found[0]), "Prime Minister");
  EXPECT_EQ(found[0]->message,
            "Antony Blinken never held the post 'Prime Minister' according to the registry, which "
            "lists: Secretary of State of the United States, from 26 January 2021 to 20 January "
            "2025.");
  EXPECT_EQ(flagged(*r, *found[1]), "President");
}

TEST(TitleNeverHeld, ChecksEachPartOfACompoundTitle) {
  const auto r = lint(meeting_report(
      "- @t: Mukhtar Tileuberdi | Prime Minister and Minister of Foreign Affairs | Kazakhstan\n"));
  const auto found = of_rule(*r, "title-never-held");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(flagged(*r, *found[0]), "Prime Minister");
}

TEST(TitleNotHeldOnDate, SaysWhenAndWhoHeldIt) {
  const auto r = lint(meeting_report(kBlinken, "", "", "Date: 2019-06-10"));
  const auto found = of_rule(*r, "title-not-held-on-date");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(flagged(*r, *found[0]), "Secretary of State");
  EXPECT_EQ(found[0]->message,
            "Antony Blinken was not Secretary of State of the United States on 10 June 2019: the "
            "registry has the "
            "post held by Antony Blinken from 26 January 2021 to 20 January 2025; on 10 June 2019 "
            "it was held by "
            "Mike Pompeo.");
}

TEST(TitleNotHeldOnDate, MonthPrecisionTermsAreReadGenerously) {
  // Tileuberdi's term starts "2019-09": any day of September 2019 may be in office.
  EXPECT_TRUE(of_rule(*lint(meeting_report(kTleuberdi, "", "", "Date: 2019-09-01")),
                      "title-not-held-on-date")
                  .empty());
  EXPECT_TRUE(
      of_rule(*lint(meeting_report(kTleuberdi, "", "", "Date: 2019-09")), "title-not-held-on-date")
          .empty());
  EXPECT_EQ(of_rule(*lint(meeting_report(kTleuberdi, "", "", "Date: 2019-08-31")),
                    "title-not-held-on-date")
                .size(),
            1u);
}

TEST(TitleNotHeldOnDate, AFormerTitleIsOfThePast) {
  EXPECT_EQ(of_rule(*lint(meeting_report(kBlinken, "", "Secretary of State Mike Pompeo spoke.\n")),
                    "title-not-held-on-date")
                .size(),
            1u);
  for (const char* prose : {"Former Secretary of State Mike Pompeo spoke.\n",
                            "They recalled the late Secretary of State Mike Pompeo.\n",
                            "Then-Secretary of State Mike Pompeo had agreed.\n",
                            "The ex-Secretary of State Mike Pompeo spoke.\n"})
    EXPECT_TRUE(
        of_rule(*lint(meeting_report(kBlinken, "", prose)), "title-not-held-on-date").empty())
        << prose;
}

TEST(TitleNotHeldOnDate, UsesTheDatelineWhenTheMeetingHasNoDate) {
  std::string text = "# R\nDateline: 2019-06-12\n\n## M\n\n### Attendees\n" + kBlinken;
  EXPECT_EQ(of_rule(*lint(text), "title-not-held-on-date").size(), 1u);
}

TEST(TitleWrongCountry, ProseTitleOfAnotherCountry) {
  const auto r = lint(meeting_report(
      kBlinken, "", "The Foreign Minister of Kyrgyzstan, Sirojiddin Muhriddin, spoke.\n"));
  const auto found = of_rule(*r, "title-wrong-country");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(flagged(*r, *found[0]), "Kyrgyzstan");
  EXPECT_EQ(found[0]->message,
            "'Foreign Minister' of Kyrgyzstan is not a post of Sirojiddin Muhriddin, who is "
            "Minister of Foreign "
            "Affairs of Tajikistan; the title belongs to Tajikistan.");
  ASSERT_EQ(found[0]->fixes.size(), 1u);
  EXPECT_EQ(found[0]->fixes[0].edits[0].replacement, "Tajikistan");
  EXPECT_FALSE(found[0]->fixes[0].safe);
}

// A head's title that the name is also written with ("King Abdullah II"), and a style before
// a name ("Prince Faisal"), leave the title and the country before it to be judged.
TEST(TitleWrongCountry, TitlesBeforeStylesAndRoyalNames) {
  const auto registry = testing::embedded_registry();
  auto lint = [&](const std::string& text) { return testing::lint(text, {}, registry); };
  auto r = lint(meeting_report(kBlinken, "", "Met with Italy's King Abdullah II.\n"));
  auto found = of_rule(*r, "title-wrong-country");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(flagged(*r, *found[0]), "Italy");
  r = lint(meeting_report(kBlinken, "",
                          "Met with India's Foreign Minister Prince Faisal bin Farhan Al Saud.\n"));
  found = of_rule(*r, "title-wrong-country");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_NE(found[0]->message.find("Saudi Arabia"), std::string::npos);
  // Written right, or with a style that is no post of theirs, nothing is wrong.
  for (const char* prose :
       {"Met with Jordan's King Abdullah II.\n", "Met with Prince Faisal bin Farhan Al Saud.\n",
        "Met with Foreign Minister Prince Faisal bin Farhan Al Saud.\n"})
    EXPECT_EQ(title_findings(*lint(meeting_report(kBlinken, "", prose))), 0u) << prose;
}

// A head's title written with a name that its bearer held once ("Amir Hamad bin Khalifa", Amir
// of Qatar until 2013) is judged on the meeting's date.
TEST(TitleNotHeldOnDate, AFormerHeadsTitleBeforeTheName) {
  const auto r = lint_real("", "Met with Amir Hamad bin Khalifa.\n", "2021-09-06");
  const auto found = of_rule(*r, "title-not-held-on-date");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(flagged(*r, *found[0]), "Amir");
}

// A title the registry does not list for the person (appointed after its sources looked), of
// a country, when the person is known only in posts of another.
TEST(TitleWrongCountry, APersonKnownOnlyInAnotherCountrysPosts) {
  const auto registry = testing::embedded_registry();
  auto r = testing::lint(
      meeting_report(kBlinken, "", "Met with Brazil's Foreign Secretary David Lammy.\n",
                     "Date: 2024-09-09"),
      {}, registry);
  const auto found = of_rule(*r, "title-wrong-country");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(flagged(*r, *found[0]), "Brazil");
  EXPECT_NE(found[0]->message.find("knows only in posts of United Kingdom"), std::string::npos);
  r = testing::lint(
      meeting_report(kBlinken, "", "Met with the UK's Foreign Secretary David Lammy.\n",
                     "Date: 2024-09-09"),
      {}, registry);
  EXPECT_EQ(title_findings(*r), 0u);
}

// A name the registry has with one more part ("Mohammed al-Sudani" for Mohammed Shia'
// al-Sudani), of a person who served the attendee line's country, is that person: a wrong title
// is then judged.
TEST(TitleNeverHeld, ANameWithAPartLeftOut) {
  const auto r = lint_real("- @s: Mohammed al-Sudani | President | Iraq\n", "", "2023-11-05");
  EXPECT_EQ(of_rule(*r, "title-never-held").size(), 1u);
  EXPECT_TRUE(of_rule(*r, "person-unknown").empty());
  EXPECT_TRUE(of_rule(*r, "name-transliteration").empty());
}

// A given name after a head's title is the name's, not the title's: the Factbook's "Prime
// Minister Jan (Henny) H. EMAN" once gave Aruba's post the title "Prime Minister Jan", which
// swallowed "Jan" of "Prime Minister Jan Lipavský".
TEST(TitleNeverHeld, AGivenNameIsNoPartOfTheTitle) {
  const auto r = lint_real("- Jan Lipavský | Foreign Minister | Czechia\n",
                           "Met with Prime Minister Jan Lipavský.\n", "2024-05-29");
  const auto found = of_rule(*r, "title-never-held");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_NE(found[0]->message.find("Jan Lipavský never held the post 'Prime Minister'"),
            std::string::npos);
}

// "Defense" and "Defence" are one word in titles: the American spelling before a name in prose
// is a title (the registry spells the post "Secretary of Defence of the United States").
TEST(TitleWrongCountry, ATitleInTheOtherSpelling) {
  const std::string line = "- Lloyd J. Austin III | Secretary of Defense | United States\n";
  auto r = lint_real(line, "With Spain's Secretary of Defense Austin, met.\n", "2024-07-29");
  ASSERT_EQ(of_rule(*r, "title-wrong-country").size(), 1u);
  r = lint_real(line, "With Secretary of Defense Austin, met.\n", "2024-07-29");
  EXPECT_TRUE(of_rule(*r, "title-wrong-country").empty());
  EXPECT_TRUE(of_rule(*r, "title-never-held").empty());
}

// A compound title in prose is read whole ("Prime Minister and Minister of Foreign Affairs" is
// no "Foreign Affairs" title), and a country written once before it is one finding.
TEST(TitleWrongCountry, ACountryBeforeACompoundTitle) {
  const auto r = lint_real(
      "- Mohammed bin Abdulrahman Al Thani | Prime Minister and Minister of "
      "Foreign Affairs | Qatar\n",
      "Met with Germany's Prime Minister and Minister of Foreign Affairs Mohammed "
      "bin Abdulrahman Al Thani.\n",
      "2023-06-01");
  const auto found = of_rule(*r, "title-wrong-country");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_NE(found[0]->message.find("the title belongs to Qatar"), std::string::npos);
}

// "<Portfolio> Minister" is the Minister of <Portfolio>: India's "External Affairs Minister"
// (the registry's "Minister of External Affairs") is a title in prose and on attendee lines;
// "Prime Minister" and "Deputy Minister" are no portfolio's.
TEST(TitleWrongCountry, APortfolioBeforeMinister) {
  const std::string line = "- S. Jaishankar | External Affairs Minister | India\n";
  auto r =
      lint_real(line, "Met with Canada's External Affairs Minister S. Jaishankar.\n", "2021-08-01");
  const auto found = of_rule(*r, "title-wrong-country");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_NE(found[0]->message.find("Minister of External Affairs of India"), std::string::npos);
  r = lint_real(line, "Met with External Affairs Minister S. Jaishankar.\n", "2021-08-01");
  EXPECT_TRUE(of_rule(*r, "title-wrong-country").empty());
  EXPECT_TRUE(of_rule(*r, "title-never-held").empty());
  EXPECT_EQ(analysis::portfolio_before_minister("external affairs minister"), "external affairs");
  EXPECT_EQ(analysis::portfolio_before_minister("prime minister"), "");
  EXPECT_EQ(analysis::portfolio_before_minister("deputy prime minister"), "");
  EXPECT_EQ(analysis::portfolio_before_minister("minister"), "");
  EXPECT_EQ(analysis::portfolio_before_minister("former prime minister"), "");
  EXPECT_EQ(analysis::portfolio_before_minister("federal minister"), "");
  // A part after " and " or ", " is a title of its own when it names an office.
  const auto lexicon = analysis::title_lexicon(testing::embedded_registry());
  auto parts = [&](const std::string& title) {
    std::vector<std::string> out;
    for (const Span& s :
         analysis::split_title(Span{title, {0, static_cast<uint32_t>(title.size())}}, *lexicon))
      out.push_back(s.text);
    return out;
  };
  EXPECT_EQ(parts("Minister of Europe and Foreign Affairs"),
            std::vector<std::string>{"Minister of Europe and Foreign Affairs"});
  EXPECT_EQ(
      parts("Minister of Economy and Foreign Trade, Deputy Prime Minister"),
      (std::vector<std::string>{"Minister of Economy and Foreign Trade", "Deputy Prime Minister"}));
  EXPECT_EQ(parts("Prime Minister and Foreign Minister"),
            (std::vector<std::string>{"Prime Minister", "Foreign Minister"}));
}

// A style between a title and a name is the name's: "Prime Minister Prince Faisal" is no
// "Prime Minister Prince" (once a title of Eswatini's, from the Factbook's "Prime Minister
// Prince BARNABAS Sibusiso Dlamini").
TEST(TitleNeverHeld, AStyleAfterTheTitle) {
  const auto r =
      lint_real("- Prince Faisal bin Farhan Al Saud | Foreign Minister | Saudi Arabia\n",
                "Met with Prime Minister Prince Faisal bin Farhan Al Saud.\n", "2024-04-29");
  const auto found = of_rule(*r, "title-never-held");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_NE(found[0]->message.find("never held the post 'Prime Minister'"), std::string::npos);
}

// A name with one part more than the registry's, a dynasty after it ("Mohammed bin Salman Al
// Saud"), on an attendee line: that person, whose wrong title is then judged.
TEST(TitleNeverHeld, ANameWithADynastyAfterIt) {
  const std::string prose;
  auto r =
      lint_real("- Mohammed bin Salman Al Saud | President | Saudi Arabia\n", prose, "2023-06-07");
  ASSERT_EQ(of_rule(*r, "title-never-held").size(), 1u);
  EXPECT_TRUE(of_rule(*r, "person-unknown").empty());
  r = lint_real(
      "- Mohammed bin Salman Al Saud | Crown Prince and Prime "
      "Minister | Saudi Arabia\n",
      prose, "2023-06-07");
  EXPECT_TRUE(of_rule(*r, "title-never-held").empty());
  EXPECT_TRUE(of_rule(*r, "person-unknown").empty());
}

TEST(TitleWrongCountry, AttendeeTitleNamingAnotherCountry) {
  const auto r = lint(meeting_report(
      "- @m: Sirojiddin Muhriddin | Minister of Foreign Affairs of Uzbekistan | Tajikistan\n"));
  EXPECT_EQ(of_rule(*r, "title-wrong-country").size(), 1u);
  EXPECT_TRUE(of_rule(*r, "attendee-wrong-country").empty());
}

TEST(AttendeeWrongCountry, CountryColumnOfAnotherDelegation) {
  const auto r = lint(
      meeting_report("- @m: Sirojiddin Muhriddin | Minister of Foreign Affairs | Kyrgyzstan\n"));
  const auto found = of_rule(*r, "attendee-wrong-country");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(flagged(*r, *found[0]), "Kyrgyzstan");
  EXPECT_EQ(found[0]->message,
            "Sirojiddin Muhriddin represented Tajikistan, not Kyrgyzstan, on 28 February 2023 "
            "(Minister of Foreign "
            "Affairs of Tajikistan).");
  EXPECT_EQ(found[0]->fixes[0].edits[0].replacement, "Tajikistan");
}

// A minister appointed after the registry's sources looked has no post on the date; one known
// only in posts of one country still does not represent another.
TEST(AttendeeWrongCountry, APersonKnownOnlyInOneCountrysPosts) {
  const auto registry = testing::embedded_registry();
  auto lint_on = [&](const std::string& attendee) {
    return testing::lint(meeting_report(kBlinken + attendee, "", "", "Date: 2024-11-19"), {},
                         registry);
  };
  auto r = lint_on("- @lammy: David Lammy | Foreign Secretary | Brazil\n");
  const auto found = of_rule(*r, "attendee-wrong-country");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(flagged(*r, *found[0]), "Brazil");
  EXPECT_NE(found[0]->message.find("known only in posts of United Kingdom"), std::string::npos);
  EXPECT_EQ(found[0]->fixes[0].edits[0].replacement, "United Kingdom");
  EXPECT_TRUE(of_rule(*lint_on("- @lammy: David Lammy | Foreign Secretary | United Kingdom\n"),
                      "attendee-wrong-country")
                  .empty());
  // An organisation is no country the person would have to belong to.
  EXPECT_TRUE(of_rule(*lint_on("- @lammy: David Lammy | Special Envoy | United Nations\n"),
                      "attendee-wrong-country")
                  .empty());
}

TEST(TitleActing, FullTitleForAnActingMinister) {
  const auto r =
      lint(meeting_report("- @s: Bakhtiyor Saidov | Minister of Foreign Affairs | Uzbekistan\n"));
  const auto found = of_rule(*r, "title-acting");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0]->severity, Severity::Hint);
  EXPECT_EQ(found[0]->message,
            "On 28 February 2023 the registry has Bakhtiyor Saidov as acting Minister of Foreign "
            "Affairs of "
            "Uzbekistan; write 'Acting Minister of Foreign Affairs' or add the [acting] flag.");
}

TEST(TitleActing, NotWhenActingIsSaid) {
  EXPECT_TRUE(
      of_rule(*lint(meeting_report(
                  "- @s: Bakhtiyor Saidov | Minister of Foreign Affairs | Uzbekistan [acting]\n")),
              "title-acting")
          .empty());
  EXPECT_TRUE(
      of_rule(*lint(meeting_report(
                  "- @s: Bakhtiyor Saidov | Acting Minister of Foreign Affairs | Uzbekistan\n")),
              "title-acting")
          .empty());
}

}  // namespace
}  // namespace readout
