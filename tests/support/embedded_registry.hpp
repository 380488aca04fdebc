// The embedded registry, loaded once per test program (loading it takes a few milliseconds).
#pragma once

#include <memory>
#include <vector>

#include "readout/data/popolo.hpp"
#include "readout/registry.hpp"

namespace readout::testing {

inline std::shared_ptr<const Registry> embedded_registry() {
  static const auto registry = [] {
    std::vector<data::FileError> errors;
    return data::load_registry({}, true, errors);
  }();
  return registry;
}

}  // namespace readout::testing
