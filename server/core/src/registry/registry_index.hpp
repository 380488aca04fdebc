// The look-up tables behind Registry, built once by Registry::build (registry.cpp).
#pragma once

#include <algorithm>
#include <compare>
#include <cstdint>
#include <deque>
#include <functional>
#include <mutex>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "readout/registry.hpp"
#include "registry/image_io.hpp"

namespace readout {

// A multimap from strings to small numbers that keeps only each string's 64-bit hash: a flat,
// sorted vector, a fraction of the memory of a map of strings (the embedded registry's names
// give it about 100,000 keys). find() may, with a chance of about one in 10^14 per look-up,
// return the values of another string: callers that need certainty compare the strings
// they stand for.
class HashedIndex {
 public:
  // One (key hash, value) pair, laid out as the registry image stores it (registry_image.cpp).
  struct Entry {
    uint64_t hash;
    uint32_t value;
    uint32_t unused = 0;  // explicit padding: images are byte for byte the same on every build
    auto operator<=>(const Entry&) const = default;
  };
  static_assert(sizeof(Entry) == 16);

  // A fixed 64-bit hash (MurmurHash64A's mixing), the same in every process and on every
  // machine: a registry image computed at build time is looked up with it at run time.
  static uint64_t hash(std::string_view key);
  void reserve(size_t count) { owned_.reserve(count); }
  void add(std::string_view key, uint32_t value) { owned_.push_back({hash(key), value}); }
  // Sorts, and drops repeated (key, value) pairs; before any find.
  void finish();
  // Uses sorted entries kept elsewhere (a registry image) instead of its own.
  void adopt(std::span<const Entry> entries) {
    owned_.clear();
    entries_ = entries;
  }
  [[nodiscard]] std::span<const Entry> entries() const { return entries_; }
  // Calls use(value) for each value added under `key` (by its hash).
  template <typename Use>
  void find(uint64_t key_hash, Use use) const {
    auto it = std::lower_bound(entries_.begin(), entries_.end(), Entry{key_hash, 0});
    for (; it != entries_.end() && it->hash == key_hash; ++it) use(it->value);
  }
  template <typename Use>
  void find(std::string_view key, Use use) const {
    find(hash(key), use);
  }
  [[nodiscard]] bool contains(std::string_view key) const {
    bool found = false;
    find(key, [&](uint32_t) { found = true; });
    return found;
  }

 private:
  std::vector<Entry> owned_;
  std::span<const Entry> entries_;
};

// For each record, a list of numbers (a post's title-key hashes, a person's terms): two flat
// arrays, built here or used in place from a registry image.
template <typename T>
class FlatLists {
 public:
  // Appends the next record's list.
  void add(std::span<const T> items) {
    if (owned_offsets_.empty()) owned_offsets_.push_back(0);
    owned_items_.insert(owned_items_.end(), items.begin(), items.end());
    owned_offsets_.push_back(static_cast<uint32_t>(owned_items_.size()));
    offsets_ = owned_offsets_, items_ = owned_items_;
  }
  // Empty for a record without a list, or whose offsets (from a damaged image) do not fit.
  [[nodiscard]] std::span<const T> of(size_t record) const {
    if (record + 1 >= offsets_.size()) return {};
    const uint32_t begin = offsets_[record], end = offsets_[record + 1];
    if (begin > end || end > items_.size()) return {};
    return items_.subspan(begin, end - begin);
  }
  [[nodiscard]] size_t size() const { return offsets_.empty() ? 0 : offsets_.size() - 1; }
  [[nodiscard]] std::span<const T> items() const { return items_; }
  // In an image: u64 counts of offsets and items, the offsets, the items.
  void write(image_io::Writer& w) const {
    w.u64(offsets_.size());
    w.u64(items_.size());
    w.array(offsets_);
    w.array(items_);
  }
  [[nodiscard]] std::string image() const {
    image_io::Writer w;
    write(w);
    return w.take();
  }
  // Adopts the lists of an image for `records` records; false when they do not fit. Each
  // record's offsets are checked when its list is asked for (of), not all here.
  bool read(image_io::Reader& r, size_t records) {
    const uint64_t offset_count = r.u64(), item_count = r.u64();
    const auto offsets = r.array<uint32_t>(offset_count);
    const auto items = r.array<T>(item_count);
    if (!r.ok() || offsets.size() != records + 1 || offsets.front() != 0 ||
        offsets.back() != items.size())
      return false;
    owned_offsets_.clear(), owned_items_.clear();
    offsets_ = offsets, items_ = items;
    return true;
  }
  bool adopt(std::string_view image, size_t records) {
    if (image.empty()) return false;
    image_io::Reader r(image);
    return read(r, records);
  }

