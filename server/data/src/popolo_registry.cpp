// Loading registry files and the embedded registry into a Registry.

#include "readout/data/embedded.hpp"
#include "readout/data/files.hpp"
#include "readout/data/popolo.hpp"
#include "readout/data/provenance.hpp"

#include <cstdint>

#include <sys/mman.h>
#include <unistd.h>

// The pack of the embedded registry, in programs that link it (server/CMakeLists.txt): weak,
// so that the packing tool itself, which reads the JSON, links without it.
extern "C" {
extern const char readout_registry_pack_begin[] __attribute__((weak));
extern const char readout_registry_pack_end[] __attribute__((weak));
}

namespace readout::data {
namespace {

// The pack's records are read once, at start-up, into RegistryData, whose provenance text views
// them in place. Their pages (9 MB of the binary's read-only data, backed by the executable file)
// are then handed back to the kernel so that they stop counting in the process's resident memory:
// the few looked at again (a hover's sources) are paged in from the file. The image after them
// is used in place: only the pages looked at are read.
void release_pages(const char* begin, const char* end) {
  const auto page = static_cast<uintptr_t>(sysconf(_SC_PAGESIZE));
  const uintptr_t first = (reinterpret_cast<uintptr_t>(begin) + page - 1) / page * page;
  const uintptr_t last = reinterpret_cast<uintptr_t>(end) / page * page;
  if (page > 0 && first < last)
    madvise(reinterpret_cast<void*>(first), last - first, MADV_DONTNEED);
}

// The embedded registry owns its data: load_registry shares it rather than copying thousands
// of records. Never destroyed: tearing it down at exit costs more than a short lint run.
struct Embedded {
  std::shared_ptr<const Registry> registry;
  std::vector<FileError> errors;
};

const Embedded& embedded() {
  static const Embedded& instance = *[] {
    RegistryData data;
    std::vector<FileError> errors;
    const char* begin = readout_registry_pack_begin;
    std::string_view image;
    if (begin == nullptr ||
        !read_registry_pack({begin, static_cast<size_t>(readout_registry_pack_end - begin)}, data,
                            &image)) {
      data = RegistryData{};
      for (const auto& file : embedded::files()) {
        RegistryData one;
        parse_popolo(file.bytes(), file.path, data, one, errors);
        data.merge_from(std::move(one));
      }
      return new Embedded{Registry::build(std::move(data)), std::move(errors)};
    }
    // The records are read; the image stays, used in place.
    release_pages(begin, image.empty() ? readout_registry_pack_end : image.data());
    return new Embedded{Registry::build(std::move(data), image), std::move(errors)};
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
