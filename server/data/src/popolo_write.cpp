// Writing registry files: fixed key order, one record per line.
#include <nlohmann/json.hpp>

#include "popolo_records.hpp"
#include "readout/data/popolo.hpp"

namespace readout::data {
namespace {

using Json = nlohmann::ordered_json;

void put_string(Json& j, const char* key, std::string_view value) {
  if (!value.empty()) j[key] = std::string(value);
}

void put_other_names(Json& j, const std::vector<OtherName>& names) {
  if (names.empty()) return;
  Json list = Json::array();
  for (const auto& n : names) {
    Json item = Json::object();
    put_string(item, "name", n.name);
    put_string(item, "lang", n.lang);
    put_string(item, "note", n.note);
    list.push_back(std::move(item));
  }
  j["other_names"] = std::move(list);
}

void put_identifiers(Json& j, const std::vector<Identifier>& ids) {
  if (ids.empty()) return;
  Json list = Json::array();
  for (const auto& i : ids)
    list.push_back(Json{{"scheme", i.scheme.str()}, {"identifier", i.identifier.str()}});
  j["identifiers"] = std::move(list);
}

void put_sources(Json& j, const std::vector<SourceRef>& sources) {
  if (sources.empty()) return;
  Json list = Json::array();
  for (const auto& s : sources) {
    Json item = Json::object();
    put_string(item, "url", s.url);
    put_string(item, "note", s.note);
    list.push_back(std::move(item));
  }
  j["sources"] = std::move(list);
}

void write_collection(std::string& out, const char* name, const std::vector<Json>& records,
                      bool last) {
  out += "  \"";
  out += name;
  out += "\": [";
  for (size_t i = 0; i < records.size(); ++i) {
    out += i == 0 ? "\n    " : ",\n    ";
    out += records[i].dump(-1, ' ', false, Json::error_handler_t::replace);
  }
  out += records.empty() ? "]" : "\n  ]";
  out += last ? "\n" : ",\n";
}

}  // namespace

Json person_json(const Person& p) {
  Json j = Json::object();
  put_string(j, "id", p.id);
  put_string(j, "name", p.name);
  put_other_names(j, p.other_names);
  put_identifiers(j, p.identifiers);
  put_sources(j, p.sources);
  return j;
}

Json organization_json(const Organization& o) {
  Json j = Json::object();
  put_string(j, "id", o.id);
  put_string(j, "name", o.name);
  put_string(j, "classification", o.classification);
  put_other_names(j, o.other_names);
  put_identifiers(j, o.identifiers);
  put_sources(j, o.sources);
  return j;
}

Json post_json(const Post& p) {
  Json j = Json::object();
  put_string(j, "id", p.id);
  put_string(j, "label", p.label);
  if (!p.other_labels.empty()) j["other_label"] = p.other_labels;
  put_string(j, "organization_id", p.organization_id);
  put_sources(j, p.sources);
  return j;
}

Json membership_json(const Membership& m) {
  Json j = Json::object();
  put_string(j, "person_id", m.person_id);
  put_string(j, "post_id", m.post_id);
  put_string(j, "organization_id", m.organization_id);
  if (m.start_date) j["start_date"] = m.start_date->to_string();
  if (m.end_date) j["end_date"] = m.end_date->to_string();
  if (m.acting) j["acting"] = true;
  put_string(j, "label", m.label);
  put_sources(j, m.sources);
  return j;
}

Json source_date_json(const SourceDate& d) {
  return Json{{"note", d.note}, {"as_of", d.as_of.to_string()}};
}

std::string write_popolo(const RegistryData& data) {
  std::vector<Json> persons, organizations, posts, memberships, source_dates;
  for (const auto& p : data.persons) persons.push_back(person_json(p));
  for (const auto& o : data.organizations) organizations.push_back(organization_json(o));
  for (const auto& p : data.posts) posts.push_back(post_json(p));
  for (const auto& m : data.memberships) memberships.push_back(membership_json(m));
  for (const auto& d : data.source_dates) source_dates.push_back(source_date_json(d));
  std::string out = "{\n";
  write_collection(out, "persons", persons, false);
  write_collection(out, "organizations", organizations, false);
  write_collection(out, "posts", posts, false);
  write_collection(out, "memberships", memberships, source_dates.empty());
  if (!source_dates.empty()) write_collection(out, "source_dates", source_dates, true);
  out += "}\n";
  return out;
}

}  // namespace readout::data
