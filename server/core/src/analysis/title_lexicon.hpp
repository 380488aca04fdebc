// The titles that may stand before a name in prose ("Secretary of State", "Foreign Minister"):
// common generic titles plus every post label of the registry, without its country.
#pragma once

#include <memory>
#include <mutex>
#include <optional>
#include <span>
#include <string>
#include <unordered_map>
#include <vector>

#include "analysis/lookup_cache.hpp"
#include "analysis/prose_words.hpp"
#include "analysis/shared_memo.hpp"
#include "readout/model.hpp"
#include "readout/registry.hpp"
#include "registry/registry_index.hpp"

namespace readout::analysis {

// One spelling of a folded title word written two ways ("defense" as in "Minister of
// Defence"): titles are compared and looked up by it.
std::string_view title_spelling(std::string_view folded_word);

// The portfolio of a folded "<portfolio> minister" title ("external affairs" of "external
// affairs minister": the Minister of External Affairs); empty for "prime minister", "deputy
// minister" and other titles that are no minister of something.
std::string portfolio_before_minister(std::string_view folded_title);

class TitleLexicon {
 public:
  // Keeps a reference to the registry and reads its posts on the first match or known: a
  // report with no title or prose to scan does not pay for reading thousands of labels.
  explicit TitleLexicon(const Registry& registry) : registry_(&registry) {}

  // Number of words of the longest title starting at words[i] (an optional "Acting" included),
  // 0 when none does. The first word must be capitalised; words must be separated by spaces.
  [[nodiscard]] size_t match(const std::vector<Word>& words, size_t i) const;
  // Whether a written title (one part, without country) is a known title.
  [[nodiscard]] bool known(std::string_view title) const;

  // The posts of every organization that a title names (post_holders.cpp): computed by
  // `compute` on the first call for a title and kept as long as the registry, since scanning
  // every post of the registry is too dear to repeat for each report.
  template <typename Compute>
  const std::vector<const Post*>& posts_everywhere(const std::string& role, Compute compute) const {
    static const std::vector<const Post*> kNone;
    std::lock_guard lock(everywhere_mutex_);
    auto it = everywhere_.find(role);
    if (it != everywhere_.end()) return it->second;
    std::vector<const Post*> posts = compute();
    // A title that names no post is not kept (see posts_titled): the memo stays bounded.
    if (posts.empty()) return kNone;
    return everywhere_.emplace(role, std::move(posts)).first->second;
  }

  // Look-ups of titles that depend on the registry alone, shared by every report (titles.cpp):
  // a post label's comparable forms, whole and part by part; an organization's posts that a
  // written title names, by organization id and title.
  SharedMemo<std::vector<const Post*>> posts_titled;
  SharedMemo<std::vector<std::string>> label_forms;

  // The "titles" section of a registry image: the built table (registry_image.cpp).
  [[nodiscard]] std::string image() const;

  // The hashes (HashedIndex::hash) of the comparable forms of a post's labels, whole and part
  // by part (titles.cpp): for every post of the registry at once, on first use, or from the
  // registry image's "post-forms" section. Empty for a post of another registry.
  [[nodiscard]] std::span<const uint64_t> post_forms(const Post& post) const;
  // The same by the post's index in the registry, without reading its record.
  [[nodiscard]] std::span<const uint64_t> post_forms(size_t post_index) const;
  [[nodiscard]] std::string post_forms_image() const;

 private:
  // A title's word prefix in the built table, by hash (HashedIndex::hash): whole is 1 when the
  // prefix is a whole title.
  struct Prefix {
    uint64_t hash;
    uint64_t whole;
    auto operator<=>(const Prefix&) const = default;
  };
  TitleLexicon() = default;  // the built table (registry_ null)
  const TitleLexicon& table() const;
  void add(std::string_view title);
  void add_registry_labels(const Registry& registry);
  void finish();  // building_ -> the sorted table
  // The prefix entry of a folded key, nullptr when no title starts so.
  const Prefix* find_prefix(std::string_view key) const;
  const Registry* registry_ = nullptr;
  mutable std::once_flag built_once_;
  mutable std::unique_ptr<TitleLexicon> built_;
  // Every title's word prefixes ("minister", "minister of", "minister of foreign", ...),
  // mapped to whether the prefix is a whole title: match() extends a candidate word by word
  // and stops at the first prefix no title has.
  mutable std::once_flag post_forms_built_;
  mutable HashLists post_forms_;
  std::unordered_map<std::string, bool> building_;  // while the table is built
  std::vector<Prefix> owned_prefixes_;
  std::span<const Prefix> prefixes_;  // sorted: owned_prefixes_ or a registry image's
  mutable std::mutex everywhere_mutex_;
  mutable std::unordered_map<std::string, std::vector<const Post*>> everywhere_;
};

// Built once per registry and shared: building scans every post.
std::shared_ptr<const TitleLexicon> title_lexicon(const std::shared_ptr<const Registry>& registry);

// Splits a written title into its parts: "Deputy Prime Minister and Minister of Foreign
// Affairs" -> two parts. Ranges are document offsets (title.range.begin based).
std::vector<Span> split_title(const Span& title, const TitleLexicon& lexicon);
// The same, memoised in `lookup` (whose registry `lexicon` is built from): a report writes the
// same titles again and again.
std::vector<Span> split_title(const Span& title, const TitleLexicon& lexicon,
                              const LookupCache& lookup);

// Removes a trailing "of [the] <organization>" or a leading "<organization>['s]" naming an
// organization of the registry; returns the organization's text span when found. Memoised in
// `lookup`.
TitleRole title_role(const Span& part, const LookupCache& lookup);

}  // namespace readout::analysis
