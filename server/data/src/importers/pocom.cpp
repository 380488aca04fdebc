// `readout registry import pocom DIR`: the Office of the Historian's "Principal Officers and
// Chiefs of Mission" XML (people, principal positions, country and organisation missions).
#include <algorithm>
#include <filesystem>
#include <map>
#include <set>

#include <pugixml.hpp>

#include "importers/pocom_names.hpp"
#include "readout/data/files.hpp"
#include "readout/data/importers.hpp"

namespace readout::data {
namespace {

namespace fs = std::filesystem;

constexpr std::string_view kUnitedStates = "Q30";
constexpr std::string_view kPeopleUrl = "https://history.state.gov/departmenthistory/people/";
constexpr std::string_view kDataset =
    "Office of the Historian, Principal Officers and Chiefs of "
    "Mission (pocom)";

// Collapses runs of white space (titles wrap over lines in the XML) and writes the typographic
// apostrophe as the ASCII one people type.
std::string clean(std::string_view text) {
  std::string out;
  bool space = false;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text.compare(i, 3, "\xE2\x80\x99") == 0) {
      out.push_back('\'');
      i += 2;
      continue;
    }
    const char c = text[i];
    if (c == ' ' || c == '\n' || c == '\r' || c == '\t') {
      space = !out.empty();
      continue;
    }
    if (space) out.push_back(' ');
    space = false;
    out.push_back(c);
  }
  return out;
}

std::string text_of(const pugi::xml_node& node, const char* path) {
  return clean(node.first_element_by_path(path).text().as_string());
}

// The files of a folder in name order, so that the output does not depend on the file system.
std::vector<fs::path> xml_files(const fs::path& dir, bool recursive) {
  std::vector<fs::path> out;
  std::error_code ec;
  if (recursive) {
    for (const auto& e : fs::recursive_directory_iterator(dir, ec))
      if (e.is_regular_file() && e.path().extension() == ".xml") out.push_back(e.path());
  } else {
    for (const auto& e : fs::directory_iterator(dir, ec))
      if (e.is_regular_file() && e.path().extension() == ".xml") out.push_back(e.path());
  }
  std::sort(out.begin(), out.end());
  return out;
}

class PocomReader {
 public:
  PocomReader(const fs::path& dir, RegistryData& out, std::vector<FileError>& errors,
              ImportReport& report)
      : dir_(dir), out_(out), errors_(errors), report_(report) {}

  bool run() {
    if (!fs::is_directory(dir_ / "people") || !fs::is_directory(dir_ / "positions-principals")) {
      errors_.push_back(
          {dir_.string(), 0, 0, "not a pocom folder (expected people/ and positions-principals/)"});
      return false;
    }
    read_roles();
    read_people();
    for (const auto& f : xml_files(dir_ / "positions-principals", false)) read_principals(f);
    for (const auto& f : xml_files(dir_ / "missions-countries", false)) read_country_mission(f);
    for (const auto& f : xml_files(dir_ / "missions-orgs", false)) read_org_mission(f);
    add_persons();
    out_.organizations.push_back(united_states());
    return errors_.empty();
  }

 private:
  bool load(const fs::path& file, pugi::xml_document& doc) {
    std::string text, error;
    if (!read_file(file, text, error)) {
      errors_.push_back({file.string(), 0, 0, "cannot read: " + error});
      return false;
    }
    pugi::xml_parse_result result = doc.load_buffer(text.data(), text.size());
    if (!result) {
      // pugixml reports a byte offset; turn it into line:column.
      const auto upto = std::string_view(text).substr(0, static_cast<size_t>(result.offset));
      const auto line = static_cast<uint32_t>(std::count(upto.begin(), upto.end(), '\n') + 1);
      const size_t line_start = upto.rfind('\n');
      const auto column = static_cast<uint32_t>(
          upto.size() - (line_start == std::string_view::npos ? 0 : line_start + 1) + 1);
      errors_.push_back({file.string(), line, column, result.description()});
      return false;
    }
    return true;
  }

  void read_roles() {
    for (const auto& f : xml_files(dir_ / "roles-country-chiefs", false)) {
      pugi::xml_document doc;
      if (!load(f, doc)) continue;
      const pugi::xml_node role = doc.child("role");
      role_titles_[text_of(role, "id")] = text_of(role, "names/singular");
    }
  }

  static Organization united_states() {
    return {std::string(kUnitedStates),
            "United States",
            "country",
            {{"United States of America", "", ""},
             {"US", "", ""},
             {"USA", "", ""},
             {"U.S.", "", ""},
             {"U.S.A.", "", ""}},
            {{"https://www.wikidata.org/wiki/Q30", "Wikidata"}},
            {{"wikidata", "Q30"}}};
  }

  Post& add_post(const std::string& id, std::string label, std::vector<std::string> others,
                 const std::string& url) {
    for (auto& p : out_.posts)
      if (p.id == id) return p;
    std::erase(others, label);
    out_.posts.push_back({id,
                          std::move(label),
                          record_strings(std::move(others)),
                          std::string(kUnitedStates),
                          {{url, std::string(kDataset)}}});
    return out_.posts.back();
  }

