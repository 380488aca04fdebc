// Registry look-ups of persons by how their names are written.
#include <algorithm>
#include <array>
#include <mutex>
#include <optional>
#include <set>
#include <unordered_map>

#include "readout/names.hpp"
#include "readout/registry.hpp"
#include "registry/registry_index.hpp"

namespace readout {
namespace {

// How many edits a misspelling may have, by the length of the written key: none for very
// short names (too many neighbours), then about one edit per seven letters.
int fuzzy_limit(size_t key_length) {
  if (key_length < 5) return 0;
  if (key_length < 10) return 1;
  if (key_length < 18) return 2;
  return 3;
}

// A lower bound of the edit distance from one key to others, a fraction of its cost: an edit
// adds, removes or replaces one letter and a transposition none, so a key with k letters more
// of some kind than the other is k edits away at least. Letters are counted by their low five
// bits (letters that share a count only lower the bound). A key and its order-free form have
// the same letters, so the bound holds for those too.
class LetterCountBound {
 public:
  explicit LetterCountBound(std::string_view key) {
    for (unsigned char c : key) ++counts_[c & 31];
  }
  [[nodiscard]] int to(std::string_view other) const {
    std::array<int, 32> difference = counts_;
    for (unsigned char c : other) --difference[c & 31];
    int more = 0, fewer = 0;
    for (int n : difference) {
      more += std::max(n, 0);
      fewer += std::max(-n, 0);
    }
    return std::max(more, fewer);
  }

 private:
  std::array<int, 32> counts_{};
};

bool share_token(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  for (const auto& t : a)
    if (t.size() > 1 && std::find(b.begin(), b.end(), t) != b.end()) return true;
  return false;
}

std::vector<std::string> split(std::string_view key) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start <= key.size()) {
    size_t end = key.find(' ', start);
    if (end == std::string_view::npos) end = key.size();
    if (end > start) out.emplace_back(key.substr(start, end - start));
    start = end + 1;
  }
  return out;
}

// Calls use(hash) for the token with each letter in turn left out.
template <typename Use>
void for_each_deletion(std::string_view token, std::string& buffer, Use use) {
  for (size_t i = 0; i < token.size(); ++i) {
    buffer.assign(token.substr(0, i));
    buffer.append(token.substr(i + 1));
    use(HashedIndex::hash(buffer));
  }
}

