// Facts drawn from the public sources (pocom, Wikidata), checked against the embedded registry
// through the Registry API the linter uses: who held a post on a date, a person's title on a
// date, which spellings are one person, acting terms, merges across sources.
#include <gtest/gtest.h>

#include <algorithm>
#include <ostream>

#include "readout/data/popolo.hpp"

namespace readout::data {
namespace {

const Registry& registry() {
  static const std::shared_ptr<const Registry> instance = [] {
    std::vector<FileError> errors;
    auto r = load_registry({}, true, errors);
    EXPECT_TRUE(errors.empty());
    return r;
  }();
  return *instance;
}

PartialDate day(std::string_view text) { return *PartialDate::parse(text); }

// The person a written name resolves to exactly (preferred or other name), or null.
const Person* person(std::string_view written) {
  auto found = registry().find_person(written, false, 2);
  return found.empty() ? nullptr : found[0].person;
}

// Who held the posts a title names in an organization on a date, by preferred name.
std::vector<std::string> holders(std::string_view title, std::string_view org,
                                 std::string_view date) {
  const Organization* o = registry().find_organization(org);
  EXPECT_NE(o, nullptr) << org;
  std::vector<std::string> out;
  if (!o) return out;
  for (const Post* post : registry().find_posts_by_title(title, o))
    for (const Person* p : registry().holders_on(*post, day(date)))
      if (std::find(out.begin(), out.end(), p->name) == out.end()) out.push_back(p->name);
  std::sort(out.begin(), out.end());
  return out;
}

bool holds_title_on(std::string_view who, std::string_view title, std::string_view date) {
  const Person* p = person(who);
  if (!p) return false;
  for (const auto& held : registry().posts_on(*p, day(date)))
    if (held.post && registry().title_matches(title, *held.post)) return true;
  return false;
}

struct HolderFact {
  const char* title;
  const char* org;
  const char* date;
  const char* holder;  // the preferred name in the registry
};

// Readable test names in ctest: "Secretary of State, US, 1801-06-01".
void PrintTo(const HolderFact& f, std::ostream* os) {
  *os << f.title << ", " << f.org << ", " << f.date;
}

class SoleHolder : public testing::TestWithParam<HolderFact> {};

TEST_P(SoleHolder, OnTheDate) {
  const HolderFact& f = GetParam();
  EXPECT_EQ(holders(f.title, f.org, f.date), std::vector<std::string>{f.holder})
      << f.title << " of " << f.org << " on " << f.date;
}

// Secretaries of State (pocom principal officers; Wikidata cabinet for recent ones).
INSTANTIATE_TEST_SUITE_P(
    SecretaryOfState, SoleHolder,
    testing::Values(
        HolderFact{"Secretary of State", "United States", "1790-06-01", "Thomas Jefferson"},
        HolderFact{"Secretary of State", "US", "1801-06-01", "James Madison"},
        HolderFact{"Secretary of State", "USA", "1945-06-01", "Edward Reilly Stettinius Jr."},
        HolderFact{"Secretary of State", "United States", "1950-06-01", "Dean Gooderham Acheson"},
        HolderFact{"Secretary of State", "United States", "1962-10-20", "David Dean Rusk"},
        HolderFact{"Secretary of State", "United States", "1974-01-01",
                   "Henry A. (Heinz Alfred) Kissinger"},
        HolderFact{"Secretary of State", "United States", "1985-06-01", "George Pratt Shultz"},
        HolderFact{"Secretary of State", "United States", "1998-06-01", "Madeleine Albright"},
        HolderFact{"Secretary of State", "United States", "2003-03-20", "Colin Powell"},
        HolderFact{"Secretary of State", "United States", "2007-06-01", "Condoleezza Rice"},
        HolderFact{"Secretary of State", "United States", "2011-05-01", "Hillary Clinton"},
        HolderFact{"Secretary of State", "United States", "2015-07-14", "John Kerry"},
        HolderFact{"Secretary of State", "United States", "2017-06-01", "Rex Tillerson"},
        HolderFact{"Secretary of State", "United States", "2019-06-01", "Mike Pompeo"},
        HolderFact{"US Secretary of State", "United States", "2023-02-28", "Antony Blinken"},
        HolderFact{"Secretary of State", "United States", "2025-06-01", "Marco Rubio"}));

// US chiefs of mission (pocom), by the title people write.
INSTANTIATE_TEST_SUITE_P(
    UsAmbassador, SoleHolder,
    testing::Values(
        HolderFact{"Ambassador to Kazakhstan", "United States", "1995-01-01",
                   "William Harrison Courtney"},
        HolderFact{"US Ambassador to Kazakhstan", "United States", "2005-06-01",
                   "John Malcolm Ordway"},
        HolderFact{"Ambassador of the United States to Kazakhstan", "United States", "2015-06-01",
                   "George Albert Krol"},
        HolderFact{"Ambassador to Uzbekistan", "United States", "2005-06-01", "Jon Robert Purnell"},
        HolderFact{"Ambassador to Uzbekistan", "United States", "2020-06-01",
                   "Daniel N. Rosenblum"},
        HolderFact{"Ambassador to France", "United States", "1995-01-01", "Pamela C. Harriman"},
        HolderFact{"Ambassador to Japan", "United States", "1995-01-01", "Walter F. Mondale"},
        HolderFact{"Ambassador to Japan", "United States", "2015-06-01", "Caroline Kennedy"},
        HolderFact{"Ambassador to Russia", "United States", "1995-01-01", "Thomas Reeve Pickering"},
        HolderFact{"Ambassador to China", "United States", "1995-01-01", "J. Stapleton Roy"},
        HolderFact{"Ambassador to China", "United States", "2015-06-01", "Max Baucus"},
        HolderFact{"Ambassador to India", "United States", "2005-06-01", "David Campbell Mulford"},
        HolderFact{"Ambassador to Mexico", "United States", "2005-06-01", "Antonio O. Garza Jr."},
        HolderFact{"Ambassador to Mexico", "United States", "2020-06-01", "Christopher Landau"}));

// Heads of state and government and ministers (Wikidata cabinets, day precision).
INSTANTIATE_TEST_SUITE_P(
    Cabinets, SoleHolder,
    testing::Values(HolderFact{"President", "Kazakhstan", "2023-02-28", "Kassym-Jomart Tokayev"},
                    HolderFact{"President", "Kazakhstan", "2010-06-01", "Nursultan Nazarbayev"},
                    HolderFact{"President", "United States", "2010-06-01", "Barack Obama"},
                    HolderFact{"President", "France", "2015-06-01", "François Hollande"},
                    HolderFact{"Prime Minister", "United Kingdom", "2012-06-01", "David Cameron"},
                    HolderFact{"Prime Minister", "India", "2020-06-01", "Narendra Modi"},
                    HolderFact{"Foreign Minister", "Russia", "2021-06-01", "Sergey Lavrov"}));

struct TitleFact {
  const char* who;
  const char* title;
  const char* date;
  bool holds;
};

void PrintTo(const TitleFact& f, std::ostream* os) {
  *os << f.who << " as " << f.title << ", " << f.date;
}

class TitleOnDate : public testing::TestWithParam<TitleFact> {};

TEST_P(TitleOnDate, Holds) {
  const TitleFact& f = GetParam();
  ASSERT_NE(person(f.who), nullptr) << f.who;
  EXPECT_EQ(holds_title_on(f.who, f.title, f.date), f.holds)
      << f.who << " as " << f.title << " on " << f.date;
}

INSTANTIATE_TEST_SUITE_P(
    Facts, TitleOnDate,
    testing::Values(TitleFact{"Antony Blinken", "Deputy Secretary of State", "2016-01-01", true},
                    TitleFact{"Antony Blinken", "Secretary of State", "2016-01-01", false},
                    TitleFact{"Antony Blinken", "Secretary of State", "2024-12-31", true},
                    TitleFact{"Antony Blinken", "Secretary of State", "2025-02-01", false},
                    TitleFact{"Hillary Clinton", "Secretary of State", "2010-01-01", true},
                    TitleFact{"John Kerry", "Secretary of State", "2012-06-01", false},
                    TitleFact{"Walter F. Mondale", "Ambassador to Japan", "1994-06-01", true},
                    TitleFact{"Caroline Kennedy", "US Ambassador to Japan", "2014-01-01", true},
                    TitleFact{"Kassym-Jomart Tokayev", "President of Kazakhstan", "2020-01-01",
                              true},
                    TitleFact{"Narendra Modi", "Prime Minister of India", "2015-01-01", true},
                    // Two people who are both "Narayanan" without their initials.
                    TitleFact{"K. R. Narayanan", "President of India", "1998-01-01", true},
                    TitleFact{"M. K. Narayanan", "President of India", "1998-01-01", false}));

// Spellings that resolve to one person (pocom full names, Wikidata labels, curated other names).
struct SameFact {
  const char* a;
  const char* b;
};

void PrintTo(const SameFact& f, std::ostream* os) { *os << f.a; }

class SamePerson : public testing::TestWithParam<SameFact> {};

TEST_P(SamePerson, Resolves) {
  const SameFact& f = GetParam();
  const Person* a = person(f.a);
  ASSERT_NE(a, nullptr) << f.a;
  EXPECT_EQ(a, person(f.b)) << f.a << " / " << f.b;
}

INSTANTIATE_TEST_SUITE_P(
    Spellings, SamePerson,
    testing::Values(SameFact{"Antony Blinken", "Antony John Blinken"},
                    SameFact{"Antony Blinken", "Antony J. Blinken"},
                    SameFact{"Kassym-Jomart Tokayev", "Касым-Жомарт Токаев"},
                    SameFact{"Kassym-Jomart Tokayev", "Kassym Jomart Tokayev"},
                    SameFact{"Dean Rusk", "David Dean Rusk"},
                    SameFact{"Henry Kissinger", "Henry A. Kissinger"},
                    SameFact{"William H. Courtney", "William Harrison Courtney"},
                    SameFact{"Susan Rice", "H.E. Susan Rice"},
                    SameFact{"Strobe Talbott", "Strobe (Nelson Strobridge) Talbott III"},
                    SameFact{"Madeleine Albright", "MADELEINE ALBRIGHT"}));

TEST(RegistryFacts, PocomPersonsMergeWithWikidata) {
  // Blinken is in pocom (blinken-antony-j) and in Wikidata (Q7821917): one person, both ids.
  const Person* blinken = person("Antony John Blinken");
  ASSERT_NE(blinken, nullptr);
  EXPECT_EQ(blinken->id, "Q7821917");
  auto has_id = [&](std::string_view scheme, std::string_view id) {
    return std::any_of(
        blinken->identifiers.begin(), blinken->identifiers.end(),
        [&](const Identifier& i) { return i.scheme == scheme && i.identifier == id; });
  };
  EXPECT_TRUE(has_id("wikidata", "Q7821917"));
  EXPECT_TRUE(has_id("pocom", "blinken-antony-j"));
  // Two different Blinkens in pocom stay apart from him.
  EXPECT_NE(person("Alan John Blinken"), blinken);
  EXPECT_NE(person("Donald M. Blinken"), blinken);
}

TEST(RegistryFacts, ActingTermsAndRoleTitles) {
  // Daniel Bennett Smith was Secretary of State ad interim between Pompeo and Blinken.
  const Person* smith = person("Daniel Bennett Smith");
  ASSERT_NE(smith, nullptr);
  auto held = registry().posts_on(*smith, day("2021-01-22"));
  ASSERT_FALSE(held.empty());
  EXPECT_TRUE(std::any_of(held.begin(), held.end(),
                          [](const HeldPost& h) { return h.membership->acting; }));
  // A chargé d'affaires ad interim is an acting chief of mission, with the source's title.
  const Person* mozur = person("Michael Mozur");
  ASSERT_NE(mozur, nullptr);
  auto terms = registry().posts_of(*mozur);
  ASSERT_EQ(terms.size(), 1u);
  EXPECT_TRUE(terms[0].membership->acting);
  EXPECT_EQ(terms[0].membership->label, "Chargé d'Affaires ad interim");
  EXPECT_EQ(terms[0].post->label, "Ambassador of the United States to Uzbekistan");
  // His charge ended when the first ambassador arrived (no end date in the source).
  ASSERT_TRUE(terms[0].membership->end_date.has_value());
  EXPECT_EQ(terms[0].membership->end_date->to_string(), "1992-09-09");
}

TEST(RegistryFacts, EveryRecordHasSources) {
  const RegistryData& d = registry().data();
  EXPECT_GT(d.persons.size(), 14000u);
  EXPECT_GT(d.memberships.size(), 20000u);
  for (const auto& p : d.persons) EXPECT_FALSE(p.sources.empty()) << p.id;
  for (const auto& p : d.posts) EXPECT_FALSE(p.sources.empty()) << p.id;
  for (const auto& m : d.memberships) EXPECT_FALSE(m.sources.empty()) << m.person_id;
}

TEST(RegistryFacts, MisspellingsFindTheIndexedPerson) {
  // Fuzzy look-ups go through the token index, not a scan; the result must be the same person.
  for (auto [written, expected] : {std::pair{"Antony Blinkn", "Antony Blinken"},
                                   std::pair{"Condoleeza Rice", "Condoleezza Rice"},
                                   std::pair{"Kasym-Jomart Tokaev", "Kassym-Jomart Tokayev"},
                                   std::pair{"Narendra Mody", "Narendra Modi"}}) {
    auto found = registry().find_person(written, true, 3);
    ASSERT_FALSE(found.empty()) << written;
    EXPECT_EQ(found[0].person->name, expected) << written;
  }
}

}  // namespace
}  // namespace readout::data
