// What a registry was made of, for results that name the data they were checked against: a
// content hash over its layers (the embedded registry, then each user file, in load order) and
// the day each of its sources was gathered (docs/registry.md, "Provenance").
#pragma once

#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "readout/data/popolo.hpp"

namespace readout::data {

struct RegistryProvenance {
  std::string content_hash;         // "sha256:" + 64 hex digits
  std::vector<SourceDate> sources;  // each source's gathering date, by note
  std::vector<std::string> files;   // the user files layered on top, as named
  bool embedded = true;             // the embedded registry is the first layer
  // The newest gathering date among the sources: how current the data is at best.
  [[nodiscard]] std::optional<PartialDate> data_date() const;
};

// SHA-256 of `bytes`, as 64 lower-case hex digits.
std::string sha256_hex(std::string_view bytes);

// The hash of a registry made of layers, each given by its own SHA-256 (hex): the embedded
// registry's (embedded_layer_hash) and each user file's bytes'. Order matters: later layers win.
std::string registry_content_hash(const std::vector<std::string>& layer_hashes);

// The embedded registry's layer hash (over its files' bytes) and sources: written at build time
// by the packing tool, else computed from the embedded files.
const std::string& embedded_layer_hash();
const RegistryProvenance& embedded_provenance();

// The text the packing tool embeds, and its reader (false when it is not such a text). It
// carries the registry's content hash too, so that start-up does not initialise OpenSSL's
// digests to hash one line (`content_hash` stays empty when the text has none).
std::string write_embedded_identity();
bool read_embedded_identity(std::string_view text, std::string& layer_hash,
                            std::vector<SourceDate>& sources, std::string* content_hash = nullptr);

// A registry as load_registry builds it, with its provenance.
struct LoadedRegistry {
  std::shared_ptr<const Registry> registry;
  std::shared_ptr<const RegistryProvenance> provenance;
};
LoadedRegistry load_registry_layers(const std::vector<std::filesystem::path>& extra_files,
                                    bool include_embedded, std::vector<FileError>& errors);
// The same for layers in any order: an empty path stands for the embedded registry (`registry
// diff --old embedded ...`). Later layers override earlier ones.
LoadedRegistry load_registry_layers(const std::vector<std::filesystem::path>& layers,
                                    std::vector<FileError>& errors);

// Where load_registry_layers gets a user file's bytes, and what a file that does not parse
// contributes. Unset: the file on disk, and what could be read of it. The editor passes its
// unsaved texts and each file's last good records.
struct LayerSource {
  std::function<bool(const std::filesystem::path&, std::string& text, std::string& error)> read;
  // After parsing a user file (`ok`: without errors); may replace `part`.
  std::function<void(const std::filesystem::path&, bool ok, RegistryData& part)> parsed;
};
LoadedRegistry load_registry_layers(const std::vector<std::filesystem::path>& layers,
                                    std::vector<FileError>& errors, const LayerSource& source);

// "sha256:…" or a unique prefix of at least 12 hex digits of one: how `.readout.json` pins the
// registry ("registryHash"). Empty when `pin` is a valid pin, else what is wrong with it.
std::string check_pin_syntax(std::string_view pin);
// True when `pin` names `content_hash` (the whole hash or a prefix of it).
bool pin_matches(std::string_view pin, std::string_view content_hash);

// "the embedded registry + extra.json; newest data gathered 2025-10-03", for messages.
std::string describe_layers(const RegistryProvenance& provenance);

struct Config;
// The error, at the config's "registryHash", when the registry differs from the config's pin;
// nullopt when there is no pin or it matches. The same for `readout lint` and the editor.
std::optional<FileError> registry_pin_problem(const Config& config,
                                              const RegistryProvenance& provenance);

}  // namespace readout::data
