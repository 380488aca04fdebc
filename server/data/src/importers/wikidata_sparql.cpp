// `readout registry import wikidata-sparql` and `readout registry update`: the results of the
// embedded Wikidata queries (SPARQL 1.1 Query Results JSON) as Popolo records keyed by
// Wikidata ids, built by the same code as the CSV importer's (officeholders.hpp).
#include <algorithm>

#include "importers/officeholders.hpp"
#include "importers/sparql_results.hpp"
#include "readout/data/importers.hpp"

namespace readout::data {
namespace {

constexpr std::string_view kEntity = "http://www.wikidata.org/entity/";
constexpr std::string_view kStatement = "http://www.wikidata.org/entity/statement/";
constexpr std::string_view kXsdDateTime = "http://www.w3.org/2001/XMLSchema#dateTime";

// Every query selects these (data/queries/*.rq).
constexpr std::string_view kVariables[] = {
    "statement",     "person",       "personLabel",  "altLabel", "position",
    "positionLabel", "country",      "countryLabel", "start",    "startPrecision",
    "end",           "endPrecision", "retrieved"};

// Wikidata's "unknown value": a blank node, or a skolemised one in the well-known genid space.
bool is_unknown_value(const SparqlTerm& t) {
  return t.type == "bnode" || t.value.find("/.well-known/genid/") != std::string::npos;
}

class RowConverter {
 public:
  RowConverter(std::string_view text, const std::string& file, std::vector<FileError>& errors)
      : text_(text), lines_(text), file_(file), errors_(errors) {}

  uint32_t line_of(uint32_t offset) const { return lines_.position(offset).line + 1; }

  void error(const SparqlTerm& at, std::string message) {
    errors_.push_back(FileError::at(file_, text_, lines_, at.offset, std::move(message)));
  }

  // Fills `row` from one solution. Returns false on an error (reported) and sets `skip` to
  // the reason when the row says nothing usable.
  bool convert(const std::map<std::string, SparqlTerm>& solution, OfficeholderRow& row,
               std::string& skip) {
    auto get = [&](std::string_view var) -> const SparqlTerm* {
      auto it = solution.find(std::string(var));
      return it == solution.end() ? nullptr : &it->second;
    };
    bool ok = true;
    for (auto [var, id] : {std::pair{"person", &row.person_id}, std::pair{"position", &row.post_id},
                           std::pair{"country", &row.country_id}}) {
      const SparqlTerm* t = get(var);
      if (!t) continue;
      if (is_unknown_value(*t)) {
        skip = std::string("the ") + (std::string_view(var) == "position" ? "post" : var) +
               " is an unknown value in Wikidata";
        continue;
      }
      *id = entity_id(*t, var, ok);
    }
    if (!skip.empty()) return ok;
    if (const SparqlTerm* t = get("statement"); t && t->value.starts_with(kStatement))
      row.statement = t->value.substr(kStatement.size());
    if (const SparqlTerm* t = get("personLabel")) row.person_name = t->value;
    if (const SparqlTerm* t = get("positionLabel")) row.post_label = t->value;
    if (const SparqlTerm* t = get("countryLabel")) row.country_label = t->value;
    if (const SparqlTerm* t = get("altLabel"); t && t->value != row.person_name)
      row.person_other_names.push_back({t->value, t->lang, ""});
    row.start = date(get("start"), get("startPrecision"), "start", ok, skip);
    row.end = date(get("end"), get("endPrecision"), "end", ok, skip);
    if (!ok || !skip.empty()) return ok;
    if (!row.post_id.empty() && row.post_label.empty())
      skip = "the post " + row.post_id + " has no English label in Wikidata";
    else if (!row.country_id.empty() && row.country_label.empty())
      skip = "the country " + row.country_id + " has no English name in Wikidata";
    else if (row.country_id.empty() && !row.person_id.empty())
      skip = "no country recorded";
    return ok;
  }

  // The day the query ran, from ?retrieved.
  std::optional<PartialDate> retrieved(const SparqlTerm& t) {
    std::optional<PartialDate> day =
        t.value.size() >= 10 ? PartialDate::parse(t.value.substr(0, 10)) : std::nullopt;
    if (!day)
      error(t, "?retrieved must be an xsd:dateTime such as 2024-05-01T12:00:00Z, not '" + t.value +
                   "'");
    return day;
  }

 private:
  std::string entity_id(const SparqlTerm& t, std::string_view var, bool& ok) {
    if (t.type == "uri" && t.value.starts_with(kEntity)) {
      std::string id = t.value.substr(kEntity.size());
      if (is_wikidata_qid(id)) return id;
    }
    error(t, "?" + std::string(var) + " must be a Wikidata item such as " + std::string(kEntity) +
                 "Q30, not '" + t.value + "'");
    ok = false;
    return "";
  }

