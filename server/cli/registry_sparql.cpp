// `readout registry import wikidata-sparql`: saved results of the embedded Wikidata queries to
// a registry file (data::import_wikidata_sparql_files).
#include <memory>

#include "registry_parts.hpp"

namespace readout::cli {
namespace {

struct ImportSparqlArguments {
  std::vector<std::string> files;
  std::string output;
};

}  // namespace

void add_import_wikidata_sparql(CLI::App* import, Runner& runner) {
  auto args = std::make_shared<ImportSparqlArguments>();
  CLI::App* command = import->add_subcommand(
      "wikidata-sparql",
      "Saved results of the Wikidata queries (SPARQL JSON, as `registry update --save-results` "
      "writes them: heads-of-state.json, ...)");
  command
      ->add_option(
          "files", args->files,
          "Results files, each named after its query (" +
              [] {
                std::string names;
                for (const auto& q : data::wikidata_queries())
                  names += (names.empty() ? "" : ", ") + q.name + ".json";
                return names;
              }() +
              ")")
      ->required()
      ->check(CLI::ExistingFile);
  command->add_option("-o,--output", args->output, "Registry file to write (Popolo JSON)")
      ->required();
  command->callback([&runner, args] {
    runner = [args] {
      return exit_status(data::import_wikidata_sparql_files(args->files, args->output, print_log));
    };
  });
}

}  // namespace readout::cli
