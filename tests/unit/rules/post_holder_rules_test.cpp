// post-holder-mismatch, and names resolved to the holder of the post written with them.
#include <gtest/gtest.h>

#include "analysis/analysis_test_support.hpp"
#include "readout/rules.hpp"
#include "support/embedded_registry.hpp"

namespace readout {
namespace {

using testing::date;
using testing::flagged;
using testing::lint;
using testing::of_rule;
using testing::rule_ids;

// Heads of state and government with their terms, and posts the rule must not judge.
std::shared_ptr<const Registry> leaders() {
  static const std::shared_ptr<const Registry> registry = [] {
    RegistryData d;
    d.organizations = {
        {"us", "United States", "country", {{"United States of America", "", ""}}, {}, {}},
        {"it", "Italy", "country", {}, {}, {}},
        {"jp", "Japan", "country", {}, {}, {}},
        {"de", "Germany", "country", {}, {}, {}},
        {"es", "Spain", "country", {}, {}, {}},
        {"ad", "Andorra", "country", {}, {}, {}},
        {"jo", "Jordan", "country", {}, {}, {}},
        {"qa", "Qatar", "country", {}, {}, {}},
        {"cl", "Chile", "country", {}, {}, {}},
        {"ua", "Ukraine", "country", {}, {}, {}},
        {"sn", "Senegal", "country", {}, {}, {}},
    };
    d.posts = {
        {"us-president", "President of the United States", {"President"}, "us", {}},
        {"it-pm",
         "Prime Minister of Italy",
         {"Prime Minister", "President of the Council of Ministers"},
         "it",
         {}},
        {"jp-pm", "Prime Minister of Japan", {"Prime Minister"}, "jp", {}},
        {"de-chancellor", "Federal Chancellor of Germany", {"Chancellor"}, "de", {}},
        {"es-pm",
         "Prime Minister of Spain",
         {"President of the Government", "President"},
         "es",
         {}},
        {"ad-coprince", "Co-Prince of Andorra", {"Co-Prince"}, "ad", {}},
        {"jo-king", "King of Jordan", {"King"}, "jo", {}},
        {"qa-emir", "Emir of Qatar", {"Emir"}, "qa", {}},
        {"cl-president", "President of Chile", {"President"}, "cl", {}},
        {"ua-president", "President of Ukraine", {"President"}, "ua", {}},
        {"sn-president", "President of Senegal", {"President"}, "sn", {}},
    };
    d.persons = {
        {"trump", "Donald Trump", {}, {}, "test", {}},
        {"biden", "Joe Biden", {{"Joseph Biden", "", ""}}, {}, "test", {}},
        {"jill", "Jill Biden", {}, {}, "test", {}},
        {"harris", "Kamala Harris", {}, {}, "test", {}},
        {"draghi", "Mario Draghi", {}, {}, "test", {}},
        {"meloni", "Giorgia Meloni", {}, {}, "test", {}},
        {"suga", "Yoshihide Suga", {}, {}, "test", {}},
        {"kishida", "Fumio Kishida", {}, {}, "test", {}},
        {"scholz", "Olaf Scholz", {}, {}, "test", {}},
        {"sanchez", "Pedro Sánchez", {}, {}, "test", {}},
        {"macron", "Emmanuel Macron", {}, {}, "test", {}},
        {"vives", "Joan Enric Vives i Sicília", {}, {}, "test", {}},
        {"abdullah", "Abdullah II of Jordan", {}, {}, "test", {}},
        {"tamim", "Tamim bin Hamad Al Thani", {}, {}, "test", {}},
        {"boric", "Gabriel Boric", {}, {}, "test", {}},
        {"sall", "Macky Sall", {{"Sall", "", ""}}, {}, "test", {}},
        {"zelenskyy", "Volodymyr Zelenskyy", {}, {}, "test", {}},
    };
    auto term = [](const char* person, const char* post, const char* start, const char* end) {
      Membership m;
      m.person_id = person;
      m.post_id = post;
      if (start) m.start_date = date(start);
      if (end) m.end_date = date(end);
      m.sources = {{"", "a test snapshot"}};  // known as far as its dates go
      return m;
    };
    d.memberships = {
        term("trump", "us-president", "2017-01-20", "2021-01-20"),
        term("biden", "us-president", "2021-01-20", "2025-01-20"),
        term("draghi", "it-pm", "2021-02-13", "2022-10-22"),
        term("meloni", "it-pm", "2022-10-22", nullptr),
        term("suga", "jp-pm", "2020-09-16", "2021-10-04"),
        term("kishida", "jp-pm", "2021-10-04", "2024-10-01"),
        term("scholz", "de-chancellor", "2021-12-08", "2025-05-06"),
        term("sanchez", "es-pm", "2018", nullptr),  // known to the year only
        term("macron", "ad-coprince", "2017-05-14", nullptr),
        term("vives", "ad-coprince", "2003-05-12", nullptr),
        term("abdullah", "jo-king", "1999-02-07", nullptr),
        term("tamim", "qa-emir", "2013-06-25", nullptr),
        term("boric", "cl-president", "2022-03-11", nullptr),
        term("zelenskyy", "ua-president", "2019-05-20", nullptr),
        term("sall", "sn-president", "2012-04-02", "2024-04-02"),
    };
    return Registry::build(std::move(d));
  }();
  return registry;
}

std::string report(const std::string& attendees, const std::string& day,
                   const std::string& prose = "") {
  std::string text = "# Talks\n\n## Meeting {#m}\nDate: " + day + "\n\n### Attendees\n" + attendees;
  if (!prose.empty()) text += "\n### Summary\n" + prose;
  return text;
}

std::shared_ptr<const AnalysisResult> lint_leaders(const std::string& text) {
  return lint(text, {}, leaders());
}

TEST(PostHolderMismatch, AnUnknownNameForAPostSomebodyHeld) {
  const auto r =
      lint_leaders(report("- @pm: Marco Rossi | Prime Minister | Italy\n", "2022-03-01"));
  const auto found = of_rule(*r, "post-holder-mismatch");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(flagged(*r, *found[0]), "Marco Rossi");
  EXPECT_EQ(found[0]->message,
            "On 1 March 2022 the Prime Minister of Italy was Mario Draghi, not 'Marco Rossi'; "
            "check the name, the "
            "title and the country.");
  ASSERT_EQ(found[0]->fixes.size(), 1u);
  EXPECT_FALSE(found[0]->fixes[0].safe);
  EXPECT_EQ(found[0]->fixes[0].edits[0].replacement, "Mario Draghi");
  EXPECT_TRUE(of_rule(*r, "person-unknown").empty());  // the warning says more
}

TEST(PostHolderMismatch, AKnownPersonWithoutThePost) {
  const auto r =
      lint_leaders(report("- @potus: Kamala Harris | President | United States\n", "2023-05-01"));
  const auto found = of_rule(*r, "post-holder-mismatch");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0]->message,
            "On 1 May 2023 the President of the United States was Joe Biden, not 'Kamala Harris' "
            "(Kamala Harris did "
            "not hold the post then, according to the registry).");
}

