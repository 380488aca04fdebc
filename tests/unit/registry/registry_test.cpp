// Registry look-ups on a small hand-made registry.
#include <gtest/gtest.h>

#include <limits>

#include "readout/registry.hpp"

namespace readout {
namespace {

PartialDate date(std::string_view text) { return *PartialDate::parse(text); }

std::shared_ptr<const Registry> sample() {
  RegistryData d;
  d.organizations = {
      {"Q30",
       "United States",
       "country",
       {{"US", "", ""}, {"USA", "", ""}, {"United States of America", "", ""}},
       {},
       {}},
      {"Q232", "Kazakhstan", "country", {{"Republic of Kazakhstan", "", ""}}, {}, {}},
      {"Q17", "Japan", "country", {}, {}, {}},
  };
  d.persons = {
      {"Q7821917",
       "Antony Blinken",
       {{"Antony J. Blinken", "", ""}, {"Tony Blinken", "", ""}},
       {},
       "",
       {}},
      {"Q70254110",
       "Mukhtar Tileuberdi",
       {{"Mukhtar Tleuberdi", "", "transliteration"}},
       {},
       "",
       {}},
      {"Q200881", "Kassym-Jomart Tokayev", {{"Касым-Жомарт Токаев", "ru", ""}}, {}, "", {}},
      {"Q1", "Yoshihide Suga", {}, {}, "", {}},
      {"Q2", "Askar Mamin", {}, {}, "", {}},
      {"Q3", "Mike Pompeo", {}, {}, "", {}},
      {"Q4", "Anthony Albanese", {}, {}, "", {}},
  };
  d.posts = {
      {"Q14213",
       "United States Secretary of State",
       {"Secretary of State", "Secretary"},
       "Q30",
       {}},
      {"Q107752338",
       "Minister of Foreign Affairs of Kazakhstan",
       {"Foreign Minister", "Minister for Foreign Affairs"},
       "Q232",
       {}},
      {"kz-dpm", "Deputy Prime Minister of Kazakhstan", {}, "Q232", {}},
      {"Q5256775", "President of Kazakhstan", {"President"}, "Q232", {}},
      {"Q2416315", "Prime Minister of Kazakhstan", {"Prime Minister"}, "Q232", {}},
      {"Q274948", "Prime Minister of Japan", {"Prime Minister"}, "Q17", {}},
  };
  auto m = [](std::string person, std::string post, std::string org, const char* start,
              const char* end) {
    Membership x;
    x.person_id = std::move(person);
    x.post_id = std::move(post);
    x.organization_id = std::move(org);
    if (start) x.start_date = PartialDate::parse(start);
    if (end) x.end_date = PartialDate::parse(end);
    return x;
  };
  d.memberships = {
      m("Q7821917", "Q14213", "Q30", "2021-01-26", "2025-01-20"),
      m("Q3", "Q14213", "Q30", "2018-04-26", "2021-01-20"),
      m("Q70254110", "Q107752338", "Q232", "2019-09", "2023-09-01"),
      m("Q70254110", "kz-dpm", "Q232", "2019-09", "2023-09-01"),
      m("Q200881", "Q5256775", "Q232", "2019-03-20", nullptr),
      m("Q2", "Q2416315", "Q232", "2019", "2022"),
      m("Q1", "Q274948", "Q17", "2020", "2021"),
  };
  return Registry::build(std::move(d));
}

TEST(RegistryFindPerson, ExactUpToCaseHonorificsAndOrder) {
  auto r = sample();
  auto found = r->find_person("H.E. ANTONY BLINKEN", false);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].person->id, "Q7821917");
  EXPECT_EQ(found[0].kind, NameMatchKind::Exact);
  found = r->find_person("Suga Yoshihide", false);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].kind, NameMatchKind::Exact);
  found = r->find_person("Antony J. Blinken", false);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].person->id, "Q7821917");
}

