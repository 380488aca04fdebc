// Wikidata query results to a registry file, and the update that fetches them
// (readout/data/registry_import.hpp).
#include <algorithm>
#include <filesystem>

#include "readout/data/files.hpp"
#include "readout/data/http_client.hpp"
#include "readout/data/registry_import.hpp"

namespace readout::data {
namespace {

namespace fs = std::filesystem;

size_t query_order(const std::string& name) {
  const auto& queries = wikidata_queries();
  for (size_t i = 0; i < queries.size(); ++i)
    if (queries[i].name == name) return i;
  return queries.size();
}

}  // namespace

ImportStatus write_wikidata_sparql(std::vector<SparqlResultsText> results,
                                   const std::string& output, const Log& log) {
  std::stable_sort(results.begin(), results.end(),
                   [](const SparqlResultsText& a, const SparqlResultsText& b) {
                     return query_order(a.query) < query_order(b.query);
                   });
  RegistryData out;
  std::vector<FileError> errors;
  ImportReport report;
  for (const auto& r : results)
    import_wikidata_sparql(r.text, r.file, r.query, out, errors, report);
  for (const auto& e : errors) log({true, e.to_string()});
  if (!errors.empty()) {
    log({false, output + " was not written"});
    return ImportStatus::InputErrors;
  }
  for (const auto& s : report.skipped) log({true, s + ": skipped"});
  sort_registry_data(out);
  if (!write_divided(output, out, log)) return ImportStatus::CannotReadOrWrite;
  log({false, std::to_string(report.imported) + " terms from " + std::to_string(report.rows) +
                  " rows written to " + output + " (" + std::to_string(out.persons.size()) +
                  " persons, " + std::to_string(out.organizations.size()) + " organizations, " +
                  std::to_string(out.posts.size()) + " posts, " +
                  std::to_string(out.memberships.size()) + " memberships)"});
  return ImportStatus::Written;
}

ImportStatus import_wikidata_sparql_files(const std::vector<std::string>& files,
                                          const std::string& output, const Log& log) {
  std::vector<SparqlResultsText> results;
  for (const auto& file : files) {
    SparqlResultsText one{fs::path(file).stem().string(), file, ""};
    std::string error;
    if (!read_file(file, one.text, error)) {
      log({true, file + ": error: cannot read: " + error});
      return ImportStatus::CannotReadOrWrite;
    }
    results.push_back(std::move(one));
  }
  return write_wikidata_sparql(std::move(results), output, log);
}

UpdateResult update_from_wikidata(const WikidataUpdate& update, const Log& log) {
  const std::string not_changed = update.output + " was not changed";
  if (!update.save_results.empty()) {
    std::error_code ec;
    fs::create_directories(update.save_results, ec);
    if (ec) {
      log({true, update.save_results + ": error: cannot create the folder: " + ec.message()});
      return {ImportStatus::CannotReadOrWrite, {}};
    }
  }
  std::vector<SparqlResultsText> results;
  for (const auto& query : wikidata_queries()) {
    std::string text, error;
    if (!with_languages(query, update.languages, text, error))
      return {ImportStatus::CannotReadOrWrite, error};
    SparqlFetch fetched;
    if (!fetch_sparql(update.fetch, query.name, text, fetched)) {
      log({false, "error: " + fetched.error});
      log({false, not_changed});
      return {ImportStatus::InputErrors, {}};
    }
    const std::string saved =
        update.save_results.empty()
            ? ""
            : (fs::path(update.save_results) / (query.name + ".json")).string();
    // Count the rows for the progress line; write_wikidata_sparql reports any problem in them.
    RegistryData ignored;
    std::vector<FileError> errors;
    ImportReport report;
    const std::string file =
        saved.empty() ? query.name + " (" + update.fetch.endpoint + ")" : saved;
    import_wikidata_sparql(fetched.body, file, query.name, ignored, errors, report);
    // A well-formed answer without rows (a changed data model, a broken mirror or proxy) would
    // replace a good file with one that lacks a whole query's officials.
    if (errors.empty() && report.rows == 0) {
      log({false, "error: " + query.name + ": the answer has no rows; Wikidata or the endpoint " +
                      update.fetch.endpoint + " may have changed"});
      log({false, not_changed});
      return {ImportStatus::InputErrors, {}};
    }
    log({false, query.name + ": attempt " + std::to_string(fetched.attempts) + ": " +
                    std::to_string(report.rows) + " rows in " +
                    http::seconds_text(fetched.seconds) + " s"});
    results.push_back({query.name, file, std::move(fetched.body)});
  }
  // Saved only once every query has answered: a failed run leaves the folder as it was.
  for (const SparqlResultsText& result : results)
    if (!update.save_results.empty() && !write_output(result.file, result.text, log))
      return {ImportStatus::CannotReadOrWrite, {}};
  const ImportStatus status = write_wikidata_sparql(std::move(results), update.output, log);
  if (status != ImportStatus::Written) log({false, not_changed});
  return {status, {}};
}

}  // namespace readout::data
