// `readout registry diff --format json` (docs/registry.md, "Reviewing a data update").
#include <nlohmann/json.hpp>

#include "popolo_records.hpp"
#include "readout/data/registry_diff.hpp"

namespace readout::data {
namespace {

using Json = nlohmann::ordered_json;

Json value_json(const std::string& field, const std::optional<std::string>& value) {
  if (!value) return nullptr;
  if (field == "acting") return *value == "true";  // a boolean in the registry files too
  return *value;
}

Json changes_json(const std::vector<FieldChange>& changes) {
  Json out = Json::array();
  for (const auto& c : changes) {
    Json j{{"field", c.field}};
    if (c.is_list) {
      j["removed"] = c.removed;
      j["added"] = c.added;
    } else {
      j["old"] = value_json(c.field, c.old_value);
      j["new"] = value_json(c.field, c.new_value);
    }
    out.push_back(std::move(j));
  }
  return out;
}

Json counts_json(const auto& changes) {
  return Json{{"added", changes.added.size()},
              {"removed", changes.removed.size()},
              {"changed", changes.changed.size()}};
}

// `record_json` writes one record of a side: the side matters for terms, whose names are looked
// up on it.
template <typename Record, typename RecordJson>
Json changes_of_kind_json(const RecordChanges<Record>& changes, const Registry& old_side,
                          const Registry& new_side, RecordJson record_json) {
  Json added = Json::array(), removed = Json::array(), changed = Json::array();
  for (const auto& r : changes.added) added.push_back(record_json(r, new_side));
  for (const auto& r : changes.removed) removed.push_back(record_json(r, old_side));
  for (const auto& c : changes.changed)
    changed.push_back(Json{{"old", record_json(c.old_record, old_side)},
                           {"new", record_json(c.new_record, new_side)},
                           {"changes", changes_json(c.changes)}});
  return Json{{"added", std::move(added)},
              {"removed", std::move(removed)},
              {"changed", std::move(changed)}};
}

// A term as in a registry file, with the names a reader needs to know whose term it is.
Json term_json(const Membership& term, const Registry& side) {
  Json j = membership_json(term);
  const HeldPost held = side.held_post(term);
  if (const Person* person = side.person(term.person_id)) j["person_name"] = person->name;
  if (held.post) j["post_label"] = held.post->label;
  if (held.organization) j["organization_name"] = held.organization->name;
  return j;
}

}  // namespace

std::string registry_diff_json(const RegistryDiff& diff, const Registry& old_side,
                               const Registry& new_side,
                               const std::vector<std::string>& old_sources,
                               const std::vector<std::string>& new_sources, bool summary_only) {
  Json out{{"old", old_sources},
           {"new", new_sources},
           {"equal", diff.empty()},
           {"summary",
            {{"persons", counts_json(diff.persons)},
             {"organizations", counts_json(diff.organizations)},
             {"posts", counts_json(diff.posts)},
             {"terms", counts_json(diff.terms)},
             {"source_dates", counts_json(diff.source_dates)}}}};
  if (!summary_only) {
    auto plain = [](auto record_json) {
      return [record_json](const auto& record, const Registry&) { return record_json(record); };
    };
    out["persons"] = changes_of_kind_json(diff.persons, old_side, new_side, plain(person_json));
    out["organizations"] =
        changes_of_kind_json(diff.organizations, old_side, new_side, plain(organization_json));
    out["posts"] = changes_of_kind_json(diff.posts, old_side, new_side, plain(post_json));
    out["terms"] = changes_of_kind_json(diff.terms, old_side, new_side, term_json);
    out["source_dates"] =
        changes_of_kind_json(diff.source_dates, old_side, new_side, plain(source_date_json));
  }
  return out.dump(2, ' ', false, Json::error_handler_t::replace) + '\n';
}

}  // namespace readout::data