 private:
  std::vector<uint32_t> owned_offsets_;
  std::vector<T> owned_items_;
  std::span<const uint32_t> offsets_;
  std::span<const T> items_;
};
using HashLists = FlatLists<uint64_t>;

// One term (membership) of the registry, resolved: the indexes of its person and post (kNone
// when the registry has no such record) and how far it is known to run (Registry::known_until).
struct TermRecord {
  static constexpr uint32_t kNone = ~uint32_t{0};
  uint32_t person = kNone;
  uint32_t post = kNone;
  int64_t known_until = 0;
};
static_assert(sizeof(TermRecord) == 16);

// One spelling of one person, with its comparison keys: views into the person's record and into
// the index's pool of keys (Index::name).
struct NameEntry {
  size_t person = 0;
  std::string_view spelling;    // the person's name or other name, in the registry's own data
  std::string_view key;         // names::key
  std::string_view order_free;  // names::order_free_key
  bool preferred = false;       // the person's `name` rather than an other name
};

// The same as the index and the registry image store it: where the spelling is in the person's
// record and where its keys are in the pool, so that a look-up reads only the persons it finds.
struct NameRecord {
  uint32_t person;
  uint32_t source;           // 0: the person's name; k + 1: other_names[k]
  uint32_t spelling_length;  // of the source (a short form "Abdullah II" is a prefix of it)
  uint32_t key_offset, key_length;
  uint32_t order_free_offset, order_free_length;
  uint32_t preferred;
};
static_assert(sizeof(NameRecord) == 32);

// A token with one letter deleted -> the token, both as hashes (registry_people.cpp).
struct DeletionEntry {
  uint64_t deleted;
  uint64_t token;
  auto operator<=>(const DeletionEntry&) const = default;
};

// Built on first use (Registry::index); the person names, the terms and the post title keys
// are built later still, by ensure_names, ensure_terms and ensure_titles, on the first look-up
// that needs them: a run that only looks up organizations does not key thousands of names.
struct Registry::Index {
  // The index of a record with this id, if any (the first, were ids repeated).
  template <typename Record>
  [[nodiscard]] static std::optional<size_t> find_id(const HashedIndex& ids,
                                                     const RecordTable<Record>& records,
                                                     std::string_view id) {
    std::optional<size_t> found;
    ids.find(id, [&](uint32_t i) {
      if (!found && i < records.size() && records[i].id == id) found = i;
    });
    return found;
  }
  // The index of a record when it is one of `records` (by its address), else nullopt.
  template <typename Record>
  [[nodiscard]] static std::optional<size_t> own_record(const RecordTable<Record>& records,
                                                        const Record& record) {
    return records.index_of(record);
  }
  // The index of a record: by its address when it is one of `records`, else by its id.
  template <typename Record>
  [[nodiscard]] static std::optional<size_t> index_of(const HashedIndex& ids,
                                                      const RecordTable<Record>& records,
                                                      const Record& record) {
    if (auto own = own_record(records, record)) return own;
    return find_id(ids, records, record.id);
  }