  static void add_label(Post& post, const std::string& label) {
    if (!label.empty() && label != post.label &&
        std::find(post.other_labels.begin(), post.other_labels.end(), label) ==
            post.other_labels.end())
      post.other_labels.push_back(label);
  }

  // One <principal> or <chief> record as a membership; false when it never took effect.
  bool add_term(const pugi::xml_node& record, const fs::path& file, const std::string& post_id,
                const std::string& role_title, bool acting) {
    ++report_.rows;
    const std::string person = text_of(record, "person-id");
    const std::string where = file.string() + ": " + text_of(record, "id");
    if (person.empty()) {
      report_.skipped.push_back(where + ": no person");
      return false;
    }
    const std::string ended_note = text_of(record, "ended/note");
    std::optional<PartialDate> start;
    for (const char* field : {"started/date", "arrived/date", "appointed/date"}) {
      const std::string value = text_of(record, field);
      if (value.empty()) continue;
      start = PartialDate::parse(value);
      if (!start) {
        errors_.push_back({file.string(), 0, 0,
                           text_of(record, "id") + ": '" + value +
                               "' is not a valid date: " + PartialDate::explain_invalid(value)});
        return false;
      }
      // Appointed but never in post: declined, withdrawn, did not proceed.
      if (std::string_view(field) != "started/date" && text_of(record, "started/date").empty()) {
        for (std::string_view never : {"Declined", "declined", "not proceed", "withdrawn",
                                       "Not commissioned", "not commissioned"}) {
          if (ended_note.find(never) != std::string::npos) {
            report_.skipped.push_back(where + ": never took up the post (" + ended_note + ")");
            return false;
          }
        }
      }
      break;
    }
    if (!start) {
      report_.skipped.push_back(where + ": no start date");
      return false;
    }
    Membership m;
    m.person_id = "pocom-" + person;
    m.post_id = post_id;
    m.organization_id = std::string(kUnitedStates);
    m.start_date = start;
    if (const std::string end = text_of(record, "ended/date"); !end.empty())
      m.end_date = PartialDate::parse(end);
    if (m.end_date && m.end_date->latest_day() < start->earliest_day()) {
      report_.skipped.push_back(where + ": ends (" + m.end_date->to_string() +
                                ") before it starts (" + start->to_string() + ")");
      return false;
    }
    m.acting = acting;
    m.label = role_title;
    m.sources.push_back({std::string(kPeopleUrl) + person, std::string(kDataset)});
    out_.memberships.push_back(std::move(m));
    ++report_.imported;
    return true;
  }

  static bool is_acting_role(std::string_view role_id) {
    return role_id.find("ad-interim") != std::string_view::npos ||
           role_id.find("pro-tem") != std::string_view::npos ||
           role_id.find("acting") != std::string_view::npos;
  }

  void read_principals(const fs::path& file) {
    pugi::xml_document doc;
    if (!load(file, doc)) return;
    const pugi::xml_node position = doc.child("principal-position");
    std::string id = text_of(position, "id");
    const std::string label = text_of(position, "names/singular");
    // "Secretary of State ad interim" is an acting term in the Secretary's post.
    bool acting = false;
    std::string post_label = label;
    if (const size_t at = id.rfind("-ad-interim"); at != std::string::npos) {
      id = id.substr(0, at);
      acting = true;
      if (const size_t t = post_label.rfind(" ad interim"); t != std::string::npos)
        post_label = post_label.substr(0, t);
    }
    const std::string post_id = "pocom-" + id;
    Post& post = add_post(post_id, post_label,
                          {"United States " + post_label, "US " + post_label, "U.S. " + post_label},
                          "https://history.state.gov/departmenthistory/people/principals-chiefs");
    add_label(post, clean(position.child("names").child("alternate").text().as_string()));
    for (const auto& p : position.child("principals").children("principal")) {
      const std::string role_id = text_of(p, "role-title-id");
      add_term(p, file, post_id, label, acting || is_acting_role(role_id));
    }
  }

  void read_country_mission(const fs::path& file) {
    pugi::xml_document doc;
    if (!load(file, doc)) return;
    const pugi::xml_node mission = doc.child("country-mission");
    const std::string territory = text_of(mission, "territory-id");
    const std::string country = pocom::territory_name(territory);
    std::vector<std::string> labels = {
        "US Ambassador to " + country, "U.S. Ambassador to " + country,
        "United States Ambassador to " + country, "Ambassador to " + country, "Ambassador"};
    for (const auto& alias : pocom::territory_aliases(territory)) {
      labels.push_back("Ambassador of the United States to " + alias);
      labels.push_back("US Ambassador to " + alias);
      labels.push_back("Ambassador to " + alias);
    }
    const std::string post_id = "pocom-chief-" + territory;
    Post& post =
        add_post(post_id, "Ambassador of the United States to " + country, labels,
                 "https://history.state.gov/departmenthistory/people/chiefsofmission/" + territory);
    const size_t post_index = static_cast<size_t>(&post - out_.posts.data());
    for (const auto& chief : mission.child("chiefs").children("chief")) {
      const std::string role_id = text_of(chief, "role-title-id");
      auto title = role_titles_.find(role_id);
      const std::string role = title == role_titles_.end() ? std::string() : title->second;
      if (add_term(chief, file, post_id, role, is_acting_role(role_id)))
        add_label(out_.posts[post_index], role);
    }
  }

