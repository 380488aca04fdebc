// readout_registry_pack OUT: writes the embedded registry (generated + curated Popolo JSON) in
// the compact binary form that `readout` loads at start-up. Run by the build; fails the build
// when an embedded file is not valid.
#include <iostream>

#include "readout/data/files.hpp"
#include "readout/data/popolo.hpp"

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: readout_registry_pack OUTPUT\n";
    return 2;
  }
  const auto& errors = readout::data::embedded_registry_errors();
  for (const auto& e : errors) std::cerr << e.to_string() << '\n';
  if (!errors.empty()) return 1;
  std::string error;
  const std::string bytes = readout::data::pack_registry(readout::data::embedded_registry_data());
  if (!readout::data::write_file_atomically(argv[1], bytes, error)) {
    std::cerr << argv[1] << ": error: cannot write: " << error << '\n';
    return 1;
  }
  return 0;
}
