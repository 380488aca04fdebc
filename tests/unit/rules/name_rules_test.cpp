// name-misspelled, name-transliteration, name-inconsistent, person-unknown.
#include <gtest/gtest.h>

#include "analysis/analysis_test_support.hpp"
#include "analysis/romanised.hpp"
#include "support/embedded_registry.hpp"

namespace readout {
namespace {

using testing::flagged;
using testing::kBlinken;
using testing::kTleuberdi;
using testing::lint;
using testing::meeting_report;
using testing::of_rule;

// Romanisations of one name differ in doubled letters and i/y ("Gallant"/"Galant"): a hint for a
// person of a country written in another script, a slip for one written in Latin letters.
TEST(NameTransliteration, RomanisedNamesVaryInDoubledLetters) {
  const auto registry = testing::embedded_registry();
  auto r = testing::lint(
      meeting_report(kBlinken + "- @g: Yoav Gallant | Minister of Defense | Israel\n", "",
                     "Met with Minister of Defense Yoav Gallant.\n", "Date: 2023-10-16"),
      {}, registry);
  EXPECT_TRUE(of_rule(*r, "name-misspelled").empty());
  ASSERT_FALSE(of_rule(*r, "name-transliteration").empty());
  EXPECT_EQ(of_rule(*r, "name-transliteration")[0]->severity, Severity::Hint);
  // Also written family name first.
  r = testing::lint(meeting_report(kBlinken + "- @p: Sokhonn Prak | Foreign Minister | Cambodia\n",
                                   "", "", "Date: 2022-08-03"),
                    {}, registry);
  EXPECT_TRUE(of_rule(*r, "name-misspelled").empty());
  r = testing::lint(
      meeting_report("- @blinken: Antony Blinkenn | Secretary of State | United States\n"), {},
      registry);
  EXPECT_EQ(of_rule(*r, "name-misspelled").size(), 1u);
}

// Letters written as ASCII digraphs ("Stoere" for Støre, "Juergen" for Jürgen) are an
// accepted spelling, a hint at most; another letter is still a slip.
TEST(NameTransliteration, LettersWrittenAsDigraphs) {
  const auto registry = testing::embedded_registry();
  auto r = testing::lint(
      meeting_report(kBlinken + "- @s: Jonas Gahr Stoere | Prime Minister | Norway\n", "",
                     "Met with Prime Minister Jonas Gahr Stoere.\n", "Date: 2022-05-01"),
      {}, registry);
  EXPECT_TRUE(of_rule(*r, "name-misspelled").empty());
  ASSERT_EQ(of_rule(*r, "name-transliteration").size(), 1u);
  r = testing::lint(meeting_report(kBlinken + "- @s: Jonas Gahr Stoare | Prime Minister | Norway\n",
                                   "", "", "Date: 2022-05-01"),
                    {}, registry);
  EXPECT_EQ(of_rule(*r, "name-misspelled").size(), 1u);
  // The other way round: the line in ASCII, the prose with the letter.
  r = testing::lint(
      meeting_report(kBlinken + "- @s: Jonas Gahr Stoere | Prime Minister | Norway\n", "",
                     "Met with Prime Minister Jonas Gahr Støre.\n", "Date: 2022-05-01"),
      {}, registry);
  EXPECT_TRUE(of_rule(*r, "name-misspelled").empty());
  EXPECT_TRUE(analysis::spelt_in_ascii("Juergen Stroebele", "Jürgen Ströbele"));
  EXPECT_FALSE(analysis::spelt_in_ascii("Jurgen Strobele", "Jürgen Ströbele"));  // a slip, or key
  EXPECT_FALSE(analysis::spelt_in_ascii("Olaf Scholz", "Olaf Scholz"));
}

// A titled name of three words is not taken for its first word, a family name of somebody
// else ("Minh" of Phạm Bình Minh): the whole name is weighed against the title's holders.
TEST(NameMisspelled, ATitledNameIsNotItsFirstWord) {
  const auto registry = testing::embedded_registry();
  const auto r =
      testing::lint(meeting_report(kBlinken, "", "Met with Prime Minister Minh Chonh Pham.\n",
                                   "Date: 2022-06-01"),
                    {}, registry);
  const auto found = of_rule(*r, "name-misspelled");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(flagged(*r, *found[0]), "Minh Chonh Pham");
  EXPECT_EQ(found[0]->fixes[0].edits[0].replacement, "Phạm Minh Chính");
  EXPECT_TRUE(of_rule(*r, "title-never-held").empty());
}

// An attendee line's country narrows who a name nobody has may be: a person who served that
// country, two slips away ("David Lecmy", the foreign secretary appointed after the registry's
// sources looked), or the holder of the title then with a slip in a short part ("Hus Sen").
TEST(NameMisspelled, ByTheAttendeeLinesCountryOrTitle) {
  const auto registry = testing::embedded_registry();
  auto check = [&](const std::string& line, const std::string& date, const std::string& fix) {
    const auto r =
        testing::lint(meeting_report(kBlinken + line, "", "", "Date: " + date), {}, registry);
    const auto found = of_rule(*r, "name-misspelled");
    ASSERT_EQ(found.size(), 1u) << line;
    EXPECT_EQ(found[0]->fixes[0].edits[0].replacement, fix) << line;
  };
  check("- @l: David Lecmy | Foreign Secretary | United Kingdom\n", "2024-09-09", "David Lammy");
  check("- @h: Hus Sen | Prime Minister | Cambodia\n", "2022-08-03", "Hun Sen");
  // Another country's: no such person is known there.
  const auto r =
      testing::lint(meeting_report(kBlinken + "- @l: David Lecmy | Foreign Minister | Brazil\n", "",
                                   "", "Date: 2024-09-09"),
                    {}, registry);
  EXPECT_TRUE(of_rule(*r, "name-misspelled").empty());
}

// "Pope" is a style that may leave one name: "Pope Francis" is how "Francis" is written.
TEST(NameInconsistent, APopesStyle) {
  const auto registry = testing::embedded_registry();
  const auto r = testing::lint(
      meeting_report(kBlinken + "- @pope: Francis | Pope | Holy See\n", "",
                     "Met with Pope Francis and His Holiness Francis.\n", "Date: 2024-06-14"),
      {}, registry);
  EXPECT_TRUE(of_rule(*r, "name-inconsistent").empty());
  EXPECT_TRUE(of_rule(*r, "person-unknown").empty());
}

TEST(NameMisspelled, AttendeeCloseToARegistryPerson) {
  const auto r =
      lint(meeting_report("- @blinken: Anthony Blinken | Secretary of State | United States\n"));
  const auto found = of_rule(*r, "name-misspelled");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(flagged(*r, *found[0]), "Anthony Blinken");
  EXPECT_EQ(found[0]->message,
            "'Anthony Blinken' looks like a misspelling of 'Antony Blinken' (the registry); write "
            "'Antony Blinken'.");
  ASSERT_EQ(found[0]->fixes.size(), 1u);
  EXPECT_TRUE(found[0]->fixes[0].safe);
  EXPECT_EQ(found[0]->fixes[0].edits[0].replacement, "Antony Blinken");
}

TEST(NameMisspelled, ProseAndPartiesCloseToAnAttendee) {
  const auto r = lint(meeting_report(kBlinken, "- Antony Blinkenn: keep talking\n",
                                     "Secretary of State Anthony Blinken arrived.\n"));
  const auto found = of_rule(*r, "name-misspelled");
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(flagged(*r, *found[0]), "Antony Blinkenn");
  EXPECT_EQ(flagged(*r, *found[1]), "Anthony Blinken");
  EXPECT_EQ(found[1]->related.size(), 1u);  // points at the attendee line
  EXPECT_TRUE(of_rule(*r, "commitment-party-not-attendee").empty());
}

TEST(NameMisspelled, NotForExactNamesTransliterationsOrOrdinaryPhrases) {
  const auto r =
      lint(meeting_report(kBlinken + "- @t: Mukhtar Tleuberdi | Foreign Minister | Kazakhstan\n",
                          "", "Antony Blinken spoke of Central Asia and the Foreign Ministry.\n"));
  EXPECT_TRUE(of_rule(*r, "name-misspelled").empty());
}

// A middle initial's dot does not end the name: "Antony J. Blinken" is the attendee, not an
// unknown "Antony J" (and "Mike J. Blinken" is not the Secretary).
TEST(NameMisspelled, MiddleInitialsInProse) {
  const auto r = lint(
      meeting_report(kBlinken, "",
                     "The Secretary of State of the United States, Antony J. Blinken, arrived. "
                     "Secretary Antony J. Blinkenn spoke.\n"));
  EXPECT_TRUE(of_rule(*r, "person-unknown").empty());
  const auto found = of_rule(*r, "name-misspelled");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(flagged(*r, *found[0]), "Antony J. Blinkenn");
}

// Family names written alone with their title, and names that end in a word that is also a
// title, are the attendees they name.
TEST(PersonUnknown, HyphenatedFamilyNamesAndNamesEndingInATitleWord) {
  const auto r = lint(
      meeting_report("- @ngozi: Ngozi Okonjo-Iweala | Minister of Finance | Nigeria\n"
                     "- @king: Catherine King | Minister for Infrastructure | Australia\n"
                     "- @busaidi: Badr bin Hamad bin Hamood Al Busaidi | Foreign Minister | Oman\n",
                     "",
                     "Minister Okonjo-Iweala met Catherine King. Minister Catherine King and "
                     "Badr bin Hamad bin Hamood Al Busaidi spoke. Catherine King, the minister, "
                     "thanked Badr bin Hamad bin Hamood Al Busaydi.\n"));
  for (const Diagnostic* d : of_rule(*r, "person-unknown"))  // attendee lines: not in this registry
    EXPECT_LT(r->syntax->lines().position(d->range.begin).line, 10u) << d->message;
  const auto found = of_rule(*r, "name-misspelled");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(flagged(*r, *found[0]), "Badr bin Hamad bin Hamood Al Busaydi");
}

// Names that start with a word that is also a title ("Amir", "Sultan"), with joined initials
// ("E.P."), an honorific with a dot ("Dr."), or particles ("av", "de la", "e", Catalan "i") are
// names.
TEST(PersonUnknown, NamesStartingWithTitleWordsInitialsAndParticles) {
  const auto r = lint(meeting_report(
      "- @peretz: Amir Peretz | Minister of Defence | Israel\n"
      "- @sultan: Sultan bin Abdulaziz | Minister of Defence | Saudi Arabia\n"
      "- @greene: E.P. Chet Greene | Minister of Foreign Affairs | Antigua and Barbuda\n"
      "- @rana: Jenis av Rana | Minister of Foreign Affairs | Faroe Islands\n"
      "- @rua: Fernando de la Rúa | President | Argentina\n"
      "- @silva: Wellington César Lima e Silva | Minister of Justice | Brazil\n"
      "- @khadka: Dr. Narayan Khadka | Minister of Foreign Affairs | Nepal\n"
      "- @ubach: Maria Ubach i Font | Minister of Foreign Affairs | Andorra\n",
      "",
      "Amir Peretz met Sultan bin Abdulaziz. The Minister of Foreign Affairs, "
      "E.P. Chet Greene, and the Minister of Foreign Affairs, Jenis av Rana, spoke. "
      "Sultan bin Abdoulaziz thanked them. The President, Fernando de la Rúa, and "
      "the Minister of Justice, Wellington César Lima e Silva, met Dr. Narayan Khadka. "
      "The Minister of Foreign Affairs of Andorra, Maria Ubach i Font, spoke.\n"));
  for (const Diagnostic& d : r->diagnostics()) {  // attendee lines: not in this registry
    const bool attendee_unknown =
        d.rule_id == "person-unknown" && r->syntax->lines().position(d.range.begin).line < 15;
    if (!attendee_unknown && d.rule_id != "name-misspelled")
      ADD_FAILURE() << d.rule_id << " " << d.message;
  }
  const auto found = of_rule(*r, "name-misspelled");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(flagged(*r, *found[0]), "Sultan bin Abdoulaziz");
}

// A Catalan double family name ("Ubach i Font") is one name in prose: not its first part, a
// shorter spelling the registry knows, written inconsistently (which --fix grew into "Maria Ubach
// i Font i Font").
TEST(NameInconsistent, CatalanDoubleFamilyNameIsOneName) {
  RegistryData d;
  d.organizations = {{"ad", "Andorra", "country", {}, {}, {}}};
  d.posts = {{"ad-mfa", "Minister of Foreign Affairs", {}, "ad", {}}};
  d.persons = {{"ubach", "Maria Ubach i Font", {{"Maria Ubach", "", ""}}, {}, "test", {}}};
  d.memberships = {
      {"ubach", "ad-mfa", "ad", testing::date("2017-07-17"), std::nullopt, false, "", {}}};
  const auto r = lint(
      meeting_report("- @ubach: Maria Ubach i Font | Minister of Foreign Affairs | Andorra\n", "",
                     "The Minister of Foreign Affairs of Andorra, Maria Ubach i Font, spoke.\n"),
      {}, Registry::build(std::move(d)));
  EXPECT_TRUE(r->diagnostics().empty())
      << r->diagnostics().front().rule_id << ": " << r->diagnostics().front().message;
}

// Every attendee line that repeats a misspelling is reported, not only the first.
TEST(NameMisspelled, RepeatedInALaterMeeting) {
  std::string text =
      meeting_report("- @blinken: Anthony Blinken | Secretary of State | United States\n");
  text +=
      "\n## Second meeting {#m2}\nDate: 2023-03-01\n\n### Attendees\n"
      "- @blinken: Anthony Blinken | Secretary of State | United States\n";
  const auto r = lint(text);
  EXPECT_EQ(of_rule(*r, "name-misspelled").size(), 2u);
}

TEST(NameTransliteration, OncePerSpellingAtTheFirstUse) {
  const auto r =
      lint(meeting_report("- @t: Mukhtar Tleuberdi | Foreign Minister | Kazakhstan\n", "",
                          "Mukhtar Tleuberdi spoke. Foreign Minister Tleuberdi agreed.\n"));
  const auto found = of_rule(*r, "name-transliteration");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(testing::where(*r, found[0]->range.begin), "8:7");
  EXPECT_EQ(found[0]->severity, Severity::Hint);
  ASSERT_EQ(found[0]->fixes.size(), 1u);
  EXPECT_FALSE(found[0]->fixes[0].safe);
  ASSERT_EQ(found[0]->fixes[0].edits.size(), 3u);
  EXPECT_EQ(found[0]->fixes[0].edits[0].replacement, "Mukhtar Tileuberdi");
  EXPECT_EQ(found[0]->fixes[0].edits[2].replacement, "Tileuberdi");
}

TEST(NameTransliteration, NotForThePreferredSpelling) {
  const auto r = lint(meeting_report(kTleuberdi, "", "Mukhtar Tileuberdi spoke.\n"));
  EXPECT_TRUE(of_rule(*r, "name-transliteration").empty());
}

TEST(NameTransliteration, AnotherScriptIsASpellingNotAMisspelling) {
  const auto r =
      lint(meeting_report("- @k: Жээнбек Кулубаев | Министр иностранных дел | Кыргызстан\n"));
  EXPECT_TRUE(of_rule(*r, "name-misspelled").empty());
  const auto found = of_rule(*r, "name-transliteration");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0]->message,
            "'Жээнбек Кулубаев' is Jeenbek Kulubaev written in another script; the registry "
            "prefers 'Jeenbek Kulubaev'.");
}

