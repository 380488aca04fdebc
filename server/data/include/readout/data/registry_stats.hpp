// What a registry holds, counted (`readout registry stats`).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "readout/data/popolo.hpp"
#include "readout/registry.hpp"

namespace readout::data {

// A source of terms (a term's first source note) and how far its data reaches.
struct TermSource {
  std::string note;  // empty: terms without a source (the user's own records)
  size_t terms = 0;
  size_t persons = 0;
  std::optional<PartialDate> gathered;  // the day its data was gathered (source_dates)
  std::optional<PartialDate> latest;    // else the latest day its terms speak of
};

struct RegistryStats {
  size_t persons = 0, other_names = 0, persons_with_sources = 0;
  size_t organizations = 0, countries = 0, posts = 0, memberships = 0, acting = 0;
  size_t day_dates = 0, month_dates = 0, year_dates = 0;  // term dates by precision
  std::optional<PartialDate> first, last;                 // the earliest and latest term dates
  size_t source_count = 0;                                // all sources of terms
  // The sources with a gathering date or at least `small_limit` terms, newest first (by the
  // gathering date, else the latest date): the data horizon of each part of the registry.
  std::vector<TermSource> sources;
  // The others, counted together (one Factbook edition, a curated correction).
  size_t small_limit = 0, small_sources = 0, small_terms = 0;
};

RegistryStats registry_stats(const Registry& registry);

// One registry file checked (`readout registry check`): its errors, else what it holds.
struct FileCheck {
  std::string file;
  std::vector<FileError> errors;
  size_t persons = 0, organizations = 0, posts = 0, memberships = 0;
};

// Loads the files in order after the embedded registry, as linting does, so that ids may refer
// to the embedded registry and to the files before.
std::vector<FileCheck> check_registry_files(const std::vector<std::string>& files);

}  // namespace readout::data