TEST(RegistryFindPerson, OtherNamesAndScripts) {
  auto r = sample();
  auto found = r->find_person("Mukhtar Tleuberdi", true);
  ASSERT_FALSE(found.empty());
  EXPECT_EQ(found[0].kind, NameMatchKind::OtherName);
  EXPECT_EQ(found[0].person->name, "Mukhtar Tileuberdi");
  EXPECT_EQ(found[0].matched_name, "Mukhtar Tleuberdi");
  found = r->find_person("КАСЫМ-ЖОМАРТ ТОКАЕВ", false);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].person->id, "Q200881");
  EXPECT_EQ(found[0].kind, NameMatchKind::OtherName);
}

TEST(RegistryFindPerson, FuzzyThresholds) {
  auto r = sample();
  auto found = r->find_person("Anthony Blinken", true);
  ASSERT_FALSE(found.empty());
  EXPECT_EQ(found[0].person->id, "Q7821917");
  EXPECT_EQ(found[0].kind, NameMatchKind::Fuzzy);
  EXPECT_EQ(found[0].distance, 1);
  EXPECT_EQ(found[0].matched_name, "Antony Blinken");
  EXPECT_TRUE(r->find_person("Anthony Blinken", false).empty());
  // Unrelated names do not match, however similar their shape.
  EXPECT_TRUE(r->find_person("Anthony Blanken Smith", true).empty());
  EXPECT_TRUE(r->find_person("Joe Biden", true).empty());
  EXPECT_TRUE(r->find_person("Askar Amin", true).size() <= 1);
  EXPECT_TRUE(r->find_person("Mike", true).empty());
  for (const auto& c : r->find_person("Anthony Albanese", true))
    EXPECT_NE(c.person->id, "Q7821917");
}

TEST(RegistrySurnameAndCompletion, FindsByAnySpelling) {
  auto r = sample();
  auto by_surname = r->find_by_surname("Blinken");
  ASSERT_EQ(by_surname.size(), 1u);
  EXPECT_EQ(by_surname[0]->id, "Q7821917");
  EXPECT_EQ(r->find_by_surname("Tleuberdi").size(), 1u);
  EXPECT_TRUE(r->find_by_surname("Antony").empty());
  auto completions = r->complete_person("bli", 10);
  ASSERT_EQ(completions.size(), 1u);
  EXPECT_EQ(completions[0]->id, "Q7821917");
  EXPECT_EQ(r->complete_person("antony bl", 10).size(), 1u);
  EXPECT_EQ(r->complete_person("a", 10).size(), 3u);  // Antony, Askar, Anthony
}

TEST(RegistryPosts, OnDatesWithImpreciseEdges) {
  auto r = sample();
  const Person& blinken = *r->person("Q7821917");
  auto on = r->posts_on(blinken, date("2023-02-28"));
  ASSERT_EQ(on.size(), 1u);
  EXPECT_EQ(on[0].post->id, "Q14213");
  EXPECT_EQ(on[0].organization->name, "United States");
  EXPECT_TRUE(r->posts_on(blinken, date("2021-01-25")).empty());
  // Mamin's term is recorded as 2019-2022: never "not in office" within those years.
  const Person& mamin = *r->person("Q2");
  EXPECT_EQ(r->posts_on(mamin, date("2019-01-01")).size(), 1u);
  EXPECT_EQ(r->posts_on(mamin, date("2022-12-31")).size(), 1u);
  EXPECT_TRUE(r->posts_on(mamin, date("2023-01-01")).empty());
  // Tileuberdi from 2019-09: September 2019 is possibly in office.
  const Person& tileuberdi = *r->person("Q70254110");
  EXPECT_EQ(r->posts_on(tileuberdi, date("2019-09-01")).size(), 2u);
  EXPECT_TRUE(r->posts_on(tileuberdi, date("2019-08-31")).empty());
  EXPECT_EQ(r->posts_of(tileuberdi).size(), 2u);

  const Post& secretary = *r->post("Q14213");
  auto holders = r->holders_on(secretary, date("2020-06-01"));
  ASSERT_EQ(holders.size(), 1u);
  EXPECT_EQ(holders[0]->name, "Mike Pompeo");
  EXPECT_EQ(r->holders_on(secretary, date("2021-01-22")).size(), 0u);
  EXPECT_EQ(r->holders_on(secretary, date("2021-01")).size(), 2u);
}

