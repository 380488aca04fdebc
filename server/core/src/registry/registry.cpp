// Registry: merging registry data, building the indexes, and look-ups by id, post and date.
#include "readout/registry.hpp"

#include <algorithm>
#include <limits>
#include <set>
#include <utility>

#include "readout/names.hpp"
#include "readout/registry_image.hpp"
#include "registry/registry_index.hpp"

namespace readout {
namespace {

void add_other_name(std::vector<OtherName>& names, OtherName name) {
  for (const auto& existing : names)
    if (existing.name == name.name) return;
  names.push_back(std::move(name));
}

void add_identifiers(std::vector<Identifier>& ids, const std::vector<Identifier>& more) {
  for (const auto& i : more) {
    bool known = std::any_of(ids.begin(), ids.end(), [&](const Identifier& x) {
      return x.scheme == i.scheme && x.identifier == i.identifier;
    });
    if (!known) ids.push_back(i);
  }
}

void add_sources(std::vector<SourceRef>& sources, const std::vector<SourceRef>& more) {
  for (const auto& s : more) {
    bool known = std::any_of(sources.begin(), sources.end(), [&](const SourceRef& r) {
      return r.url == s.url && r.note == s.note;
    });
    if (!known) sources.push_back(s);
  }
}

// The later record wins field by field, but keeps the earlier one's names and sources so that
// a curated spelling does not make the generated one unknown.
void merge_person(Person& earlier, Person later) {
  const RecordString old_name = earlier.name;
  std::vector<OtherName> old_others = std::move(earlier.other_names);
  std::vector<SourceRef> old_sources = std::move(earlier.sources);
  std::vector<Identifier> old_ids = std::move(earlier.identifiers);
  earlier = std::move(later);
  add_identifiers(earlier.identifiers, old_ids);
  if (!old_name.empty() && old_name != earlier.name)
    add_other_name(earlier.other_names, {old_name, "", "spelling in an earlier registry file"});
  for (auto& n : old_others)
    if (n.name != earlier.name) add_other_name(earlier.other_names, std::move(n));
  add_sources(earlier.sources, old_sources);
}

void merge_organization(Organization& earlier, Organization later) {
  std::vector<OtherName> old_others = std::move(earlier.other_names);
  std::vector<SourceRef> old_sources = std::move(earlier.sources);
  const RecordString old_name = earlier.name;
  const RecordString old_classification = earlier.classification;
  std::vector<Identifier> old_ids = std::move(earlier.identifiers);
  earlier = std::move(later);
  add_identifiers(earlier.identifiers, old_ids);
  if (earlier.classification.empty()) earlier.classification = old_classification;
  if (!old_name.empty() && old_name != earlier.name)
    add_other_name(earlier.other_names, {old_name, "", ""});
  for (auto& n : old_others)
    if (n.name != earlier.name) add_other_name(earlier.other_names, std::move(n));
  add_sources(earlier.sources, old_sources);
}

void merge_post(Post& earlier, Post later) {
  std::vector<RecordString> labels = std::move(earlier.other_labels);
  if (!earlier.label.empty()) labels.push_back(earlier.label);
  std::vector<SourceRef> old_sources = std::move(earlier.sources);
  const RecordString old_org = earlier.organization_id;
  earlier = std::move(later);
  if (earlier.organization_id.empty()) earlier.organization_id = old_org;
  for (auto& l : labels)
    if (l != earlier.label && std::find(earlier.other_labels.begin(), earlier.other_labels.end(),
                                        l) == earlier.other_labels.end())
      earlier.other_labels.push_back(std::move(l));
  add_sources(earlier.sources, old_sources);
}

// Merges records with ids: same id -> merged in place, new id -> appended.
template <typename Record, typename MergeFn>
void merge_records(std::vector<Record>& into, std::vector<Record> later, MergeFn merge) {
  std::unordered_map<std::string, size_t> position;
  for (size_t i = 0; i < into.size(); ++i) position.emplace(into[i].id.str(), i);
  for (auto& record : later) {
    auto it = record.id.empty() ? position.end() : position.find(record.id.str());
    if (it != position.end()) {
      merge(into[it->second], std::move(record));
    } else {
      if (!record.id.empty()) position.emplace(record.id.str(), into.size());
      into.push_back(std::move(record));
    }
  }
}

// A names::key back into its tokens.
std::vector<std::string> split_key(std::string_view key) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start < key.size()) {
    size_t end = key.find(' ', start);
    if (end == std::string::npos) end = key.size();
    if (end > start) out.emplace_back(key.substr(start, end - start));
    start = end + 1;
  }
  return out;
}

