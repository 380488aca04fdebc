// One query with retries (sparql_fetch.hpp).
#include "readout/data/sparql_fetch.hpp"

#include <algorithm>
#include <cstdio>
#include <nlohmann/json.hpp>
#include <thread>

#include "readout/data/http_client.hpp"

namespace readout::data {
namespace {

using std::chrono::milliseconds;

// Retry-After in seconds ("120"); an HTTP date or nonsense gives nothing.
std::optional<milliseconds> retry_after(const std::string& value) {
  if (value.empty() || value.size() > 9 ||
      !std::all_of(value.begin(), value.end(), [](char c) { return c >= '0' && c <= '9'; }))
    return std::nullopt;
  return milliseconds(std::stol(value) * 1000);
}

std::string host_of(const std::string& endpoint) {
  http::Url url;
  std::string ignored;
  return http::parse_url(endpoint, url, ignored) ? url.host : endpoint;
}

}  // namespace

std::string form_encode(std::string_view value) {
  static const char* kHex = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : value) {
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
        c == '.' || c == '_' || c == '~') {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += kHex[c >> 4];
      out += kHex[c & 15];
    }
  }
  return out;
}

bool fetch_sparql(const SparqlFetchOptions& options, const std::string& query_name,
                  const std::string& query_text, SparqlFetch& out) {
  http::Request request;
  request.url = options.endpoint;
  request.content_type = "application/x-www-form-urlencoded";
  request.accept = "application/sparql-results+json";
  request.user_agent = options.user_agent;
  request.body = "query=" + form_encode(query_text);
  request.timeout = options.timeout;
  const bool https = options.endpoint.starts_with("https:");
  const int attempts = 1 + std::max(0, options.retries);
  std::string last;  // what went wrong last time
  for (out.attempts = 1; out.attempts <= attempts; ++out.attempts) {
    const auto started = std::chrono::steady_clock::now();
    http::Response response;
    const http::Outcome outcome = http::post(request, response);
    out.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    std::optional<milliseconds> wait;
    bool retry = true;
    switch (outcome.failure) {
      case http::Failure::BadUrl:
        out.error = query_name + ": " + outcome.message;
        return false;
      case http::Failure::Unresolved:  // offline: retrying will not help
      case http::Failure::Connection:
        last = "cannot reach " + host_of(options.endpoint) + ": " + outcome.message +
               "; check the network or " + (https ? "https_proxy" : "http_proxy");
        retry = outcome.failure == http::Failure::Connection;
        break;
      case http::Failure::Tls:  // an untrusted certificate stays untrusted
      case http::Failure::TooLarge:
        out.error = query_name + ": " + outcome.message;
        return false;
      case http::Failure::Timeout:
      case http::Failure::Truncated:
        last = outcome.message;
        break;
      case http::Failure::None:
        if (response.status == 200) {
          if (nlohmann::json::accept(response.body)) {
            out.body = std::move(response.body);
            return true;
          }
          last = "the answer is not well-formed JSON (" + std::to_string(response.body.size()) +
                 " bytes)";
        } else {
          last = "HTTP " + std::to_string(response.status) + " " + response.reason;
          if (response.status == 429 || response.status == 503) {
            wait = retry_after(response.retry_after);
          } else if (response.status < 500 && response.status != 408) {
            // The query or the endpoint is wrong: the same request gets the same answer.
            const std::string said = response.body.substr(0, 300);
            out.error = query_name + ": " + last + (said.empty() ? "" : ": " + said);
            return false;
          }
        }
        break;
    }
    if (!retry || out.attempts == attempts) break;
    const milliseconds pause =
        std::min(options.max_wait,
                 wait.value_or(options.base_backoff * (1LL << std::min(out.attempts - 1, 20))));
    if (options.log)
      options.log(query_name + ": attempt " + std::to_string(out.attempts) + " failed: " + last +
                  "; retrying in " + http::seconds_text(static_cast<double>(pause.count()) / 1000) +
                  " s");
    std::this_thread::sleep_for(pause);
  }
  out.attempts = std::min(out.attempts, attempts);
  out.error = query_name + ": " + last + " (" + std::to_string(out.attempts) +
              (out.attempts == 1 ? " attempt" : " attempts") + ")";
  return false;
}

}  // namespace readout::data
