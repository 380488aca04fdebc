// `readout registry update`: runs the embedded Wikidata queries against the Wikidata Query
// Service and writes the registry file only when every query succeeded.
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <memory>

#include "readout/data/files.hpp"
#include "readout/data/http_client.hpp"
#include "readout/data/importers.hpp"
#include "readout/data/sparql_fetch.hpp"
#include "registry_output.hpp"
#include "registry_sparql.hpp"

namespace readout::cli {
namespace {

namespace fs = std::filesystem;

struct UpdateArguments {
  std::string output;
  std::string endpoint = "https://query.wikidata.org/sparql";
  std::string languages = "en";
  double timeout_seconds = 120;
  int retries = 3;
  std::string save_results;
};

std::vector<std::string> split_languages(const std::string& list) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start <= list.size()) {
    size_t end = list.find(',', start);
    if (end == std::string::npos) end = list.size();
    if (end > start) out.push_back(list.substr(start, end - start));
    start = end + 1;
  }
  return out;
}

// READOUT_UPDATE_BACKOFF_MS shortens the waits between attempts (the tests' server).
std::chrono::milliseconds base_backoff() {
  if (const char* value = std::getenv("READOUT_UPDATE_BACKOFF_MS"); value && *value) {
    char* end = nullptr;
    const long ms = std::strtol(value, &end, 10);
    if (end && *end == '\0' && ms >= 0) return std::chrono::milliseconds(ms);
  }
  return std::chrono::milliseconds(2000);
}

int run_update(const UpdateArguments& args) {
  data::SparqlFetchOptions options;
  options.endpoint = args.endpoint;
  options.user_agent = std::string("Readout/") + READOUT_VERSION +
                       " (diplomatic readout linter; readout registry update)";
  options.timeout = std::chrono::milliseconds(static_cast<long>(args.timeout_seconds * 1000));
  options.retries = args.retries;
  options.base_backoff = base_backoff();
  options.log = [](const std::string& line) { std::cerr << "readout: " << line << '\n'; };
  const std::vector<std::string> languages = split_languages(args.languages);
  if (!args.save_results.empty()) {
    std::error_code ec;
    fs::create_directories(args.save_results, ec);
    if (ec) {
      std::cerr << args.save_results << ": error: cannot create the folder: " << ec.message()
                << '\n';
      return kExitUsage;
    }
  }
  std::vector<SparqlResultsText> results;
  for (const auto& query : data::wikidata_queries()) {
    std::string text, error;
    if (!data::with_languages(query, languages, text, error)) {
      std::cerr << "readout: --languages: " << error << '\n';
      return kExitUsage;
    }
    data::SparqlFetch fetched;
    if (!data::fetch_sparql(options, query.name, text, fetched)) {
      std::cerr << "readout: error: " << fetched.error << '\n'
                << "readout: " << args.output << " was not changed\n";
      return kExitFindings;
    }
    const std::string saved = args.save_results.empty()
                                  ? ""
                                  : (fs::path(args.save_results) / (query.name + ".json")).string();
    // Count the rows for the progress line; write_wikidata_sparql reports any problem in them.
    RegistryData ignored;
    std::vector<data::FileError> errors;
    data::ImportReport report;
    const std::string file = saved.empty() ? query.name + " (" + args.endpoint + ")" : saved;
    data::import_wikidata_sparql(fetched.body, file, query.name, ignored, errors, report);
    // A well-formed answer without rows (a changed data model, a broken mirror or proxy) would
    // replace a good file with one that lacks a whole query's officials.
    if (errors.empty() && report.rows == 0) {
      std::cerr << "readout: error: " << query.name
                << ": the answer has no rows; Wikidata or the endpoint " << args.endpoint
                << " may have changed\n"
                << "readout: " << args.output << " was not changed\n";
      return kExitFindings;
    }
    std::cerr << "readout: " << query.name << ": attempt " << fetched.attempts << ": "
              << report.rows << " rows in " << data::http::seconds_text(fetched.seconds) << " s\n";
    results.push_back({query.name, file, std::move(fetched.body)});
  }
  // Saved only once every query has answered: a failed run leaves the folder as it was.
  for (const SparqlResultsText& result : results)
    if (!args.save_results.empty() && !write_output(result.file, result.text)) return kExitUsage;
  const int status = write_wikidata_sparql(std::move(results), args.output);
  if (status != kExitClean) std::cerr << "readout: " << args.output << " was not changed\n";
  return status;
}

}  // namespace

void add_registry_update(CLI::App* registry, Runner& runner) {
  auto args = std::make_shared<UpdateArguments>();
  CLI::App* update = registry->add_subcommand(
      "update",
      "Fetch heads of state and government and (deputy) foreign ministers from the Wikidata "
      "Query Service into a registry file");
  update->add_option("-o,--output", args->output, "Registry file to write (Popolo JSON)")
      ->required();
  update->add_option("--endpoint", args->endpoint, "SPARQL endpoint")->capture_default_str();
  update
      ->add_option("--languages", args->languages,
                   "Languages of the other names to fetch, comma-separated (en,fr,ru,...)")
      ->capture_default_str();
  update->add_option("--timeout", args->timeout_seconds, "Seconds to wait for each answer")
      ->capture_default_str()
      ->check(CLI::Range(0.1, 3600.0));
  update
      ->add_option("--retries", args->retries, "Attempts after the first on failures that may pass")
      ->capture_default_str()
      ->check(CLI::Range(0, 20));
  update
      ->add_option("--save-results", args->save_results,
                   "Also save each query's raw results as DIR/<query>.json (for `registry "
                   "import wikidata-sparql`)")
      ->type_name("DIR");
  update->callback([&runner, args] { runner = [args] { return run_update(*args); }; });
}

}  // namespace readout::cli
