// The import pipelines of `readout registry import` and `update`: read the public data sets,
// convert and merge them (importers.hpp), and write the registry file and its merge report.
// The program only parses its arguments and prints what these return and log.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "readout/data/importers.hpp"
#include "readout/data/registry_output.hpp"
#include "readout/data/sparql_fetch.hpp"

namespace readout::data {

// How an import or update ended; the program turns it into its exit status.
enum class ImportStatus {
  Written,
  InputErrors,        // the input had errors or gave nothing (logged); nothing was written
  CannotReadOrWrite,  // a file or folder could not be read or written (logged)
};

// Where an import writes.
struct ImportOutput {
  std::string output;              // the registry file (divided when large: write_divided)
  std::string memberships_output;  // when set, the terms go to this file instead
  std::string report;              // when set, the merge report (Markdown) is written here too
};

struct ImportResult {
  ImportStatus status = ImportStatus::InputErrors;
  std::string merge_report;  // Markdown, once written
  // "12 of 14 rows imported into out.json (3 persons, ...)", once written.
  std::string summary;
};

// Wikidata CSV files of every-politician-scrapers: world leaders, foreign ministers, cabinets.
struct WikidataCsvImport {
  std::vector<std::string> files;
  WikidataCsvKind kind = WikidataCsvKind::Detect;  // Detect: each file's from its header
  std::vector<std::string> foreign_affairs_only;   // folders of cabinet files (CabinetPosts)
  std::vector<SourceDate> gathered;                // when a list's data was gathered
};
ImportResult import_wikidata_csv_files(const WikidataCsvImport& input, const ImportOutput& output,
                                       const Log& log);

// The pocom folder, merged with the registry files `against` (in load order).
ImportResult import_pocom_folder(const std::filesystem::path& dir,
                                 const std::vector<std::string>& against,
                                 const ImportOutput& output, const Log& log);

// The leaders-history folder, merged with the registry files `against` (in load order).
ImportResult import_leaders_history_folder(const std::filesystem::path& dir,
                                           const std::vector<std::string>& against,
                                           const ImportOutput& output, const Log& log);

// Results of the embedded Wikidata queries (wikidata_queries()).
struct SparqlResultsText {
  std::string query;  // the embedded query's name ("heads-of-state")
  std::string file;   // for messages: the saved file, or the query and endpoint
  std::string text;   // SPARQL 1.1 Query Results JSON
};

// Converts the results (in the embedded queries' order, whatever the order given) and writes
// `output`. On errors nothing is written. Both `import wikidata-sparql` and `update` write
// through it, so that importing the results an update saved gives the same file byte for byte.
ImportStatus write_wikidata_sparql(std::vector<SparqlResultsText> results,
                                   const std::string& output, const Log& log);

// Reads saved results, each file named after its query ("heads-of-state.json"), and writes them.
ImportStatus import_wikidata_sparql_files(const std::vector<std::string>& files,
                                          const std::string& output, const Log& log);

// `readout registry update`: runs every embedded query and writes `output` only when every one
// answered with rows; then saves the raw results in `save_results` too, when given.
struct WikidataUpdate {
  SparqlFetchOptions fetch;
  std::vector<std::string> languages;  // of the other names ("en", "fr")
  std::string output;
  std::string save_results;  // a folder, or empty
};
struct UpdateResult {
  ImportStatus status = ImportStatus::InputErrors;
  std::string language_error;  // set when a language is not a tag (nothing was fetched)
};
UpdateResult update_from_wikidata(const WikidataUpdate& update, const Log& log);

}  // namespace readout::data
