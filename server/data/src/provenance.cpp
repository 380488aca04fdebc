// Registry provenance: content hashes (OpenSSL's SHA-256) and source gathering dates.
#include "readout/data/provenance.hpp"

#include <openssl/evp.h>

#include <algorithm>
#include <sstream>

#include "readout/data/config.hpp"
#include "readout/data/embedded.hpp"
#include "readout/data/files.hpp"

// Written by the packing tool at build time beside the pack (server/CMakeLists.txt): weak, so
// that programs without it (the packing tool, the tests) compute it from the embedded files.
extern "C" {
extern const char readout_registry_identity_begin[] __attribute__((weak));
extern const char readout_registry_identity_end[] __attribute__((weak));
}

namespace readout::data {
namespace {

constexpr std::string_view kIdentityHeader = "readout-registry-identity 1\n";

// Provenance lists sources by note, whatever order the layers gave them in.
void sort_by_note(std::vector<SourceDate>& sources) {
  std::sort(sources.begin(), sources.end(),
            [](const SourceDate& a, const SourceDate& b) { return a.note < b.note; });
}

std::string compute_embedded_layer_hash() {
  std::string lines;
  for (const auto& file : embedded::files()) lines += sha256_hex(file.bytes()) + "\n";
  return sha256_hex(lines);
}

struct EmbeddedIdentity {
  std::string layer_hash;
  RegistryProvenance provenance;
};

const EmbeddedIdentity& embedded_identity() {
  static const EmbeddedIdentity identity = [] {
    EmbeddedIdentity id;
    const char* begin = readout_registry_identity_begin;
    if (begin == nullptr ||
        !read_embedded_identity({begin, static_cast<size_t>(readout_registry_identity_end - begin)},
                                id.layer_hash, id.provenance.sources,
                                &id.provenance.content_hash)) {
      id.layer_hash = compute_embedded_layer_hash();
      id.provenance.sources = embedded_registry()->records().source_dates;
      id.provenance.content_hash.clear();
    }
    sort_by_note(id.provenance.sources);
    if (id.provenance.content_hash.empty())
      id.provenance.content_hash = registry_content_hash({id.layer_hash});
    return id;
  }();
  return identity;
}

}  // namespace

std::optional<PartialDate> RegistryProvenance::data_date() const {
  std::optional<PartialDate> newest;
  for (const SourceDate& s : sources)
    if (!newest || s.as_of.latest_day() > newest->latest_day()) newest = s.as_of;
  return newest;
}

std::string sha256_hex(std::string_view bytes) {
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int size = 0;
  EVP_Digest(bytes.data(), bytes.size(), digest, &size, EVP_sha256(), nullptr);
  static constexpr char kHex[] = "0123456789abcdef";
  std::string hex;
  hex.reserve(size * 2);
  for (unsigned int i = 0; i < size; ++i) {
    hex.push_back(kHex[digest[i] >> 4]);
    hex.push_back(kHex[digest[i] & 15]);
  }
  return hex;
}

std::string registry_content_hash(const std::vector<std::string>& layer_hashes) {
  std::string lines;
  for (const std::string& layer : layer_hashes) lines += layer + "\n";
  return "sha256:" + sha256_hex(lines);
}

const std::string& embedded_layer_hash() { return embedded_identity().layer_hash; }

const RegistryProvenance& embedded_provenance() { return embedded_identity().provenance; }

std::string write_embedded_identity() {
  std::string text(kIdentityHeader);
  const std::string layer_hash = compute_embedded_layer_hash();
  text += "layer-sha256 " + layer_hash + "\n";
  text += "content " + registry_content_hash({layer_hash}) + "\n";
  for (const SourceDate& s : embedded_registry()->records().source_dates)
    text += "source " + s.as_of.to_string() + " " + s.note + "\n";
  return text;
}

bool read_embedded_identity(std::string_view text, std::string& layer_hash,
                            std::vector<SourceDate>& sources, std::string* content_hash) {
  if (!text.starts_with(kIdentityHeader)) return false;
  std::istringstream in{std::string(text.substr(kIdentityHeader.size()))};
  std::string line;
  std::string hash, content;
  std::vector<SourceDate> read;
  while (std::getline(in, line)) {
    if (line.starts_with("layer-sha256 ")) {
      hash = line.substr(13);
    } else if (line.starts_with("content sha256:")) {
      content = line.substr(8);
    } else if (line.starts_with("source ")) {
      const size_t space = line.find(' ', 7);
      if (space == std::string::npos) return false;
      auto date = PartialDate::parse(line.substr(7, space - 7));
      if (!date) return false;
      read.push_back({line.substr(space + 1), *date});
    } else if (!line.empty()) {
      return false;
    }
  }
  if (hash.size() != 64) return false;
  layer_hash = std::move(hash);
  sources = std::move(read);
  if (content_hash) *content_hash = std::move(content);
  return true;
}

LoadedRegistry load_registry_layers(const std::vector<std::filesystem::path>& extra_files,
                                    bool include_embedded, std::vector<FileError>& errors) {
  if (extra_files.empty() && include_embedded)
    return {load_registry({}, true, errors),
            std::shared_ptr<const RegistryProvenance>(&embedded_provenance(), [](auto*) {})};
  std::vector<std::filesystem::path> layers;
  if (include_embedded) layers.emplace_back();
  layers.insert(layers.end(), extra_files.begin(), extra_files.end());
  return load_registry_layers(layers, errors);
}

LoadedRegistry load_registry_layers(const std::vector<std::filesystem::path>& layers,
                                    std::vector<FileError>& errors) {
  return load_registry_layers(layers, errors, LayerSource{});
}

LoadedRegistry load_registry_layers(const std::vector<std::filesystem::path>& layers,
                                    std::vector<FileError>& errors, const LayerSource& source) {
  auto provenance = std::make_shared<RegistryProvenance>();
  provenance->embedded = false;
  std::vector<std::string> hashes;
  RegistryData data;
  for (const auto& path : layers) {
    if (path.empty()) {
      // A copy: the embedded registry stays shared by every other registry.
      if (hashes.empty())
        data = embedded_registry_data();
      else
        data.merge_from(embedded_registry_data());
      hashes.push_back(embedded_layer_hash());
      provenance->embedded = true;
      continue;
    }
    std::string text, error;
    if (!(source.read ? source.read(path, text, error) : read_file(path, text, error))) {
      errors.push_back({path.string(), 0, 0, "cannot read the registry file: " + error});
      RegistryData none;
      if (source.parsed) source.parsed(path, false, none);
      data.merge_from(std::move(none));
      continue;
    }
    hashes.push_back(sha256_hex(text));
    provenance->files.push_back(path.string());
    RegistryData one;
    const bool ok = parse_popolo(text, path.string(), data, one, errors);
    if (source.parsed) source.parsed(path, ok, one);
    data.merge_from(std::move(one));
  }
  provenance->content_hash = registry_content_hash(hashes);
  provenance->sources = data.source_dates;
  sort_by_note(provenance->sources);
  return {Registry::build(std::move(data)), std::move(provenance)};
}

std::string check_pin_syntax(std::string_view pin) {
  if (!pin.starts_with("sha256:"))
    return "a registry pin starts with \"sha256:\", as `readout --version` prints it";
  const std::string_view hex = pin.substr(7);
  if (hex.size() < 12 || hex.size() > 64)
    return "a registry pin has 12 to 64 hex digits after \"sha256:\"";
  if (!std::all_of(hex.begin(), hex.end(),
                   [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); }))
    return "a registry pin is written in lower-case hex digits (0-9, a-f)";
  return "";
}

bool pin_matches(std::string_view pin, std::string_view content_hash) {
  return check_pin_syntax(pin).empty() && content_hash.starts_with(pin);
}

std::string describe_layers(const RegistryProvenance& provenance) {
  std::string text = provenance.embedded ? "the embedded registry" : "no embedded registry";
  for (const std::string& file : provenance.files) text += " + " + file;
  if (const auto date = provenance.data_date())
    text += "; newest data gathered " + date->to_string();
  return text;
}

std::optional<FileError> registry_pin_problem(const Config& config,
                                              const RegistryProvenance& provenance) {
  if (config.registry_pin.empty() || pin_matches(config.registry_pin, provenance.content_hash))
    return std::nullopt;
  return FileError{
      config.file.string(), config.registry_pin_line, config.registry_pin_column,
      "the registry's data differs from the pinned \"registryHash\" " + config.registry_pin +
          ": it is " + provenance.content_hash + " (" + describe_layers(provenance) +
          "); pin the new hash once the data is reviewed (`readout registry diff`), or use the "
          "registry files it was pinned with"};
}

}  // namespace readout::data