// A name that shares a name part with the holder's may be the holder under a name the registry
// does not list ("Ferdinand Marcos Jr." for "Bongbong Marcos"): no claim.
TEST(PostHolderMismatch, NotForANameSharingAPartWithTheHolders) {
  const auto r =
      lint_leaders(report("- @potus: Jill Biden | President | United States\n", "2023-05-01"));
  EXPECT_TRUE(of_rule(*r, "post-holder-mismatch").empty());
}

TEST(PostHolderMismatch, TheHolderAsPeopleWriteTheName) {
  const auto r =
      lint_leaders(report("- @potus: Joseph R. Biden Jr. | President | United States\n"
                          "- @king: King Abdullah II bin Al-Hussein | King | Jordan\n"
                          "- @amir: Sheikh Tamim bin Hamad Al Thani | Amir | Qatar\n"
                          "- @boric: Gabriel Boric Font | President | Chile\n"
                          "- @pm: Meloni Giorgia | President of the Council of Ministers | Italy\n"
                          "- @scholz: Olaf Scholz | Chancellor | Germany\n",
                          "2023-05-01"));
  // Other names the registry lists ("Joseph Biden") are worth a hint at most.
  for (const Diagnostic& d : r->diagnostics())
    EXPECT_EQ(d.severity, Severity::Hint) << d.rule_id << ": " << d.message;
}