  mutable std::once_flag names_built, terms_built, titles_built, completion_built;
  void ensure_names(const RegistryRecords& data) const;
  void ensure_completion(const RegistryRecords& data) const;
  void ensure_terms(const RegistryRecords& data) const;
  void ensure_titles(const RegistryRecords& data) const;
  // Records by id: the hash of the id -> the record's index, built here or adopted from the
  // image's "ids" section. find_id compares the id itself: a hash collision or a damaged image
  // finds nothing rather than another record.
  HashedIndex person_ids, post_ids, organization_ids;
  bool adopt_ids(const RegistryRecords& data, std::string_view section);
  // Every spelling of every person, built here (owned_*) or used in place from the image.
  mutable std::vector<NameRecord> owned_names;
  mutable std::string owned_name_pool;
  mutable std::span<const NameRecord> names;
  mutable std::string_view name_pool;
  // The spelling names[e] stands for, reading its person's record; nullopt when the record does
  // not hold it (a damaged image: the image's tables are checked when used, not all at start).
  [[nodiscard]] std::optional<NameEntry> name(size_t e, const RegistryRecords& records) const;
  // names[e]'s names::key, without reading the person; empty for a damaged entry.
  [[nodiscard]] std::string_view name_key(size_t e) const;
  [[nodiscard]] std::string_view name_order_free(size_t e) const;  // its order-free form
  // Every key form of every spelling (registry_detail::name_key_forms) -> names[] indexes.
  mutable HashedIndex names_by_key;
  // Last token of every spelling -> names[] indexes.
  mutable HashedIndex names_by_surname;
  // Every token (of two letters or more) of every spelling -> names[] indexes: the candidates
  // for a misspelling are the spellings that share a token or have a token one edit away, so
  // that fuzzy look-ups do not compare against every name (registry_people.cpp).
  mutable HashedIndex names_by_token;
  // Built on the first fuzzy look-up: the hash of each token with one letter deleted -> the
  // hash of the token ("blinken" -> "linken", "binken", ...; symmetric-delete candidates for
  // one edit), sorted. A collision only adds a candidate that the edit-distance check weighs.
  mutable std::once_flag deletions_built;
  mutable std::vector<DeletionEntry> owned_deletions;
  mutable std::span<const DeletionEntry> tokens_by_deletion;
  // Adopts the name tables of a registry image (registry_image.cpp); false when the image does
  // not fit this registry's data, which then builds them itself.
  bool adopt_names(const RegistryRecords& data, std::string_view section) const;
  std::string_view names_section;  // of the registry's image, when it has one
  // Prefix completion's list (ensure_completion): every name's key and each of its tokens, as a
  // part of names[name].key, sorted by (text, person) without repeats; built here or used in
  // place from the image's "completion" section.
  struct CompletionRecord {
    uint32_t name, offset, length, person;
  };
  [[nodiscard]] std::string_view completion_text(const CompletionRecord& r) const {
    const std::string_view key = name_key(r.name);
    return r.offset > key.size() ? std::string_view() : key.substr(r.offset, r.length);
  }
  mutable std::vector<CompletionRecord> owned_completion;
  mutable std::span<const CompletionRecord> completion;
  std::string_view completion_section;  // of the registry's image, when it has one
  bool adopt_completion(const RegistryRecords& data, std::string_view section) const;
  // The terms (ensure_terms): each membership resolved, and membership indexes by person and by
  // post index, sorted by start date; built here or adopted from the image's "terms" section.
  mutable std::vector<TermRecord> owned_terms;
  mutable std::span<const TermRecord> terms;
  mutable FlatLists<uint32_t> terms_of_person, terms_of_post;
  std::string_view terms_section;  // of the registry's image, when it has one
  bool adopt_terms(const RegistryRecords& data) const;
  // How far a term is known to run, worked out from the sources (ensure_source_days): for the
  // registry's own terms when it has no image, and for terms of another registry.
  [[nodiscard]] long known_until(const Membership& term, const RegistryRecords& data) const;
  mutable std::once_flag source_days_built;
  void ensure_source_days(const RegistryRecords& data) const;
  // By source of memberships (their first source's note) and organization: the latest day
  // any of them names.
  mutable std::unordered_map<std::string, long> source_known_until;
  // The day each source was taken, by note (RegistryData::source_dates).
  mutable std::unordered_map<std::string, long> source_taken;
  std::unordered_map<std::string, size_t> organization_by_key;
  // Per organization index: its names as title tokens, for "of <country>" suffixes.
  std::vector<std::vector<std::vector<std::string>>> organization_name_tokens;
  // The posts of each organization (by index), in registry order: built on first use, or
  // adopted from the image's "org-posts" section.
  mutable std::once_flag organization_posts_built;
  mutable FlatLists<uint32_t> posts_by_organization;
  std::string_view organization_posts_section;  // of the registry's image, when it has one
  void ensure_organization_posts(const RegistryRecords& data) const;
  // Per post index: the hashes of its label and other labels, normalised as titles of the
  // post's organization (built by ensure_titles, or the image's "title-keys" section).
  mutable HashLists post_title_keys;
  std::string_view title_keys_section;  // of the registry's image, when it has one
};

namespace registry_detail {

// Tokens of a written title or label: names::tokens without articles and a leading "acting".
std::vector<std::string> title_tokens(std::string_view title);
// Removes a leading "<country>" / "<country>'s" and a trailing "of [the] [republic of] <country>"
// naming one of `org_names`, then joins the tokens.
std::string title_key(std::vector<std::string> tokens,
                      const std::vector<std::vector<std::string>>& org_names);
// The tokens of an organization name with filler words ("the", "republic", "of") removed.
std::vector<std::string> organization_tokens(std::string_view name);
// organization_tokens joined by spaces, made without the vector (Registry::find_organization).
std::string organization_key(std::string_view name);
// The same from the name's names::key (OtherName::key), without normalising again.
std::vector<std::string> organization_tokens_of_key(std::string_view key);

// The key forms of a name's tokens that ensure_names indexes and find_person looks up
// (registry_people.cpp): as written, in any order, both without optional parts (initials,
// "Jr.", "III"), and the order-free romanisation skeleton of the latter, under which
// "Zelensky" meets "Zelenskyy" and "Nikos" meets "Nicos".
struct NameKeyForms {
  std::string plain, order_free, bare, bare_order_free, skeleton;
};
NameKeyForms name_key_forms(const std::vector<std::string>& tokens);

}  // namespace registry_detail
}  // namespace readout