// How far a snapshot's open terms are known to run: as far as the snapshot's own dates go. An
// end that a later source added to one of its terms is not the snapshot's.
TEST(RegistryPosts, KnownUntilTheSourcesOwnDates) {
  RegistryData d;
  d.organizations = {{"fr", "France", "country", {}, {}, {}}};
  d.posts = {{"fm", "Minister of Foreign Affairs", {}, "fr", {}},
             {"def", "Minister of the Armed Forces", {}, "fr", {}}};
  d.persons = {{"colonna", "Catherine Colonna", {}, {}, "test", {}},
               {"lecornu", "Sébastien Lecornu", {}, {}, "test", {}}};
  Membership colonna{"colonna",    "fm",  "fr", date("2022-05-20"),
                     std::nullopt, false, "",   {{"", "cabinet snapshot"}}};
  Membership lecornu{"lecornu",          "def", "fr", date("2022-05-20"),
                     date("2022-07-04"), false, "",   {{"", "cabinet snapshot"}}};
  d.memberships = {colonna, lecornu};
  auto r = Registry::build(d);
  EXPECT_EQ(r->known_until(*r->terms_of(*r->post("fm"))[0]), date("2022-07-04").latest_day());

  // The same, with Lecornu's term closed in 2025 by another source.
  d.memberships[1].end_date = date("2025-09-09");
  d.memberships[1].sources.push_back({"", "closed by a later record"});
  r = Registry::build(d);
  EXPECT_EQ(r->known_until(*r->terms_of(*r->post("fm"))[0]), date("2022-05-20").latest_day());

  // A term without a source is the user's own: open means in office now.
  d.memberships[0].sources.clear();
  r = Registry::build(d);
  EXPECT_EQ(r->known_until(*r->terms_of(*r->post("fm"))[0]), std::numeric_limits<long>::max());
  d.memberships[0].sources = {{"", "cabinet snapshot"}};

  // A source that says when it was taken: its open terms ran at least that far.
  d.source_dates = {{"cabinet snapshot", date("2023-01-15")}};
  r = Registry::build(d);
  EXPECT_EQ(r->known_until(*r->terms_of(*r->post("fm"))[0]), date("2023-01-15").latest_day());
}

TEST(RegistryTitles, HeadsOfStateAndGovernment) {
  for (const char* title :
       {"President", "prime minister", "Emir", "Amir", "Federal Chancellor", "Taoiseach"})
    EXPECT_TRUE(is_head_title(title)) << title;
  for (const char* title :
       {"Foreign Minister", "Crown Prince", "Vice President", "President of the Government"})
    EXPECT_FALSE(is_head_title(title)) << title;
}

TEST(RegistryOrganizations, AnyNameOrId) {
  auto r = sample();
  for (const char* written :
       {"US", "USA", "United States of America", "the United States", "united states", "Q30"}) {
    const Organization* org = r->find_organization(written);
    ASSERT_NE(org, nullptr) << written;
    EXPECT_EQ(org->id, "Q30") << written;
  }
  EXPECT_EQ(r->find_organization("Republic of Kazakhstan")->id, "Q232");
  EXPECT_EQ(r->find_organization("Atlantis"), nullptr);
}