std::string joined(const std::vector<std::string>& tokens, bool sorted) {
  // Views, not copies: this runs for every spelling of every official when the index is built.
  std::vector<std::string_view> t(tokens.begin(), tokens.end());
  if (sorted) std::sort(t.begin(), t.end());
  return names::join(t);
}

// Where a royal's registry name ends in "of <country>" ("Abdullah II of Jordan"), the name
// before it (at least two tokens), as written in the spelling: how the person is written.
std::string_view name_before_of(std::string_view spelling, const std::vector<std::string>& tokens) {
  const auto of = std::find(tokens.begin(), tokens.end(), "of");
  if (of == tokens.end() || of - tokens.begin() < 2 || tokens.end() - of > 4) return {};
  const size_t at = spelling.find(" of ");
  return at == std::string_view::npos ? std::string_view() : spelling.substr(0, at);
}

// What identifies the source of a term for one country: its first source's note
// ("every-politician-scrapers, holders21.csv"; the URLs differ person by person) and the
// organization. A data set of many countries' cabinets stops at different dates per country.
std::string source_key(const Membership& m, const RegistryRecords& d, const HashedIndex& post_ids) {
  std::string key(m.sources.empty() ? std::string_view() : m.sources.front().note.view());
  key += '\x1f';
  if (!m.organization_id.empty()) {
    key += m.organization_id;
  } else if (auto post = Registry::Index::find_id(post_ids, d.posts, m.post_id)) {
    key += d.posts[*post].organization_id;
  }
  return key;
}

}  // namespace

namespace registry_detail {

NameKeyForms name_key_forms(const std::vector<std::string>& tokens) {
  // Views of the tokens, sorted in place for the order-free forms: each find_person makes these.
  std::vector<std::string_view> all(tokens.begin(), tokens.end());
  std::vector<std::string_view> bare;
  bare.reserve(all.size());
  for (std::string_view t : all)
    if (!names::is_optional_part(t)) bare.push_back(t);
  const bool all_bare = bare.empty() || bare.size() == all.size();
  if (bare.empty()) bare = all;
  NameKeyForms forms;
  forms.plain = names::join(all);
  forms.bare = all_bare ? forms.plain : names::join(bare);
  std::sort(all.begin(), all.end());
  forms.order_free = names::join(all);
  std::sort(bare.begin(), bare.end());
  forms.bare_order_free = all_bare ? forms.order_free : names::join(bare);
  std::vector<std::string> skeleton;
  skeleton.reserve(bare.size());
  for (std::string_view t : bare) skeleton.push_back(names::romanisation_skeleton(t));
  std::vector<std::string_view> skeleton_views(skeleton.begin(), skeleton.end());
  std::sort(skeleton_views.begin(), skeleton_views.end());
  forms.skeleton = names::join(skeleton_views);
  return forms;
}

}  // namespace registry_detail

// Memberships have no ids: a later file that lists any membership of a person in a post
// replaces all earlier memberships of that person in that post (curated terms win).
void RegistryData::merge_from(RegistryData later) {
  merge_records(persons, std::move(later.persons), merge_person);
  merge_records(organizations, std::move(later.organizations), merge_organization);
  merge_records(posts, std::move(later.posts), merge_post);
  std::set<std::pair<std::string, std::string>> replaced;
  for (const auto& m : later.memberships) replaced.emplace(m.person_id.str(), m.post_id.str());
  std::erase_if(memberships, [&](const Membership& m) {
    return replaced.count({m.person_id.str(), m.post_id.str()}) > 0;
  });
  for (auto& m : later.memberships) memberships.push_back(std::move(m));
  for (auto& date : later.source_dates) {
    std::erase_if(source_dates, [&](const SourceDate& d) { return d.note == date.note; });
    source_dates.push_back(std::move(date));
  }
}

