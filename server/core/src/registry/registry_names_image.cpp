// The registry's sections of a registry image: "title-keys" (FlatLists of Index::post_title_keys),
// "completion" (Index::completion's records) and "names": the person-name tables of Registry::Index
// (ensure_names, and the misspelling index of registry_people.cpp), as built from the data.
//   u64 counts: names, by_key, by_surname, by_token, deletions, pool bytes
//   NameRecord[names]; HashedIndex::Entry[by_key], [by_surname], [by_token];
//   DeletionEntry[deletions]; the pool of keys (names::key and its order-free form)
#include <algorithm>
#include <array>
#include <mutex>

#include "readout/registry.hpp"
#include "registry/image_io.hpp"
#include "registry/registry_index.hpp"

namespace readout {
namespace {

struct NameRecord {
  uint32_t person;
  uint32_t source;           // 0: the person's name; k + 1: other_names[k]
  uint32_t spelling_length;  // of the source (a short form "Abdullah II" is a prefix of it)
  uint32_t key_offset, key_length;
  uint32_t order_free_offset, order_free_length;
  uint32_t preferred;
};
static_assert(sizeof(NameRecord) == 32);

std::string_view source_spelling(const Person& person, uint32_t source) {
  return source == 0 ? std::string_view(person.name)
                     : std::string_view(person.other_names[source - 1].name);
}

}  // namespace

std::string Registry::names_image() const {
  const Index& index = this->index();
  index.ensure_names(records_);
  (void)find_person("readout image", true, 1);  // builds the misspelling index
  std::vector<NameRecord> records;
  records.reserve(index.names.size());
  std::string pool;
  for (const NameEntry& entry : index.names) {
    const Person& person = records_.persons[entry.person];
    uint32_t source = 0;
    while (source <= person.other_names.size() &&
           source_spelling(person, source).data() != entry.spelling.data())
      ++source;
    NameRecord record{};
    record.person = static_cast<uint32_t>(entry.person);
    record.source = source;
    record.spelling_length = static_cast<uint32_t>(entry.spelling.size());
    record.key_offset = static_cast<uint32_t>(pool.size());
    record.key_length = static_cast<uint32_t>(entry.key.size());
    pool += entry.key;
    record.order_free_offset = static_cast<uint32_t>(pool.size());
    record.order_free_length = static_cast<uint32_t>(entry.order_free.size());
    pool += entry.order_free;
    record.preferred = entry.preferred ? 1 : 0;
    records.push_back(record);
  }
  image_io::Writer w;
  const std::array<std::span<const HashedIndex::Entry>, 3> tables = {
      index.names_by_key.entries(), index.names_by_surname.entries(),
      index.names_by_token.entries()};
  w.u64(records.size());
  for (const auto& table : tables) w.u64(table.size());
  w.u64(index.tokens_by_deletion.size());
  w.u64(pool.size());
  w.array(std::span<const NameRecord>(records));
  for (const auto& table : tables) w.array(table);
  w.array(index.tokens_by_deletion);
  w.bytes(pool);
  return w.take();
}

std::string Registry::title_keys_image() const {
  index().ensure_titles(records_);
  return index().post_title_keys.image();
}

std::string Registry::completion_image() const {
  index().ensure_completion(records_);
  image_io::Writer w;
  w.u64(index().completion.size());
  w.array(index().completion);
  return w.take();
}

bool Registry::Index::adopt_completion(const RegistryRecords& data,
                                       std::string_view section) const {
  if (section.empty()) return false;
  image_io::Reader r(section);
  const auto records = r.array<CompletionRecord>(r.u64());
  if (!r.ok()) return false;
  for (const CompletionRecord& record : records)
    if (record.name >= names.size() || record.offset > names[record.name].key.size() ||
        record.length > names[record.name].key.size() - record.offset ||
        record.person >= data.persons.size())
      return false;
  completion = records;
  return true;
}

bool Registry::Index::adopt_names(const RegistryRecords& data, std::string_view section) const {
  image_io::Reader r(section);
  const uint64_t name_count = r.u64(), by_key = r.u64(), by_surname = r.u64(), by_token = r.u64(),
                 deletions = r.u64(), pool_size = r.u64();
  const auto records = r.array<NameRecord>(name_count);
  const auto key_entries = r.array<HashedIndex::Entry>(by_key);
  const auto surname_entries = r.array<HashedIndex::Entry>(by_surname);
  const auto token_entries = r.array<HashedIndex::Entry>(by_token);
  const auto deletion_entries = r.array<DeletionEntry>(deletions);
  const std::string_view pool = r.bytes(pool_size);
  if (!r.ok()) return false;
  std::vector<NameEntry> entries;
  entries.reserve(records.size());
  for (const NameRecord& record : records) {
    if (record.person >= data.persons.size()) return false;
    const Person& person = data.persons[record.person];
    if (record.source > person.other_names.size()) return false;
    const std::string_view spelling = source_spelling(person, record.source);
    if (record.spelling_length > spelling.size() || record.key_offset > pool.size() ||
        record.key_length > pool.size() - record.key_offset ||
        record.order_free_offset > pool.size() ||
        record.order_free_length > pool.size() - record.order_free_offset)
      return false;
    entries.push_back({record.person, spelling.substr(0, record.spelling_length),
                       pool.substr(record.key_offset, record.key_length),
                       pool.substr(record.order_free_offset, record.order_free_length),
                       record.preferred != 0});
  }
  for (const auto& table : {key_entries, surname_entries, token_entries})
    for (const HashedIndex::Entry& e : table)
      if (e.value >= entries.size()) return false;
  names = std::move(entries);
  names_by_key.adopt(key_entries);
  names_by_surname.adopt(surname_entries);
  names_by_token.adopt(token_entries);
  tokens_by_deletion = deletion_entries;
  std::call_once(deletions_built, [] {});
  return true;
}

}  // namespace readout
