// Importers that turn public data sets into Popolo registry data (`readout registry import`).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "readout/data/popolo.hpp"

namespace readout::data {

// The CSV shapes of the every-politician-scrapers Wikidata query results.
enum class WikidataCsvKind {
  Detect,  // from the header row
  Leaders,  // countryid,country,position,positionLabel,officeholder,officeholderLabel,start_year,end_year
  ForeignMinisters,  // person,name,country,countryLabel,position,positionLabel,start,psid
};

struct ImportReport {
  size_t rows = 0;                   // data rows read
  size_t imported = 0;               // rows that became memberships
  std::vector<std::string> skipped;  // "file:line: why", for rows that were left out
};

// Detects the kind from a header line; Detect when it is neither.
WikidataCsvKind detect_wikidata_csv(std::string_view header_line);

// Adds the rows of one CSV file to `out` (persons and organizations by Wikidata id, posts by
// position id, one membership per row). Returns false with located errors on malformed input.
bool import_wikidata_csv(std::string_view csv_text, const std::string& file_name,
                         WikidataCsvKind kind, RegistryData& out, std::vector<FileError>& errors,
                         ImportReport& report);

// Sorts records by id (numerically for Q-ids) and memberships by person, post and start, so
// that the output does not depend on the order of the input files.
void sort_registry_data(RegistryData& data);

}  // namespace readout::data