// Person names: built on the first name look-up (thousands of spellings to key).
uint64_t HashedIndex::hash(std::string_view key) {
  constexpr uint64_t kMultiplier = 0xc6a4a7935bd1e995ULL;
  constexpr int kShift = 47;
  uint64_t h = 0x9e3779b97f4a7c15ULL ^ (key.size() * kMultiplier);
  auto mix = [&](uint64_t k) {
    k *= kMultiplier;
    k ^= k >> kShift;
    k *= kMultiplier;
    h ^= k;
    h *= kMultiplier;
  };
  size_t at = 0;
  for (; at + 8 <= key.size(); at += 8) {
    uint64_t k = 0;
    for (int b = 0; b < 8; ++b)  // little-endian by construction, whatever the machine
      k |= static_cast<uint64_t>(static_cast<unsigned char>(key[at + b])) << (8 * b);
    mix(k);
  }
  if (at < key.size()) {
    uint64_t k = 0;
    for (size_t b = 0; at + b < key.size(); ++b)
      k |= static_cast<uint64_t>(static_cast<unsigned char>(key[at + b])) << (8 * b);
    h ^= k;
    h *= kMultiplier;
  }
  h ^= h >> kShift;
  h *= kMultiplier;
  h ^= h >> kShift;
  return h;
}

void HashedIndex::finish() {
  std::sort(owned_.begin(), owned_.end());
  owned_.erase(std::unique(owned_.begin(), owned_.end()), owned_.end());
  entries_ = owned_;
}

void Registry::Index::ensure_names(const RegistryRecords& d) const {
  std::call_once(names_built, [&] {
    if (!names_section.empty() && adopt_names(d, names_section)) return;
    const Index* index = this;
    // Names of persons.
    size_t spellings = 0;
    auto may_have_short_form = [](std::string_view name) {
      return name.find(" of ") != std::string_view::npos;
    };
    for (const Person& person : d.persons) {
      spellings += 1 + person.other_names.size() + (may_have_short_form(person.name) ? 1 : 0);
      for (const auto& other : person.other_names)
        spellings += may_have_short_form(other.name) ? 1 : 0;
    }
    // Reserved for the most each can get (see add_spelling), so that none grows by copying.
    index->owned_names.reserve(spellings);
    index->names_by_key.reserve(5 * spellings);
    index->names_by_surname.reserve(spellings);
    size_t tokens = 0;
    for (const Person& person : d.persons) {
      tokens += static_cast<size_t>(std::count(person.key.begin(), person.key.end(), ' ')) + 1;
      for (const auto& other : person.other_names)
        tokens += static_cast<size_t>(std::count(other.key.begin(), other.key.end(), ' ')) + 1;
    }
    index->names_by_token.reserve(tokens);
    for (size_t p = 0; p < d.persons.size(); ++p) {
      const Person& person = d.persons[p];
      // Returns the name before "of <country>" in the spelling, when it has one.
      auto add_spelling = [&](uint32_t source, std::string_view spelling, std::string_view key,
                              bool preferred) {
        std::vector<std::string> tokens = key.empty() ? names::tokens(spelling) : split_key(key);
        if (tokens.empty()) return std::string_view();
        const auto entry = static_cast<uint32_t>(index->owned_names.size());
        registry_detail::NameKeyForms forms = registry_detail::name_key_forms(tokens);
        const std::string* keys[] = {&forms.plain, &forms.order_free, &forms.bare,
                                     &forms.bare_order_free, &forms.skeleton};
        for (size_t k = 0; k < std::size(keys); ++k)  // each distinct key form once
          if (std::none_of(keys, keys + k,
                           [&](const std::string* earlier) { return *earlier == *keys[k]; }))
            index->names_by_key.add(*keys[k], entry);
        // The family name: the last part but a suffix ("Biden" of "Joseph R. Biden Jr."); a
        // royal's country is none ("Jordan" of "Abdullah II of Jordan": its short form has one).
        const std::string_view before_of = name_before_of(spelling, tokens);
        if (before_of.empty()) {
          auto family = std::find_if(tokens.rbegin(), tokens.rend(), [](const std::string& t) {
            return !names::is_generational_suffix(t);
          });
          index->names_by_surname.add(family != tokens.rend() ? *family : tokens.back(), entry);
        }
        for (const auto& token : tokens)
          if (token.size() > 1) index->names_by_token.add(token, entry);
        std::string& pool = index->owned_name_pool;
        NameRecord record{};
        record.person = static_cast<uint32_t>(p);
        record.source = source;
        record.spelling_length = static_cast<uint32_t>(spelling.size());
        record.key_offset = static_cast<uint32_t>(pool.size());
        record.key_length = static_cast<uint32_t>(forms.plain.size());
        pool += forms.plain;
        record.order_free_offset = static_cast<uint32_t>(pool.size());
        record.order_free_length = static_cast<uint32_t>(forms.order_free.size());
        pool += forms.order_free;
        record.preferred = preferred ? 1 : 0;
        index->owned_names.push_back(record);
        return before_of;
      };
      // "Abdullah II of Jordan" is written "Abdullah II" (with more names or styles).
      auto add_with_short_form = [&](uint32_t source, std::string_view spelling,
                                     std::string_view key, bool preferred) {
        if (const std::string_view before = add_spelling(source, spelling, key, preferred);
            !before.empty())
          add_spelling(source, before, std::string_view(), preferred);
      };
      add_with_short_form(0, person.name, person.key, true);
      for (size_t k = 0; k < person.other_names.size(); ++k)
        add_with_short_form(static_cast<uint32_t>(k + 1), person.other_names[k].name,
                            person.other_names[k].key, false);
    }
    index->names = index->owned_names;
    index->name_pool = index->owned_name_pool;
    index->names_by_key.finish();
    index->names_by_surname.finish();
    index->names_by_token.finish();
  });
}

