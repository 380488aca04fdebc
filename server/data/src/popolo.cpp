// Reading Popolo registry files, with every problem located at file:line:col.
#include "readout/data/popolo.hpp"

#include <set>
#include <unordered_map>

#include "popolo_json.hpp"
#include "readout/names.hpp"
#include "readout/text.hpp"

namespace readout::data {
namespace {

using Kind = LocatedJson::Kind;

// Top-level collections of Popolo that Readout does not use but accepts.
const std::set<std::string, std::less<>> kIgnoredCollections = {
    "areas", "events", "meta", "motions", "speeches", "vote_events"};

// Popolo's own fields per record type (plus Readout's "acting"). Keys outside these are
// accepted, unless they look like a slip for one of them ("other_labels").
const std::set<std::string, std::less<>> kPersonKeys = {"id",
                                                        "name",
                                                        "other_names",
                                                        "identifiers",
                                                        "email",
                                                        "gender",
                                                        "birth_date",
                                                        "death_date",
                                                        "image",
                                                        "summary",
                                                        "biography",
                                                        "national_identity",
                                                        "family_name",
                                                        "given_name",
                                                        "honorific_prefix",
                                                        "honorific_suffix",
                                                        "patronymic_name",
                                                        "sort_name",
                                                        "additional_name",
                                                        "contact_details",
                                                        "links",
                                                        "sources",
                                                        "memberships",
                                                        "created_at",
                                                        "updated_at"};
const std::set<std::string, std::less<>> kOrganizationKeys = {"id",
                                                              "name",
                                                              "other_names",
                                                              "identifiers",
                                                              "classification",
                                                              "parent_id",
                                                              "area_id",
                                                              "abstract",
                                                              "description",
                                                              "founding_date",
                                                              "dissolution_date",
                                                              "image",
                                                              "contact_details",
                                                              "links",
                                                              "sources",
                                                              "memberships",
                                                              "posts",
                                                              "created_at",
                                                              "updated_at"};
const std::set<std::string, std::less<>> kPostKeys = {
    "id",         "label",     "other_label",     "role",  "organization_id", "area_id",
    "start_date", "end_date",  "contact_details", "links", "sources",         "memberships",
    "created_at", "updated_at"};
const std::set<std::string, std::less<>> kMembershipKeys = {
    "id",      "label",           "role",    "member",     "person_id", "organization_id",
    "post_id", "on_behalf_of_id", "area_id", "start_date", "end_date",  "contact_details",
    "links",   "sources",         "acting",  "created_at", "updated_at"};

const std::set<std::string, std::less<>> kSourceDateKeys = {"note", "as_of"};

class PopoloReader {
 public:
  PopoloReader(std::string_view text, const std::string& file, const RegistryData& context,
               RegistryData& out, std::vector<FileError>& errors)
      : text_(text), file_(file), lines_(text), context_(context), out_(out), errors_(errors) {}

  void read(const LocatedJson& root) {
    if (root.kind != Kind::Object) {
      error(root.offset,
            "a registry file must be a JSON object with \"persons\", "
            "\"organizations\", \"posts\" and \"memberships\", not " +
                std::string(root.kind_name()));
      return;
    }
    for (const auto& m : root.members) {
      if (m.key == "persons" || m.key == "organizations" || m.key == "posts" ||
          m.key == "memberships" || m.key == "source_dates" || kIgnoredCollections.count(m.key))
        continue;
      error(m.key_offset, "unknown key \"" + m.key +
                              "\" (expected \"persons\", \"organizations\", \"posts\", "
                              "\"memberships\" or \"source_dates\")");
    }
    collect_ids(root, "organizations", organization_ids_, context_.organizations);
    collect_ids(root, "persons", person_ids_, context_.persons);
    collect_ids(root, "posts", post_ids_, context_.posts);
    for_each_record(
        root, "organizations", "organization",
        [&](const LocatedJson& r, const std::string& what) { read_organization(r, what); });
    for_each_record(root, "persons", "person",
                    [&](const LocatedJson& r, const std::string& what) { read_person(r, what); });
    for_each_record(root, "posts", "post",
                    [&](const LocatedJson& r, const std::string& what) { read_post(r, what); });
    for_each_record(
        root, "memberships", "membership",
        [&](const LocatedJson& r, const std::string& what) { read_membership(r, what); });
    for_each_record(
        root, "source_dates", "source date",
        [&](const LocatedJson& r, const std::string& what) { read_source_date(r, what); });
  }

