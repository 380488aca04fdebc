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

std::string_view source_spelling(const Person& person, uint32_t source) {
  if (source == 0) return person.name;
  return source <= person.other_names.size() ? std::string_view(person.other_names[source - 1].name)
                                             : std::string_view();
}

// pool[offset, offset + length), or nullopt when it does not lie in the pool (a damaged image).
std::optional<std::string_view> pool_view(std::string_view pool, uint32_t offset, uint32_t length) {
  if (offset > pool.size() || length > pool.size() - offset) return std::nullopt;
  return pool.substr(offset, length);
}

}  // namespace

std::optional<NameEntry> Registry::Index::name(size_t e, const RegistryRecords& records) const {
  if (e >= names.size()) return std::nullopt;
  const NameRecord& record = names[e];
  const auto key = pool_view(name_pool, record.key_offset, record.key_length);
  const auto order_free = pool_view(name_pool, record.order_free_offset, record.order_free_length);
  if (record.person >= records.persons.size() || !key || !order_free) return std::nullopt;
  const std::string_view spelling = source_spelling(records.persons[record.person], record.source);
  if (spelling.empty() || record.spelling_length > spelling.size()) return std::nullopt;
  return NameEntry{record.person, spelling.substr(0, record.spelling_length), *key, *order_free,
                   record.preferred != 0};
}

std::string_view Registry::Index::name_key(size_t e) const {
  if (e >= names.size()) return {};
  return pool_view(name_pool, names[e].key_offset, names[e].key_length).value_or("");
}

std::string_view Registry::Index::name_order_free(size_t e) const {
  if (e >= names.size()) return {};
  return pool_view(name_pool, names[e].order_free_offset, names[e].order_free_length).value_or("");
}

std::string Registry::names_image() const {
  const Index& index = this->index();
  index.ensure_names(records_);
  (void)find_person("readout image", true, 1);  // builds the misspelling index
  image_io::Writer w;
  const std::array<std::span<const HashedIndex::Entry>, 3> tables = {
      index.names_by_key.entries(), index.names_by_surname.entries(),
      index.names_by_token.entries()};
  w.u64(index.names.size());
  for (const auto& table : tables) w.u64(table.size());
  w.u64(index.tokens_by_deletion.size());
  w.u64(index.name_pool.size());
  w.array(index.names);
  for (const auto& table : tables) w.array(table);
  w.array(index.tokens_by_deletion);
  w.bytes(index.name_pool);
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

// The image's tables are used as they are: an entry that points outside them is skipped when
// looked up (Index::name, completion_text), so that adopting touches none of their pages.
bool Registry::Index::adopt_completion(const RegistryRecords&, std::string_view section) const {
  if (section.empty()) return false;
  image_io::Reader r(section);
  const auto records = r.array<CompletionRecord>(r.u64());
  if (!r.ok()) return false;
  completion = records;
  return true;
}

bool Registry::Index::adopt_names(const RegistryRecords&, std::string_view section) const {
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
  names = records;
  name_pool = pool;
  names_by_key.adopt(key_entries);
  names_by_surname.adopt(surname_entries);
  names_by_token.adopt(token_entries);
  tokens_by_deletion = deletion_entries;
  std::call_once(deletions_built, [] {});
  return true;
}

}  // namespace readout