// Completion's sorted list, from the names: only the language server completes, so a lint run
// does not sort a hundred thousand strings it never searches.
void Registry::Index::ensure_completion(const RegistryRecords& d) const {
  ensure_names(d);
  std::call_once(completion_built, [&] {
    if (adopt_completion(d, completion_section)) return;
    for (size_t n = 0; n < names.size(); ++n) {
      const std::string_view key = name_key(n);
      const auto name = static_cast<uint32_t>(n), person = names[n].person;
      for (size_t start = 0; start < key.size();) {
        const size_t end = std::min(key.find(' ', start), key.size());
        if (end > start)
          owned_completion.push_back(
              {name, static_cast<uint32_t>(start), static_cast<uint32_t>(end - start), person});
        start = end + 1;
      }
      owned_completion.push_back({name, 0, static_cast<uint32_t>(key.size()), person});
    }
    auto order = [&](const CompletionRecord& a, const CompletionRecord& b) {
      return std::pair(completion_text(a), a.person) < std::pair(completion_text(b), b.person);
    };
    auto same = [&](const CompletionRecord& a, const CompletionRecord& b) {
      return a.person == b.person && completion_text(a) == completion_text(b);
    };
    std::sort(owned_completion.begin(), owned_completion.end(), order);
    owned_completion.erase(std::unique(owned_completion.begin(), owned_completion.end(), same),
                           owned_completion.end());
    completion = owned_completion;
  });
}

