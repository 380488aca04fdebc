// Loading registry files and the embedded registry into a Registry.

#include "readout/data/embedded.hpp"
#include "readout/data/files.hpp"
#include "readout/data/popolo.hpp"
#include "readout/data/provenance.hpp"

#include <cstdint>

// The pack of the embedded registry, in programs that link it (server/CMakeLists.txt): weak,
// so that the packing tool itself, which reads the JSON, links without it.
extern "C" {
extern const char readout_registry_pack_begin[] __attribute__((weak));
extern const char readout_registry_pack_end[] __attribute__((weak));
}

namespace readout::data {
namespace {

// The embedded registry owns its data: load_registry shares it rather than copying thousands
// of records. Never destroyed: tearing it down at exit costs more than a short lint run.
struct Embedded {
  std::shared_ptr<const Registry> registry;
  std::vector<FileError> errors;
};

}  // namespace

std::string_view embedded_registry_pack() {
  const char* begin = readout_registry_pack_begin;
  return begin ? std::string_view(begin, static_cast<size_t>(readout_registry_pack_end - begin))
               : std::string_view();
}

namespace {

const Embedded& embedded() {
  static const Embedded& instance = *[] {
    std::vector<FileError> errors;
    std::string_view image;
    std::optional<RegistryRecords> records;
    if (!embedded_registry_pack().empty())
      records = open_registry_pack(embedded_registry_pack(), &image);
    if (!records) {
      RegistryData data;
      for (const auto& file : embedded::files()) {
        RegistryData one;
        parse_popolo(file.bytes(), file.path, data, one, errors);
        data.merge_from(std::move(one));
      }
      return new Embedded{Registry::build(std::move(data)), std::move(errors)};
    }
    // Records and image are used in place: only the pages of what is looked up are read.
    return new Embedded{Registry::build(std::move(*records), image), std::move(errors)};
  }();
  return instance;
}

}  // namespace

bool load_popolo_file(const std::filesystem::path& path, const RegistryData& context,
                      RegistryData& out, std::vector<FileError>& errors) {
  std::string text, error;
  if (!read_file(path, text, error)) {
    errors.push_back({path.string(), 0, 0, "cannot read the registry file: " + error});
    return false;
  }
  return parse_popolo(text, path.string(), context, out, errors);
}

bool load_popolo_file(const std::filesystem::path& path, RegistryData& out,
                      std::vector<FileError>& errors) {
  static const RegistryData kNothingKnown;
  return load_popolo_file(path, kNothingKnown, out, errors);
}

std::shared_ptr<const Registry> embedded_registry() { return embedded().registry; }

RegistryData embedded_registry_data() { return embedded().registry->records().copy(); }

const std::vector<FileError>& embedded_registry_errors() { return embedded().errors; }

std::shared_ptr<const Registry> load_registry(const std::vector<std::filesystem::path>& extra_files,
                                              bool include_embedded,
                                              std::vector<FileError>& errors) {
  if (extra_files.empty()) {
    if (!include_embedded) return Registry::empty();
    return embedded().registry;
  }
  return load_registry_layers(extra_files, include_embedded, errors).registry;
}

}  // namespace readout::data
