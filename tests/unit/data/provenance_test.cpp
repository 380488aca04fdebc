// Registry provenance: hashes, the embedded identity, layered registries and pins.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "readout/data/config.hpp"
#include "readout/data/embedded.hpp"
#include "readout/data/provenance.hpp"

namespace readout::data {
namespace {

TEST(Provenance, Sha256OfKnownVectors) {
  EXPECT_EQ(sha256_hex(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  EXPECT_EQ(sha256_hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

TEST(Provenance, ContentHashDependsOnLayersAndTheirOrder) {
  const std::string a = sha256_hex("a"), b = sha256_hex("b");
  EXPECT_EQ(registry_content_hash({a, b}), "sha256:" + sha256_hex(a + "\n" + b + "\n"));
  EXPECT_NE(registry_content_hash({a, b}), registry_content_hash({b, a}));
  EXPECT_NE(registry_content_hash({a}), registry_content_hash({a, b}));
}

TEST(Provenance, EmbeddedIdentityIsTheHashOfItsFilesAndRoundTrips) {
  std::string lines;
  for (const auto& file : embedded::files()) lines += sha256_hex(file.bytes()) + "\n";
  EXPECT_EQ(embedded_layer_hash(), sha256_hex(lines));
  EXPECT_EQ(embedded_provenance().content_hash, registry_content_hash({embedded_layer_hash()}));

  std::string hash, content;
  std::vector<SourceDate> sources;
  ASSERT_TRUE(read_embedded_identity(write_embedded_identity(), hash, sources, &content));
  EXPECT_EQ(hash, embedded_layer_hash());
  EXPECT_EQ(content, registry_content_hash({hash}));
  ASSERT_EQ(sources.size(), embedded_registry()->records().source_dates.size());
  for (size_t i = 0; i < sources.size(); ++i) {
    EXPECT_EQ(sources[i].note, embedded_registry()->records().source_dates[i].note);
    EXPECT_EQ(sources[i].as_of.to_string(),
              embedded_registry()->records().source_dates[i].as_of.to_string());
  }
  EXPECT_FALSE(read_embedded_identity("something else", hash, sources));
  EXPECT_FALSE(
      read_embedded_identity("readout-registry-identity 1\nlayer-sha256 abc\n", hash, sources));
}

TEST(Provenance, LayeredFileAddsItsHashAndSourceDates) {
  const auto file = std::filesystem::temp_directory_path() / "readout_provenance_test.json";
  const std::string text =
      R"({"persons": [{"id": "p1", "name": "Petra Testova"}], "source_dates": [{"note": "survey", "as_of": "2031-02-03"}]})";
  std::ofstream(file) << text;
  std::vector<FileError> errors;
  LoadedRegistry loaded = load_registry_layers({file}, true, errors);
  ASSERT_TRUE(errors.empty()) << errors.front().to_string();
  EXPECT_EQ(loaded.provenance->content_hash,
            registry_content_hash({embedded_layer_hash(), sha256_hex(text)}));
  EXPECT_EQ(loaded.provenance->files, std::vector<std::string>{file.string()});
  ASSERT_TRUE(loaded.provenance->data_date());
  EXPECT_EQ(loaded.provenance->data_date()->to_string(), "2031-02-03");
  EXPECT_TRUE(loaded.registry->person("p1"));

  LoadedRegistry alone = load_registry_layers({file}, false, errors);
  EXPECT_EQ(alone.provenance->content_hash, registry_content_hash({sha256_hex(text)}));
  EXPECT_FALSE(alone.provenance->embedded);
  std::filesystem::remove(file);

  load_registry_layers({file}, true, errors);
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_NE(errors[0].message.find("cannot read the registry file"), std::string::npos);
}

TEST(Provenance, PinsAreHashPrefixesOfTwelveDigitsOrMore) {
  const std::string hash = "sha256:" + sha256_hex("x");
  EXPECT_TRUE(pin_matches(hash, hash));
  EXPECT_TRUE(pin_matches(hash.substr(0, 19), hash));
  EXPECT_FALSE(pin_matches(hash.substr(0, 18), hash));  // 11 digits: too short to mean one hash
  EXPECT_FALSE(pin_matches("sha256:" + sha256_hex("y"), hash));
  EXPECT_NE(check_pin_syntax("md5:0123456789ab"), "");
  EXPECT_NE(check_pin_syntax("sha256:0123456789AB"), "");
  EXPECT_EQ(check_pin_syntax("sha256:0123456789ab"), "");
}

TEST(Provenance, ConfigReadsThePinWithItsPosition) {
  Config config;
  std::vector<FileError> errors;
  ASSERT_TRUE(parse_config("{\n  \"registryHash\": \"sha256:0123456789abcdef\"\n}", "c.json",
                           config, errors));
  EXPECT_EQ(config.registry_pin, "sha256:0123456789abcdef");
  EXPECT_EQ(config.registry_pin_line, 2u);
  EXPECT_EQ(config.registry_pin_column, 19u);
  Config bad;
  EXPECT_FALSE(parse_config("{\"registryHash\": 42}", "c.json", bad, errors));
  ASSERT_FALSE(errors.empty());
  EXPECT_EQ(errors.back().to_string().rfind("c.json:1:18: error: \"registryHash\" must be", 0), 0u)
      << errors.back().to_string();
}

}  // namespace
}  // namespace readout::data
