// Comparing two registries record by record (registry_diff.hpp).
#include "readout/data/registry_diff.hpp"

#include <algorithm>
#include <climits>
#include <map>
#include <tuple>

namespace readout::data {
namespace {

std::optional<std::string> present(const std::string& value) {
  if (value.empty()) return std::nullopt;
  return value;
}

std::optional<std::string> present(const std::optional<PartialDate>& date) {
  if (!date) return std::nullopt;
  return date->to_string();
}

void compare_value(std::vector<FieldChange>& changes, const char* field,
                   const std::optional<std::string>& old_value,
                   const std::optional<std::string>& new_value) {
  if (old_value != new_value) changes.push_back({field, false, old_value, new_value, {}, {}});
}

// The items of `from` that `other` lacks (as many times as they are missing).
std::vector<std::string> missing_from(const std::vector<std::string>& from,
                                      std::vector<std::string> other) {
  std::vector<std::string> missing;
  for (const auto& item : from) {
    auto it = std::find(other.begin(), other.end(), item);
    if (it == other.end())
      missing.push_back(item);
    else
      other.erase(it);
  }
  return missing;
}

void compare_list(std::vector<FieldChange>& changes, const char* field,
                  const std::vector<std::string>& old_items,
                  const std::vector<std::string>& new_items) {
  FieldChange change{
      field, true, {}, {}, missing_from(old_items, new_items), missing_from(new_items, old_items)};
  if (!change.removed.empty() || !change.added.empty()) changes.push_back(std::move(change));
}

// List items as whole text, so that a change of any part of an item shows.
std::vector<std::string> items(const std::vector<RecordString>& texts) {
  std::vector<std::string> out;
  for (const auto& text : texts) out.push_back(text.str());
  return out;
}

std::vector<std::string> items(const std::vector<OtherName>& names) {
  std::vector<std::string> out;
  for (const auto& n : names) {
    std::string detail = n.lang.str();
    if (!n.note.empty()) detail += (detail.empty() ? "" : ", ") + n.note;
    out.push_back(detail.empty() ? n.name.str() : n.name + " (" + detail + ")");
  }
  return out;
}

std::vector<std::string> items(const std::vector<Identifier>& ids) {
  std::vector<std::string> out;
  for (const auto& i : ids) out.push_back(i.scheme + ":" + i.identifier);
  return out;
}

std::vector<std::string> items(const std::vector<SourceRef>& sources) {
  std::vector<std::string> out;
  for (const auto& s : sources)
    out.push_back(s.url.empty()    ? s.note.str()
                  : s.note.empty() ? s.url.str()
                                   : s.url + " (" + s.note + ")");
  return out;
}

std::vector<FieldChange> compare(const Person& a, const Person& b) {
  std::vector<FieldChange> changes;
  compare_value(changes, "name", present(a.name.str()), present(b.name.str()));
  compare_list(changes, "other_names", items(a.other_names), items(b.other_names));
  compare_list(changes, "identifiers", items(a.identifiers), items(b.identifiers));
  compare_list(changes, "sources", items(a.sources), items(b.sources));
  return changes;
}

std::vector<FieldChange> compare(const Organization& a, const Organization& b) {
  std::vector<FieldChange> changes;
  compare_value(changes, "name", present(a.name.str()), present(b.name.str()));
  compare_value(changes, "classification", present(a.classification.str()),
                present(b.classification.str()));
  compare_list(changes, "other_names", items(a.other_names), items(b.other_names));
  compare_list(changes, "identifiers", items(a.identifiers), items(b.identifiers));
  compare_list(changes, "sources", items(a.sources), items(b.sources));
  return changes;
}

std::vector<FieldChange> compare(const Post& a, const Post& b) {
  std::vector<FieldChange> changes;
  compare_value(changes, "label", present(a.label.str()), present(b.label.str()));
  compare_list(changes, "other_label", items(a.other_labels), items(b.other_labels));
  compare_value(changes, "organization_id", present(a.organization_id.str()),
                present(b.organization_id.str()));
  compare_list(changes, "sources", items(a.sources), items(b.sources));
  return changes;
}

std::vector<FieldChange> compare(const Membership& a, const Membership& b) {
  std::vector<FieldChange> changes;
  compare_value(changes, "organization_id", present(a.organization_id.str()),
                present(b.organization_id.str()));
  compare_value(changes, "start_date", present(a.start_date), present(b.start_date));
  compare_value(changes, "end_date", present(a.end_date), present(b.end_date));
  compare_value(changes, "acting", a.acting ? "true" : "false", b.acting ? "true" : "false");
  compare_value(changes, "label", present(a.label.str()), present(b.label.str()));
  compare_list(changes, "sources", items(a.sources), items(b.sources));
  return changes;
}

std::vector<FieldChange> compare(const SourceDate& a, const SourceDate& b) {
  std::vector<FieldChange> changes;
  compare_value(changes, "as_of", a.as_of.to_string(), b.as_of.to_string());
  return changes;
}

// Records matched by a key (id, or note), in key order. Within one side a later record of the
// same key wins, as when files are merged.
template <typename Record, typename KeyOf>
RecordChanges<Record> diff_by_key(const std::vector<Record>& old_records,
                                  const std::vector<Record>& new_records, KeyOf key_of) {
  std::map<std::string, std::pair<const Record*, const Record*>> sides;
  for (const auto& r : old_records) sides[std::string(key_of(r))].first = &r;
  for (const auto& r : new_records) sides[std::string(key_of(r))].second = &r;
  RecordChanges<Record> out;
  for (const auto& [key, pair] : sides) {
    const auto [old_record, new_record] = pair;
    if (!new_record) {
      out.removed.push_back(*old_record);
    } else if (!old_record) {
      out.added.push_back(*new_record);
    } else if (auto changes = compare(*old_record, *new_record); !changes.empty()) {
      out.changed.push_back({*old_record, *new_record, std::move(changes)});
    }
  }
  return out;
}

// A term's place in the output: person, post (or organization), start, end; unknown dates first.
auto term_order(const Membership& m) {
  return std::tuple(m.person_id, m.post_id, m.organization_id,
                    m.start_date ? m.start_date->earliest_day() : LONG_MIN,
                    m.end_date ? m.end_date->latest_day() : LONG_MAX, m.acting, m.label);
}

bool term_before(const Membership& a, const Membership& b) { return term_order(a) < term_order(b); }

// The terms of one person in one post, or in one organization when the term names no post:
// the unit in which a registry file replaces terms (RegistryData::merge_from).
std::string term_group(const Membership& m) {
  return m.person_id + '\x1f' + m.post_id + '\x1f' + (m.post_id.empty() ? m.organization_id : "");
}

void diff_term_group(std::vector<const Membership*> old_terms,
                     std::vector<const Membership*> new_terms, RecordChanges<Membership>& out) {
  // Each pass pairs the terms left on both sides that `same` accepts, earliest first.
  auto pair_by = [&](auto same) {
    for (auto& o : old_terms) {
      if (!o) continue;
      for (auto& n : new_terms) {
        if (!n || !same(*o, *n)) continue;
        if (auto changes = compare(*o, *n); !changes.empty())
          out.changed.push_back({*o, *n, std::move(changes)});
        o = n = nullptr;
        break;
      }
    }
  };
  pair_by([](const Membership& a, const Membership& b) { return compare(a, b).empty(); });
  pair_by([](const Membership& a, const Membership& b) { return a.start_date == b.start_date; });
  pair_by([](const Membership& a, const Membership& b) {
    return a.end_date && a.end_date == b.end_date;
  });
  std::erase(old_terms, nullptr);
  std::erase(new_terms, nullptr);
  if (old_terms.size() == 1 && new_terms.size() == 1)
    pair_by([](const Membership&, const Membership&) { return true; });
  for (const auto* o : old_terms)
    if (o) out.removed.push_back(*o);
  for (const auto* n : new_terms)
    if (n) out.added.push_back(*n);
}

RecordChanges<Membership> diff_terms(const std::vector<Membership>& old_terms,
                                     const std::vector<Membership>& new_terms) {
  std::map<std::string, std::pair<std::vector<const Membership*>, std::vector<const Membership*>>>
      groups;
  for (const auto& m : old_terms) groups[term_group(m)].first.push_back(&m);
  for (const auto& m : new_terms) groups[term_group(m)].second.push_back(&m);
  RecordChanges<Membership> out;
  auto by_order = [](const Membership* a, const Membership* b) { return term_before(*a, *b); };
  for (auto& [group, sides] : groups) {
    std::sort(sides.first.begin(), sides.first.end(), by_order);
    std::sort(sides.second.begin(), sides.second.end(), by_order);
    diff_term_group(std::move(sides.first), std::move(sides.second), out);
  }
  std::sort(out.added.begin(), out.added.end(), term_before);
  std::sort(out.removed.begin(), out.removed.end(), term_before);
  std::sort(out.changed.begin(), out.changed.end(),
            [](const auto& a, const auto& b) { return term_before(a.old_record, b.old_record); });
  return out;
}

}  // namespace

RegistryDiff diff_registries(const RegistryData& old_data, const RegistryData& new_data) {
  auto id = [](const auto& record) { return record.id; };
  RegistryDiff diff;
  diff.persons = diff_by_key(old_data.persons, new_data.persons, id);
  diff.organizations = diff_by_key(old_data.organizations, new_data.organizations, id);
  diff.posts = diff_by_key(old_data.posts, new_data.posts, id);
  diff.terms = diff_terms(old_data.memberships, new_data.memberships);
  diff.source_dates = diff_by_key(old_data.source_dates, new_data.source_dates,
                                  [](const SourceDate& d) { return d.note; });
  return diff;
}

}  // namespace readout::data
