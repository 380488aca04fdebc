// Posts, terms and people written out as a report writes them.
#include <algorithm>

#include "readout/post_description.hpp"
#include "readout/session/queries.hpp"

namespace readout::session {

std::string held_title(const HeldPost& held) {
  std::string title = !held.membership->label.empty() ? held.membership->label.str()
                      : held.post                     ? held.post->label.str()
                                                      : std::string();
  if (held.membership->acting && title.rfind("Acting ", 0) != 0) title = "Acting " + title;
  // Reports name the country separately: "Minister of Foreign Affairs", not "... of Kazakhstan".
  if (held.organization) {
    for (std::string suffix :
         {" of the " + held.organization->name, " of " + held.organization->name})
      if (title.size() > suffix.size() && title.ends_with(suffix)) {
        title.resize(title.size() - suffix.size());
        break;
      }
  }
  return title;
}

std::string combined_title(const std::vector<HeldPost>& posts) {
  std::string out;
  std::vector<std::string> seen;
  for (const auto& held : posts) {
    std::string title = held_title(held);
    if (title.empty() || std::find(seen.begin(), seen.end(), title) != seen.end()) continue;
    seen.push_back(title);
    out += (out.empty() ? "" : " and ") + title;
  }
  return out;
}

std::string person_card(const Registry& registry, const Person& person,
                        const std::optional<PartialDate>& date) {
  std::string out = "**" + person.name + "**\n";
  if (!person.other_names.empty()) {
    out += "\nAlso written: ";
    for (size_t i = 0; i < person.other_names.size(); ++i) {
      const auto& n = person.other_names[i];
      out += (i ? ", " : "") + n.name;
      if (!n.note.empty())
        out += " (" + n.note + ")";
      else if (!n.lang.empty())
        out += " (" + n.lang + ")";
    }
    out += "\n";
  }
  if (date) {
    auto on = registry.posts_on(person, *date);
    out += "\nOn " + date->to_display() + ": ";
    if (on.empty()) {
      out += "no post known\n";
    } else {
      for (size_t i = 0; i < on.size(); ++i) out += (i ? "; " : "") + describe_post(on[i]);
      out += "\n";
    }
  }
  auto posts = registry.posts_of(person);
  if (!posts.empty()) {
    out += "\nPosts:\n";
    for (const auto& held : posts) out += "- " + describe_held_post(held) + "\n";
  }
  std::string sources;
  for (const auto& s : person.sources) sources += "\n- " + (s.url.empty() ? s.note : s.url);
  out += "\nRegistry: " + (person.origin.empty() ? std::string("embedded") : person.origin) +
         " (id `" + person.id + "`)\n";
  if (!sources.empty()) out += "\nSources:" + sources + "\n";
  return out;
}

}  // namespace readout::session
