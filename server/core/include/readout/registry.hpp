// The registry of officials: Popolo-shaped records (persons, organizations, posts,
// memberships) and the indexes the analysis needs. Loading from JSON lives outside the core
// (server/data); this header is plain data plus look-ups.
#pragma once

#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "readout/date.hpp"
#include "readout/record_string.hpp"
#include "readout/record_table.hpp"

namespace readout {

struct OtherName {
  RecordString name;
  RecordString lang;  // BCP 47 tag when the name is a transliteration or native spelling
  RecordString note;  // e.g. "earlier surname", "transliteration"
  // names::key(name), when known: the embedded registry's pack carries it so that start-up
  // does not normalise thousands of names with ICU. Empty: computed when indexing.
  RecordString key = {};
};

struct SourceRef {
  RecordString url;
  RecordString note;
};

// An id in another database: {"scheme": "wikidata", "identifier": "Q7821917"}.
struct Identifier {
  RecordString scheme;
  RecordString identifier;
};

struct Person {
  RecordString id;
  RecordString name;  // preferred spelling
  std::vector<OtherName> other_names;
  std::vector<SourceRef> sources;
  RecordString origin;  // file the record came from, for hover and messages
  std::vector<Identifier> identifiers;
  RecordString key = {};  // names::key(name), when known (as OtherName::key)
};

struct Organization {
  RecordString id;
  RecordString name;                   // "Kazakhstan", "United States", "United Nations"
  RecordString classification;         // "country", "international organization", ...
  std::vector<OtherName> other_names;  // "USA", "United States of America", "US"
  std::vector<SourceRef> sources;
  std::vector<Identifier> identifiers;
};

struct Post {
  RecordString id;
  RecordString label;                      // "Minister of Foreign Affairs"
  std::vector<RecordString> other_labels;  // "Foreign Minister", "Minister for Foreign Affairs"
  RecordString organization_id;
  std::vector<SourceRef> sources;
};

struct Membership {
  RecordString person_id;
  RecordString post_id;
  RecordString organization_id;  // usually the post's organization
  std::optional<PartialDate> start_date;
  std::optional<PartialDate> end_date;
  bool acting = false;
  RecordString label;  // optional specific title for this membership
  std::vector<SourceRef> sources;
  [[nodiscard]] DateSpan span() const { return {start_date, end_date}; }
};

// How far a source looked: the day its data was taken. Its terms without an end date are known
// to run up to that day, not only up to the latest date they mention (Registry::known_until).
struct SourceDate {
  std::string note;  // as in SourceRef::note
  PartialDate as_of;
};

// Raw records as read from one or more files, before indexing. Later files override earlier
// ones record by record (same id), and extend them otherwise.
struct RegistryData {
  std::vector<Person> persons;
  std::vector<Organization> organizations;
  std::vector<Post> posts;
  std::vector<Membership> memberships;
  std::vector<SourceDate> source_dates;
  void merge_from(RegistryData later);  // `later` wins on equal ids (and source notes)
};

// The records of a Registry: held from the start, or read on first use (RecordTable). The
// embedded registry's are read from its pack on first use (server/data, popolo_pack.cpp).
struct RegistryRecords {
  RecordTable<Person> persons;
  RecordTable<Organization> organizations;
  RecordTable<Post> posts;
  RecordTable<Membership> memberships;
  std::vector<SourceDate> source_dates;
  RegistryRecords() = default;
  explicit RegistryRecords(RegistryData data);
  // Every record, as data to merge or write (reads those not read yet).
  [[nodiscard]] RegistryData copy() const;
  // Reads every record not read yet.
  void read_all() const;
};

// How a written name matched a person.
enum class NameMatchKind {
  Exact,      // the preferred name, up to case/diacritics/honorifics/name order
  OtherName,  // a listed other name (transliteration, earlier surname, ...)
  Fuzzy,      // close but not equal: likely a misspelling
};

struct NameCandidate {
  const Person* person = nullptr;
  NameMatchKind kind = NameMatchKind::Fuzzy;
  std::string matched_name;  // the registry spelling that matched
  double score = 0;          // 0..1, 1 is best
  int distance = 0;          // edit distance between normalised keys
};

struct HeldPost {
  const Membership* membership = nullptr;
  const Post* post = nullptr;
  const Organization* organization = nullptr;
};

// Immutable, indexed registry. Safe to share across threads once built.
class Registry {
 public:
  static std::shared_ptr<const Registry> build(RegistryData data);
  // The same, with the look-up tables of a registry image (readout/registry_image.hpp) made
  // from this same data ahead of time, and used in place: no table is built at run time.
  // `image` must outlive the registry. An image of other data is ignored (image_used() false).
  static std::shared_ptr<const Registry> build(RegistryData data, std::string_view image);
  // The same with records that may be read on first use.
  static std::shared_ptr<const Registry> build(RegistryRecords records, std::string_view image);
  static std::shared_ptr<const Registry> empty();
  // A section of the image the registry was built with (registry_image.hpp); empty when none.
  [[nodiscard]] std::string_view image_section(std::string_view name) const;
  [[nodiscard]] bool image_used() const { return !image_.empty(); }
  // The name tables, as the "names" section of an image stores them (registry_image.cpp).
  [[nodiscard]] std::string names_image() const;
  // The posts' title keys, as the "title-keys" section stores them.
  [[nodiscard]] std::string title_keys_image() const;
  // Completion's sorted list, as the "completion" section stores it.
  [[nodiscard]] std::string completion_image() const;
  // The records by id, as the "ids" section stores them, and the terms resolved (by person and
  // post, with how far each is known to run), as the "terms" section does.
  [[nodiscard]] std::string ids_image() const;
  [[nodiscard]] std::string terms_image() const;
  // The posts of each organization, as the "org-posts" section stores them.
  [[nodiscard]] std::string organization_posts_image() const;

