// One HTTP(S) POST with a deadline, through the proxy that the environment names
// (https_proxy, http_proxy, no_proxy). Used by `readout registry update`.
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace readout::data::http {

struct Url {
  std::string scheme;  // "http" or "https"
  std::string host;
  std::string port;
  std::string target;  // path and query, "/sparql"
};

// Parses an http:// or https:// URL. False with `error` set otherwise.
bool parse_url(std::string_view text, Url& out, std::string& error);

// The proxy to use for `url` from the environment (https_proxy/HTTPS_PROXY for https,
// http_proxy/HTTP_PROXY for http, unless no_proxy/NO_PROXY lists the host), or nullopt.
// False with `error` set when the variable holds no usable proxy URL.
bool proxy_from_environment(const Url& url, std::optional<Url>& proxy, std::string& error);

struct Request {
  std::string url;
  std::string content_type;
  std::string accept;
  std::string user_agent;
  std::string body;
  std::chrono::milliseconds timeout{60000};  // for the whole exchange
};

struct Response {
  int status = 0;
  std::string reason;
  std::string retry_after;  // the Retry-After header, when there is one
  std::string body;
};

// Why no complete response arrived.
enum class Failure {
  None,
  BadUrl,      // the URL or the proxy variable is unusable: not worth retrying
  Unresolved,  // the host name is unknown (offline, or a wrong name)
  Connection,  // refused, reset, a temporary failure to look the name up
  Tls,         // the TLS handshake or the certificate failed: the same again next time
  Timeout,     // no complete answer within the timeout
  Truncated,   // the body ended before its Content-Length or last chunk
  TooLarge,    // the body passed the size limit: an endpoint or proxy gone wrong
};

// "1.5": seconds as progress lines and messages write them.
std::string seconds_text(double seconds);

struct Outcome {
  Failure failure = Failure::None;
  std::string message;  // for a failure: what happened, in words
};

// Sends a POST and reads the whole response.
Outcome post(const Request& request, Response& response);

}  // namespace readout::data::http
