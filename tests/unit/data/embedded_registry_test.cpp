// Facts checked against the embedded registry (generated Wikidata files + curated C5+1 file),
// through the same Registry API that the linter uses.
#include <gtest/gtest.h>

#include <algorithm>

#include "readout/data/popolo.hpp"

namespace readout::data {
namespace {

std::shared_ptr<const Registry> embedded() {
  std::vector<FileError> errors;
  auto registry = load_registry({}, true, errors);
  EXPECT_TRUE(errors.empty());
  return registry;
}

PartialDate day(std::string_view text) { return *PartialDate::parse(text); }

const Person* only(const Registry& r, std::string_view written, NameMatchKind kind) {
  auto found = r.find_person(written, true, 5);
  if (found.empty()) return nullptr;
  EXPECT_EQ(found[0].kind, kind) << written;
  return found[0].person;
}

// The names of the holders of a post on a date.
std::vector<std::string> holders(const Registry& r, std::string_view post_id,
                                 std::string_view date) {
  std::vector<std::string> out;
  const Post* post = r.post(post_id);
  if (!post) return out;
  for (const Person* p : r.holders_on(*post, day(date))) out.push_back(p->name.str());
  std::sort(out.begin(), out.end());
  return out;
}

bool holds_title_on(const Registry& r, const Person& person, std::string_view title,
                    std::string_view date) {
  for (const auto& held : r.posts_on(person, day(date)))
    if (held.post && r.title_matches(title, *held.post)) return true;
  return false;
}

TEST(EmbeddedRegistry, FilesAreValidAndOrdered) {
  EXPECT_TRUE(embedded_registry_errors().empty())
      << (embedded_registry_errors().empty() ? "" : embedded_registry_errors()[0].to_string());
  auto r = embedded();
  EXPECT_GT(r->records().persons.size(), 500u);
  EXPECT_GT(r->records().memberships.size(), 600u);
  // Curated spellings win over the generated ones.
  EXPECT_EQ(r->person("Q70254110")->name, "Mukhtar Tileuberdi");
  EXPECT_EQ(r->person("Q18198123")->name, "Sirojiddin Muhriddin");
  EXPECT_EQ(r->person("Q58141")->name, "Rashid Meredov");
  EXPECT_EQ(r->person("Q70254110")->origin, "data/curated/c5plus1-2023.json");
  // The shared registry is built once.
  EXPECT_EQ(embedded().get(), r.get());
}

TEST(EmbeddedRegistry, C5PlusOneMinistersOn28February2023) {
  auto r = embedded();
  const char* date = "2023-02-28";
  EXPECT_EQ(holders(*r, "Q14213", date), std::vector<std::string>{"Antony Blinken"});
  EXPECT_EQ(holders(*r, "Q107752338", date), std::vector<std::string>{"Mukhtar Tileuberdi"});
  EXPECT_EQ(holders(*r, "Q109445425", date), std::vector<std::string>{"Jeenbek Kulubaev"});
  EXPECT_EQ(holders(*r, "Q25593310", date), std::vector<std::string>{"Sirojiddin Muhriddin"});
  EXPECT_EQ(holders(*r, "Q108837408", date), std::vector<std::string>{"Rashid Meredov"});
  // Norov's term ends with Saidov's appointment: one foreign minister of Uzbekistan.
  EXPECT_EQ(holders(*r, "Q76419028", date), std::vector<std::string>{"Bakhtiyor Saidov"});
  EXPECT_EQ(holders(*r, "Q5256775", date), std::vector<std::string>{"Kassym-Jomart Tokayev"});
}

TEST(EmbeddedRegistry, SpellingsResolveToTheSamePerson) {
  auto r = embedded();
  EXPECT_EQ(only(*r, "Antony Blinken", NameMatchKind::Exact)->id, "Q7821917");
  // The preferred name up to a middle initial counts as the preferred name.
  EXPECT_EQ(only(*r, "Antony J. Blinken", NameMatchKind::Exact)->id, "Q7821917");
  EXPECT_EQ(only(*r, "Tony Blinken", NameMatchKind::OtherName)->id, "Q7821917");
  EXPECT_EQ(only(*r, "Anthony Blinken", NameMatchKind::Fuzzy)->id, "Q7821917");
  EXPECT_EQ(only(*r, "Mukhtar Tleuberdi", NameMatchKind::OtherName)->id, "Q70254110");
  EXPECT_EQ(only(*r, "Kassym-Zhomart Tokayev", NameMatchKind::OtherName)->id, "Q200881");
  EXPECT_EQ(only(*r, "Касым-Жомарт Токаев", NameMatchKind::OtherName)->id, "Q200881");
  EXPECT_EQ(only(*r, "Sirodjidin Aslov", NameMatchKind::OtherName)->id, "Q18198123");
  EXPECT_EQ(only(*r, "Raşit Meredow", NameMatchKind::OtherName)->id, "Q58141");
  EXPECT_EQ(only(*r, "Rasit Meredow", NameMatchKind::OtherName)->id, "Q58141");
  EXPECT_EQ(only(*r, "Бахтиёр Саидов", NameMatchKind::OtherName)->id, "Q109656595");
  EXPECT_EQ(only(*r, "H.E. Jeenbek Kulubaev", NameMatchKind::Exact)->id, "Q111744930");
  EXPECT_EQ(only(*r, "Tokayev Kassym-Jomart", NameMatchKind::Exact)->id, "Q200881");
  // Antony Blinken, and two earlier ambassadors of that name in pocom.
  auto blinkens = r->find_by_surname("Blinken");
  EXPECT_EQ(blinkens.size(), 3u);
  EXPECT_TRUE(std::any_of(blinkens.begin(), blinkens.end(),
                          [](const Person* p) { return p->id == "Q7821917"; }));
  EXPECT_TRUE(r->find_person("Zbigniew Quuxworth", true).empty());
}

TEST(EmbeddedRegistry, TitlesOnDates) {
  auto r = embedded();
  const Person& tileuberdi = *r->person("Q70254110");
  EXPECT_TRUE(holds_title_on(
      *r, tileuberdi, "Deputy Prime Minister and Minister of Foreign Affairs", "2023-02-28"));
  EXPECT_TRUE(holds_title_on(*r, tileuberdi, "Foreign Minister", "2023-02-28"));
  EXPECT_FALSE(holds_title_on(*r, tileuberdi, "Foreign Minister", "2019-09-01"));
  EXPECT_FALSE(holds_title_on(*r, tileuberdi, "Foreign Minister", "2023-06-01"));
  const Person& blinken = *r->person("Q7821917");
  EXPECT_TRUE(holds_title_on(*r, blinken, "Secretary of State", "2023-02-28"));
  EXPECT_TRUE(holds_title_on(*r, blinken, "US Secretary of State", "2023-02-28"));
  EXPECT_FALSE(holds_title_on(*r, blinken, "Secretary of State", "2025-02-01"));
  const Person& saidov = *r->person("Q109656595");
  auto held = r->posts_on(saidov, day("2023-02-28"));
  ASSERT_FALSE(held.empty());
  EXPECT_TRUE(std::any_of(held.begin(), held.end(),
                          [](const HeldPost& h) { return h.membership->acting; }));
  EXPECT_TRUE(holds_title_on(*r, saidov, "Acting Minister of Foreign Affairs", "2023-02-28"));
  const Person& meredov = *r->person("Q58141");
  EXPECT_TRUE(holds_title_on(
      *r, meredov, "Deputy Chairman of the Cabinet of Ministers and Minister of Foreign Affairs",
      "2023-02-28"));
  EXPECT_TRUE(
      holds_title_on(*r, *r->person("Q111744930"), "Minister for Foreign Affairs", "2023-02-28"));
  EXPECT_TRUE(
      holds_title_on(*r, *r->person("Q18198123"), "Minister of Foreign Affairs", "2023-02-28"));
  EXPECT_TRUE(holds_title_on(*r, *r->person("Q200881"), "President", "2023-02-28"));
  EXPECT_FALSE(holds_title_on(*r, *r->person("Q200881"), "President", "2019-03-19"));
}

TEST(EmbeddedRegistry, CabinetDaysReplaceLeadersYears) {
  auto r = embedded();
  // Askar Mamin, Prime Minister of Kazakhstan 2019-2022 in the world-leaders file (years only);
  // the Kazakh cabinet file has the days (2019-02-25 to 2022-01-05), and wins.
  EXPECT_EQ(holders(*r, "Q2416315", "2019-01-01"),
            std::vector<std::string>{"Bakhytzhan Sagintayev"});
  EXPECT_EQ(holders(*r, "Q2416315", "2020-06-01"), std::vector<std::string>{"Askar Mamin"});
  EXPECT_EQ(holders(*r, "Q2416315", "2022-12-31"), std::vector<std::string>{"Alihan Smaiylov"});
  // Gurbanguly then Serdar Berdimuhamedow, Presidents of Turkmenistan (2007-2022, 2022-):
  // both possible during 2022.
  EXPECT_EQ(holders(*r, "Q1155759", "2022-06-01").size(), 2u);
  EXPECT_EQ(holders(*r, "Q1155759", "2023-06-01"),
            std::vector<std::string>{"Serdar Berdimuhamedow"});
  EXPECT_EQ(holders(*r, "Q7466263", "2023-02-28"), std::vector<std::string>{"Shavkat Mirziyoyev"});
  EXPECT_EQ(holders(*r, "Q1625960", "2023-02-28"), std::vector<std::string>{"Bajram Begaj"});
}

TEST(EmbeddedRegistry, Organizations) {
  auto r = embedded();
  for (const char* us :
       {"US", "USA", "United States of America", "the United States", "United States"}) {
    const Organization* org = r->find_organization(us);
    ASSERT_NE(org, nullptr) << us;
    EXPECT_EQ(org->id, "Q30");
  }
  EXPECT_EQ(r->find_organization("Kyrgyz Republic")->id, "Q813");
  EXPECT_EQ(r->find_organization("Uzbekistan")->id, "Q265");
  auto fm =
      r->find_posts_by_title("Minister of Foreign Affairs", r->find_organization("Tajikistan"));
  ASSERT_EQ(fm.size(), 1u);
  EXPECT_EQ(fm[0]->id, "Q25593310");
  auto kz_fm = r->find_posts_by_title("Minister of Foreign Affairs of Kazakhstan", nullptr);
  ASSERT_EQ(kz_fm.size(), 1u);
  EXPECT_EQ(kz_fm[0]->id, "Q107752338");
}

}  // namespace
}  // namespace readout::data