  [[nodiscard]] const RegistryRecords& records() const { return records_; }
  [[nodiscard]] const Person* person(std::string_view id) const;
  [[nodiscard]] const Post* post(std::string_view id) const;
  [[nodiscard]] const Organization* organization(std::string_view id) const;

  // Persons whose name or other names match `written` exactly (after normalisation: case,
  // diacritics, honorifics, script, name order) and, when allow_fuzzy, persons within a small
  // edit distance. Best first. At most `limit` results.
  [[nodiscard]] std::vector<NameCandidate> find_person(std::string_view written, bool allow_fuzzy,
                                                       size_t limit = 5) const;
  // Persons whose family name (last token of any spelling) matches: "Blinken" -> Antony Blinken.
  [[nodiscard]] std::vector<const Person*> find_by_surname(std::string_view surname) const;
  // Completion: persons whose any name part starts with `prefix` (normalised). Unranked.
  [[nodiscard]] std::vector<const Person*> complete_person(std::string_view prefix,
                                                           size_t limit) const;

  [[nodiscard]] std::vector<HeldPost> posts_of(const Person& person) const;
  // A term with its post and organization (the post's, when the term names none) looked up
  // here: a term of this registry, or of another version of it (`readout registry diff`).
  [[nodiscard]] HeldPost held_post(const Membership& membership) const;
  // Posts held on `date` (lenient at the edges of imprecise dates).
  [[nodiscard]] std::vector<HeldPost> posts_on(const Person& person, const PartialDate& date) const;
  // Who held a post on a date.
  [[nodiscard]] std::vector<const Person*> holders_on(const Post& post,
                                                      const PartialDate& date) const;
  // Every term of a post, by start date.
  [[nodiscard]] std::vector<const Membership*> terms_of(const Post& post) const;
  // How far a term without an end date is known to run: the day any of its sources was taken
  // (RegistryData::source_dates), else the last day its first source speaks of for its country
  // (the latest start date, or end date of a term with that source alone, among the
  // organization's terms with the same first source note). A snapshot of a cabinet taken in
  // mid-2022 says nothing of who held a post in 2024. A term without any source (a user's own
  // record) runs until its end: open means in office now.
  [[nodiscard]] long known_until(const Membership& term) const;
  // The data horizon of some posts: the last day the registry's sources know their holders
  // (the latest known_until of their terms), or nullopt when it has no term of them. Past it, a
  // name it does not know may be someone who took the post later.
  [[nodiscard]] std::optional<PartialDate> data_ends(std::span<const Post* const> posts) const;

  // The posts of an organization, in registry order.
  [[nodiscard]] std::vector<const Post*> posts_of_organization(const Organization& org) const;
  // Their indexes in records().posts, without reading them (an index out of range, from a
  // damaged image, is the caller's to skip).
  [[nodiscard]] std::span<const uint32_t> post_indexes_of(const Organization& org) const;
  // Organization by any of its names or id ("US", "United States of America", "Q30").
  [[nodiscard]] const Organization* find_organization(std::string_view written) const;
  // Posts whose label or other labels match a written title, optionally within one
  // organization. Matching ignores case, articles and "of <country>" suffixes that name the org.
  [[nodiscard]] std::vector<const Post*> find_posts_by_title(std::string_view title,
                                                             const Organization* org) const;
  // True when `title` names `post` (label or any other label), honouring the same rules.
  [[nodiscard]] bool title_matches(std::string_view title, const Post& post) const;
  // The same in two steps, for many posts of one organization: the keys of a written title as
  // a title of `organization`'s posts (whole, and each part of a combined title; hashed), and
  // whether a post has one of them.
  [[nodiscard]] std::vector<uint64_t> title_keys(std::string_view title,
                                                 const Organization* organization) const;
  [[nodiscard]] bool post_has_title_key(const Post& post, std::span<const uint64_t> keys) const;
  // The same by the post's index in records().posts, without reading its record.
  [[nodiscard]] bool post_has_title_key(size_t post_index, std::span<const uint64_t> keys) const;

  [[nodiscard]] size_t size() const { return records_.persons.size(); }

  struct Index;  // the look-up tables (registry/registry_index.hpp, internal to the core)

 private:
  Registry() = default;
  // The look-up tables, built on the first look-up rather than at load: a run that looks
  // nobody up (a report without names) does not pay for indexing thousands of people.
  const Index& index() const;
  RegistryRecords records_;
  std::string_view image_;  // the image the tables were adopted from, when one was
  mutable std::once_flag index_built_;
  mutable std::shared_ptr<const Index> index_;
};

// The titles of heads of state and government ("President", "Prime Minister", "King", ...),
// whose holders the registry has for every country since 1990 (the leaders history).
[[nodiscard]] const std::vector<std::string_view>& head_titles();
// The kind of office a head's title names: "Premier" and "Prime Minister" are one kind,
// "King" and "Emir" another; Other for titles of no one kind ("Head of State", "Pope"). None
// for any other title.
enum class HeadKind { None, President, HeadOfGovernment, Monarch, Other };
// The kind of the head's title a title is, up to case and diacritics.
[[nodiscard]] HeadKind head_title_kind(std::string_view title);
// Whether a title is one of head_titles().
[[nodiscard]] inline bool is_head_title(std::string_view title) {
  return head_title_kind(title) != HeadKind::None;
}

}  // namespace readout