  // An xsd:dateTime at Wikidata's precision: 9 year, 10 month, 11 day (12-14: hours to
  // seconds, kept as the day). Coarser dates (decades, centuries) are not terms' dates.
  std::optional<PartialDate> date(const SparqlTerm* t, const SparqlTerm* precision,
                                  std::string_view what, bool& ok, std::string& skip) {
    if (!t) return std::nullopt;
    if (is_unknown_value(*t)) {
      skip = "the " + std::string(what) + " date is an unknown value in Wikidata";
      return std::nullopt;
    }
    if (!t->datatype.empty() && t->datatype != kXsdDateTime) {
      error(*t, "?" + std::string(what) + " must be an xsd:dateTime, not of type " + t->datatype);
      ok = false;
      return std::nullopt;
    }
    if (!precision) {
      error(*t, "?" + std::string(what) + " has no ?" + std::string(what) +
                    "Precision (Wikidata's wikibase:timePrecision)");
      ok = false;
      return std::nullopt;
    }
    int digits = -1;
    if (precision->value.size() <= 2 &&
        std::all_of(precision->value.begin(), precision->value.end(),
                    [](char c) { return c >= '0' && c <= '9'; }) &&
        !precision->value.empty())
      digits = std::stoi(precision->value);
    if (digits < 0 || digits > 14) {
      error(*precision, "?" + std::string(what) +
                            "Precision must be a Wikidata time precision (0 to 14), not '" +
                            precision->value + "'");
      ok = false;
      return std::nullopt;
    }
    std::string_view value = t->value;
    if (value.starts_with('+')) value.remove_prefix(1);
    if (digits < 9 || value.starts_with('-')) {
      skip = "the " + std::string(what) + " date '" + t->value + "' is " +
             (digits < 9 ? "coarser than a year (precision " + precision->value + ")"
                         : std::string("before the common era"));
      return std::nullopt;
    }
    const size_t length = digits == 9 ? 4 : digits == 10 ? 7 : 10;
    const std::string iso(value.substr(0, std::min(length, value.size())));
    auto parsed =
        value.size() >= 10 && value.substr(4, 1) == "-" ? PartialDate::parse(iso) : std::nullopt;
    if (!parsed) {
      error(*t, "'" + t->value + "' is not an xsd:dateTime such as 2021-01-20T00:00:00Z" +
                    (iso.size() == length ? ": " + PartialDate::explain_invalid(iso) : ""));
      ok = false;
    }
    return parsed;
  }

  std::string_view text_;
  LineIndex lines_;
  const std::string& file_;
  std::vector<FileError>& errors_;
};

}  // namespace

std::string wikidata_query_note(std::string_view query_name) {
  return "Wikidata Query Service, " + std::string(query_name);
}

bool import_wikidata_sparql(std::string_view json_text, const std::string& file_name,
                            std::string_view query_name, RegistryData& out,
                            std::vector<FileError>& errors, ImportReport& report) {
  const size_t errors_before = errors.size();
  if (!find_wikidata_query(query_name)) {
    std::string known;
    for (const auto& q : wikidata_queries()) known += (known.empty() ? "" : ", ") + q.name;
    errors.push_back({file_name, 1, 1,
                      "unknown query '" + std::string(query_name) +
                          "': the file's name says which query it holds the results of (" + known +
                          ", each with .json)"});
    return false;
  }
  SparqlResults results;
  if (!parse_sparql_results(json_text, file_name, results, errors)) return false;
  RowConverter converter(json_text, file_name, errors);
  std::string missing;
  for (std::string_view var : kVariables)
    if (std::find(results.vars.begin(), results.vars.end(), var) == results.vars.end())
      missing += (missing.empty() ? "?" : ", ?") + std::string(var);
  if (!missing.empty()) {
    SparqlTerm at;
    at.offset = results.vars_offset;
    converter.error(at, "these are not the results of the query '" + std::string(query_name) +
                            "': the variables " + missing + " are missing");
    return false;
  }

  const std::string note = wikidata_query_note(query_name);
  OfficeholderRecords records(note, query_name == "foreign-ministers");
  std::optional<PartialDate> as_of;
  for (size_t r = 0; r < results.rows.size(); ++r) {
    const auto& solution = results.rows[r];
    ++report.rows;
    OfficeholderRow row;
    row.file = file_name;
    row.line = converter.line_of(results.row_offsets[r]);
    if (auto it = solution.find("retrieved"); it != solution.end() && !as_of)
      as_of = converter.retrieved(it->second);
    std::string skip;
    if (!converter.convert(solution, row, skip)) continue;
    if (skip.empty()) skip = officeholder_skip_reason(row);
    if (!skip.empty()) {
      report.skipped.push_back(row_location(row) + ": " + skip);
      continue;
    }
    records.add(row, report);
  }
  if (errors.size() != errors_before) return false;
  if (!results.rows.empty() && !as_of) {
    SparqlTerm at;
    at.offset = results.vars_offset;
    converter.error(at, "no solution has ?retrieved, the moment the query ran");
    return false;
  }
  RegistryData& one = records.data();
  // Servers may list a person's other names in any order.
  for (auto& person : one.persons)
    std::sort(person.other_names.begin(), person.other_names.end(),
              [](const OtherName& a, const OtherName& b) {
                return std::tie(a.lang, a.name) < std::tie(b.lang, b.name);
              });
  if (as_of) one.source_dates.push_back({note, *as_of});
  out.merge_from(std::move(one));
  return true;
}

}  // namespace readout::data
