// Merging one source's records into the persons and posts other sources already know, so that
// the registry files, loaded one after the other, hold each person once.
#include <algorithm>
#include <map>
#include <set>
#include <sstream>

#include "readout/data/importers.hpp"
#include "readout/names.hpp"

namespace readout::data {
namespace {

std::string span_text(const Membership& m) {
  return (m.start_date ? m.start_date->to_string() : std::string("?")) + ".." +
         (m.end_date ? m.end_date->to_string() : std::string());
}

// Name keys that identify a person across sources: the whole name, and first + last name
// ("Antony John Blinken" and "Antony Blinken" share "antony blinken").
std::set<std::string> person_keys(const Person& p) {
  std::set<std::string> out;
  auto add = [&](const std::string& name) {
    std::vector<std::string> t = names::tokens(name);
    std::erase_if(t, [](const std::string& s) { return s == "jr" || s == "sr" || s == "iii"; });
    if (t.empty()) return;
    std::string whole;
    for (const auto& s : t) whole += (whole.empty() ? "" : " ") + s;
    out.insert(whole);
    if (t.size() > 2) out.insert(t.front() + " " + t.back());
  };
  add(p.name.str());
  for (const auto& o : p.other_names) add(o.name.str());
  return out;
}

std::set<std::string> title_keys(const Post& p) {
  std::set<std::string> out = {names::key(p.label)};
  for (const auto& l : p.other_labels) out.insert(names::key(l));
  return out;
}

std::string post_name(const RegistryData& data, const std::string& id) {
  for (const auto& p : data.posts)
    if (p.id == id) return p.label.str();
  return id;
}

}  // namespace

void merge_into_known(const RegistryData& base, RegistryData& incoming, MergeReport& report) {
  // Posts: the same organization and a label that the other side lists.
  std::map<std::string, std::vector<std::pair<const Post*, std::set<std::string>>>> base_posts;
  for (const auto& b : base.posts)
    base_posts[b.organization_id.str()].emplace_back(&b, title_keys(b));
  std::map<std::string, std::string> post_renames;
  for (auto& post : incoming.posts) {
    const std::string key = names::key(post.label);
    const std::set<std::string> keys = title_keys(post);
    std::vector<const Post*> matches;
    for (const auto& [b, b_keys] : base_posts[post.organization_id.str()])
      if (b_keys.count(key) || keys.count(names::key(b->label))) matches.push_back(b);
    if (matches.size() == 1) {
      post_renames[post.id.str()] = matches[0]->id.str();
      report.merged_posts.push_back("post " + post.id + " \"" + post.label +
                                    "\" = " + matches[0]->id + " \"" + matches[0]->label + "\"");
      post.id = matches[0]->id;
    } else if (matches.size() > 1) {
      std::string ids;
      for (const Post* m : matches) ids += " " + m->id;
      report.conflicts.push_back("post " + post.id + " \"" + post.label +
                                 "\" matches several posts (" + ids.substr(1) + "): kept apart");
    }
  }
  for (auto& m : incoming.memberships)
    if (auto it = post_renames.find(m.post_id.str()); it != post_renames.end())
      m.post_id = it->second;

  // Persons: same normalised name, and a term in the same organization that overlaps.
  std::map<std::string, std::vector<size_t>> base_by_key;
  for (size_t i = 0; i < base.persons.size(); ++i)
    for (const auto& k : person_keys(base.persons[i])) base_by_key[k].push_back(i);
  std::map<std::string, std::vector<const Membership*>> base_terms, incoming_terms;
  for (const auto& m : base.memberships) base_terms[m.person_id.str()].push_back(&m);
  for (const auto& m : incoming.memberships) incoming_terms[m.person_id.str()].push_back(&m);

  std::map<std::string, std::string> person_renames;
  for (auto& person : incoming.persons) {
    std::set<size_t> candidates;
    for (const auto& k : person_keys(person))
      if (auto it = base_by_key.find(k); it != base_by_key.end())
        candidates.insert(it->second.begin(), it->second.end());
    if (candidates.empty()) continue;
    std::vector<std::pair<size_t, std::string>> overlapping;  // base person, why
    for (size_t c : candidates) {
      std::string why;
      for (const Membership* mine : incoming_terms[person.id.str()])
        for (const Membership* theirs : base_terms[base.persons[c].id.str()])
          if (why.empty() && mine->organization_id == theirs->organization_id &&
              terms_overlap(*mine, *theirs))
            why = post_name(incoming, mine->post_id.str()) + " " + span_text(*mine) + " / " +
                  post_name(base, theirs->post_id.str()) + " " + span_text(*theirs);
      if (!why.empty()) overlapping.emplace_back(c, why);
    }
    if (overlapping.size() != 1) {
      std::string ids;
      for (size_t c : candidates) ids += " " + base.persons[c].id;
      report.conflicts.push_back(
          "person " + person.id + " \"" + person.name + "\" has the name of" + ids + " but " +
          (overlapping.empty() ? "no term in the same organization at the same time"
                               : "overlaps with several of them") +
          ": kept apart");
      continue;
    }
    const Person& known = base.persons[overlapping[0].first];
    report.merged_persons.push_back("person " + person.id + " \"" + person.name +
                                    "\" = " + known.id + " \"" + known.name + "\" (" +
                                    overlapping[0].second + ")");
    person_renames[person.id.str()] = known.id.str();
    // Keep the known preferred spelling; this source's spellings become other names.
    if (person.name != known.name) {
      std::erase_if(person.other_names, [&](const OtherName& o) { return o.name == known.name; });
      person.other_names.insert(person.other_names.begin(), {person.name, "", ""});
      person.name = known.name;
    }
    person.id = known.id;
  }
  for (auto& m : incoming.memberships)
    if (auto it = person_renames.find(m.person_id.str()); it != person_renames.end())
      m.person_id = it->second;

  // Terms both sides record: this source's replace the known ones when loaded; say where the
  // dates disagree.
  std::set<std::pair<std::string, std::string>> pairs;
  for (const auto& m : incoming.memberships) pairs.emplace(m.person_id, m.post_id);
  for (const auto& theirs : base.memberships) {
    if (!pairs.count({theirs.person_id.str(), theirs.post_id.str()})) continue;
    bool same = false;
    const Membership* closest = nullptr;
    for (const auto& mine : incoming.memberships) {
      if (mine.person_id != theirs.person_id || mine.post_id != theirs.post_id) continue;
      if (mine.start_date == theirs.start_date && mine.end_date == theirs.end_date) same = true;
      if (!closest && terms_overlap(mine, theirs)) closest = &mine;
    }
    if (same) continue;
    report.conflicts.push_back(
        "term of " + theirs.person_id.str() + " as " + post_name(base, theirs.post_id.str()) +
        ": " + span_text(theirs) + " in the known records, " +
        (closest ? span_text(*closest) : std::string("no overlapping term")) + " here (kept)");
  }
}

size_t end_terms_at_successor(RegistryData& data, bool (*applies)(const Membership&)) {
  std::map<std::string, std::vector<Membership*>> by_post;
  for (auto& m : data.memberships)
    if (m.start_date) by_post[m.post_id.str()].push_back(&m);
  size_t ended = 0;
  for (auto& [post, terms] : by_post) {
    for (Membership* open : terms) {
      if (open->end_date || !applies(*open)) continue;
      const Membership* next = nullptr;
      for (const Membership* other : terms)
        if (other->start_date->earliest_day() > open->start_date->latest_day() &&
            (!next || other->start_date->earliest_day() < next->start_date->earliest_day()))
          next = other;
      if (!next) continue;
      open->end_date = next->start_date;
      ++ended;
    }
  }
  return ended;
}

std::string merge_report_markdown(const MergeReport& report, const std::string& title) {
  std::ostringstream out;
  out << "# " << title << "\n\n"
      << "Generated by `readout registry import`; do not edit.\n\n"
      << "- posts merged: " << report.merged_posts.size() << "\n"
      << "- persons merged by name, country and overlapping terms: " << report.merged_persons.size()
      << "\n"
      << "- persons merged by Wikidata id (across Wikidata files): " << report.merged_by_id.size()
      << "\n"
      << "- conflicts: " << report.conflicts.size() << "\n";
  auto section = [&](const char* name, const std::vector<std::string>& lines) {
    out << "\n## " << name << " (" << lines.size() << ")\n\n";
    for (const auto& l : lines) out << "- " << l << "\n";
  };
  section("Merged posts", report.merged_posts);
  section("Merged persons", report.merged_persons);
  section("Persons in several data sets (same Wikidata id)", report.merged_by_id);
  section("Conflicts", report.conflicts);
  return out.str();
}

}  // namespace readout::data
