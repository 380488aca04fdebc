// The look-up tables behind Registry, built once by Registry::build (registry.cpp).
#pragma once

#include <mutex>
#include <string>
#include <unordered_map>
#include <vector>

#include "readout/registry.hpp"

namespace readout {

// One spelling of one person, with its comparison keys.
struct NameEntry {
  size_t person = 0;
  std::string spelling;
  std::string key;         // names::key
  std::string order_free;  // names::order_free_key
  bool preferred = false;  // the person's `name` rather than an other name
};

// Built on first use (Registry::index); the person names, the terms and the post title keys
// are built later still, by ensure_names, ensure_terms and ensure_titles, on the first look-up
// that needs them: a run that only looks up organizations does not key thousands of names.
struct Registry::Index {
  mutable std::once_flag names_built, terms_built, titles_built, completion_built;
  void ensure_names(const RegistryData& data) const;
  void ensure_completion(const RegistryData& data) const;
  void ensure_terms(const RegistryData& data) const;
  void ensure_titles(const RegistryData& data) const;
  std::unordered_map<std::string, size_t> person_by_id, post_by_id, organization_by_id;
  mutable std::vector<NameEntry> names;
  // Every key form of every spelling (plain, order-free, without initials) -> names[] indexes.
  mutable std::unordered_map<std::string, std::vector<size_t>> names_by_key;
  // Last token of every spelling -> names[] indexes.
  mutable std::unordered_map<std::string, std::vector<size_t>> names_by_surname;
  // Every token (of two letters or more) of every spelling -> names[] indexes: the candidates
  // for a misspelling are the spellings that share a token or have a token one edit away, so
  // that fuzzy look-ups do not compare against every name (registry_people.cpp).
  mutable std::unordered_map<std::string, std::vector<size_t>> names_by_token;
  // Built on the first fuzzy look-up: each token with one letter deleted -> the tokens
  // ("blinken" -> "linken", "binken", ...; symmetric-delete candidates for one edit).
  mutable std::once_flag deletions_built;
  mutable std::unordered_map<std::string, std::vector<std::string>> tokens_by_deletion;
  // Sorted (token or full key, person) pairs for prefix completion (ensure_completion).
  mutable std::vector<std::pair<std::string, size_t>> completion;
  mutable std::vector<std::vector<size_t>> memberships_of_person;  // by person index
  mutable std::unordered_map<std::string, std::vector<size_t>> memberships_of_post;
  std::unordered_map<std::string, size_t> organization_by_key;
  // Per organization index: its names as title tokens, for "of <country>" suffixes.
  std::vector<std::vector<std::vector<std::string>>> organization_name_tokens;
  std::unordered_map<std::string, std::vector<size_t>> posts_of_organization;
  // Per post index: label and other labels, normalised as titles of the post's organization
  // (built by ensure_titles).
  mutable std::vector<std::vector<std::string>> post_title_keys;
};

namespace registry_detail {

// Tokens of a written title or label: names::tokens without articles and a leading "acting".
std::vector<std::string> title_tokens(std::string_view title);
// Removes a leading "<country>" / "<country>'s" and a trailing "of [the] [republic of] <country>"
// naming one of `org_names`, then joins the tokens.
std::string title_key(std::vector<std::string> tokens,
                      const std::vector<std::vector<std::string>>& org_names);
// The tokens of an organization name with filler words ("the", "republic", "of") removed.
std::vector<std::string> organization_tokens(std::string_view name);
// The same from the name's names::key (OtherName::key), without normalising again.
std::vector<std::string> organization_tokens_of_key(std::string_view key);

}  // namespace registry_detail
}  // namespace readout
