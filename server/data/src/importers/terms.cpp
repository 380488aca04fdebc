// How the importers combine terms from sources of different precision and age: a precise term
// corrects the vaguer ones it overlaps and leaves the others alone; a term that a snapshot left
// open ends when the person moves on to lead the country.
#include <algorithm>
#include <map>
#include <set>

#include "readout/data/importers.hpp"

namespace readout::data {

bool terms_overlap(const Membership& a, const Membership& b) {
  const long a_start = a.start_date ? a.start_date->earliest_day() : -1000000000L;
  const long a_end = a.end_date ? a.end_date->latest_day() : 1000000000L;
  const long b_start = b.start_date ? b.start_date->earliest_day() : -1000000000L;
  const long b_end = b.end_date ? b.end_date->latest_day() : 1000000000L;
  return a_start <= b_end && b_start <= a_end;
}

void merge_precise_terms(RegistryData& into, RegistryData later) {
  std::vector<Membership> terms = std::move(later.memberships);
  later.memberships.clear();
  into.merge_from(std::move(later));  // records only: no term of `into` is replaced here
  std::map<std::pair<std::string, std::string>, std::vector<const Membership*>> newer;
  for (const auto& m : terms) newer[{m.person_id.str(), m.post_id.str()}].push_back(&m);
  std::erase_if(into.memberships, [&](const Membership& old) {
    auto it = newer.find({old.person_id.str(), old.post_id.str()});
    if (it == newer.end()) return false;
    return std::any_of(it->second.begin(), it->second.end(),
                       [&](const Membership* m) { return terms_overlap(*m, old); });
  });
  for (auto& m : terms) into.memberships.push_back(std::move(m));
}

namespace {

// An heir keeps the title on becoming head of government (Saudi Arabia's Crown Prince became
// its Prime Minister in 2022): it is a rank in the succession, not an office one leaves.
bool is_heir_post(const std::string& label) {
  return label.starts_with("Crown Prince") || label.starts_with("Heir");
}

}  // namespace

std::vector<std::string> end_terms_on_promotion(RegistryData& data,
                                                const std::set<std::string>& head_posts,
                                                bool (*may_end)(const Membership&)) {
  std::map<std::string, std::vector<const Membership*>> heads_of_person;
  for (const auto& m : data.memberships)
    if (head_posts.count(m.post_id.str()) && m.start_date)
      heads_of_person[m.person_id.str()].push_back(&m);
  std::map<std::string, std::string> label_of;
  for (const auto& p : data.posts) label_of[p.id.str()] = p.label.str();
  std::vector<std::string> ended;
  for (auto& open : data.memberships) {
    if (open.end_date || !open.start_date || head_posts.count(open.post_id.str()) ||
        !may_end(open) || is_heir_post(label_of[open.post_id.str()]))
      continue;
    auto it = heads_of_person.find(open.person_id.str());
    if (it == heads_of_person.end()) continue;
    const Membership* first = nullptr;  // the first head term of the same country after it
    for (const Membership* head : it->second)
      if (head->organization_id == open.organization_id &&
          head->start_date->earliest_day() > open.start_date->latest_day() &&
          (!first || head->start_date->earliest_day() < first->start_date->earliest_day()))
        first = head;
    if (!first) continue;
    open.end_date = first->start_date;
    open.sources.push_back({first->sources.empty() ? std::string() : first->sources.front().url,
                            "ended when the person became " + label_of[first->post_id.str()] +
                                " (the source of the term "
                                "is a snapshot taken before)"});
    ended.push_back("term of " + open.person_id.str() + " as " + label_of[open.post_id.str()] +
                    " from " + open.start_date->to_string() + " ended on " +
                    first->start_date->to_string() + ", when the person became " +
                    label_of[first->post_id.str()]);
  }
  return ended;
}

}  // namespace readout::data
