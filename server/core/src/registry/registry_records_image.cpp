// The registry's "ids", "terms" and "org-posts" sections of a registry image
// (readout/registry_image.hpp):
//   ids:   u64 counts of persons, posts, organizations; HashedIndex::Entry arrays of each, by id
//   terms: u64 count; TermRecord[count]; then the terms by person and by post (FlatLists)
//   org-posts: the posts of each organization (FlatLists), so that finding them reads no post
// Adopting checks the sections' sizes against the data; the indexes in them are checked where
// they are used, so that a damaged image is never read out of bounds and adopting touches none
// of their pages. Look-ups by id compare the id itself (Index::find_id), and terms are checked
// against their membership's ids.
#include <algorithm>
#include <array>

#include "readout/registry.hpp"
#include "registry/image_io.hpp"
#include "registry/registry_index.hpp"

namespace readout {
std::string Registry::ids_image() const {
  const Index& index = this->index();
  image_io::Writer w;
  const std::array tables = {index.person_ids.entries(), index.post_ids.entries(),
                             index.organization_ids.entries()};
  for (const auto& table : tables) w.u64(table.size());
  for (const auto& table : tables) w.array(table);
  return w.take();
}

bool Registry::Index::adopt_ids(const RegistryRecords& data, std::string_view section) {
  if (section.empty()) return false;
  image_io::Reader r(section);
  const uint64_t persons = r.u64(), posts = r.u64(), organizations = r.u64();
  const auto person_entries = r.array<HashedIndex::Entry>(persons);
  const auto post_entries = r.array<HashedIndex::Entry>(posts);
  const auto organization_entries = r.array<HashedIndex::Entry>(organizations);
  if (!r.ok() || person_entries.size() != data.persons.size() ||
      post_entries.size() != data.posts.size() ||
      organization_entries.size() != data.organizations.size())
    return false;
  person_ids.adopt(person_entries);
  post_ids.adopt(post_entries);
  organization_ids.adopt(organization_entries);
  return true;
}

std::string Registry::terms_image() const {
  const Index& index = this->index();
  index.ensure_terms(records_);
  image_io::Writer w;
  w.u64(index.terms.size());
  w.array(index.terms);
  index.terms_of_person.write(w);
  index.terms_of_post.write(w);
  return w.take();
}

bool Registry::Index::adopt_terms(const RegistryRecords& data) const {
  if (terms_section.empty()) return false;
  image_io::Reader r(terms_section);
  const auto records = r.array<TermRecord>(r.u64());
  if (!r.ok() || records.size() != data.memberships.size()) return false;
  if (!terms_of_person.read(r, data.persons.size()) || !terms_of_post.read(r, data.posts.size()))
    return false;
  terms = records;
  return true;
}

void Registry::Index::ensure_organization_posts(const RegistryRecords& data) const {
  std::call_once(organization_posts_built, [&] {
    // Post indexes are checked where they are used (Registry::posts_of_organization).
    if (posts_by_organization.adopt(organization_posts_section, data.organizations.size())) return;
    std::vector<std::vector<uint32_t>> lists(data.organizations.size());
    for (size_t p = 0; p < data.posts.size(); ++p)
      if (auto org = find_id(organization_ids, data.organizations, data.posts[p].organization_id))
        lists[*org].push_back(static_cast<uint32_t>(p));
    for (const auto& list : lists) posts_by_organization.add(list);
  });
}

std::string Registry::organization_posts_image() const {
  index().ensure_organization_posts(records_);
  return index().posts_by_organization.image();
}

}  // namespace readout