 private:
  void error(uint32_t offset, std::string message) {
    errors_.push_back(FileError::at(file_, text_, lines_, offset, std::move(message)));
  }

  template <typename Record>
  void collect_ids(const LocatedJson& root, std::string_view collection, std::set<std::string>& ids,
                   const std::vector<Record>& known) {
    for (const auto& r : known) ids.insert(r.id.str());
    const LocatedJson* list = root.find(collection);
    if (!list || list->kind != Kind::Array) return;
    std::unordered_map<std::string, uint32_t> first_line;
    for (const auto& item : list->items) {
      const LocatedJson* id = item.find("id");
      if (!id || id->kind != Kind::String || id->text.empty()) continue;
      ids.insert(id->text);
      auto [it, inserted] = first_line.emplace(id->text, lines_.position(id->offset).line + 1);
      if (!inserted)
        error(id->offset, "duplicate id \"" + id->text + "\" in \"" + std::string(collection) +
                              "\" (first at line " + std::to_string(it->second) + ")");
    }
  }

  template <typename ReadFn>
  void for_each_record(const LocatedJson& root, std::string_view collection, std::string_view noun,
                       ReadFn read_one) {
    const LocatedJson* list = root.find(collection);
    if (!list) return;
    if (list->kind != Kind::Array) {
      error(list->offset, "\"" + std::string(collection) + "\" must be an array, not " +
                              std::string(list->kind_name()));
      return;
    }
    for (size_t i = 0; i < list->items.size(); ++i) {
      const LocatedJson& item = list->items[i];
      const std::string what = std::string(noun) + " " + std::to_string(i + 1);
      if (item.kind != Kind::Object) {
        error(item.offset, what + " must be an object, not " + std::string(item.kind_name()));
        continue;
      }
      read_one(item, what);
    }
  }

  // A string field; reports a wrong type, or absence when required.
  std::string string_field(const LocatedJson& record, std::string_view key, const std::string& what,
                           bool required) {
    const LocatedJson* v = record.find(key);
    if (!v) {
      if (required) error(record.offset, what + ": missing \"" + std::string(key) + "\"");
      return {};
    }
    if (v->kind != Kind::String) {
      error(v->offset, what + ": \"" + std::string(key) + "\" must be a string, not " +
                           std::string(v->kind_name()));
      return {};
    }
    if (required && v->text.empty())
      error(v->offset, what + ": \"" + std::string(key) + "\" is empty");
    return v->text;
  }

  // An array field whose items are objects; calls read_item for each.
  template <typename ReadItem>
  void object_list(const LocatedJson& record, std::string_view key, const std::string& what,
                   ReadItem read_item) {
    const LocatedJson* v = record.find(key);
    if (!v) return;
    if (v->kind != Kind::Array) {
      error(v->offset, what + ": \"" + std::string(key) + "\" must be an array, not " +
                           std::string(v->kind_name()));
      return;
    }
    for (size_t i = 0; i < v->items.size(); ++i) {
      const LocatedJson& item = v->items[i];
      const std::string item_what = what + ", " + std::string(key) + " " + std::to_string(i + 1);
      if (item.kind != Kind::Object) {
        error(item.offset, item_what + " must be an object, not " + std::string(item.kind_name()));
        continue;
      }
      read_item(item, item_what);
    }
  }

