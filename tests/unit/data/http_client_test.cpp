// URLs, the proxy from the environment and the form encoding of `readout registry update`.
#include <gtest/gtest.h>

#include <cstdlib>

#include "readout/data/http_client.hpp"
#include "readout/data/sparql_fetch.hpp"

namespace readout::data {
namespace {

// Sets the proxy variables for one test and restores the environment after it.
class ProxyEnvironment : public ::testing::Test {
 protected:
  void SetUp() override {
    for (const char* name : kNames) {
      if (const char* v = std::getenv(name)) saved_.emplace_back(name, v);
      unsetenv(name);
    }
  }
  void TearDown() override {
    for (const char* name : kNames) unsetenv(name);
    for (const auto& [name, value] : saved_) setenv(name.c_str(), value.c_str(), 1);
  }
  static constexpr const char* kNames[] = {"http_proxy",  "HTTP_PROXY", "https_proxy",
                                           "HTTPS_PROXY", "no_proxy",   "NO_PROXY"};
  std::vector<std::pair<std::string, std::string>> saved_;
};

TEST(HttpClient, ParsesUrls) {
  http::Url url;
  std::string error;
  ASSERT_TRUE(http::parse_url("https://query.wikidata.org/sparql", url, error));
  EXPECT_EQ(url.scheme, "https");
  EXPECT_EQ(url.host, "query.wikidata.org");
  EXPECT_EQ(url.port, "443");
  EXPECT_EQ(url.target, "/sparql");
  ASSERT_TRUE(http::parse_url("http://127.0.0.1:8080", url, error));
  EXPECT_EQ(url.port, "8080");
  EXPECT_EQ(url.target, "/");
  ASSERT_TRUE(http::parse_url("http://[::1]:81/q?x=1#frag", url, error));
  EXPECT_EQ(url.host, "::1");
  EXPECT_EQ(url.target, "/q?x=1");
  EXPECT_FALSE(http::parse_url("ftp://example.org/", url, error));
  EXPECT_EQ(error, "'ftp://example.org/': only http:// and https:// URLs are supported");
  EXPECT_FALSE(http::parse_url("query.wikidata.org", url, error));
  EXPECT_FALSE(http::parse_url("http://host:port/", url, error));
}

TEST_F(ProxyEnvironment, PicksTheProxyOfTheSchemeUnlessNoProxyListsTheHost) {
  http::Url wikidata, local;
  std::string error;
  ASSERT_TRUE(http::parse_url("https://query.wikidata.org/sparql", wikidata, error));
  ASSERT_TRUE(http::parse_url("http://127.0.0.1:9/sparql", local, error));
  std::optional<http::Url> proxy;
  ASSERT_TRUE(http::proxy_from_environment(wikidata, proxy, error));
  EXPECT_FALSE(proxy);
  setenv("HTTPS_PROXY", "proxy.example.org:3128", 1);
  ASSERT_TRUE(http::proxy_from_environment(wikidata, proxy, error));
  ASSERT_TRUE(proxy);
  EXPECT_EQ(proxy->host, "proxy.example.org");
  EXPECT_EQ(proxy->port, "3128");
  ASSERT_TRUE(http::proxy_from_environment(local, proxy, error));
  EXPECT_FALSE(proxy);  // https_proxy is not for http:// URLs
  setenv("no_proxy", "localhost, .wikidata.org", 1);
  ASSERT_TRUE(http::proxy_from_environment(wikidata, proxy, error));
  EXPECT_FALSE(proxy);
  setenv("no_proxy", "wikidata.org.evil", 1);
  ASSERT_TRUE(http::proxy_from_environment(wikidata, proxy, error));
  EXPECT_TRUE(proxy);
  setenv("https_proxy", "socks5://proxy:1080", 1);
  EXPECT_FALSE(http::proxy_from_environment(wikidata, proxy, error));
  EXPECT_NE(error.find("the proxy 'socks5://proxy:1080' in https_proxy is not usable"),
            std::string::npos);
}

TEST(HttpClient, FormEncodesTheQuery) {
  EXPECT_EQ(form_encode("SELECT ?x WHERE { ?x wdt:P39 wd:Q1 } # é&="),
            "SELECT%20%3Fx%20WHERE%20%7B%20%3Fx%20wdt%3AP39%20wd%3AQ1%20%7D%20%23%20%C3%A9%26%3D");
}

}  // namespace
}  // namespace readout::data
