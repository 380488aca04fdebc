// One HTTP(S) POST with Boost.Beast (http_client.hpp). Every step (name look-up, connection,
// proxy tunnel, TLS handshake, request, response) runs on one io_context under one deadline:
// when it passes, the socket is closed and the step fails as a timeout.
#include "readout/data/http_client.hpp"

#include <openssl/ssl.h>
#include <boost/asio/connect.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/ssl.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/http.hpp>
#include <cstdio>
#include <limits>

namespace readout::data::http {
namespace {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace bhttp = boost::beast::http;
namespace ssl = boost::asio::ssl;
using tcp = asio::ip::tcp;
using Clock = std::chrono::steady_clock;

constexpr std::uint64_t kMaxBodyBytes = 512ull << 20;

// "host", "host:8443", "[2001:db8::1]:8443": what the Host header and a CONNECT name (RFC 9110:
// the port unless it is the scheme's default, an IPv6 address in brackets).
std::string authority(const Url& url, bool always_port) {
  std::string host = url.host.find(':') != std::string::npos ? "[" + url.host + "]" : url.host;
  const bool default_port = url.port == (url.scheme == "https" ? "443" : "80");
  return always_port || !default_port ? host + ":" + url.port : host;
}

class Exchange {
 public:
  Exchange(const Request& request, const Url& url, const std::optional<Url>& proxy)
      : request_(request),
        url_(url),
        proxy_(proxy),
        deadline_(Clock::now() + request.timeout),
        resolver_(ioc_),
        socket_(ioc_) {}

  Outcome run(Response& response) {
    const Url& first_hop = proxy_ ? *proxy_ : url_;
    tcp::resolver::results_type endpoints;
    beast::error_code ec;
    resolver_.async_resolve(first_hop.host, first_hop.port,
                            [&](beast::error_code e, tcp::resolver::results_type r) {
                              ec = e;
                              endpoints = std::move(r);
                            });
    if (!wait()) return timeout("looking up " + first_hop.host);
    // A name server that does not answer now (EAI_AGAIN) may answer in a moment; an unknown
    // name will stay unknown.
    if (ec)
      return {
          ec == asio::error::host_not_found_try_again ? Failure::Connection : Failure::Unresolved,
          "cannot resolve " + first_hop.host + ": " + ec.message()};
    asio::async_connect(socket_, endpoints,
                        [&](beast::error_code e, const tcp::endpoint&) { ec = e; });
    if (!wait()) return timeout("connecting to " + first_hop.host + ":" + first_hop.port);
    if (ec)
      return {Failure::Connection,
              "cannot connect to " + first_hop.host + ":" + first_hop.port + ": " + ec.message()};
    if (url_.scheme == "https") {
      if (proxy_)
        if (Outcome tunnel = open_tunnel(); tunnel.failure != Failure::None) return tunnel;
      if (Outcome tls = handshake(); tls.failure != Failure::None) return tls;
      return exchange(*tls_, response);
    }
    return exchange(socket_, response);
  }

 private:
  // Runs the pending operation; false (after closing the connection) when the deadline came
  // first.
  bool wait() {
    ioc_.restart();
    ioc_.run_until(deadline_);
    if (ioc_.stopped()) return true;  // out of work: the operation completed
    resolver_.cancel();
    beast::error_code ignored;
    (tls_ ? tls_->next_layer() : socket_).close(ignored);
    ioc_.restart();
    ioc_.run();  // the cancelled handlers
    return false;
  }

  Outcome timeout(const std::string& step) {
    return {Failure::Timeout,
            "no answer within " +
                seconds_text(static_cast<double>(request_.timeout.count()) / 1000) + " s (" + step +
                ")"};
  }

  // HTTP CONNECT through the proxy to the server, for TLS end to end.
  Outcome open_tunnel() {
    const std::string target = authority(url_, true);
    bhttp::request<bhttp::empty_body> connect{bhttp::verb::connect, target, 11};
    connect.set(bhttp::field::host, target);
    connect.set(bhttp::field::user_agent, request_.user_agent);
    beast::error_code ec;
    bhttp::async_write(socket_, connect, [&](beast::error_code e, size_t) { ec = e; });
    if (!wait()) return timeout("opening a tunnel through the proxy");
    bhttp::response_parser<bhttp::empty_body> parser;
    parser.skip(true);  // a CONNECT answer has no body
    if (!ec)
      bhttp::async_read_header(socket_, buffer_, parser,
                               [&](beast::error_code e, size_t) { ec = e; });
    if (!ec && !wait()) return timeout("opening a tunnel through the proxy");
    if (ec)
      return {Failure::Connection, "the proxy " + proxy_->host + ":" + proxy_->port +
                                       " did not open a tunnel: " + ec.message()};
    if (parser.get().result_int() != 200)
      return {Failure::Connection, "the proxy " + proxy_->host + ":" + proxy_->port +
                                       " refused the tunnel to " + target + ": " +
                                       std::to_string(parser.get().result_int()) + " " +
                                       std::string(parser.get().reason())};
    return {};
  }

