// New text for a user registry file after adding a spelling or a person.
#include <algorithm>

#include "features.hpp"
#include "readout/data/popolo.hpp"
#include "readout/names.hpp"

namespace readout::lsp {
namespace {

bool read(const std::string& current, const std::string& file, RegistryData& out,
          std::string& error) {
  if (current.find_first_not_of(" \t\r\n") == std::string::npos) return true;
  std::vector<data::FileError> errors;
  if (data::parse_popolo(current, file, data::embedded_registry_data(), out, errors)) return true;
  error = "the registry file has errors; fix them first (" +
          (errors.empty() ? std::string("unreadable") : errors.front().to_string()) + ")";
  return false;
}

}  // namespace

RegistryEditResult add_alias_to_registry(const std::string& current, const std::string& file,
                                         const Person& person, const std::string& alias) {
  RegistryData data;
  RegistryEditResult result;
  if (!read(current, file, data, result.error)) return result;
  auto it = std::find_if(data.persons.begin(), data.persons.end(),
                         [&](const Person& p) { return p.id == person.id; });
  if (it == data.persons.end()) {
    // Records override by id, so the user file gets the whole record plus the new spelling.
    data.persons.push_back(person);
    it = std::prev(data.persons.end());
  }
  bool known = it->name == alias;
  for (const auto& other : it->other_names) known = known || other.name == alias;
  if (!known) it->other_names.push_back({alias, "", "spelling seen in a report"});
  result.text = data::write_popolo(data);
  return result;
}

RegistryEditResult add_person_to_registry(const std::string& current, const std::string& file,
                                          const std::string& name) {
  RegistryData data;
  RegistryEditResult result;
  if (!read(current, file, data, result.error)) return result;
  std::string id = "person-";
  for (char c : names::key(name)) id += c == ' ' ? '-' : c;
  if (id == "person-") id += "unnamed";
  std::string unique = id;
  for (int n = 2; std::any_of(data.persons.begin(), data.persons.end(),
                              [&](const Person& p) { return p.id == unique; });
       ++n)
    unique = id + "-" + std::to_string(n);
  Person person;
  person.id = unique;
  person.name = name;
  data.persons.push_back(std::move(person));
  result.text = data::write_popolo(data);
  return result;
}

}  // namespace readout::lsp
