// The registry image's container (readout/registry_image.hpp): its header, the table of
// sections, and the sections made by the registry ("names") and the title lexicon ("titles").
#include "readout/registry_image.hpp"

#include <array>
#include <utility>
#include <vector>

#include "analysis/title_lexicon.hpp"
#include "registry/image_io.hpp"

namespace readout {
namespace {

constexpr std::string_view kMagic = "readout-image-2\n";
static_assert(kMagic.size() == 16);

struct SectionName {
  std::array<char, 16> name{};
};

}  // namespace

std::string make_registry_image(const std::shared_ptr<const Registry>& registry) {
  const RegistryRecords& data = registry->records();
  const std::vector<std::pair<std::string_view, std::string>> sections = {
      {"ids", registry->ids_image()},
      {"terms", registry->terms_image()},
      {"org-posts", registry->organization_posts_image()},
      {"names", registry->names_image()},
      {"title-keys", registry->title_keys_image()},
      {"completion", registry->completion_image()},
      {"titles", analysis::title_lexicon(registry)->image()},
      {"post-forms", analysis::title_lexicon(registry)->post_forms_image()}};
  image_io::Writer w;
  w.bytes(kMagic);
  w.u64(data.persons.size());
  w.u64(data.posts.size());
  w.u64(sections.size());
  w.u64(0);  // reserved: the header is 48 bytes, each entry of the table 32, all aligned
  // Offsets follow from the sizes: the header and table, then each section aligned.
  auto aligned = [](uint64_t n) {
    return (n + image_io::kAlign - 1) / image_io::kAlign * image_io::kAlign;
  };
  uint64_t offset = kMagic.size() + 4 * 8 + sections.size() * (16 + 2 * 8);
  for (const auto& [name, bytes] : sections) {
    SectionName padded;
    std::copy(name.begin(), name.end(), padded.name.begin());
    w.bytes(std::string_view(padded.name.data(), padded.name.size()));
    w.u64(offset);
    w.u64(bytes.size());
    offset = aligned(offset + bytes.size());
  }
  for (const auto& [name, bytes] : sections) w.bytes(bytes);
  return w.take();
}

std::string_view registry_image_section(std::string_view image, const RegistryRecords& data,
                                        std::string_view name) {
  if (image.size() < kMagic.size() || image.substr(0, kMagic.size()) != kMagic) return {};
  image_io::Reader r(image);
  (void)r.bytes(kMagic.size());
  if (r.u64() != data.persons.size() || r.u64() != data.posts.size()) return {};
  const uint64_t count = r.u64();
  (void)r.u64();
  for (uint64_t s = 0; s < count && r.ok(); ++s) {
    const std::string_view padded = r.bytes(16);
    const uint64_t offset = r.u64(), size = r.u64();
    if (!r.ok()) return {};
    const std::string_view section_name = padded.substr(0, padded.find('\0'));
    if (section_name != name) continue;
    if (offset > image.size() || size > image.size() - offset || offset % image_io::kAlign != 0)
      return {};
    return image.substr(offset, size);
  }
  return {};
}

}  // namespace readout
