// Comparing two registries (readout registry diff): each way records differ, and the JSON shape.
#include <gtest/gtest.h>

#include <algorithm>
#include <nlohmann/json.hpp>

#include "readout/data/registry_diff.hpp"

namespace readout::data {
namespace {

PartialDate day(std::string_view text) { return *PartialDate::parse(text); }

Membership term(std::string person, std::string post, std::optional<PartialDate> start,
                std::optional<PartialDate> end, bool acting = false) {
  Membership m;
  m.person_id = std::move(person);
  m.post_id = std::move(post);
  m.start_date = start;
  m.end_date = end;
  m.acting = acting;
  return m;
}

// Two foreign ministers of Turkey and a president, with the dates of a snapshot.
RegistryData base() {
  RegistryData d;
  d.persons = {{"Q1", "Mevlüt Çavuşoğlu", {}, {}, "", {}},
               {"Q2", "Hakan Fidan", {}, {}, "", {{"wikidata", "Q2"}}},
               {"Q3", "Recep Tayyip Erdoğan", {}, {}, "", {}}};
  d.organizations = {{"Q43", "Turkey", "country", {}, {}, {}}};
  d.posts = {{"P1", "Minister of Foreign Affairs", {"Foreign Minister"}, "Q43", {}},
             {"P2", "President", {}, "Q43", {}}};
  d.memberships = {term("Q1", "P1", day("2015-11-24"), day("2023-06-04")),
                   term("Q2", "P1", day("2023-06-04"), std::nullopt),
                   term("Q3", "P2", day("2014-08-28"), std::nullopt)};
  d.source_dates = {{"cabinet snapshot", day("2024-01-01")}};
  return d;
}

TEST(RegistryDiff, EqualRegistriesInAnotherOrderHaveNoDifferences) {
  RegistryData shuffled = base();
  std::reverse(shuffled.persons.begin(), shuffled.persons.end());
  std::reverse(shuffled.posts.begin(), shuffled.posts.end());
  std::reverse(shuffled.memberships.begin(), shuffled.memberships.end());
  EXPECT_TRUE(diff_registries(base(), shuffled).empty());
}

TEST(RegistryDiff, PersonsAddedRemovedAndRenamed) {
  RegistryData after = base();
  after.persons.erase(after.persons.begin());  // Q1
  after.memberships.erase(after.memberships.begin());
  after.persons[0].name = "Hakan Fidan (MIT)";
  after.persons[0].other_names = {{"Хакан Фидан", "ru", "transliteration"}};
  after.persons.push_back({"Q0", "Ahmet Davutoğlu", {}, {}, "", {}});
  const RegistryDiff diff = diff_registries(base(), after);

  ASSERT_EQ(diff.persons.added.size(), 1u);
  EXPECT_EQ(diff.persons.added[0].id, "Q0");
  ASSERT_EQ(diff.persons.removed.size(), 1u);
  EXPECT_EQ(diff.persons.removed[0].id, "Q1");
  ASSERT_EQ(diff.persons.changed.size(), 1u);
  const auto& renamed = diff.persons.changed[0];
  EXPECT_EQ(renamed.old_record.name, "Hakan Fidan");
  ASSERT_EQ(renamed.changes.size(), 2u);
  EXPECT_EQ(renamed.changes[0].field, "name");
  EXPECT_EQ(renamed.changes[0].old_value, "Hakan Fidan");
  EXPECT_EQ(renamed.changes[0].new_value, "Hakan Fidan (MIT)");
  EXPECT_EQ(renamed.changes[1].field, "other_names");
  EXPECT_TRUE(renamed.changes[1].is_list);
  EXPECT_TRUE(renamed.changes[1].removed.empty());
  EXPECT_EQ(renamed.changes[1].added,
            std::vector<std::string>{"Хакан Фидан (ru, transliteration)"});
  ASSERT_EQ(diff.terms.removed.size(), 1u);
  EXPECT_EQ(diff.terms.removed[0].person_id, "Q1");
  EXPECT_TRUE(diff.posts.empty());
  EXPECT_TRUE(diff.organizations.empty());
}

TEST(RegistryDiff, PostsAddedRemovedAndRelabelled) {
  RegistryData after = base();
  after.memberships.pop_back();  // P2's only term, which would otherwise refer to nothing
  after.posts.pop_back();        // P2
  after.posts[0].label = "Minister for Foreign Affairs";
  after.posts[0].other_labels = {"Foreign Minister", "Dışişleri Bakanı"};
  after.posts.push_back({"P3", "Vice President", {}, "Q43", {}});
  after.organizations[0].other_names = {{"Türkiye", "", ""}};
  const RegistryDiff diff = diff_registries(base(), after);

  ASSERT_EQ(diff.posts.added.size(), 1u);
  EXPECT_EQ(diff.posts.added[0].id, "P3");
  ASSERT_EQ(diff.posts.removed.size(), 1u);
  EXPECT_EQ(diff.posts.removed[0].id, "P2");
  ASSERT_EQ(diff.posts.changed.size(), 1u);
  const auto& changes = diff.posts.changed[0].changes;
  ASSERT_EQ(changes.size(), 2u);
  EXPECT_EQ(changes[0].field, "label");
  EXPECT_EQ(changes[0].new_value, "Minister for Foreign Affairs");
  EXPECT_EQ(changes[1].field, "other_label");
  EXPECT_EQ(changes[1].added, std::vector<std::string>{"Dışişleri Bakanı"});
  ASSERT_EQ(diff.organizations.changed.size(), 1u);
  EXPECT_EQ(diff.organizations.changed[0].changes[0].field, "other_names");
}

TEST(RegistryDiff, TermsAddedRemovedAndWithChangedDates) {
  RegistryData before = base();
  before.memberships.push_back(term("Q3", "P1", day("2003"), day("2003")));
  RegistryData after = base();
  after.memberships[0].start_date = day("2015-11");   // Çavuşoğlu: a start made less precise
  after.memberships[1].end_date = day("2024-06-03");  // Fidan: an end set
  after.memberships[2].acting = true;                 // Erdoğan as president: acting
  after.memberships.push_back(term("Q2", "P1", day("2025-01-01"), std::nullopt));  // again
  after.memberships.push_back(term("Q2", "P2", day("2030"), std::nullopt));
  const RegistryDiff diff = diff_registries(before, after);

  ASSERT_EQ(diff.terms.changed.size(), 3u);
  const auto& start = diff.terms.changed[0];
  EXPECT_EQ(start.old_record.person_id, "Q1");
  ASSERT_EQ(start.changes.size(), 1u);
  EXPECT_EQ(start.changes[0].field, "start_date");
  EXPECT_EQ(start.changes[0].old_value, "2015-11-24");
  EXPECT_EQ(start.changes[0].new_value, "2015-11");
  const auto& end = diff.terms.changed[1];
  EXPECT_EQ(end.old_record.person_id, "Q2");
  ASSERT_EQ(end.changes.size(), 1u);
  EXPECT_EQ(end.changes[0].field, "end_date");
  EXPECT_EQ(end.changes[0].old_value, std::nullopt);
  EXPECT_EQ(end.changes[0].new_value, "2024-06-03");
  const auto& acting = diff.terms.changed[2];
  EXPECT_EQ(acting.old_record.person_id, "Q3");
  ASSERT_EQ(acting.changes.size(), 1u);
  EXPECT_EQ(acting.changes[0].field, "acting");
  EXPECT_EQ(acting.changes[0].new_value, "true");

  // Fidan's second term in the same post is new, not a change of his first.
  ASSERT_EQ(diff.terms.added.size(), 2u);
  EXPECT_EQ(diff.terms.added[0].person_id, "Q2");
  EXPECT_EQ(diff.terms.added[0].post_id, "P1");
  EXPECT_EQ(diff.terms.added[0].start_date, day("2025-01-01"));
  EXPECT_EQ(diff.terms.added[1].post_id, "P2");
  ASSERT_EQ(diff.terms.removed.size(), 1u);
  EXPECT_EQ(diff.terms.removed[0].person_id, "Q3");
  EXPECT_EQ(diff.terms.removed[0].post_id, "P1");
}

TEST(RegistryDiff, AnOnlyTermWithBothDatesChangedIsOneChange) {
  RegistryData after = base();
  after.memberships[0].start_date = day("2014-08-29");
  after.memberships[0].end_date = day("2023-06-03");
  const RegistryDiff diff = diff_registries(base(), after);
  ASSERT_EQ(diff.terms.changed.size(), 1u);
  EXPECT_EQ(diff.terms.changed[0].changes.size(), 2u);
  EXPECT_TRUE(diff.terms.added.empty());
  EXPECT_TRUE(diff.terms.removed.empty());
}

TEST(RegistryDiff, SourceDatesAddedAndChanged) {
  RegistryData after = base();
  after.source_dates[0].as_of = day("2025-10-03");
  after.source_dates.push_back({"leaders history", day("2026-01")});
  const RegistryDiff diff = diff_registries(base(), after);
  ASSERT_EQ(diff.source_dates.changed.size(), 1u);
  EXPECT_EQ(diff.source_dates.changed[0].changes[0].old_value, "2024-01-01");
  EXPECT_EQ(diff.source_dates.changed[0].changes[0].new_value, "2025-10-03");
  ASSERT_EQ(diff.source_dates.added.size(), 1u);
  EXPECT_EQ(diff.source_dates.added[0].note, "leaders history");
}

TEST(RegistryDiff, JsonGivesCountsRecordsAndTheNamesOfATerm) {
  RegistryData after = base();
  after.memberships[1].end_date = day("2024-06-03");
  after.memberships[2].acting = true;
  after.persons.push_back({"Q0", "Ahmet Davutoğlu", {}, {}, "", {}});
  const auto old_side = Registry::build(base());
  const auto new_side = Registry::build(after);
  const RegistryDiff diff = diff_registries(old_side->records().copy(), new_side->records().copy());
  const auto json = nlohmann::json::parse(registry_diff_json(
      diff, *old_side, *new_side, {"embedded"}, {"embedded", "new.json"}, false));

  EXPECT_EQ(json["old"], nlohmann::json::array({"embedded"}));
  EXPECT_EQ(json["equal"], false);
  EXPECT_EQ(json["summary"]["persons"]["added"], 1);
  EXPECT_EQ(json["summary"]["terms"]["changed"], 2);
  EXPECT_EQ(json["persons"]["added"][0]["name"], "Ahmet Davutoğlu");
  const auto& ended = json["terms"]["changed"][0];
  EXPECT_EQ(ended["old"]["person_name"], "Hakan Fidan");
  EXPECT_EQ(ended["old"]["post_label"], "Minister of Foreign Affairs");
  EXPECT_EQ(ended["old"]["organization_name"], "Turkey");
  EXPECT_EQ(ended["new"]["end_date"], "2024-06-03");
  EXPECT_EQ(ended["changes"][0],
            nlohmann::json({{"field", "end_date"}, {"old", nullptr}, {"new", "2024-06-03"}}));
  EXPECT_EQ(json["terms"]["changed"][1]["changes"][0]["new"], true);

  const auto summary = nlohmann::json::parse(
      registry_diff_json(diff, *old_side, *new_side, {"embedded"}, {"new.json"}, true));
  EXPECT_FALSE(summary.contains("persons"));
  EXPECT_EQ(summary["summary"]["persons"]["added"], 1);
}

}  // namespace
}  // namespace readout::data
