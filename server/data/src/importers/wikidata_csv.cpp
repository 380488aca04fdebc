// `readout registry import wikidata-csv`: the every-politician-scrapers query results (world
// leaders, foreign ministers) as Popolo records keyed by Wikidata ids.
#include <algorithm>
#include <map>
#include <set>
#include <tuple>

#include "importers/csv.hpp"
#include "importers/officeholders.hpp"
#include "readout/data/importers.hpp"

namespace readout::data {
namespace {

struct Columns {
  std::string_view country_id, country, position, position_label, person, person_label, start, end,
      statement;
};

constexpr Columns kLeaderColumns = {"countryid",     "country",      "position",
                                    "positionLabel", "officeholder", "officeholderLabel",
                                    "start_year",    "end_year",     ""};
constexpr Columns kMinisterColumns = {
    "country", "countryLabel", "position", "positionLabel", "person", "name", "start", "", "psid"};

}  // namespace

std::string_view wikidata_csv_source_note(WikidataCsvKind kind) {
  return kind == WikidataCsvKind::Leaders
             ? "Wikidata, via every-politician-scrapers/world-leaders-2021 (years only)"
             : "Wikidata, via every-politician-scrapers/world (foreign ministers, incumbents of "
               "December 2022)";
}

namespace {

class RowReader {
 public:
  RowReader(const std::string& file, std::vector<FileError>& errors)
      : file_(file), errors_(errors) {}

  bool bind_header(const csv::Row& header, const Columns& columns) {
    for (size_t i = 0; i < header.size(); ++i) index_[header[i].value] = i;
    bool ok = true;
    for (std::string_view name :
         {columns.country_id, columns.country, columns.position, columns.position_label,
          columns.person, columns.person_label, columns.start, columns.end, columns.statement}) {
      if (!name.empty() && !index_.count(std::string(name))) {
        error(header.empty() ? csv::Field{} : header[0],
              "missing column \"" + std::string(name) + "\"");
        ok = false;
      }
    }
    width_ = header.size();
    return ok;
  }

  // The field of a column in a row ("" for an unused column).
  const csv::Field& get(const csv::Row& row, std::string_view column) const {
    static const csv::Field kEmpty;
    if (column.empty()) return kEmpty;
    return row[index_.at(std::string(column))];
  }

  bool check_width(const csv::Row& row) {
    if (row.size() == width_) return true;
    error(row[0],
          "expected " + std::to_string(width_) + " fields, found " + std::to_string(row.size()));
    return false;
  }

  void error(const csv::Field& at, std::string message) {
    errors_.push_back({file_, at.line, at.column, std::move(message)});
  }

  std::optional<PartialDate> date(const csv::Field& field, bool& ok) {
    if (field.value.empty()) return std::nullopt;
    auto parsed = PartialDate::parse(field.value);
    if (!parsed) {
      error(field, "'" + field.value +
                       "' is not a valid date: " + PartialDate::explain_invalid(field.value));
      ok = false;
    }
    return parsed;
  }

