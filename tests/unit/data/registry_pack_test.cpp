// The registry pack read record by record on first use (open_registry_pack): the same records
// as reading it whole, only those looked up read, and a damaged table caught.
#include <gtest/gtest.h>

#include <string>

#include "readout/analysis.hpp"
#include "readout/data/popolo.hpp"
#include "readout/syntax.hpp"

namespace readout::data {
namespace {

RegistryData small_data() {
  RegistryData d;
  d.persons.push_back({"p1", "Antony Blinken", {{"Tony Blinken", "", "short form"}}, {}, "", {}});
  d.persons.push_back({"p2", "Sergey Lavrov", {}, {{"https://example.org", "a source"}}, "", {}});
  d.organizations.push_back({"us", "United States", "country", {{"USA", "", ""}}, {}, {}});
  d.posts.push_back({"sec", "Secretary of State", {"Secretary"}, "us", {}});
  Membership m;
  m.person_id = "p1", m.post_id = "sec", m.organization_id = "us";
  m.start_date = PartialDate::parse("2021-01-26");
  d.memberships.push_back(m);
  d.source_dates.push_back({"a source", *PartialDate::parse("2024-05-01")});
  return d;
}

// Where the pack's table of records starts (popolo_pack.cpp: magic, LEB128 size, records,
// zeros to a 16-byte boundary).
size_t table_at(const std::string& pack) {
  size_t at = std::string_view("readout-registry-pack-6\n").size(), size = 0;
  for (int shift = 0;; shift += 7) {
    const auto byte = static_cast<unsigned char>(pack[at++]);
    size |= static_cast<size_t>(byte & 0x7f) << shift;
    if (!(byte & 0x80)) break;
  }
  return (at + size + 15) / 16 * 16;
}

TEST(RegistryPackOpen, GivesTheRecordsOfAWholeReading) {
  const RegistryData data = small_data();
  const std::string pack = pack_registry(data, "IMAGE");
  std::string_view image;
  const std::optional<RegistryRecords> records = open_registry_pack(pack, &image);
  ASSERT_TRUE(records);
  EXPECT_EQ(image.substr(0, 5), "IMAGE");
  EXPECT_EQ(records->persons.read_count(), 0u);
  EXPECT_EQ(records->persons[1].name, "Sergey Lavrov");
  EXPECT_EQ(records->persons.read_count(), 1u);
  EXPECT_EQ(records->persons[1].sources.at(0).note, "a source");
  EXPECT_EQ(records->source_dates.at(0).as_of.to_string(), "2024-05-01");
  EXPECT_EQ(write_popolo(records->copy()), write_popolo(data));
  RegistryData whole;
  ASSERT_TRUE(read_registry_pack(pack, whole));
  EXPECT_EQ(write_popolo(whole), write_popolo(data));
}

TEST(RegistryPackOpen, RefusesWhatIsNotAPack) {
  EXPECT_FALSE(open_registry_pack("not a pack"));
  const std::string pack = pack_registry(small_data());
  EXPECT_FALSE(open_registry_pack(pack.substr(0, table_at(pack) + 8)));  // the table cut short
}

TEST(RegistryPackOpen, ADamagedTableIsCaught) {
  const std::string pack = pack_registry(small_data());
  const size_t second_person = table_at(pack) + 4 * (5 + 1);  // counts, then starts
  std::string damaged = pack;
  for (size_t b = 0; b < 4; ++b) damaged[second_person + b] = '\xff';
  // Reading the whole pack checks every start against the records as read.
  RegistryData whole;
  EXPECT_FALSE(read_registry_pack(damaged, whole));
  // Read alone, the damaged record is empty; the others are intact.
  const auto records = open_registry_pack(damaged);
  ASSERT_TRUE(records);
  EXPECT_TRUE(records->persons[1].id.empty());
  EXPECT_EQ(records->persons[0].name, "Antony Blinken");
  EXPECT_EQ(records->posts[0].label, "Secretary of State");
}

TEST(RegistryPackOpen, ALintOfOneNameReadsAFewRecordsOfTheEmbeddedRegistry) {
  const std::string_view pack = embedded_registry_pack();
  ASSERT_FALSE(pack.empty());
  std::string_view image;
  auto records = open_registry_pack(pack, &image);  // a registry of its own: none read yet
  ASSERT_TRUE(records);
  const auto registry = Registry::build(std::move(*records), image);
  ASSERT_TRUE(registry->image_used());
  const auto result =
      analyze(SyntaxTree::parse("# T\nDateline: 2023-03-02\n\n## M\nDate: 2023-03-01\n"
                                "\n### Attendees\n- Anthony Blinken | Secretary "
                                "of State | United States\n"),
              registry);
  bool misspelt = false;
  for (const Diagnostic& d : result->diagnostics())
    misspelt = misspelt || d.rule_id == "name-misspelled";
  EXPECT_TRUE(misspelt);
  const RegistryRecords& read = registry->records();
  EXPECT_GT(read.persons.size(), 10000u);
  EXPECT_LT(read.persons.read_count(), 100u);
  EXPECT_GT(read.posts.size(), 4000u);
  EXPECT_LT(read.posts.read_count(), 1000u);  // the title is looked for among one country's
  EXPECT_LT(read.memberships.read_count(), 500u);
  // Reading them all gives what a whole reading gives.
  RegistryData whole;
  ASSERT_TRUE(read_registry_pack(pack, whole));
  EXPECT_EQ(write_popolo(read.copy()), write_popolo(whole));
}

}  // namespace
}  // namespace readout::data