  std::vector<OtherName> other_names(const LocatedJson& record, const std::string& what) {
    std::vector<OtherName> out;
    object_list(record, "other_names", what,
                [&](const LocatedJson& item, const std::string& item_what) {
                  OtherName n{string_field(item, "name", item_what, true),
                              string_field(item, "lang", item_what, false),
                              string_field(item, "note", item_what, false)};
                  if (!n.name.empty()) out.push_back(std::move(n));
                });
    return out;
  }

  std::vector<SourceRef> sources(const LocatedJson& record, const std::string& what) {
    std::vector<SourceRef> out;
    object_list(record, "sources", what,
                [&](const LocatedJson& item, const std::string& item_what) {
                  SourceRef s{string_field(item, "url", item_what, true),
                              string_field(item, "note", item_what, false)};
                  if (!s.url.empty()) out.push_back(std::move(s));
                });
    return out;
  }

  std::vector<Identifier> identifiers(const LocatedJson& record, const std::string& what) {
    std::vector<Identifier> out;
    object_list(record, "identifiers", what,
                [&](const LocatedJson& item, const std::string& item_what) {
                  Identifier i{string_field(item, "scheme", item_what, true),
                               string_field(item, "identifier", item_what, true)};
                  if (!i.scheme.empty() && !i.identifier.empty()) out.push_back(std::move(i));
                });
    return out;
  }

  // An id field that must name a record of this file or of the files loaded before it.
  std::string reference(const LocatedJson& record, std::string_view key,
                        const std::set<std::string>& known, std::string_view noun,
                        const std::string& what, bool required) {
    std::string id = string_field(record, key, what, required);
    if (!id.empty() && !known.count(id))
      error(record.find(key)->offset, what + ": unknown " + std::string(key) + " \"" + id +
                                          "\" (no " + std::string(noun) + " has this id)");
    return id;
  }

  std::optional<PartialDate> date_field(const LocatedJson& record, std::string_view key,
                                        const std::string& what) {
    std::string text = string_field(record, key, what, false);
    if (text.empty()) return std::nullopt;
    auto date = PartialDate::parse(text);
    if (!date)
      error(record.find(key)->offset,
            what + ": " + std::string(key) + " '" + text +
                "' is not a valid date: " + PartialDate::explain_invalid(text));
    return date;
  }

  // A key that is not Popolo's but within two edits of one is almost surely a typo that would
  // otherwise be silently ignored.
  void check_keys(const LocatedJson& r, const std::string& what,
                  const std::set<std::string, std::less<>>& known) {
    for (const auto& m : r.members) {
      if (known.count(m.key)) continue;
      for (const std::string& k : known)
        if (names::edit_distance(m.key, k, 2) <= 2) {
          error(m.key_offset,
                what + ": unknown key \"" + m.key + "\"; did you mean \"" + k + "\"?");
          break;
        }
    }
  }

  void read_organization(const LocatedJson& r, const std::string& what) {
    check_keys(r, what, kOrganizationKeys);
    Organization o;
    o.id = string_field(r, "id", what, true);
    o.name = string_field(r, "name", what, true);
    o.classification = string_field(r, "classification", what, false);
    o.other_names = other_names(r, what);
    o.identifiers = identifiers(r, what);
    o.sources = sources(r, what);
    out_.organizations.push_back(std::move(o));
  }

  void read_person(const LocatedJson& r, const std::string& what) {
    check_keys(r, what, kPersonKeys);
    Person p;
    p.id = string_field(r, "id", what, true);
    p.name = string_field(r, "name", what, true);
    p.other_names = other_names(r, what);
    p.identifiers = identifiers(r, what);
    p.sources = sources(r, what);
    p.origin = file_;
    out_.persons.push_back(std::move(p));
  }

  void read_post(const LocatedJson& r, const std::string& what) {
    check_keys(r, what, kPostKeys);
    Post p;
    p.id = string_field(r, "id", what, true);
    p.label = string_field(r, "label", what, true);
    p.organization_id =
        reference(r, "organization_id", organization_ids_, "organization", what, false);
    if (const LocatedJson* labels = r.find("other_label")) {
      if (labels->kind != Kind::Array) {
        error(labels->offset, what + ": \"other_label\" must be an array of strings, not " +
                                  std::string(labels->kind_name()));
      } else {
        for (const auto& l : labels->items) {
          if (l.kind == Kind::String && !l.text.empty())
            p.other_labels.push_back(l.text);
          else
            error(l.offset, what + ": \"other_label\" items must be non-empty strings");
        }
      }
    }
    p.sources = sources(r, what);
    out_.posts.push_back(std::move(p));
  }

