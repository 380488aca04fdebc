// One registry record as a Popolo JSON object, in the fixed key order of written registry files
// (popolo_write.cpp); also the records of `readout registry diff --format json`.
#pragma once

#include <nlohmann/json.hpp>

#include "readout/registry.hpp"

namespace readout::data {

nlohmann::ordered_json person_json(const Person& person);
nlohmann::ordered_json organization_json(const Organization& organization);
nlohmann::ordered_json post_json(const Post& post);
nlohmann::ordered_json membership_json(const Membership& membership);
nlohmann::ordered_json source_date_json(const SourceDate& date);

}  // namespace readout::data