// Prose that names an attendee line settled as the holder (a name the registry does not list:
// "Ferdinand Romualdez Marcos Jr." for Bongbong Marcos) is that holder, and the title written
// with it is judged.
TEST(PostHolderMismatch, ProseNamingASettledAttendeeIsTheHolder) {
  const auto registry = testing::embedded_registry();
  const std::string line = "- Ferdinand Romualdez Marcos Jr. | President | Philippines\n";
  auto r =
      lint(report(line, "2022-08-06", "Met with Prime Minister Ferdinand Romualdez Marcos Jr.\n"),
           {}, registry);
  const auto found = of_rule(*r, "title-never-held");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_NE(found[0]->message.find("Bongbong Marcos never held"), std::string::npos);
  r = lint(report(line, "2022-08-06", "Met with President Ferdinand Romualdez Marcos Jr.\n"), {},
           registry);
  EXPECT_TRUE(r->diagnostics().empty()) << r->diagnostics().front().message;
}

// A later, shorter mention of the holder is the same spelling, shortened.
TEST(PostHolderMismatch, ShorterMentionsAreConsistent) {
  const auto r = lint_leaders(
      report("- @king: King Abdullah II bin Al-Hussein | King | Jordan\n"
             "- @boric: Gabriel Boric Font | President | Chile\n",
             "2023-05-01", "King Abdullah II of Jordan met President Gabriel Boric.\n"));
  EXPECT_TRUE(r->diagnostics().empty())
      << r->diagnostics().front().rule_id << ": " << r->diagnostics().front().message;
}

TEST(PostHolderMismatch, AMisspeltHolderIsAMisspelling) {
  const auto r =
      lint_leaders(report("- @pm: Suga Yushihide | Prime Minister | Japan\n", "2021-03-01"));
  EXPECT_TRUE(of_rule(*r, "post-holder-mismatch").empty());
  EXPECT_TRUE(of_rule(*r, "person-unknown").empty());
  const auto found = of_rule(*r, "name-misspelled");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0]->message,
            "'Suga Yushihide' looks like a misspelling of 'Suga Yoshihide' (the registry); write "
            "'Suga Yoshihide'.");
  EXPECT_EQ(found[0]->fixes[0].edits[0].replacement, "Suga Yoshihide");
}

// A slip the registry's search does not find (the name has a second family name) is found
// as the holder's.
TEST(PostHolderMismatch, AMisspeltHolderWithMoreNames) {
  const auto r =
      lint_leaders(report("- @boric: Gabriel Boris Font | President | Chile\n", "2023-05-01"));
  EXPECT_TRUE(of_rule(*r, "post-holder-mismatch").empty());
  const auto found = of_rule(*r, "name-misspelled");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0]->message,
            "'Gabriel Boris Font' looks like a misspelling of 'Gabriel Boric' (the President of "
            "Chile on 1 May "
            "2023); write 'Gabriel Boric'.");
}

// A name that one spelling of the holder holds, but for a part another spelling has with a
// slip: "Sall" is in "Mukcy Sall" and "Joe" begins "Joesph", yet both are slips.
TEST(PostHolderMismatch, ASlipHiddenByAShorterSpelling) {
  auto r = lint_leaders(report("- @sall: Mukcy Sall | President | Senegal\n", "2021-11-19"));
  auto found = of_rule(*r, "name-misspelled");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0]->fixes[0].edits[0].replacement, "Macky Sall");
  r = lint_leaders(report("- @potus: Joesph Biden | President | United States\n", "2023-05-01"));
  found = of_rule(*r, "name-misspelled");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0]->fixes[0].edits[0].replacement, "Joseph Biden");
  EXPECT_TRUE(lint_leaders(report("- @sall: Macky Sall | President | Senegal\n", "2021-11-19"))
                  ->diagnostics()
                  .empty());
}

// The one name-misspelled finding of a report on 1 May 2022 with Draghi attending and `prose`:
// the text it flags and its fix.
void expect_one_misspelling(const std::string& prose, const std::string& written,
                            const std::string& fix) {
  const auto r =
      lint_leaders(report("- @m: Mario Draghi | Prime Minister | Italy\n", "2022-05-01", prose));
  const auto found = of_rule(*r, "name-misspelled");
  ASSERT_EQ(found.size(), 1u) << prose;
  EXPECT_EQ(flagged(*r, *found[0]), written);
  EXPECT_EQ(found[0]->fixes[0].edits[0].replacement, fix);
}