 private:
  const std::string& file_;
  std::vector<FileError>& errors_;
  std::map<std::string, size_t> index_;
  size_t width_ = 0;
};

// Numeric order for Q-ids ("Q9" before "Q10"), then other ids alphabetically.
std::tuple<int, unsigned long long, std::string> id_order(std::string_view id) {
  if (is_wikidata_qid(id)) return {0, std::stoull(std::string(id.substr(1))), ""};
  return {1, 0, std::string(id)};
}

}  // namespace

bool from_leaders_list(const Membership& m) {
  return !m.sources.empty() &&
         m.sources[0].note == wikidata_csv_source_note(WikidataCsvKind::Leaders);
}

WikidataCsvKind detect_wikidata_csv(std::string_view header_line) {
  auto has = [&](std::string_view column) {
    return header_line.find(column) != std::string_view::npos;
  };
  if (has("officeholderLabel") && has("start_year")) return WikidataCsvKind::Leaders;
  if (has("psid") && has("countryLabel")) return WikidataCsvKind::ForeignMinisters;
  return WikidataCsvKind::Detect;
}

bool import_wikidata_csv(std::string_view csv_text, const std::string& file_name,
                         WikidataCsvKind kind, RegistryData& out, std::vector<FileError>& errors,
                         ImportReport& report) {
  const size_t errors_before = errors.size();
  csv::Field syntax{};
  std::vector<csv::Row> rows = csv::parse(csv_text, syntax);
  if (!syntax.value.empty()) {
    errors.push_back({file_name, syntax.line, syntax.column, syntax.value});
    return false;
  }
  if (rows.empty()) {
    errors.push_back({file_name, 1, 1, "the file is empty (expected a CSV header)"});
    return false;
  }
  if (kind == WikidataCsvKind::Detect) {
    std::string header;
    for (const auto& f : rows[0]) header += f.value + ",";
    kind = detect_wikidata_csv(header);
    if (kind == WikidataCsvKind::Detect) {
      errors.push_back(
          {file_name, 1, 1,
           "unknown CSV shape: expected the world-leaders columns (countryid,...,officeholderLabel,"
           "start_year,end_year) or the foreign-ministers columns (person,name,...,start,psid)"});
      return false;
    }
  }
  const Columns& columns = kind == WikidataCsvKind::Leaders ? kLeaderColumns : kMinisterColumns;
  RowReader reader(file_name, errors);
  if (!reader.bind_header(rows[0], columns)) return false;

  OfficeholderRecords records(std::string(wikidata_csv_source_note(kind)),
                              kind == WikidataCsvKind::ForeignMinisters);
  for (size_t r = 1; r < rows.size(); ++r) {
    const csv::Row& row = rows[r];
    ++report.rows;
    if (!reader.check_width(row)) continue;
    OfficeholderRow holder;
    holder.file = file_name;
    holder.line = row[0].line;
    holder.person_id = reader.get(row, columns.person).value;
    holder.person_name = reader.get(row, columns.person_label).value;
    holder.country_id = reader.get(row, columns.country_id).value;
    holder.country_label = reader.get(row, columns.country).value;
    holder.post_id = reader.get(row, columns.position).value;
    holder.post_label = reader.get(row, columns.position_label).value;
    holder.statement = reader.get(row, columns.statement).value;
    if (std::string why = officeholder_skip_reason(holder); !why.empty()) {
      report.skipped.push_back(row_location(holder) + ": " + why);
      continue;
    }
    bool ok = true;
    for (std::string_view column : {columns.person, columns.country_id, columns.position}) {
      const csv::Field& f = reader.get(row, column);
      if (!is_wikidata_qid(f.value)) {
        reader.error(f, "\"" + std::string(column) + "\" must be a Wikidata id such as Q30, not '" +
                            f.value + "'");
        ok = false;
      }
    }
    holder.start = reader.date(reader.get(row, columns.start), ok);
    holder.end = reader.date(reader.get(row, columns.end), ok);
    if (!ok) continue;
    records.add(holder, report);
  }
  out.merge_from(std::move(records.data()));
  return errors.size() == errors_before;
}

void sort_registry_data(RegistryData& data) {
  auto by_id = [](const auto& a, const auto& b) { return id_order(a.id) < id_order(b.id); };
  std::stable_sort(data.persons.begin(), data.persons.end(), by_id);
  std::stable_sort(data.organizations.begin(), data.organizations.end(), by_id);
  std::stable_sort(data.posts.begin(), data.posts.end(), by_id);
  std::stable_sort(data.memberships.begin(), data.memberships.end(),
                   [](const Membership& a, const Membership& b) {
                     auto key = [](const Membership& m) {
                       return std::make_tuple(
                           id_order(m.person_id), id_order(m.post_id),
                           m.start_date ? m.start_date->earliest_day() : -1000000L,
                           m.end_date ? m.end_date->latest_day() : 1000000000L);
                     };
                     return key(a) < key(b);
                   });
  std::stable_sort(data.source_dates.begin(), data.source_dates.end(),
                   [](const SourceDate& a, const SourceDate& b) { return a.note < b.note; });
}

}  // namespace readout::data