// Terms by person and by post: built on the first look-up of who held what, or adopted.
void Registry::Index::ensure_terms(const RegistryRecords& d) const {
  std::call_once(terms_built, [&] {
    if (adopt_terms(d)) return;
    owned_terms.resize(d.memberships.size());
    std::vector<std::vector<uint32_t>> of_person(d.persons.size()), of_post(d.posts.size());
    for (size_t m = 0; m < d.memberships.size(); ++m) {
      const Membership& membership = d.memberships[m];
      TermRecord& term = owned_terms[m];
      if (auto person = find_id(person_ids, d.persons, membership.person_id)) {
        term.person = static_cast<uint32_t>(*person);
        of_person[*person].push_back(static_cast<uint32_t>(m));
      }
      if (auto post = find_id(post_ids, d.posts, membership.post_id)) {
        term.post = static_cast<uint32_t>(*post);
        of_post[*post].push_back(static_cast<uint32_t>(m));
      }
      term.known_until = known_until(membership, d);
    }
    // Each term's first day once, not once per comparison of the sorts below.
    std::vector<long> first_day(d.memberships.size());
    for (size_t m = 0; m < d.memberships.size(); ++m)
      first_day[m] =
          d.memberships[m].start_date ? d.memberships[m].start_date->earliest_day() : -1000000;
    auto by_start = [&](uint32_t a, uint32_t b) {
      return first_day[a] != first_day[b] ? first_day[a] < first_day[b] : a < b;
    };
    for (auto* lists : {&of_person, &of_post})
      for (auto& list : *lists) std::sort(list.begin(), list.end(), by_start);
    for (const auto& list : of_person) terms_of_person.add(list);
    for (const auto& list : of_post) terms_of_post.add(list);
    terms = owned_terms;
  });
}

void Registry::Index::ensure_source_days(const RegistryRecords& d) const {
  std::call_once(source_days_built, [&] {
    for (const Membership& m : d.memberships) {
      long latest = std::numeric_limits<long>::min();
      if (m.start_date) latest = std::max(latest, m.start_date->latest_day());
      // An end that a second source added (a snapshot's open term closed by a later record)
      // says nothing of how far the first one looked.
      if (m.end_date && m.sources.size() <= 1) latest = std::max(latest, m.end_date->latest_day());
      long& known =
          source_known_until.try_emplace(source_key(m, d, post_ids), latest).first->second;
      known = std::max(known, latest);
    }
    for (const SourceDate& source : d.source_dates)
      source_taken[source.note] = source.as_of.latest_day();
  });
}

long Registry::Index::known_until(const Membership& term, const RegistryRecords& d) const {
  // A term without a source is the user's own record: open means in office now.
  if (term.sources.empty()) return std::numeric_limits<long>::max();
  ensure_source_days(d);
  const auto it = source_known_until.find(source_key(term, d, post_ids));
  long known = it == source_known_until.end() ? std::numeric_limits<long>::min() : it->second;
  for (const SourceRef& source : term.sources)
    if (auto taken = source_taken.find(source.note.str()); taken != source_taken.end())
      known = std::max(known, taken->second);
  return known;
}

RegistryRecords::RegistryRecords(RegistryData data)
    : persons(std::move(data.persons)),
      organizations(std::move(data.organizations)),
      posts(std::move(data.posts)),
      memberships(std::move(data.memberships)),
      source_dates(std::move(data.source_dates)) {}

RegistryData RegistryRecords::copy() const {
  return {persons.copy(), organizations.copy(), posts.copy(), memberships.copy(), source_dates};
}

void RegistryRecords::read_all() const {
  auto read = [](const auto& table) {
    for (size_t i = 0; i < table.size(); ++i) (void)table[i];
  };
  read(persons), read(organizations), read(posts), read(memberships);
}

std::shared_ptr<const Registry> Registry::build(RegistryData data) {
  return build(RegistryRecords(std::move(data)), std::string_view());
}

std::shared_ptr<const Registry> Registry::build(RegistryData data, std::string_view image) {
  return build(RegistryRecords(std::move(data)), image);
}

std::shared_ptr<const Registry> Registry::build(RegistryRecords records, std::string_view image) {
  std::shared_ptr<Registry> registry(new Registry());
  registry->records_ = std::move(records);
  if (!registry_image_section(image, registry->records_, "names").empty()) registry->image_ = image;
  return registry;
}

std::string_view Registry::image_section(std::string_view name) const {
  return image_.empty() ? std::string_view() : registry_image_section(image_, records_, name);
}

