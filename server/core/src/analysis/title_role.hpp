// What a written title part names: its role, and the organization written with it.
#pragma once

#include <optional>
#include <string>

#include "readout/model.hpp"
#include "readout/registry.hpp"

namespace readout::analysis {

struct TitleRole {
  std::string role;  // the title without country and without "Acting"
  std::optional<Span> country;
  const Organization* organization = nullptr;
  bool acting = false;
};

}  // namespace readout::analysis