// Spellings worth an edit-distance check against a written name: those sharing a token with it
// (a misspelling of more than one edit must share one), and those with a token within one edit
// of one of its tokens (found through the deletion index: two tokens are one edit apart only if
// deleting a letter from one, from the other or from both gives the same string).
std::vector<size_t> fuzzy_candidates(const Registry::Index& index,
                                     const std::vector<std::string>& tokens) {
  std::call_once(index.deletions_built, [&] {
    // Each distinct token once (views into the entries' keys), and the vector sized exactly:
    // growing it would hold two copies at once.
    std::vector<std::string_view> distinct;
    for (size_t e = 0; e < index.names.size(); ++e) {
      const std::string_view key = index.name_key(e);
      for (size_t start = 0; start < key.size();) {
        size_t end = std::min(key.find(' ', start), key.size());
        if (end - start > 1) distinct.push_back(key.substr(start, end - start));
        start = end + 1;
      }
    }
    std::sort(distinct.begin(), distinct.end());
    distinct.erase(std::unique(distinct.begin(), distinct.end()), distinct.end());
    size_t deletions = 0;
    for (std::string_view token : distinct) deletions += token.size();
    std::vector<DeletionEntry>& by_deletion = index.owned_deletions;
    by_deletion.reserve(deletions);
    std::string buffer;
    for (std::string_view token : distinct) {
      const uint64_t token_hash = HashedIndex::hash(token);
      for_each_deletion(token, buffer, [&](uint64_t hash) {
        by_deletion.push_back({hash, token_hash});
      });
    }
    std::sort(by_deletion.begin(), by_deletion.end());
    by_deletion.erase(std::unique(by_deletion.begin(), by_deletion.end()), by_deletion.end());
    index.tokens_by_deletion = by_deletion;
  });
  const HashedIndex& names_by_token = index.names_by_token;
  const std::span<const DeletionEntry> by_deletion = index.tokens_by_deletion;
  std::vector<size_t> out;
  auto add_token = [&](uint64_t token_hash) {
    names_by_token.find(token_hash, [&](uint32_t entry) { out.push_back(entry); });
  };
  auto add_deleted_to = [&](uint64_t hash) {  // registry tokens with this deletion
    auto it = std::lower_bound(by_deletion.begin(), by_deletion.end(), DeletionEntry{hash, 0});
    for (; it != by_deletion.end() && it->deleted == hash; ++it) add_token(it->token);
  };
  std::string buffer;
  for (const auto& t : tokens) {
    if (t.size() < 2) continue;
    const uint64_t hash = HashedIndex::hash(t);
    add_token(hash);
    add_deleted_to(hash);                          // a letter added to t
    for_each_deletion(t, buffer, add_deleted_to);  // a letter changed
    for_each_deletion(t, buffer, add_token);       // a letter deleted from t
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

// Which of the key forms ensure_names indexed `entry` under `key` is (it was found by its
// hash): 0 none, 1 as written or in any order, 2 without optional parts, 3 the romanisation
// skeleton.
int key_form(const NameEntry& entry, const std::string& key) {
  if (key == entry.key || key == entry.order_free) return 1;
  const registry_detail::NameKeyForms forms = registry_detail::name_key_forms(split(entry.key));
  if (key == forms.bare || key == forms.bare_order_free) return 2;
  return key == forms.skeleton ? 3 : 0;
}

int rank(NameMatchKind kind) {
  return kind == NameMatchKind::Exact ? 0 : kind == NameMatchKind::OtherName ? 1 : 2;
}

}  // namespace

std::vector<NameCandidate> Registry::find_person(std::string_view written, bool allow_fuzzy,
                                                 size_t limit) const {
  const Index& index = this->index();  // once: each call passes a std::call_once
  index.ensure_names(records_);
  std::vector<std::string> tokens = names::tokens(written);
  if (tokens.empty() || limit == 0) return {};
  const registry_detail::NameKeyForms forms = registry_detail::name_key_forms(tokens);
  // Without a leading royal or courtesy style: "Sheikh Tamim bin Hamad Al Thani".
  const size_t styles = names::leading_styles(tokens);
  tokens.erase(tokens.begin(), tokens.begin() + static_cast<std::ptrdiff_t>(styles));
  std::optional<registry_detail::NameKeyForms> styled_off;
  if (styles > 0) styled_off = registry_detail::name_key_forms(tokens);
  const registry_detail::NameKeyForms& unstyled = styled_off ? *styled_off : forms;
  const std::string& key = unstyled.plain;
  const std::string& order_free = unstyled.order_free;

  // Best candidate per person.
  std::vector<NameCandidate> found;
  auto offer = [&](const NameEntry& entry, NameMatchKind kind, int distance, double score) {
    const Person* p = &records_.persons[entry.person];
    for (auto& c : found) {
      if (c.person != p) continue;
      if (std::make_pair(rank(kind), -score) < std::make_pair(rank(c.kind), -c.score))
        c = {p, kind, std::string(entry.spelling), score, distance};
      return;
    }
    found.push_back({p, kind, std::string(entry.spelling), score, distance});
  };

  // Keys with the initials as written first: "K. R. Narayanan" is not "M. K. Narayanan", although
  // both are "Narayanan" without initials. A spelling that only meets another romanisation's
  // skeleton is an other spelling, not the name itself.
  const std::string* keys[] = {&forms.plain,         &forms.order_free, &unstyled.plain,
                               &unstyled.order_free, &unstyled.bare,    &unstyled.bare_order_free,
                               &unstyled.skeleton};
  for (size_t k = 0; k < std::size(keys); ++k) {
    if (std::any_of(keys, keys + k,
                    [&](const std::string* earlier) { return *earlier == *keys[k]; }))
      continue;
    index.names_by_key.find(*keys[k], [&](uint32_t e) {
      const std::optional<NameEntry> found_entry = index.name(e, records_);
      if (!found_entry) return;
      const NameEntry& entry = *found_entry;
      const int form = key_form(entry, *keys[k]);
      if (form == 0) return;
      if (form == 3) {
        offer(entry, NameMatchKind::OtherName, 0, 0.9);
        return;
      }
      const double initials_differ = k >= 4 ? 0.02 : 0.0;  // found without the initials written
      offer(entry, entry.preferred ? NameMatchKind::Exact : NameMatchKind::OtherName, 0,
            (entry.preferred ? 1.0 : 0.95) - initials_differ);
    });
  }

  if (allow_fuzzy && fuzzy_limit(key.size()) > 0) {
    const int limit_edits = fuzzy_limit(key.size());
    const LetterCountBound bound(key);
    for (size_t e : fuzzy_candidates(index, tokens)) {
      // The keys first: most candidates are too far away to read their person's record. Both
      // bounds hold for the order-free forms too (the same letters, the same length).
      const std::string_view candidate_key = index.name_key(e);
      const size_t longer = std::max(key.size(), candidate_key.size());
      if (longer - std::min(key.size(), candidate_key.size()) > static_cast<size_t>(limit_edits) ||
          bound.to(candidate_key) > limit_edits)
        continue;
      const int distance =
          std::min(names::edit_distance(key, candidate_key, limit_edits),
                   names::edit_distance(order_free, index.name_order_free(e), limit_edits));
      if (distance > limit_edits) continue;
      // Beyond a single edit, require one whole name part in common ("Anthony Blinken"), so
      // that two unrelated names of similar shape do not match.
      if (distance > 1 && !share_token(tokens, split(candidate_key))) continue;
      const std::optional<NameEntry> found_entry = index.name(e, records_);
      if (!found_entry) continue;
      const NameEntry& entry = *found_entry;
      const Person* p = &records_.persons[entry.person];
      if (std::any_of(found.begin(), found.end(), [&](const NameCandidate& c) {
            return c.person == p && c.kind != NameMatchKind::Fuzzy;
          }))
        continue;
      const double length = static_cast<double>(std::max(key.size(), entry.key.size()));
      offer(entry, NameMatchKind::Fuzzy, distance, 0.9 * (1.0 - distance / length));
    }
  }

  std::sort(found.begin(), found.end(), [](const NameCandidate& a, const NameCandidate& b) {
    if (rank(a.kind) != rank(b.kind)) return rank(a.kind) < rank(b.kind);
    if (a.score != b.score) return a.score > b.score;
    return a.person->id < b.person->id;
  });
  if (found.size() > limit) found.resize(limit);
  return found;
}

std::vector<const Person*> Registry::find_by_surname(std::string_view surname) const {
  const Index& index = this->index();
  index.ensure_names(records_);
  const std::vector<std::string> tokens = names::tokens(surname);
  std::vector<const Person*> out;
  if (tokens.empty()) return out;
  std::string suffix;
  for (const auto& t : tokens) suffix += (suffix.empty() ? "" : " ") + t;
  index.names_by_surname.find(tokens.back(), [&](uint32_t e) {
    const std::optional<NameEntry> found_entry = index.name(e, records_);
    if (!found_entry) return;
    const NameEntry& entry = *found_entry;
    // The name without its suffixes ("Jr."), indexed under its family name.
    std::string_view key = entry.key;
    for (size_t space = key.rfind(' ');
         space != std::string_view::npos && names::is_generational_suffix(key.substr(space + 1));
         space = key.rfind(' '))
      key = key.substr(0, space);
    // A multi-word surname ("Al Thani") must match the whole end of the name (which also
    // settles what the hash of the last token alone cannot).
    const bool ends_with =
        key.size() >= suffix.size() &&
        key.compare(key.size() - suffix.size(), suffix.size(), suffix) == 0 &&
        (key.size() == suffix.size() || key[key.size() - suffix.size() - 1] == ' ');
    const Person* p = &records_.persons[entry.person];
    if (ends_with && std::find(out.begin(), out.end(), p) == out.end()) out.push_back(p);
  });
  return out;
}

std::vector<const Person*> Registry::complete_person(std::string_view prefix, size_t limit) const {
  index().ensure_completion(records_);
  std::vector<const Person*> out;
  const std::string key = names::key(prefix);
  if (key.empty()) return out;
  const Index& index = this->index();
  const auto& list = index.completion;
  auto it = std::lower_bound(list.begin(), list.end(), std::string_view(key),
                             [&](const Index::CompletionRecord& r, std::string_view wanted) {
                               return index.completion_text(r) < wanted;
                             });
  for (; it != list.end() && out.size() < limit; ++it) {
    if (!index.completion_text(*it).starts_with(key)) break;
    if (it->person >= records_.persons.size()) continue;
    const Person* p = &records_.persons[it->person];
    if (std::find(out.begin(), out.end(), p) == out.end()) out.push_back(p);
  }
  return out;
}

}  // namespace readout
