// `readout registry update`: runs the embedded Wikidata queries against the Wikidata Query
// Service and writes the registry file only when every query succeeded
// (data::update_from_wikidata).
#include <cstdlib>
#include <iostream>
#include <memory>

#include "registry_parts.hpp"

namespace readout::cli {
namespace {

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
  data::WikidataUpdate update;
  update.fetch.endpoint = args.endpoint;
  update.fetch.user_agent = std::string("Readout/") + READOUT_VERSION +
                            " (diplomatic readout linter; readout registry update)";
  update.fetch.timeout = std::chrono::milliseconds(static_cast<long>(args.timeout_seconds * 1000));
  update.fetch.retries = args.retries;
  update.fetch.base_backoff = base_backoff();
  update.fetch.log = [](const std::string& line) { std::cerr << "readout: " << line << '\n'; };
  update.languages = split_languages(args.languages);
  update.output = args.output;
  update.save_results = args.save_results;
  const data::UpdateResult result = data::update_from_wikidata(update, print_log);
  if (!result.language_error.empty())
    std::cerr << "readout: --languages: " << result.language_error << '\n';
  return exit_status(result.status);
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
