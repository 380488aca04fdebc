// What changed between two registries: the persons, organizations, posts, terms and source
// dates added, removed and changed, for reviewing a data update (`readout registry diff`).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "readout/registry.hpp"

namespace readout::data {

// One field of a record that differs between the sides. A single value ("name", "end_date",
// "acting") is given as old and new text, nullopt where the field is absent (an open end date).
// A list ("other_names", "identifiers", "sources", "other_labels") is given as the items on
// one side only, in the record's order; items are compared as whole text, so a changed note
// of an other name removes one item and adds another.
struct FieldChange {
  std::string field;  // the Popolo key, "other_names" for a person's, "other_label" for a post's
  bool is_list = false;
  std::optional<std::string> old_value, new_value;  // single values
  std::vector<std::string> removed, added;          // list items
};

// A record on both sides (same id; for terms see diff_registries) whose fields differ.
template <typename Record>
struct ChangedRecord {
  Record old_record;
  Record new_record;
  std::vector<FieldChange> changes;  // in the order of the record's fields
};

template <typename Record>
struct RecordChanges {
  std::vector<Record> added;
  std::vector<Record> removed;
  std::vector<ChangedRecord<Record>> changed;
  [[nodiscard]] bool empty() const { return added.empty() && removed.empty() && changed.empty(); }
};

struct RegistryDiff {
  RecordChanges<Person> persons;
  RecordChanges<Organization> organizations;
  RecordChanges<Post> posts;
  RecordChanges<Membership> terms;
  RecordChanges<SourceDate> source_dates;
  [[nodiscard]] bool empty() const {
    return persons.empty() && organizations.empty() && posts.empty() && terms.empty() &&
           source_dates.empty();
  }
};

// Compares two registries. Persons, organizations and posts are matched by id, source dates by
// note. Terms have no ids: they are matched within one person's terms in one post (or, without
// a post, in one organization), first the equal ones, then by start date, then by end date,
// and a last term left on each side is the same term with both dates changed. Each list is
// sorted by id (terms by person, post, then start date), so the output does not depend on the
// order of the files' records. A record's `origin` and name keys are not compared.
RegistryDiff diff_registries(const RegistryData& old_data, const RegistryData& new_data);

// The diff as JSON (docs/registry.md, "Reviewing a data update"): records in their Popolo
// shape, each term with the names of its person, post and organization looked up on its side.
// With summary_only, the counts alone. `old_sources` and `new_sources` name what each side was
// loaded from.
std::string registry_diff_json(const RegistryDiff& diff, const Registry& old_side,
                               const Registry& new_side,
                               const std::vector<std::string>& old_sources,
                               const std::vector<std::string>& new_sources, bool summary_only);

}  // namespace readout::data