TEST(NameInconsistent, TwoAcceptedSpellingsInOneReport) {
  const auto r = lint(meeting_report("- @t: Mukhtar Tleuberdi | Foreign Minister | Kazakhstan\n",
                                     "", "Mukhtar Tileuberdi spoke.\n"));
  const auto found = of_rule(*r, "name-inconsistent");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(flagged(*r, *found[0]), "Mukhtar Tileuberdi");
  EXPECT_TRUE(found[0]->fixes[0].safe);
  EXPECT_EQ(found[0]->fixes[0].edits[0].replacement, "Mukhtar Tleuberdi");
  ASSERT_EQ(found[0]->related.size(), 1u);
  EXPECT_EQ(flagged(*r, Diagnostic{"", Severity::Hint, found[0]->related[0].range, "", {}, {}}),
            "Mukhtar Tleuberdi");
}

TEST(NameInconsistent, NotForOneSpellingOrTheFamilyNameAlone) {
  const auto r = lint(
      meeting_report(kTleuberdi, "", "Mukhtar Tileuberdi spoke. Minister Tileuberdi agreed.\n"));
  EXPECT_TRUE(of_rule(*r, "name-inconsistent").empty());
}

TEST(PersonUnknown, AttendeeWithNearestCandidates) {
  const auto r =
      lint(meeting_report(kBlinken + "- @x: Sirojiddin Muhridin Aslov | Minister | Tajikistan\n"));
  const auto found = of_rule(*r, "person-unknown");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(flagged(*r, *found[0]), "Sirojiddin Muhridin Aslov");
  EXPECT_NE(found[0]->message.find("'Sirojiddin Muhriddin'"), std::string::npos)
      << found[0]->message;
  EXPECT_EQ(found[0]->severity, Severity::Info);
}

