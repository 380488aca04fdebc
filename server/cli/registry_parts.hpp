// Pieces shared by the files of `readout registry` (registry_command.cpp and the files of its
// larger subcommands).
#pragma once

#include <string>

#include "commands.hpp"
#include "readout/registry.hpp"

namespace readout::cli {

// A term as a line of output: "acting Minister of Foreign Affairs (Turkey) as Chargé,
// 2023-06-04 to present" (registry_command.cpp).
std::string describe_term(const HeldPost& held);

// `readout registry diff` (registry_diff_command.cpp), added to the `registry` command.
void add_registry_diff_command(CLI::App& registry, Runner& runner);

}  // namespace readout::cli