  Outcome handshake() {
    tls_context_.set_default_verify_paths();
    tls_context_.set_verify_mode(ssl::verify_peer);
    tls_.emplace(std::move(socket_), tls_context_);
    // SNI: the server may host several names on one address.
    if (!SSL_set_tlsext_host_name(tls_->native_handle(), url_.host.c_str()))
      return {Failure::Tls, "cannot set the TLS server name " + url_.host};
    tls_->set_verify_callback(ssl::host_name_verification(url_.host));
    beast::error_code ec;
    tls_->async_handshake(ssl::stream_base::client, [&](beast::error_code e) { ec = e; });
    if (!wait()) return timeout("TLS handshake with " + url_.host);
    if (ec) return {Failure::Tls, "TLS handshake with " + url_.host + " failed: " + ec.message()};
    return {};
  }

  template <class Stream>
  Outcome exchange(Stream& stream, Response& response) {
    // Through an HTTP proxy, a plain request names the whole URL.
    const std::string target = proxy_ && url_.scheme == "http"
                                   ? "http://" + url_.host + ":" + url_.port + url_.target
                                   : url_.target;
    bhttp::request<bhttp::string_body> req{bhttp::verb::post, target, 11};
    req.set(bhttp::field::host, authority(url_, false));
    req.set(bhttp::field::user_agent, request_.user_agent);
    req.set(bhttp::field::content_type, request_.content_type);
    req.set(bhttp::field::accept, request_.accept);
    req.set(bhttp::field::connection, "close");
    req.body() = request_.body;
    req.prepare_payload();
    beast::error_code ec;
    bhttp::async_write(stream, req, [&](beast::error_code e, size_t) { ec = e; });
    if (!wait()) return timeout("sending the query");
    if (ec) return {Failure::Connection, "cannot send the query: " + ec.message()};
    bhttp::response_parser<bhttp::string_body> parser;
    // Wikidata's largest answers to these queries are tens of megabytes; a body past this is an
    // endpoint or proxy gone wrong, not data.
    parser.body_limit(kMaxBodyBytes);
    bhttp::async_read(stream, buffer_, parser, [&](beast::error_code e, size_t) { ec = e; });
    if (!wait()) return timeout("reading the answer");
    // A server that closes without TLS close_notify after a complete message is fine.
    if (ec == ssl::error::stream_truncated && parser.is_done()) ec = {};
    if (ec == bhttp::error::partial_message ||
        (ec && parser.is_header_done() && !parser.is_done())) {
      const auto& header = parser.get();
      std::string expected;
      if (auto length = header.find(bhttp::field::content_length); length != header.end())
        expected = " of " + std::string(length->value());
      return {Failure::Truncated, "the answer was cut off: the connection closed after " +
                                      std::to_string(parser.get().body().size()) + expected +
                                      " bytes of the body"};
    }
    if (ec == bhttp::error::body_limit)
      return {Failure::TooLarge, "the answer is larger than " +
                                     std::to_string(kMaxBodyBytes >> 20) +
                                     " MB: not an answer to these queries"};
    if (ec == bhttp::error::end_of_stream)
      return {Failure::Connection, "the server closed the connection without answering"};
    if (ec) return {Failure::Connection, "cannot read the answer: " + ec.message()};
    const auto& message = parser.get();
    response.status = static_cast<int>(message.result_int());
    response.reason = std::string(message.reason());
    if (auto retry = message.find(bhttp::field::retry_after); retry != message.end())
      response.retry_after = std::string(retry->value());
    response.body = std::move(parser.get().body());
    return {};
  }

  const Request& request_;
  const Url& url_;
  const std::optional<Url>& proxy_;
  Clock::time_point deadline_;
  asio::io_context ioc_;
  tcp::resolver resolver_;
  tcp::socket socket_;
  ssl::context tls_context_{ssl::context::tls_client};
  std::optional<ssl::stream<tcp::socket>> tls_;
  beast::flat_buffer buffer_;
};

}  // namespace

std::string seconds_text(double seconds) {
  char text[32];
  std::snprintf(text, sizeof text, "%.1f", seconds);
  return text;
}

Outcome post(const Request& request, Response& response) {
  Url url;
  std::optional<Url> proxy;
  std::string error;
  if (!parse_url(request.url, url, error) || !proxy_from_environment(url, proxy, error))
    return {Failure::BadUrl, error};
  Exchange exchange(request, url, proxy);
  return exchange.run(response);
}

}  // namespace readout::data::http
