// `readout registry import wikidata-sparql` and `readout registry update`: both turn results
// of the embedded Wikidata queries into one registry file with the same code, so that importing
// the results an update saved gives the same file byte for byte.
#pragma once

#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "commands.hpp"

namespace readout::cli {

struct SparqlResultsText {
  std::string query;  // the embedded query's name ("heads-of-state")
  std::string file;   // for messages: the saved file, or the query and endpoint
  std::string text;   // SPARQL 1.1 Query Results JSON
};

// Converts the results (in the embedded queries' order, whatever the order given) and writes
// `output` atomically. Returns the exit status; on errors nothing is written.
int write_wikidata_sparql(std::vector<SparqlResultsText> results, const std::string& output);

void add_import_wikidata_sparql(CLI::App* import, Runner& runner);  // registry_sparql.cpp
void add_registry_update(CLI::App* registry, Runner& runner);       // registry_update.cpp

}  // namespace readout::cli