  void read_membership(const LocatedJson& r, const std::string& what) {
    check_keys(r, what, kMembershipKeys);
    Membership m;
    m.person_id = reference(r, "person_id", person_ids_, "person", what, true);
    m.post_id = reference(r, "post_id", post_ids_, "post", what, false);
    m.organization_id =
        reference(r, "organization_id", organization_ids_, "organization", what, false);
    if (m.post_id.empty() && m.organization_id.empty())
      error(r.offset, what + ": needs a \"post_id\" or an \"organization_id\"");
    m.start_date = date_field(r, "start_date", what);
    m.end_date = date_field(r, "end_date", what);
    if (m.start_date && m.end_date && m.end_date->latest_day() < m.start_date->earliest_day())
      error(r.find("end_date")->offset, what + ": end_date " + m.end_date->to_string() +
                                            " is before start_date " + m.start_date->to_string());
    if (const LocatedJson* acting = r.find("acting")) {
      if (acting->kind == Kind::Boolean)
        m.acting = acting->boolean;
      else
        error(acting->offset,
              what + ": \"acting\" must be true or false, not " + std::string(acting->kind_name()));
    }
    m.label = string_field(r, "label", what, false);
    m.sources = sources(r, what);
    out_.memberships.push_back(std::move(m));
  }

  // Readout's own: {"note": "...", "as_of": "2025-10-27"}, the day a source was taken.
  void read_source_date(const LocatedJson& r, const std::string& what) {
    check_keys(r, what, kSourceDateKeys);
    SourceDate d;
    d.note = string_field(r, "note", what, true);
    if (string_field(r, "as_of", what, true).empty()) return;
    if (auto as_of = date_field(r, "as_of", what); as_of && !d.note.empty()) {
      d.as_of = *as_of;
      out_.source_dates.push_back(std::move(d));
    }
  }

  std::string_view text_;
  const std::string& file_;
  LineIndex lines_;
  const RegistryData& context_;
  RegistryData& out_;
  std::vector<FileError>& errors_;
  std::set<std::string> organization_ids_, person_ids_, post_ids_;
};

}  // namespace

FileError FileError::at(std::string file, std::string_view text, const LineIndex& lines,
                        uint32_t offset, std::string message) {
  if (offset > 0 && offset < text.size() && text[offset] == '\n' && text[offset - 1] == '\r')
    --offset;
  const LineColumn position = lines.position(offset);
  return {std::move(file), position.line + 1, position.column + 1, std::move(message)};
}

std::string FileError::to_string() const {
  // Line 0: the problem concerns the whole file (it cannot be read).
  if (line == 0) return file + ": error: " + message;
  return file + ":" + std::to_string(line) + ":" + std::to_string(column) + ": error: " + message;
}

bool parse_popolo(std::string_view json_text, const std::string& file_name,
                  const RegistryData& context, RegistryData& out, std::vector<FileError>& errors) {
  const size_t errors_before = errors.size();
  LocatedJson root;
  JsonSyntaxError syntax;
  if (!parse_located_json(json_text, root, syntax)) {
    errors.push_back(
        FileError::at(file_name, json_text, LineIndex(json_text), syntax.offset, syntax.message));
    return false;
  }
  PopoloReader(json_text, file_name, context, out, errors).read(root);
  return errors.size() == errors_before;
}

bool parse_popolo(std::string_view json_text, const std::string& file_name, RegistryData& out,
                  std::vector<FileError>& errors) {
  static const RegistryData kNothingKnown;
  return parse_popolo(json_text, file_name, kNothingKnown, out, errors);
}

}  // namespace readout::data
