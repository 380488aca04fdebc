// Memoised registry look-ups for one analysis: a report names the same people, countries and
// titles many times, and each look-up normalises names with ICU.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "analysis/title_role.hpp"
#include "readout/names.hpp"
#include "readout/registry.hpp"

namespace readout::analysis {

// A map keyed by text that is looked up with a string_view: a hit builds no std::string.
struct TextHash {
  using is_transparent = void;
  size_t operator()(std::string_view text) const { return std::hash<std::string_view>{}(text); }
};
template <typename Value>
using TextMap = std::unordered_map<std::string, Value, TextHash, std::equal_to<>>;

// A date's first and last day numbers (PartialDate::earliest_day, latest_day).
struct DayNumbers {
  long first, last;
  explicit DayNumbers(const PartialDate& date)
      : first(date.earliest_day()), last(date.latest_day()) {}
};

class LookupCache {
 public:
  explicit LookupCache(const Registry& registry) : registry_(registry) {}

  const std::vector<NameCandidate>& find_person(std::string_view written, bool fuzzy) const {
    auto& memo = fuzzy ? fuzzy_ : exact_;
    auto it = memo.find(written);
    if (it == memo.end())
      it = memo.emplace(std::string(written), registry_.find_person(written, fuzzy, 5)).first;
    return it->second;
  }
  const std::vector<const Person*>& find_by_surname(std::string_view surname) const {
    auto it = surnames_.find(surname);
    if (it == surnames_.end())
      it = surnames_.emplace(std::string(surname), registry_.find_by_surname(surname)).first;
    return it->second;
  }
  const Organization* find_organization(std::string_view written) const {
    auto it = organizations_.find(written);
    if (it == organizations_.end())
      it = organizations_.emplace(std::string(written), registry_.find_organization(written)).first;
    return it->second;
  }
  // names::tokens of a name (name_tokens while a TokenScope of this cache is open): ICU
  // transliteration is the cost of name matching, and a report tokenises its names many times.
  const std::vector<std::string>& tokens(std::string_view name) const {
    auto it = tokens_.find(name);
    if (it == tokens_.end()) it = tokens_.emplace(std::string(name), names::tokens(name)).first;
    return it->second;
  }
  // name_key of a name (name_match.cpp), memoised like tokens.
  mutable TextMap<std::string> name_keys;
  const std::vector<HeldPost>& posts_of(const Person& person) const {
    auto it = posts_.find(&person);
    if (it == posts_.end()) it = posts_.emplace(&person, registry_.posts_of(person)).first;
    return it->second;
  }
  // A person's posts with a role (titles.cpp fills it).
  mutable TextMap<std::vector<HeldPost>> posts_with_role;
  // Each post's terms (post_holders.cpp fills them).
  struct PostTerms {
    std::vector<const Membership*> terms;  // by start date
    // For each term, the first day it may start and the last day it may end (DateSpan::may_cover
    // by day numbers, without the calendar arithmetic on every comparison).
    struct MayCover {
      long first_day, last_day;
      [[nodiscard]] bool covers(const DayNumbers& date) const {
        return first_day <= date.last && last_day >= date.first;
      }
    };
    std::vector<MayCover> may_cover;
    bool one_at_a_time = true;  // no two people's terms overlap by more than a handover day
  };
  mutable std::unordered_map<const Post*, PostTerms> post_terms;
  // Who held the posts a title names on a day, in a country or in any (post_holders.cpp).
  mutable TextMap<std::vector<const Person*>> title_holders;
  // Registry::title_keys of a role for an organization's posts (titles.cpp).
  mutable TextMap<std::vector<uint64_t>> title_keys;
  // Keys of posts_titled (titles.cpp) that name no post: the registry-wide memo keeps only
  // those that name one, and a report asks about the same titles again and again.
  mutable std::unordered_set<std::string, TextHash, std::equal_to<>> titles_naming_no_post;
  // Titles read at offset 0, by their text (title_lexicon.cpp): title_role, split_title.
  mutable TextMap<TitleRole> title_roles;
  mutable TextMap<std::vector<Span>> title_parts;
  const Registry& registry() const { return registry_; }
  [[nodiscard]] size_t size() const {
    return exact_.size() + fuzzy_.size() + surnames_.size() + organizations_.size() +
           posts_.size() + posts_with_role.size() + post_terms.size() + title_holders.size() +
           tokens_.size() + name_keys.size() + title_keys.size() + titles_naming_no_post.size() +
           title_roles.size() + title_parts.size();
  }

 private:
  const Registry& registry_;
  mutable TextMap<std::vector<NameCandidate>> exact_, fuzzy_;
  mutable TextMap<std::vector<const Person*>> surnames_;
  mutable TextMap<const Organization*> organizations_;
  mutable std::unordered_map<const Person*, std::vector<HeldPost>> posts_;
  mutable TextMap<std::vector<std::string>> tokens_;
};

}  // namespace readout::analysis