  void read_org_mission(const fs::path& file) {
    pugi::xml_document doc;
    if (!load(file, doc)) return;
    const pugi::xml_node mission = doc.child("org-mission");
    const std::string id = text_of(mission, "id");
    const std::string label = text_of(mission, "names/singular");
    // "Representative of the U.S.A. to the United Nations (New York)": the body after " to ".
    std::string body;
    if (const size_t to = label.find(" to "); to != std::string::npos) body = label.substr(to + 4);
    if (const size_t paren = body.find(" ("); paren != std::string::npos) body.resize(paren);
    std::vector<std::string> labels;
    if (!body.empty()) {
      for (std::string_view prefix :
           {"US Ambassador to ", "U.S. Ambassador to ", "United States Ambassador to ",
            "Ambassador to ", "US Representative to ", "Representative to ",
            "Permanent Representative to ", "Ambassador"})
        labels.push_back(std::string(prefix) + (prefix == "Ambassador" ? "" : body));
    }
    const std::string post_id = "pocom-" + id;
    add_post(post_id, label, labels,
             "https://history.state.gov/departmenthistory/people/chiefsofmission/" + id);
    for (const auto& chief : mission.child("chiefs").children("chief"))
      add_term(chief, file, post_id, label, is_acting_role(text_of(chief, "role-title-id")));
  }

  // Every person file, by its id and its old ids ("blinken-antony" -> "blinken-antony-j").
  void read_people() {
    for (const auto& file : xml_files(dir_ / "people", true)) {
      pugi::xml_document doc;
      if (!load(file, doc)) continue;
      const pugi::xml_node record = doc.child("person");
      const std::string id = text_of(record, "id");
      people_[id] = person_of(record, id);
      for (const auto& old : record.child("old-ids").children("old-id"))
        old_ids_.emplace(clean(old.text().as_string()), id);
    }
  }

  // "Forename Surname Jr." with the short forms as other names.
  static Person person_of(const pugi::xml_node& record, const std::string& id) {
    const pugi::xml_node name = record.child("persName");
    const std::string forename = text_of(name, "forename");
    const std::string surname = text_of(name, "surname");
    const std::string suffix = text_of(name, "genName");
    std::string full = forename.empty() ? surname : forename + " " + surname;
    Person person;
    person.id = "pocom-" + id;
    person.name = suffix.empty() ? full : full + " " + suffix;
    auto add_other = [&](const std::string& other, const char* note) {
      if (other.empty() || other == person.name) return;
      for (const auto& o : person.other_names)
        if (o.name == other) return;
      person.other_names.push_back({other, "", note});
    };
    if (!suffix.empty()) add_other(full, "without suffix");
    for (const auto& alt : name.children("altname")) add_other(clean(alt.text().as_string()), "");
    // "Antony John Blinken" is usually written "Antony Blinken".
    if (const size_t space = forename.find(' '); space != std::string::npos)
      add_other(forename.substr(0, space) + " " + surname, "short form");
    person.sources.push_back({std::string(kPeopleUrl) + id, std::string(kDataset)});
    person.identifiers.push_back({"pocom", id});
    return person;
  }

  // Persons of the terms, joined by id; terms of unknown persons are left out.
  void add_persons() {
    std::set<std::string> added;
    std::erase_if(out_.memberships, [&](Membership& m) {
      std::string id = m.person_id.str().substr(6);  // without "pocom-"
      if (!people_.count(id)) {
        auto old = old_ids_.find(id);
        if (old == old_ids_.end()) {
          report_.skipped.push_back("person " + id + ": no file in people/");
          --report_.imported;
          return true;
        }
        id = old->second;
        m.person_id = "pocom-" + id;
      }
      if (added.insert(id).second) out_.persons.push_back(people_[id]);
      return false;
    });
  }

  fs::path dir_;
  RegistryData& out_;
  std::vector<FileError>& errors_;
  ImportReport& report_;
  std::map<std::string, std::string> role_titles_;
  std::map<std::string, Person> people_;
  std::map<std::string, std::string> old_ids_;
};

}  // namespace

bool import_pocom(const std::filesystem::path& dir, RegistryData& out,
                  std::vector<FileError>& errors, ImportReport& report) {
  RegistryData one;
  const size_t errors_before = errors.size();
  std::vector<FileError> mine;
  PocomReader(dir, one, mine, report).run();
  // Chargés d'affaires ad interim often have no recorded end: their charge ended when the next
  // chief of mission took over.
  end_terms_at_successor(one, [](const Membership&) { return true; });
  errors.insert(errors.end(), mine.begin(), mine.end());
  out.merge_from(std::move(one));
  return errors.size() == errors_before;
}

}  // namespace readout::data
