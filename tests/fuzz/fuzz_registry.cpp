// Bytes as a Popolo registry file, read alone and with the embedded registry as context (ids
// may then refer to its records). Every error names the file, a line and a column inside the
// input. A file read without errors survives write_popolo and the binary pack unchanged.
// Whatever was read (even from a file with errors) builds a Registry, and look-ups of its own
// records find them: a person by its name, an organization by its name, a post by its label.
#include <cstddef>
#include <cstdint>

#include "fuzz_support.hpp"
#include "readout/names.hpp"

using namespace readout;

namespace {

const std::string kFile = "fuzz.json";

void check_round_trips(const RegistryData& data, const RegistryData& context) {
  const std::string written = data::write_popolo(data);
  RegistryData reread;
  std::vector<data::FileError> errors;
  if (!data::parse_popolo(written, kFile, context, reread, errors))
    fuzz::fail("write_popolo wrote a file that does not read back: " + errors.front().to_string() +
               "\n" + written.substr(0, 2000));
  fuzz::check(data::write_popolo(reread) == written,
              "write_popolo then parse_popolo changes the data");

  RegistryData unpacked;
  const std::string pack = data::pack_registry(data);  // outlives the records that view it
  fuzz::check(data::read_registry_pack(pack, unpacked), "a pack does not unpack");
  fuzz::check(data::write_popolo(unpacked) == written,
              "pack_registry then read_registry_pack changes the data");
}

// The shortcut for Latin text must fold as ICU's transliterator does.
void check_fold(std::string_view name) {
  const std::string fast = names::fold_to_ascii(name), icu = names::fold_to_ascii_with_icu(name);
  fuzz::check(fast == icu, "fold_to_ascii('" + std::string(name) + "') is '" + fast +
                               "' but ICU gives '" + icu + "'");
}

void check_look_ups(const RegistryData& read) {
  const auto registry = Registry::build(read);
  const RegistryRecords& data = registry->records();
  size_t budget = 6;  // look-ups cost; a few records are enough to reach every index
  for (const Person& p : data.persons) {
    if (budget-- == 0) break;
    check_fold(p.name);
    const Person* by_id = registry->person(p.id);
    fuzz::check(by_id != nullptr, "person '" + p.id + "' is not found by its id");
    const auto found = registry->find_person(p.name, /*allow_fuzzy=*/true, 1000);
    if (!names::key(p.name).empty() && by_id == &p) {
      bool self = false;
      for (const auto& c : found) self = self || c.person == &p;
      fuzz::check(self, "person '" + p.id + "' is not found by its own name '" + p.name + "'");
    }
    for (const auto& c : found)
      fuzz::check(c.score >= 0 && c.score <= 1, "a match score outside 0..1");
    const auto tokens = names::tokens(p.name);
    if (!tokens.empty()) {
      (void)registry->find_by_surname(tokens.back());
      (void)registry->complete_person(tokens.front().substr(0, 3), 20);
    }
    for (const HeldPost& held : registry->posts_of(p)) {
      fuzz::check(held.membership && held.membership->person_id == p.id,
                  "posts_of gives another's post");
      if (held.membership->start_date) {
        (void)registry->posts_on(p, *held.membership->start_date);
        if (held.post) (void)registry->holders_on(*held.post, *held.membership->start_date);
      }
    }
  }
  budget = 6;
  for (const Organization& o : data.organizations) {
    if (budget-- == 0) break;
    check_fold(o.name);
    if (!names::key(o.name).empty())
      fuzz::check(registry->find_organization(o.name) != nullptr,
                  "organization '" + o.id + "' is not found by its name '" + o.name + "'");
  }
  budget = 6;
  for (const Post& p : data.posts) {
    if (budget-- == 0) break;
    if (registry->post(p.id) != &p) continue;  // a later record with the same id won
    (void)registry->find_posts_by_title(p.label, registry->organization(p.organization_id));
    (void)registry->title_matches(p.label, p);
  }
}

void read(std::string_view text, const RegistryData& context) {
  RegistryData out;
  std::vector<data::FileError> errors;
  const bool ok = data::parse_popolo(text, kFile, context, out, errors);
  fuzz::check(ok == errors.empty(), "parse_popolo's result and its errors disagree");
  for (const auto& e : errors) fuzz::check_error_location(e, text, kFile);
  if (ok) check_round_trips(out, context);
  check_look_ups(out);
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  fuzz::embedded_registry();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  static const RegistryData nothing;
  static const RegistryData embedded = fuzz::embedded_registry()->records().copy();
  read(text, nothing);
  read(text, embedded);
  return 0;
}