// A name nobody has, two slips from a person who held the title written with it on the
// meeting's date, even without a country: that person misspelt.
TEST(PostHolderMismatch, ATitledNameCloseToAHolderOfTheTitle) {
  expect_one_misspelling("Prime Minister Draghi met Prime Minister Fumio Kushyda.\n",
                         "Fumio Kushyda", "Fumio Kishida");
  // Before his term he held no such title: the name may be somebody else's.
  const auto r =
      lint_leaders(report("- @potus: Donald Trump | President | United States\n", "2019-05-01",
                          "President Trump met Prime Minister Fumio Kushyda.\n"));
  EXPECT_TRUE(of_rule(*r, "name-misspelled").empty());
  EXPECT_EQ(of_rule(*r, "person-unknown").size(), 1u);
}

// A family name alone, two slips from that of a holder of the title on the day.
TEST(PostHolderMismatch, ATitledFamilyNameCloseToAHolderOfTheTitle) {
  expect_one_misspelling("Prime Minister Draghi spoke with President Bisin.\n", "Bisin", "Biden");
  // A doubled letter is no slip.
  const auto r = lint_leaders(report("- @m: Mario Draghi | Prime Minister | Italy\n", "2022-05-01",
                                     "Prime Minister Draghi spoke with President Biddenn.\n"));
  EXPECT_TRUE(of_rule(*r, "name-misspelled").empty());
}

// Two slips in a four-letter part of the name of the one holder of the title in the country
// written, the other parts exact: on an attendee line and in prose. Not when no part is exact,
// nor for a holder of another day, nor without a country (holders everywhere are too many).
TEST(PostHolderMismatch, TwoSlipsInAShortPartOfTheHoldersName) {
  expect_one_misspelling("Prime Minister Draghi met Germany's Chancellor Obif Scholz.\n",
                         "Obif Scholz", "Olaf Scholz");
  EXPECT_TRUE(of_rule(*lint_leaders(report("- @m: Mario Draghi | Prime Minister | Italy\n",
                                           "2022-05-01", "Draghi met Chancellor Obif Scholz.\n")),
                      "name-misspelled")
                  .empty());
  auto r = lint_leaders(report("- @c: Obif Scholz | Chancellor | Germany\n", "2023-05-01"));
  const auto found = of_rule(*r, "name-misspelled");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0]->fixes[0].edits[0].replacement, "Olaf Scholz");
  r = lint_leaders(report("- @c: Obif Schulz | Chancellor | Germany\n", "2023-05-01"));
  EXPECT_TRUE(of_rule(*r, "name-misspelled").empty());
  r = lint_leaders(report("- @c: Obif Scholz | Chancellor | Germany\n", "2020-05-01"));
  EXPECT_TRUE(of_rule(*r, "name-misspelled").empty());
}

// A name in another order with two slips, of the holder of the title written with it.
TEST(PostHolderMismatch, AHolderInAnotherOrderWithSlips) {
  expect_one_misspelling("Prime Minister Draghi spoke with Prime Minister Kishida Fumeyo.\n",
                         "Kishida Fumeyo", "Kishida Fumio");
}

// A slip in the style the name is written with ("Shiekh" for "Sheikh").
TEST(PostHolderMismatch, ASlipInTheStyle) {
  const auto r = lint_leaders(
      report("- @amir: Shiekh Tamim bin Hamad Al Thani | Amir | Qatar\n", "2023-05-01"));
  const auto found = of_rule(*r, "name-misspelled");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0]->fixes[0].edits[0].replacement, "Sheikh Tamim bin Hamad Al Thani");
  // After an honorific, only the style's word is replaced.
  const auto honoured = lint_leaders(
      report("- @amir: H.E. Shiekh Tamim bin Hamad Al Thani | Amir | Qatar\n", "2023-05-01"));
  const auto fixed = of_rule(*honoured, "name-misspelled");
  ASSERT_EQ(fixed.size(), 1u);
  EXPECT_EQ(fixed[0]->fixes[0].edits[0].replacement, "H.E. Sheikh Tamim bin Hamad Al Thani");
}

TEST(PostHolderMismatch, OtherRomanisationsAreAtMostAHint) {
  const auto r =
      lint_leaders(report("- @z: Volodymyr Zelensky | President | Ukraine\n", "2023-05-01"));
  for (const Diagnostic& d : r->diagnostics()) EXPECT_EQ(d.severity, Severity::Hint) << d.message;
}