const Registry::Index& Registry::index() const {
  std::call_once(index_built_, [this] {
    auto index = std::make_shared<Index>();
    const RegistryRecords& d = records_;
    index->names_section = image_section("names");
    index->title_keys_section = image_section("title-keys");
    index->completion_section = image_section("completion");

    index->terms_section = image_section("terms");
    index->organization_posts_section = image_section("org-posts");
    if (!index->adopt_ids(d, image_section("ids"))) {
      auto add_ids = [](HashedIndex& ids, const auto& records) {
        ids.reserve(records.size());
        for (size_t i = 0; i < records.size(); ++i)
          ids.add(records[i].id, static_cast<uint32_t>(i));
        ids.finish();
      };
      add_ids(index->person_ids, d.persons);
      add_ids(index->post_ids, d.posts);
      add_ids(index->organization_ids, d.organizations);
    }

    // Organizations and their names.
    index->organization_name_tokens.resize(d.organizations.size());
    for (size_t o = 0; o < d.organizations.size(); ++o) {
      const Organization& org = d.organizations[o];
      auto add_name = [&](std::string_view name, std::string_view key = {}) {
        std::vector<std::string> tokens = key.empty()
                                              ? registry_detail::organization_tokens(name)
                                              : registry_detail::organization_tokens_of_key(key);
        if (tokens.empty()) return;
        index->organization_by_key.emplace(joined(tokens, false), o);
        index->organization_name_tokens[o].push_back(std::move(tokens));
      };
      add_name(org.name);
      for (const auto& other : org.other_names) add_name(other.name, other.key);
    }

    index_ = std::move(index);
  });
  return *index_;
}

// Title keys of posts: built on the first title comparison (thousands of labels to key).
void Registry::Index::ensure_titles(const RegistryRecords& d) const {
  std::call_once(titles_built, [&] {
    if (post_title_keys.adopt(title_keys_section, d.posts.size())) return;
    static const std::vector<std::vector<std::string>> kNoNames;
    std::vector<uint64_t> keys;
    for (size_t p = 0; p < d.posts.size(); ++p) {
      const Post& post = d.posts[p];
      const auto org = find_id(organization_ids, d.organizations, post.organization_id);
      const auto& org_names = org ? organization_name_tokens[*org] : kNoNames;
      keys.clear();
      auto add_label = [&](std::string_view label) {
        std::string key =
            registry_detail::title_key(registry_detail::title_tokens(label), org_names);
        if (!key.empty()) keys.push_back(HashedIndex::hash(key));
      };
      add_label(post.label);
      for (const auto& label : post.other_labels) add_label(label);
      post_title_keys.add(keys);
    }
  });
}

std::shared_ptr<const Registry> Registry::empty() {
  static const std::shared_ptr<const Registry> instance = build({});
  return instance;
}

const Person* Registry::person(std::string_view id) const {
  const auto at = Index::find_id(index().person_ids, records_.persons, id);
  return at ? &records_.persons[*at] : nullptr;
}

const Post* Registry::post(std::string_view id) const {
  const auto at = Index::find_id(index().post_ids, records_.posts, id);
  return at ? &records_.posts[*at] : nullptr;
}

const Organization* Registry::organization(std::string_view id) const {
  const auto at = Index::find_id(index().organization_ids, records_.organizations, id);
  return at ? &records_.organizations[*at] : nullptr;
}

std::vector<HeldPost> Registry::posts_of(const Person& person) const {
  const Index& index = this->index();
  index.ensure_terms(records_);
  std::vector<HeldPost> out;
  const auto at = Index::index_of(index.person_ids, records_.persons, person);
  if (!at) return out;
  // Each term is checked against the person: a damaged image misses terms, never adds any.
  for (uint32_t m : index.terms_of_person.of(*at))
    if (m < records_.memberships.size() &&
        records_.memberships[m].person_id == records_.persons[*at].id)
      out.push_back(held_post(records_.memberships[m]));
  return out;
}

HeldPost Registry::held_post(const Membership& membership) const {
  HeldPost held{&membership, post(membership.post_id), nullptr};
  std::string_view org_id = membership.organization_id;
  if (org_id.empty() && held.post) org_id = held.post->organization_id;
  held.organization = organization(org_id);
  return held;
}

std::vector<HeldPost> Registry::posts_on(const Person& person, const PartialDate& date) const {
  std::vector<HeldPost> out = posts_of(person);
  std::erase_if(out, [&](const HeldPost& h) { return !h.membership->span().may_cover(date); });
  return out;
}

