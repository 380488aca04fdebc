// Pieces shared by the files of `readout registry` (registry_command.cpp and the files of its
// larger subcommands).
#pragma once

#include "commands.hpp"
#include "readout/data/registry_import.hpp"

namespace readout::cli {

// Prints a line of an import or update on stderr, notes after "readout: ".
void print_log(const data::LogLine& line);

// The exit status for how an import or update ended.
int exit_status(data::ImportStatus status);

void add_import_wikidata_sparql(CLI::App* import, Runner& runner);   // registry_sparql.cpp
void add_registry_update(CLI::App* registry, Runner& runner);        // registry_update.cpp
void add_registry_diff_command(CLI::App& registry, Runner& runner);  // registry_diff_command.cpp

}  // namespace readout::cli