TEST(PersonUnknown, TitledProseOnly) {
  const auto r =
      lint(meeting_report(kBlinken, "", "President Zorbek Qwertyuiop met Lorem Ipsum.\n"));
  const auto found = of_rule(*r, "person-unknown");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(flagged(*r, *found[0]), "Zorbek Qwertyuiop");
  EXPECT_NE(found[0]->message.find("no similar name is known"), std::string::npos);
}

TEST(PersonUnknown, NotForKnownPeopleOrCountries) {
  const auto r =
      lint(meeting_report(kBlinken + kTleuberdi, "- Kazakhstan, United States: cooperate\n",
                          "President Tokayev welcomed them.\n"));
  EXPECT_TRUE(of_rule(*r, "person-unknown").empty());
}

}  // namespace
}  // namespace readout

namespace readout {
namespace {

// A registry whose only source on Testland's foreign ministers was gathered on 2022-12-11.
std::shared_ptr<const Registry> registry_gathered_2022() {
  RegistryData d;
  d.organizations.push_back({"tl", "Testland", "country", {}, {}, {}});
  d.posts.push_back({"tl-fm", "Minister of Foreign Affairs", {"Foreign Minister"}, "tl", {}});
  d.persons.push_back({"p1", "Petra Oldminister", {}, {}, "", {}});
  Membership term;
  term.person_id = "p1";
  term.post_id = "tl-fm";
  term.organization_id = "tl";
  term.start_date = PartialDate::parse("2019-05-01");
  term.sources.push_back({"https://example.org/snapshot", "cabinet snapshot"});
  d.memberships.push_back(term);
  d.source_dates.push_back({"cabinet snapshot", *PartialDate::parse("2022-12-11")});
  return Registry::build(std::move(d));
}

// Past the day the registry's data on the post ends, an unknown name may be someone who took
// the post since: person-unknown says so (still an info). Before it, it does not.
TEST(PersonUnknown, NamesTheDataHorizonOfThePostWritten) {
  const std::string line = "- @n: Nadia Newcomer | Foreign Minister | Testland\n";
  auto r = testing::lint(testing::meeting_report(line, "", "", "Date: 2024-03-10"), {},
                         registry_gathered_2022());
  ASSERT_EQ(testing::of_rule(*r, "person-unknown").size(), 1u);
  const Diagnostic& d = *testing::of_rule(*r, "person-unknown")[0];
  EXPECT_EQ(d.severity, Severity::Info);
  EXPECT_NE(d.message.find(
                "The registry's data on Minister of Foreign Affairs (Testland) ends on 2022-12-11"),
            std::string::npos)
      << d.message;
  // On a day the data covers, the registry knows who held the post: post-holder-mismatch says it.
  r = testing::lint(testing::meeting_report(line, "", "", "Date: 2022-06-10"), {},
                    registry_gathered_2022());
  EXPECT_EQ(testing::of_rule(*r, "post-holder-mismatch").size(), 1u);
  for (const Diagnostic& other : r->diagnostics())
    EXPECT_EQ(other.message.find("data on"), std::string::npos);
  // A title of no post of the country: nothing to say about its data.
  r = testing::lint(
      testing::meeting_report("- @n: Nadia Newcomer | Minister of Culture | Testland\n", "", "",
                              "Date: 2024-03-10"),
      {}, registry_gathered_2022());
  ASSERT_EQ(testing::of_rule(*r, "person-unknown").size(), 1u);
  EXPECT_EQ(testing::of_rule(*r, "person-unknown")[0]->message.find("data on"), std::string::npos);
}

// A user's own record (a term without sources) is in office until its end: no horizon.
TEST(PersonUnknown, NoHorizonForAPostWithTheUsersOwnRecord) {
  RegistryData d = registry_gathered_2022()->records().copy();
  Membership own;
  own.person_id = "p1";
  own.post_id = "tl-fm";
  own.start_date = PartialDate::parse("2023-01-01");
  d.memberships.push_back(own);
  const auto registry = Registry::build(std::move(d));
  const Post* post = registry->post("tl-fm");
  ASSERT_TRUE(post);
  EXPECT_FALSE(registry->data_ends(std::span<const Post* const>(&post, 1)));
  const auto gathered = registry_gathered_2022();
  const Post* sourced = gathered->post("tl-fm");
  ASSERT_TRUE(gathered->data_ends(std::span<const Post* const>(&sourced, 1)));
  EXPECT_EQ(gathered->data_ends(std::span<const Post* const>(&sourced, 1))->to_string(),
            "2022-12-11");
}

TEST(PersonUnknown, CivilFromDaysInvertsDaysFromCivil) {
  for (const char* day : {"1970-01-01", "2000-02-29", "2022-12-11", "1899-12-31", "2100-03-01"}) {
    const PartialDate date = *PartialDate::parse(day);
    EXPECT_EQ(civil_from_days(date.earliest_day()).to_string(), day);
  }
}

}  // namespace
}  // namespace readout
