// Matching written titles ("Foreign Minister", "Minister of Foreign Affairs of Kazakhstan") to
// posts.
#include <algorithm>

#include "readout/names.hpp"
#include "readout/registry.hpp"
#include "registry/registry_index.hpp"

namespace readout {
namespace registry_detail {
namespace {

bool is_filler(std::string_view token) {
  return token == "the" || token == "of" || token == "republic";
}

std::string join(const std::vector<std::string>& tokens, size_t begin, size_t end) {
  std::string out;
  for (size_t i = begin; i < end; ++i) out += (out.empty() ? "" : " ") + tokens[i];
  return out;
}

bool equals_any(const std::vector<std::string>& tokens,
                const std::vector<std::vector<std::string>>& org_names) {
  return std::find(org_names.begin(), org_names.end(), tokens) != org_names.end();
}

}  // namespace

std::vector<std::string> title_tokens(std::string_view title) {
  std::vector<std::string> tokens = names::tokens(title);
  std::erase(tokens, "the");
  if (!tokens.empty() && tokens.front() == "acting") tokens.erase(tokens.begin());
  return tokens;
}

std::vector<std::string> organization_tokens(std::string_view name) {
  std::vector<std::string> tokens = names::tokens(name);
  std::erase_if(tokens, is_filler);
  return tokens;
}

std::string organization_key(std::string_view name) {
  std::string key;
  names::for_each_token(name, [&](std::string_view token) {
    if (is_filler(token)) return;
    if (!key.empty()) key += ' ';
    key += token;
  });
  return key;
}

std::vector<std::string> organization_tokens_of_key(std::string_view key) {
  std::vector<std::string> tokens;
  for (size_t start = 0; start < key.size();) {
    size_t end = key.find(' ', start);
    if (end == std::string_view::npos) end = key.size();
    if (end > start) tokens.emplace_back(key.substr(start, end - start));
    start = end + 1;
  }
  std::erase_if(tokens, is_filler);
  return tokens;
}

std::string title_key(std::vector<std::string> tokens,
                      const std::vector<std::vector<std::string>>& org_names) {
  // Leading country: "Kazakhstan Foreign Minister", "US Secretary of State", "Kazakhstan's".
  for (const auto& name : org_names) {
    if (name.empty() || tokens.size() <= name.size()) continue;
    if (!std::equal(name.begin(), name.end() - 1, tokens.begin())) continue;
    const std::string& last = tokens[name.size() - 1];
    if (last == name.back() || last == name.back() + "s") {
      tokens.erase(tokens.begin(), tokens.begin() + static_cast<std::ptrdiff_t>(name.size()));
      break;
    }
  }
  // Trailing "of <country>": the leftmost "of" whose whole tail names the organization.
  for (size_t i = 1; i < tokens.size(); ++i) {
    if (tokens[i] != "of") continue;
    std::vector<std::string> tail(tokens.begin() + static_cast<std::ptrdiff_t>(i) + 1,
                                  tokens.end());
    std::erase_if(tail, is_filler);
    if (!tail.empty() && equals_any(tail, org_names)) {
      tokens.resize(i);
      break;
    }
  }
  return join(tokens, 0, tokens.size());
}

}  // namespace registry_detail

std::vector<uint64_t> Registry::title_keys(std::string_view title,
                                           const Organization* organization) const {
  static const std::vector<std::vector<std::string>> kNoNames;
  const std::vector<std::vector<std::string>>* org_names = &kNoNames;
  const Index& index = this->index();
  if (organization)
    if (const auto org =
            Index::index_of(index.organization_ids, records_.organizations, *organization))
      org_names = &index.organization_name_tokens[*org];
  const std::vector<std::string> tokens = registry_detail::title_tokens(title);
  std::vector<uint64_t> keys;
  auto add = [&](std::vector<std::string> part) {
    const std::string key = registry_detail::title_key(std::move(part), *org_names);
    if (!key.empty()) keys.push_back(HashedIndex::hash(key));
  };
  add(tokens);
  // A combined title ("Deputy Prime Minister and Minister of Foreign Affairs") names each of
  // its posts.
  size_t begin = 0;
  for (size_t i = 0; i <= tokens.size(); ++i) {
    if (i < tokens.size() && tokens[i] != "and") continue;
    if (begin > 0 || i < tokens.size()) {
      std::vector<std::string> part(tokens.begin() + static_cast<std::ptrdiff_t>(begin),
                                    tokens.begin() + static_cast<std::ptrdiff_t>(i));
      if (part.size() < tokens.size()) add(std::move(part));
    }
    begin = i + 1;
  }
  return keys;
}

bool Registry::post_has_title_key(const Post& post, std::span<const uint64_t> keys) const {
  const auto p = Index::index_of(index().post_ids, records_.posts, post);
  return p && post_has_title_key(*p, keys);
}

bool Registry::post_has_title_key(size_t post_index, std::span<const uint64_t> keys) const {
  const Index& index = this->index();  // once: each call passes a std::call_once
  index.ensure_titles(records_);
  const std::span<const uint64_t> have = index.post_title_keys.of(post_index);
  return std::any_of(keys.begin(), keys.end(), [&](uint64_t key) {
    return std::find(have.begin(), have.end(), key) != have.end();
  });
}

bool Registry::title_matches(std::string_view title, const Post& post) const {
  return post_has_title_key(post, title_keys(title, organization(post.organization_id)));
}

std::span<const uint32_t> Registry::post_indexes_of(const Organization& org) const {
  const Index& index = this->index();
  index.ensure_organization_posts(records_);
  const auto at = Index::index_of(index.organization_ids, records_.organizations, org);
  return at ? index.posts_by_organization.of(*at) : std::span<const uint32_t>();
}

std::vector<const Post*> Registry::posts_of_organization(const Organization& org) const {
  std::vector<const Post*> out;
  for (uint32_t p : post_indexes_of(org))
    if (p < records_.posts.size()) out.push_back(&records_.posts[p]);
  return out;
}

std::vector<const Post*> Registry::find_posts_by_title(std::string_view title,
                                                       const Organization* org) const {
  std::vector<const Post*> out;
  if (org) {
    // The keys depend on the organization only: computed once for all its posts.
    const std::vector<uint64_t> keys = title_keys(title, org);
    for (const Post* post : posts_of_organization(*org))
      if (post_has_title_key(*post, keys)) out.push_back(post);
  } else {
    for (const Post& post : records_.posts)
      if (title_matches(title, post)) out.push_back(&post);
  }
  return out;
}

}  // namespace readout