TEST(RegistryTitles, VariantsArticlesAndCountrySuffixes) {
  auto r = sample();
  const Post& fm = *r->post("Q107752338");
  EXPECT_TRUE(r->title_matches("Minister of Foreign Affairs", fm));
  EXPECT_TRUE(r->title_matches("minister of foreign affairs of Kazakhstan", fm));
  EXPECT_TRUE(r->title_matches("Minister of Foreign Affairs of the Republic of Kazakhstan", fm));
  EXPECT_TRUE(r->title_matches("Foreign Minister", fm));
  EXPECT_TRUE(r->title_matches("Kazakhstan's Foreign Minister", fm));
  EXPECT_TRUE(r->title_matches("the Minister for Foreign Affairs", fm));
  EXPECT_TRUE(r->title_matches("Acting Foreign Minister", fm));
  EXPECT_TRUE(r->title_matches("Deputy Prime Minister and Minister of Foreign Affairs", fm));
  EXPECT_TRUE(r->title_matches("Deputy Prime Minister and Minister of Foreign Affairs",
                               *r->post("kz-dpm")));
  EXPECT_FALSE(r->title_matches("Prime Minister", fm));
  EXPECT_FALSE(r->title_matches("Minister of Foreign Affairs of Japan", fm));
  EXPECT_FALSE(r->title_matches("Minister", fm));

  const Post& secretary = *r->post("Q14213");
  EXPECT_TRUE(r->title_matches("Secretary of State", secretary));
  EXPECT_TRUE(r->title_matches("US Secretary of State", secretary));
  EXPECT_TRUE(r->title_matches("Secretary", secretary));
  EXPECT_TRUE(r->title_matches("United States Secretary of State", secretary));

  auto prime_ministers = r->find_posts_by_title("Prime Minister", nullptr);
  EXPECT_EQ(prime_ministers.size(), 2u);
  auto kz = r->find_posts_by_title("Prime Minister", r->find_organization("Kazakhstan"));
  ASSERT_EQ(kz.size(), 1u);
  EXPECT_EQ(kz[0]->id, "Q2416315");
  EXPECT_EQ(r->find_posts_by_title("Prime Minister of Japan", nullptr).size(), 1u);
}

TEST(RegistryMerge, LaterWinsAndExtends) {
  RegistryData generated;
  generated.persons = {{"Q18198123",
                        "Sirodjidin Aslov",
                        {},
                        {{"https://www.wikidata.org/wiki/Q18198123", ""}},
                        "gen",
                        {}},
                       {"Q9", "Someone Else", {}, {}, "gen", {}}};
  generated.posts = {
      {"Q25593310", "Minister of Foreign Affairs of the Republic of Tajikistan", {}, "Q863", {}}};
  Membership old_term;
  old_term.person_id = "Q18198123";
  old_term.post_id = "Q25593310";
  old_term.start_date = PartialDate::parse("2013-11-29");
  generated.memberships = {old_term};

  RegistryData curated;
  curated.persons = {{"Q18198123",
                      "Sirojiddin Muhriddin",
                      {{"Sirodjidin Aslov", "", "earlier surname"}},
                      {{"https://mfa.tj/en", ""}},
                      "curated",
                      {}}};
  curated.posts = {
      {"Q25593310", "Minister of Foreign Affairs of Tajikistan", {"Foreign Minister"}, "", {}}};
  Membership new_term = old_term;
  new_term.end_date = PartialDate::parse("2030-01-01");
  curated.memberships = {new_term};

  generated.merge_from(curated);
  ASSERT_EQ(generated.persons.size(), 2u);
  const Person& p = generated.persons[0];
  EXPECT_EQ(p.name, "Sirojiddin Muhriddin");
  ASSERT_EQ(p.other_names.size(), 1u);
  EXPECT_EQ(p.other_names[0].note, "earlier surname");
  EXPECT_EQ(p.sources.size(), 2u);
  EXPECT_EQ(p.origin, "curated");
  const Post& post = generated.posts[0];
  EXPECT_EQ(post.label, "Minister of Foreign Affairs of Tajikistan");
  EXPECT_EQ(post.organization_id, "Q863");  // kept from the earlier record
  EXPECT_EQ(post.other_labels.size(), 2u);
  ASSERT_EQ(generated.memberships.size(), 1u);  // replaced, not duplicated
  EXPECT_TRUE(generated.memberships[0].end_date.has_value());

  auto r = Registry::build(generated);
  auto found = r->find_person("Sirodjidin Aslov", false);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].kind, NameMatchKind::OtherName);
}

}  // namespace
}  // namespace readout