TEST(PostHolderMismatch, TitleAndNameInProse) {
  const auto r = lint_leaders(
      report("- @potus: Joe Biden | President | United States\n", "2022-05-01",
             "President Biden met Prime Minister Taro Yamada of Japan and Chancellor Olaf "
             "Scholz.\n"));
  const auto found = of_rule(*r, "post-holder-mismatch");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(flagged(*r, *found[0]), "Taro Yamada");
  EXPECT_NE(found[0]->message.find("was Fumio Kishida"), std::string::npos);
  EXPECT_EQ(of_rule(*r, "title-never-held").size(), 0u);
}

TEST(PostHolderMismatch, HandoverDaysNameBothHolders) {
  auto r =
      lint_leaders(report("- @potus: Donald Trump | President | United States\n", "2021-01-20"));
  EXPECT_TRUE(r->diagnostics().empty());
  r = lint_leaders(report("- @potus: John Smith | President | United States\n", "2021-01-20"));
  const auto found = of_rule(*r, "post-holder-mismatch");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_NE(found[0]->message.find("was Donald Trump or Joe Biden"), std::string::npos);
}

TEST(PostHolderMismatch, NothingWhenTheRegistryIsNotSure) {
  // A year or a month is no date; a term known to the year; several co-princes at once; an
  // acting title.
  for (const auto& [attendee, day] : std::vector<std::pair<std::string, std::string>>{
           // An open term past the last date its source (here: the test's terms of Italy) knows.
           {"- @pm: Marco Rossi | Prime Minister | Italy\n", "2024-03-01"},
           {"- @pm: Marco Rossi | Prime Minister | Italy\n", "2024"},
           {"- @pm: Marco Rossi | Prime Minister | Italy\n", "2024-03"},
           {"- @pm: Mariano Rajoy | Prime Minister | Spain\n", "2018-03-01"},
           {"- @cp: Jean Dupont | Co-Prince | Andorra\n", "2023-05-01"},
           {"- @pm: Marco Rossi | Acting Prime Minister | Italy\n", "2022-03-01"},
       }) {
    const auto r = lint_leaders(report(attendee, day));
    EXPECT_TRUE(of_rule(*r, "post-holder-mismatch").empty()) << attendee << day;
  }
}

TEST(PostHolderMismatch, AFormerHolderIsLeftToTheTitleRules) {
  const auto r =
      lint_leaders(report("- @pm: Yoshihide Suga | Prime Minister | Japan\n", "2022-06-01"));
  EXPECT_TRUE(of_rule(*r, "post-holder-mismatch").empty());
  const auto found = of_rule(*r, "title-not-held-on-date");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_NE(found[0]->message.find("Fumio Kishida"), std::string::npos);
  // After the last date the registry's source knows of Italy, Draghi may have come back.
  EXPECT_TRUE(lint_leaders(report("- @pm: Mario Draghi | Prime Minister | Italy\n", "2024-03-01"))
                  ->diagnostics()
                  .empty());
}

// "Palestinian Authority" is the State of Palestine (data/curated/organizations.json): its
// president then was Mahmoud Abbas; Yasser Arafat held the post until 2004.
TEST(PostHolderMismatch, ThePalestinianAuthoritysPresident) {
  const auto registry = testing::embedded_registry();
  auto r = lint(report("- @p: Yasser Arafat | President | Palestinian Authority\n", "2021-05-25"),
                {}, registry);
  const auto found = of_rule(*r, "title-not-held-on-date");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_NE(found[0]->message.find("held by Mahmoud Abbas"), std::string::npos);
  r = lint(report("- @p: Mahmoud Abbas | President | Palestinian Authority\n", "2021-05-25"), {},
           registry);
  EXPECT_TRUE(r->diagnostics().empty()) << r->diagnostics().front().message;
}

// The rule's documented examples, with the embedded registry.
TEST(PostHolderMismatch, DocumentedExamples) {
  const RuleInfo* rule = find_rule("post-holder-mismatch");
  ASSERT_NE(rule, nullptr);
  const auto registry = testing::embedded_registry();
  EXPECT_EQ(of_rule(*lint(std::string(rule->bad_example), {}, registry), rule->id).size(), 1u);
  EXPECT_TRUE(of_rule(*lint(std::string(rule->good_example), {}, registry), rule->id).empty());
}

}  // namespace
}  // namespace readout
