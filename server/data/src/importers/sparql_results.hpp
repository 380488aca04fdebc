// The W3C SPARQL 1.1 Query Results JSON format (https://www.w3.org/TR/sparql11-results-json/):
// {"head": {"vars": [...]}, "results": {"bindings": [{"var": {"type", "value", ...}}, ...]}},
// read with every value's position so that problems found later are located.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "readout/data/popolo.hpp"

namespace readout::data {

struct SparqlTerm {
  std::string type;  // "uri", "literal", "bnode" (or "typed-literal" of older servers)
  std::string value;
  std::string lang;      // xml:lang of a literal
  std::string datatype;  // of a typed literal
  uint32_t offset = 0;   // of the term's object in the file
};

struct SparqlResults {
  std::vector<std::string> vars;
  uint32_t vars_offset = 0;
  // One map per solution; unbound variables are absent.
  std::vector<std::map<std::string, SparqlTerm>> rows;
  std::vector<uint32_t> row_offsets;
};

// Parses the text. False with located errors (file:line:col) when it is not JSON or not in
// this format.
bool parse_sparql_results(std::string_view json_text, const std::string& file_name,
                          SparqlResults& out, std::vector<FileError>& errors);

}  // namespace readout::data