std::vector<const Person*> Registry::holders_on(const Post& post, const PartialDate& date) const {
  const Index& index = this->index();
  index.ensure_terms(records_);
  std::vector<const Person*> out;
  const auto at = Index::index_of(index.post_ids, records_.posts, post);
  if (!at) return out;
  for (uint32_t m : index.terms_of_post.of(*at)) {
    if (m >= records_.memberships.size() || m >= index.terms.size()) continue;
    const Membership& membership = records_.memberships[m];
    const TermRecord& term = index.terms[m];
    if (term.person >= records_.persons.size() || membership.post_id != records_.posts[*at].id ||
        records_.persons[term.person].id != membership.person_id ||
        !membership.span().may_cover(date))
      continue;
    const Person* holder = &records_.persons[term.person];
    if (std::find(out.begin(), out.end(), holder) == out.end()) out.push_back(holder);
  }
  return out;
}

long Registry::known_until(const Membership& term) const {
  const Index& index = this->index();
  index.ensure_terms(records_);
  if (const auto at = Index::own_record(records_.memberships, term); at && *at < index.terms.size())
    return static_cast<long>(index.terms[*at].known_until);
  return index.known_until(term, records_);  // a term of another registry
}

std::optional<PartialDate> Registry::data_ends(std::span<const Post* const> posts) const {
  std::optional<long> last;
  for (const Post* post : posts)
    for (const Membership* term : terms_of(*post)) {
      const long known = known_until(*term);
      if (known == std::numeric_limits<long>::max()) return std::nullopt;  // a user's own record
      last = std::max(last.value_or(known), known);
    }
  if (!last || *last == std::numeric_limits<long>::min()) return std::nullopt;
  return civil_from_days(*last);
}

std::vector<const Membership*> Registry::terms_of(const Post& post) const {
  const Index& index = this->index();
  index.ensure_terms(records_);
  std::vector<const Membership*> out;
  if (const auto at = Index::index_of(index.post_ids, records_.posts, post))
    for (uint32_t m : index.terms_of_post.of(*at))
      if (m < records_.memberships.size() &&
          records_.memberships[m].post_id == records_.posts[*at].id)
        out.push_back(&records_.memberships[m]);
  return out;
}

const Organization* Registry::find_organization(std::string_view written) const {
  if (const Organization* by_id = organization(written)) return by_id;
  auto it = index().organization_by_key.find(registry_detail::organization_key(written));
  return it == index().organization_by_key.end() ? nullptr : &records_.organizations[it->second];
}

namespace {

struct HeadTitle {
  std::string_view title;
  HeadKind kind;
};

const std::vector<HeadTitle>& head_title_table() {
  using enum HeadKind;
  static const std::vector<HeadTitle> table = {{"President", President},
                                               {"Prime Minister", HeadOfGovernment},
                                               {"Premier", HeadOfGovernment},
                                               {"Chancellor", HeadOfGovernment},
                                               {"Federal Chancellor", HeadOfGovernment},
                                               {"Taoiseach", HeadOfGovernment},
                                               {"Head of Government", Other},
                                               {"King", Monarch},
                                               {"Queen", Monarch},
                                               {"Emir", Monarch},
                                               {"Amir", Monarch},
                                               {"Sultan", Monarch},
                                               {"Grand Duke", Monarch},
                                               {"Emperor", Monarch},
                                               {"Prince", Monarch},
                                               {"Pope", Other},
                                               {"Supreme Leader", Other},
                                               {"Head of State", Other}};
  return table;
}

}  // namespace

const std::vector<std::string_view>& head_titles() {
  static const std::vector<std::string_view> titles = [] {
    std::vector<std::string_view> out;
    for (const HeadTitle& h : head_title_table()) out.push_back(h.title);
    return out;
  }();
  return titles;
}

HeadKind head_title_kind(std::string_view title) {
  static const std::unordered_map<std::string, HeadKind> by_key = [] {
    std::unordered_map<std::string, HeadKind> out;
    for (const HeadTitle& h : head_title_table()) out.emplace(names::key(h.title), h.kind);
    return out;
  }();
  const auto it = by_key.find(names::key(title));
  return it == by_key.end() ? HeadKind::None : it->second;
}

}  // namespace readout
