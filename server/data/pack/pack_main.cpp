// readout_registry_pack OUT IDENTITY: writes the embedded registry (generated + curated Popolo
// JSON) in the compact binary form that `readout` loads at start-up, with the image of its
// look-up tables (readout/registry_image.hpp), and its identity (content
// hash, source dates: data/provenance.hpp) that `--version` and lint's output print without
// loading it. Run by the build; fails the build when an embedded file is not valid.
#include <iostream>

#include "readout/data/files.hpp"
#include "readout/data/popolo.hpp"
#include "readout/data/provenance.hpp"
#include "readout/registry_image.hpp"

int main(int argc, char** argv) {
  if (argc != 3) {
    std::cerr << "usage: readout_registry_pack OUTPUT IDENTITY\n";
    return 2;
  }
  const auto& errors = readout::data::embedded_registry_errors();
  for (const auto& e : errors) std::cerr << e.to_string() << '\n';
  if (!errors.empty()) return 1;
  std::string error;
  const readout::RegistryData& data = readout::data::embedded_registry_data();
  const std::string bytes = readout::data::pack_registry(
      data, readout::make_registry_image(readout::Registry::build(readout::RegistryData(data))));
  // readout reads each record alone, where the pack's table says it starts: the table is
  // checked here, record by record, against a reading of the whole.
  readout::RegistryData read_back;
  if (!readout::data::read_registry_pack(bytes, read_back) ||
      readout::data::write_popolo(read_back) != readout::data::write_popolo(data)) {
    std::cerr << "readout_registry_pack: the pack does not read back as the data\n";
    return 1;
  }
  for (const auto& [path, text] :
       {std::pair{argv[1], bytes}, std::pair{argv[2], readout::data::write_embedded_identity()}}) {
    if (!readout::data::write_file_atomically(path, text, error)) {
      std::cerr << path << ": error: cannot write: " << error << '\n';
      return 1;
    }
  }
  return 0;
}
