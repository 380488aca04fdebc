// URLs and the proxy named by the environment (http_client.hpp).
#include <algorithm>
#include <cstdlib>
#include <vector>

#include "readout/data/http_client.hpp"

namespace readout::data::http {
namespace {

std::string lower(std::string s) {
  for (char& c : s)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return s;
}

std::string environment(const char* lower_name, const char* upper_name) {
  // The lower-case name first, as curl and wget read them.
  for (const char* name : {lower_name, upper_name})
    if (const char* value = std::getenv(name); value && *value) return value;
  return "";
}

// no_proxy: "*", or host names and domain suffixes separated by commas (".example.org",
// "example.org" both match "www.example.org"), optionally with ":port".
bool bypasses_proxy(const Url& url, const std::string& no_proxy) {
  const std::string host = lower(url.host);
  size_t start = 0;
  while (start <= no_proxy.size()) {
    size_t end = no_proxy.find(',', start);
    if (end == std::string::npos) end = no_proxy.size();
    std::string entry = lower(no_proxy.substr(start, end - start));
    start = end + 1;
    entry.erase(0, entry.find_first_not_of(" \t"));
    entry.erase(entry.find_last_not_of(" \t") + 1);
    if (entry == "*") return true;
    if (const size_t colon = entry.rfind(':');
        colon != std::string::npos && entry.find(':') == colon) {
      if (entry.substr(colon + 1) != url.port) continue;
      entry.resize(colon);
    }
    if (!entry.empty() && entry[0] == '.') entry.erase(0, 1);
    if (entry.empty()) continue;
    if (host == entry) return true;
    if (host.size() > entry.size() && host.ends_with(entry) &&
        host[host.size() - entry.size() - 1] == '.')
      return true;
  }
  return false;
}

}  // namespace

bool parse_url(std::string_view text, Url& out, std::string& error) {
  const size_t scheme_end = text.find("://");
  if (scheme_end == std::string_view::npos) {
    error = "'" + std::string(text) + "' is not a URL such as https://query.wikidata.org/sparql";
    return false;
  }
  out.scheme = lower(std::string(text.substr(0, scheme_end)));
  if (out.scheme != "http" && out.scheme != "https") {
    error = "'" + std::string(text) + "': only http:// and https:// URLs are supported";
    return false;
  }
  std::string_view rest = text.substr(scheme_end + 3);
  const size_t path_start = rest.find_first_of("/?#");
  std::string_view authority = rest.substr(0, path_start);
  out.target = path_start == std::string_view::npos ? "/" : std::string(rest.substr(path_start));
  if (const size_t hash = out.target.find('#'); hash != std::string::npos) out.target.resize(hash);
  if (out.target.empty() || out.target[0] != '/') out.target = "/" + out.target;
  if (authority.find('@') != std::string_view::npos) {
    error = "'" + std::string(text) + "': user names and passwords in URLs are not supported";
    return false;
  }
  std::string_view port;
  if (!authority.empty() && authority[0] == '[') {  // [IPv6]:port
    const size_t close = authority.find(']');
    if (close == std::string_view::npos) {
      error = "'" + std::string(text) + "': unclosed '[' in the host";
      return false;
    }
    out.host = std::string(authority.substr(1, close - 1));
    if (close + 1 < authority.size() && authority[close + 1] == ':')
      port = authority.substr(close + 2);
  } else {
    const size_t colon = authority.rfind(':');
    out.host = std::string(authority.substr(0, colon));
    if (colon != std::string_view::npos) port = authority.substr(colon + 1);
  }
  out.port = port.empty() ? (out.scheme == "https" ? "443" : "80") : std::string(port);
  if (out.host.empty() ||
      !std::all_of(out.port.begin(), out.port.end(), [](char c) { return c >= '0' && c <= '9'; })) {
    error = "'" + std::string(text) + "' has no host, or a port that is not a number";
    return false;
  }
  return true;
}

bool proxy_from_environment(const Url& url, std::optional<Url>& proxy, std::string& error) {
  proxy.reset();
  const std::string value = url.scheme == "https" ? environment("https_proxy", "HTTPS_PROXY")
                                                  : environment("http_proxy", "HTTP_PROXY");
  if (value.empty() || bypasses_proxy(url, environment("no_proxy", "NO_PROXY"))) return true;
  // "proxy.example.org:3128" without a scheme is an HTTP proxy, as curl reads it.
  const std::string with_scheme =
      value.find("://") == std::string::npos ? "http://" + value : value;
  Url parsed;
  if (!parse_url(with_scheme, parsed, error) || parsed.scheme != "http") {
    error = "the proxy '" + value + "' in " +
            (url.scheme == "https" ? "https_proxy" : "http_proxy") +
            " is not usable (expected http://HOST:PORT)" + (error.empty() ? "" : ": " + error);
    return false;
  }
  proxy = parsed;
  return true;
}

}  // namespace readout::data::http
