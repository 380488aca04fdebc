// The registry image (readout/registry_image.hpp): the embedded registry uses the tables it
// was built with, and they answer every look-up as the tables built at run time do.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "analysis/title_lexicon.hpp"
#include "readout/data/popolo.hpp"
#include "readout/registry_image.hpp"
#include "support/embedded_registry.hpp"

namespace readout::data {
namespace {

std::shared_ptr<const Registry> embedded() { return testing::embedded_registry(); }

// The embedded records again, with every table built from them at run time.
std::shared_ptr<const Registry> built_at_run_time() {
  static const auto registry = Registry::build(embedded()->records().copy());
  return registry;
}

// What a look-up by name finds, as text: who, how, how well.
std::string found(const Registry& registry, std::string_view written) {
  std::string out;
  for (const NameCandidate& c : registry.find_person(written, true, 5))
    out += c.person->id + "/" + c.matched_name + "/" + std::to_string(static_cast<int>(c.kind)) +
           "/" + std::to_string(c.distance) + " ";
  return out;
}

// A misspelling of a name: one letter dropped from the middle of its last word.
std::string misspelt(const std::string& name) {
  const size_t space = name.rfind(' ');
  if (space == std::string::npos || name.size() - space < 6) return name + "x";
  std::string out = name;
  out.erase(space + 3, 1);
  return out;
}

TEST(RegistryImageTest, TheEmbeddedRegistryUsesItsImage) {
  EXPECT_TRUE(embedded()->image_used());
  for (std::string_view section :
       {"ids", "terms", "names", "title-keys", "completion", "titles", "post-forms"})
    EXPECT_FALSE(embedded()->image_section(section).empty()) << section;
  EXPECT_FALSE(built_at_run_time()->image_used());
}

TEST(RegistryImageTest, NamesAreFoundAsWithTablesBuiltAtRunTime) {
  const auto& persons = embedded()->records().persons;
  ASSERT_GT(persons.size(), 1000u);
  size_t compared = 0;
  for (size_t p = 0; p < persons.size(); p += 37) {
    const Person& person = persons[p];
    std::vector<std::string> written = {person.name.str(), misspelt(person.name.str())};
    if (!person.other_names.empty()) written.push_back(person.other_names.front().name.str());
    for (const std::string& w : written) {
      EXPECT_EQ(found(*embedded(), w), found(*built_at_run_time(), w)) << w;
      ++compared;
    }
    const std::string surname(person.name.substr(person.name.rfind(' ') + 1));
    EXPECT_EQ(embedded()->find_by_surname(surname).size(),
              built_at_run_time()->find_by_surname(surname).size())
        << surname;
  }
  EXPECT_GT(compared, 800u);
  EXPECT_EQ(found(*embedded(), "Anthony Blinken"), found(*built_at_run_time(), "Anthony Blinken"));
  // Completion: the same persons, in the same order, for prefixes of names and of tokens.
  for (std::string_view prefix : {"bli", "antony b", "tokay", "a", "zel", "mohammed bin", "xi j"}) {
    std::vector<std::string> a, b;
    for (const Person* p : embedded()->complete_person(prefix, 40)) a.push_back(p->id.str());
    for (const Person* p : built_at_run_time()->complete_person(prefix, 40))
      b.push_back(p->id.str());
    EXPECT_EQ(a, b) << prefix;
    EXPECT_FALSE(a.empty()) << prefix;
  }
  EXPECT_NE(found(*embedded(), "Anthony Blinken"), "");
}

TEST(RegistryImageTest, TitlesMatchAsWithTablesBuiltAtRunTime) {
  const auto& posts = embedded()->records().posts;
  const auto image_lexicon = analysis::title_lexicon(embedded());
  const auto run_time_lexicon = analysis::title_lexicon(built_at_run_time());
  const std::vector<std::string_view> titles = {"Minister of Foreign Affairs",
                                                "Foreign Minister",
                                                "Prime Minister",
                                                "Ambassador",
                                                "President",
                                                "Secretary of State",
                                                "Deputy Prime Minister"};
  for (size_t p = 0; p < posts.size(); p += 11) {
    const Post& image_post = posts[p];
    const Post& run_time_post = built_at_run_time()->records().posts[p];
    for (std::string_view title : titles)
      EXPECT_EQ(embedded()->title_matches(title, image_post),
                built_at_run_time()->title_matches(title, run_time_post))
          << title << " / " << image_post.id;
    EXPECT_EQ(embedded()->title_matches(image_post.label, image_post), true) << image_post.id;
    const auto a = image_lexicon->post_forms(image_post);
    const auto b = run_time_lexicon->post_forms(run_time_post);
    EXPECT_EQ(std::vector<uint64_t>(a.begin(), a.end()), std::vector<uint64_t>(b.begin(), b.end()))
        << image_post.id;
    EXPECT_EQ(image_lexicon->known(image_post.label), run_time_lexicon->known(image_post.label))
        << image_post.label;
  }
  EXPECT_TRUE(image_lexicon->known("Minister of Foreign Affairs"));
  EXPECT_FALSE(image_lexicon->known("Minister of Nothing Whatsoever"));
}

// The ids of some terms, as text.
std::vector<std::string> term_ids(const std::vector<const Membership*>& terms) {
  std::vector<std::string> out;
  for (const Membership* m : terms)
    out.push_back(m->person_id + "@" + m->post_id + "@" +
                  std::to_string(m->start_date ? m->start_date->earliest_day() : 0));
  return out;
}

TEST(RegistryImageTest, RecordsAndTermsAreFoundAsWithTablesBuiltAtRunTime) {
  const Registry& image = *embedded();
  const Registry& run_time = *built_at_run_time();
  const RegistryRecords& data = image.records();
  size_t held = 0;
  for (size_t p = 0; p < data.persons.size(); p += 7) {
    const Person& person = data.persons[p];
    ASSERT_EQ(image.person(person.id), &person);
    std::vector<std::string> a, b;
    for (const HeldPost& h : image.posts_of(person)) a.push_back(term_ids({h.membership})[0]);
    for (const HeldPost& h : run_time.posts_of(run_time.records().persons[p]))
      b.push_back(term_ids({h.membership})[0]);
    EXPECT_EQ(a, b) << person.id;
    held += a.size();
  }
  EXPECT_GT(held, 1000u);
  const PartialDate date = *PartialDate::parse("2022-06-01");
  for (size_t p = 0; p < data.posts.size(); p += 5) {
    const Post& post = data.posts[p];
    const Post& same = run_time.records().posts[p];
    ASSERT_EQ(image.post(post.id), &post);
    EXPECT_EQ(term_ids(image.terms_of(post)), term_ids(run_time.terms_of(same))) << post.id;
    std::vector<std::string> a, b;
    for (const Person* holder : image.holders_on(post, date)) a.push_back(holder->id.str());
    for (const Person* holder : run_time.holders_on(same, date)) b.push_back(holder->id.str());
    EXPECT_EQ(a, b) << post.id;
    const std::vector<const Post*> one = {&post}, other = {&same};
    EXPECT_EQ(image.data_ends(one), run_time.data_ends(other)) << post.id;
  }
  for (size_t m = 0; m < data.memberships.size(); m += 13) {
    EXPECT_EQ(image.known_until(data.memberships[m]),
              run_time.known_until(run_time.records().memberships[m]))
        << m;
    // A copy is a term of no registry: worked out from the sources, to the same day.
    const Membership copy = data.memberships[m];
    EXPECT_EQ(image.known_until(copy), image.known_until(data.memberships[m])) << m;
  }
  for (const Organization& org : data.organizations)
    EXPECT_EQ(image.organization(org.id), &org) << org.id;
  EXPECT_EQ(image.person("no such id"), nullptr);
  EXPECT_EQ(image.post(""), nullptr);
}

RegistryData small_registry() {
  RegistryData data;
  data.organizations.push_back({"kz", "Kazakhstan", "country", {}, {}, {}});
  data.posts.push_back({"kz-fm", "Minister of Foreign Affairs", {"Foreign Minister"}, "kz", {}});
  Person person;
  person.id = "tleuberdi";
  person.name = "Mukhtar Tleuberdi";
  data.persons.push_back(person);
  person.id = "abdullah";
  person.name = "Abdullah II of Jordan";
  data.persons.push_back(person);
  Membership term;
  term.person_id = "tleuberdi";
  term.post_id = "kz-fm";
  term.start_date = PartialDate::parse("2019-02-25");
  term.sources = {{"https://example.org/kz", "cabinet snapshot"}};
  data.memberships.push_back(term);
  term.person_id = "abdullah";
  term.start_date = PartialDate::parse("1999-02-07");
  term.end_date = PartialDate::parse("1999-02-08");
  data.memberships.push_back(term);
  return data;
}

TEST(RegistryImageTest, AnImageOfOtherDataIsNotUsed) {
  const std::string image = make_registry_image(Registry::build(small_registry()));
  EXPECT_TRUE(Registry::build(small_registry(), image)->image_used());
  RegistryData more = small_registry();
  more.persons.push_back({});
  more.persons.back().id = "x";
  more.persons.back().name = "Someone Else";
  const auto other = Registry::build(std::move(more), image);
  EXPECT_FALSE(other->image_used());
  EXPECT_EQ(other->find_person("Mukhtar Tleuberdi", false).size(), 1u);
}

TEST(RegistryImageTest, ADamagedImageIsIgnoredOrFallsBackToBuildingTheTables) {
  const std::string image = make_registry_image(Registry::build(small_registry()));
  const auto with_image = Registry::build(small_registry(), image);
  ASSERT_EQ(found(*with_image, "Abdullah II"),
            found(*Registry::build(small_registry()), "Abdullah II"));
  const PartialDate date = *PartialDate::parse("2022-06-01");
  for (size_t cut : {size_t{0}, size_t{17}, size_t{60}, image.size() / 2, image.size() - 1}) {
    const std::string truncated = image.substr(0, cut);
    const auto registry = Registry::build(small_registry(), truncated);
    EXPECT_EQ(registry->find_person("Mukhtar Tleuberdi", false).size(), 1u) << cut;
    EXPECT_EQ(registry->find_person("Muktar Tleuberdi", true).size(), 1u) << cut;
    EXPECT_EQ(registry->holders_on(registry->records().posts[0], date).size(), 1u) << cut;
  }
  // Every byte of the ids and terms sections flipped in turn: records are found by their own
  // ids or not at all, and a post's holders are only those its terms name.
  for (std::string_view section : {"ids", "terms"}) {
    const std::string_view bytes = with_image->image_section(section);
    ASSERT_FALSE(bytes.empty()) << section;
    const size_t at = static_cast<size_t>(bytes.data() - image.data());
    for (size_t i = 0; i < bytes.size(); ++i) {
      std::string damaged = image;
      damaged[at + i] = static_cast<char>(damaged[at + i] ^ 0x5a);
      const auto registry = Registry::build(small_registry(), damaged);
      const Person* found = registry->person("tleuberdi");
      EXPECT_TRUE(found == nullptr || found->id == "tleuberdi") << section << i;
      for (const Person* holder : registry->holders_on(registry->records().posts[0], date))
        EXPECT_EQ(holder->id, "tleuberdi") << section << i;
      for (const HeldPost& h : registry->posts_of(registry->records().persons[1]))
        EXPECT_EQ(h.membership->person_id, "abdullah") << section << i;
    }
  }
  // Every byte of the names section flipped in turn: never a crash, a wrong person or a name
  // the registry has not found (a flipped hash may lose a look-up; a flipped count or offset
  // makes the registry build its own tables).
  const std::string_view names = with_image->image_section("names");
  const size_t names_at = static_cast<size_t>(names.data() - image.data());
  for (size_t i = 0; i < names.size(); ++i) {
    std::string damaged = image;
    damaged[names_at + i] = static_cast<char>(damaged[names_at + i] ^ 0x5a);
    const auto registry = Registry::build(small_registry(), damaged);
    for (const NameCandidate& c : registry->find_person("Mukhtar Tleuberdi", true))
      EXPECT_TRUE(c.person->id == "tleuberdi" || c.person->id == "abdullah") << i;
  }
}

}  // namespace
}  // namespace readout::data
