// Wikidata query results to a registry file, and `readout registry import wikidata-sparql`
// (registry_sparql.hpp).
#include "registry_sparql.hpp"

#include <algorithm>
#include <filesystem>
#include <iostream>
#include <memory>

#include "readout/data/files.hpp"
#include "readout/data/importers.hpp"
#include "registry_output.hpp"

namespace readout::cli {
namespace {

size_t query_order(const std::string& name) {
  const auto& queries = data::wikidata_queries();
  for (size_t i = 0; i < queries.size(); ++i)
    if (queries[i].name == name) return i;
  return queries.size();
}

struct ImportSparqlArguments {
  std::vector<std::string> files;
  std::string output;
};

int run_import_wikidata_sparql(const ImportSparqlArguments& args) {
  std::vector<SparqlResultsText> results;
  for (const auto& file : args.files) {
    SparqlResultsText one{std::filesystem::path(file).stem().string(), file, ""};
    std::string error;
    if (!data::read_file(file, one.text, error)) {
      std::cerr << file << ": error: cannot read: " << error << '\n';
      return kExitUsage;
    }
    results.push_back(std::move(one));
  }
  return write_wikidata_sparql(std::move(results), args.output);
}

}  // namespace

int write_wikidata_sparql(std::vector<SparqlResultsText> results, const std::string& output) {
  std::stable_sort(results.begin(), results.end(),
                   [](const SparqlResultsText& a, const SparqlResultsText& b) {
                     return query_order(a.query) < query_order(b.query);
                   });
  RegistryData out;
  std::vector<data::FileError> errors;
  data::ImportReport report;
  for (const auto& r : results)
    data::import_wikidata_sparql(r.text, r.file, r.query, out, errors, report);
  for (const auto& e : errors) std::cerr << e.to_string() << '\n';
  if (!errors.empty()) {
    std::cerr << "readout: " << output << " was not written\n";
    return kExitFindings;
  }
  for (const auto& s : report.skipped) std::cerr << s << ": skipped\n";
  data::sort_registry_data(out);
  if (!write_divided(output, out)) return kExitUsage;
  std::cerr << "readout: " << report.imported << " terms from " << report.rows
            << " rows written to " << output << " (" << out.persons.size() << " persons, "
            << out.organizations.size() << " organizations, " << out.posts.size() << " posts, "
            << out.memberships.size() << " memberships)\n";
  return kExitClean;
}

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
  command->callback(
      [&runner, args] { runner = [args] { return run_import_wikidata_sparql(*args); }; });
}

}  // namespace readout::cli
