// Running one SPARQL query against an endpoint (the Wikidata Query Service) with retries:
// `readout registry update`.
#pragma once

#include <chrono>
#include <functional>
#include <string>

namespace readout::data {

struct SparqlFetchOptions {
  std::string endpoint = "https://query.wikidata.org/sparql";
  std::string user_agent;
  std::chrono::milliseconds timeout{120000};  // per attempt
  int retries = 3;                            // attempts after the first
  // Waits between attempts: base, 2 x base, 4 x base, ...; a 429 or 503 answer's Retry-After
  // (seconds) instead when it gives one. No wait is longer than max_wait.
  std::chrono::milliseconds base_backoff{2000};
  std::chrono::milliseconds max_wait{120000};
  std::function<void(const std::string&)> log;  // a line for each failed attempt
};

struct SparqlFetch {
  std::string body;  // the results (SPARQL 1.1 Query Results JSON)
  int attempts = 0;
  double seconds = 0;  // of the successful attempt
  std::string error;   // why it failed, for the user
};

// POSTs the query (application/x-www-form-urlencoded, Accept: application/sparql-results+json)
// and retries connection failures, timeouts, cut-off answers, 5xx and 429 answers and
// malformed JSON. False with out.error set when no attempt gave well-formed JSON.
bool fetch_sparql(const SparqlFetchOptions& options, const std::string& query_name,
                  const std::string& query_text, SparqlFetch& out);

// "a b&c" -> "a%20b%26c": the form encoding of a value.
std::string form_encode(std::string_view value);

}  // namespace readout::data
