// Records of office holders from Wikidata query results, whatever their file format: the CSV
// importer (wikidata_csv.cpp) and the SPARQL results importer (wikidata_sparql.cpp) both read
// rows into OfficeholderRow and build persons, countries, posts and terms here, so that the
// two give the same records for the same facts.
#pragma once

#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "readout/data/importers.hpp"

namespace readout::data {

// One "position held" statement, as a source row gives it. Ids are Wikidata Q-ids.
struct OfficeholderRow {
  std::string file;  // where the row is: the person's origin, and for skipped rows' reasons
  uint32_t line = 0;
  std::string person_id;
  std::string person_name;  // English label
  std::vector<OtherName> person_other_names;
  std::string country_id;  // as the source writes it (a realm's id is mapped to the country's)
  std::string country_label;
  std::string post_id;
  std::string post_label;
  std::optional<PartialDate> start;
  std::optional<PartialDate> end;
  std::string statement;  // the statement's id ("Q123-ABCD..."), when known
};

bool is_wikidata_qid(std::string_view s);

// "file:line", for messages about a row.
std::string row_location(const OfficeholderRow& row);

// Why a row says nothing usable ("no office holder recorded", ...), or "" when it does.
std::string officeholder_skip_reason(const OfficeholderRow& row);

class OfficeholderRecords {
 public:
  // `source_note` goes into every term's source; `foreign_minister_titles` adds the title
  // variants of a foreign minister's post ("Foreign Minister").
  OfficeholderRecords(std::string source_note, bool foreign_minister_titles)
      : note_(std::move(source_note)), foreign_minister_titles_(foreign_minister_titles) {}

  // Adds the row's person, country, post and term (a row whose skip reason is not empty must
  // not be added). A statement seen before adds nothing but the person's other names.
  void add(const OfficeholderRow& row, ImportReport& report);

  [[nodiscard]] RegistryData& data() { return data_; }

 private:
  std::string note_;
  bool foreign_minister_titles_;
  RegistryData data_;
  std::set<std::string> persons_, organizations_, posts_, statements_;
};

}  // namespace readout::data
