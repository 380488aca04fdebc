// The import pipelines of Wikidata CSV files, pocom and leaders history
// (readout/data/registry_import.hpp).
#include <filesystem>
#include <map>
#include <set>

#include "readout/data/files.hpp"
#include "readout/data/registry_import.hpp"

namespace readout::data {
namespace {

namespace fs = std::filesystem;

// "cabinets/kazakhstan/html/holders21.csv" -> "Kazakhstan" (the folder above html/).
std::string cabinet_country(const fs::path& file) {
  std::string name = file.parent_path().parent_path().filename().string();
  bool word_start = true;
  for (char& c : name) {
    if (c == '-')
      c = ' ';
    else if (word_start && c >= 'a' && c <= 'z')
      c = static_cast<char>(c - 'a' + 'A');
    word_start = c == ' ';
  }
  return name;
}

// True when `file` is inside one of `folders` (both as given on the command line).
bool is_under(const fs::path& file, const std::vector<std::string>& folders) {
  const std::string f = file.lexically_normal().string();
  for (const auto& folder : folders) {
    std::string d = fs::path(folder).lexically_normal().string();
    if (d.empty() || d.back() != '/') d += '/';
    if (f.compare(0, d.size(), d) == 0) return true;
  }
  return false;
}

// Which data set a file belongs to, for counting persons merged across data sets.
std::string dataset_of(const fs::path& file, WikidataCsvKind kind) {
  if (kind == WikidataCsvKind::Cabinet) return "cabinet " + cabinet_country(file);
  return kind == WikidataCsvKind::Leaders ? "world leaders" : "foreign ministers";
}

bool read_input(const fs::path& file, std::string& text, const Log& log) {
  std::string error;
  if (read_file(file, text, error)) return true;
  log({true, file.string() + ": error: cannot read: " + error});
  return false;
}

// The registry files to merge with, loaded in order.
RegistryData load_known(const std::vector<std::string>& files, std::vector<FileError>& errors) {
  RegistryData known;
  for (const auto& file : files) {
    RegistryData one;
    load_popolo_file(file, known, one, errors);
    known.merge_from(std::move(one));
  }
  return known;
}

ImportResult finish_import(const ImportOutput& where, RegistryData& out,
                           const std::vector<FileError>& errors, const ImportReport& report,
                           const MergeReport& merges, const std::string& report_title,
                           const Log& log) {
  ImportResult result;
  for (const auto& e : errors) log({true, e.to_string()});
  if (!errors.empty()) return result;
  for (const auto& s : report.skipped) log({true, s + ": skipped"});
  sort_registry_data(out);
  result.status = ImportStatus::CannotReadOrWrite;
  if (!where.memberships_output.empty()) {
    // Terms in a file of their own, loaded after the records they refer to (size limits).
    RegistryData terms;
    terms.memberships = std::move(out.memberships);
    out.memberships.clear();
    if (!write_divided(where.memberships_output, terms, log)) return result;
    out.memberships = std::move(terms.memberships);
    if (!write_divided(
            where.output,
            RegistryData{out.persons, out.organizations, out.posts, {}, out.source_dates}, log))
      return result;
  } else if (!write_divided(where.output, out, log)) {
    return result;
  }
  result.merge_report = merge_report_markdown(merges, report_title);
  if (!where.report.empty() && !write_output(where.report, result.merge_report, log)) return result;
  result.status = ImportStatus::Written;
  result.summary =
      std::to_string(report.imported) + " of " + std::to_string(report.rows) +
      " rows imported into " + where.output + " (" + std::to_string(out.persons.size()) +
      " persons, " + std::to_string(out.organizations.size()) + " organizations, " +
      std::to_string(out.posts.size()) + " posts, " + std::to_string(out.memberships.size()) +
      " memberships; " + std::to_string(merges.merged_persons.size() + merges.merged_by_id.size()) +
      " persons merged, " + std::to_string(merges.conflicts.size()) + " conflicts)";
  return result;
}

}  // namespace

ImportResult import_wikidata_csv_files(const WikidataCsvImport& input, const ImportOutput& output,
                                       const Log& log) {
  RegistryData out;
  std::vector<FileError> errors;
  ImportReport report;
  std::map<std::string, std::set<std::string>> datasets_of_person;
  for (const auto& file : input.files) {
    std::string text;
    if (!read_input(file, text, log)) return {ImportStatus::CannotReadOrWrite, {}, {}};
    WikidataCsvKind kind = input.kind;
    if (kind == WikidataCsvKind::Detect) {
      const std::string header = text.substr(0, text.find('\n'));
      kind = header.rfind("position,person,personID,start", 0) == 0 ? WikidataCsvKind::Cabinet
                                                                    : detect_wikidata_csv(header);
    }
    RegistryData one;
    ImportReport file_report;
    if (kind == WikidataCsvKind::Cabinet) {
      std::string positions;
      const fs::path positions_file = fs::path(file).parent_path() / "positions.csv";
      if (fs::exists(positions_file) && !read_input(positions_file, positions, log))
        return {ImportStatus::CannotReadOrWrite, {}, {}};
      // The cabinet importer needs the countries and terms read so far, so it adds to `out`.
      const auto posts = is_under(file, input.foreign_affairs_only) ? CabinetPosts::ForeignAffairs
                                                                    : CabinetPosts::All;
      import_wikidata_cabinet(text, file, positions, cabinet_country(file), out, errors,
                              file_report, posts);
    } else {
      import_wikidata_csv(text, file, kind, one, errors, file_report);
      merge_precise_terms(out, std::move(one));
    }
    for (const auto& id : file_report.person_ids)
      datasets_of_person[id].insert(dataset_of(file, kind));
    report.rows += file_report.rows;
    report.imported += file_report.imported;
    for (auto& s : file_report.skipped) report.skipped.push_back(std::move(s));
  }
  for (const SourceDate& date : input.gathered) out.source_dates.push_back(date);
  // The foreign-minister snapshots list incumbents only: a minister who is not the last one
  // known left when the successor started.
  end_terms_at_successor(out, [](const Membership& m) {
    return !m.sources.empty() && m.sources[0].note.find("foreign ministers") != std::string::npos;
  });
  MergeReport merges;
  for (const auto& [id, sets] : datasets_of_person) {
    if (sets.size() < 2) continue;
    std::string list;
    for (const auto& s : sets) list += (list.empty() ? "" : ", ") + s;
    std::string name = id;
    for (const auto& p : out.persons)
      if (p.id == id) name = p.name;
    merges.merged_by_id.push_back("person " + id + " \"" + name + "\" in " + list);
  }
  return finish_import(output, out, errors, report, merges,
                       "Wikidata: persons found in several data sets (merged by Wikidata id)", log);
}

ImportResult import_pocom_folder(const fs::path& dir, const std::vector<std::string>& against,
                                 const ImportOutput& output, const Log& log) {
  RegistryData out;
  std::vector<FileError> errors;
  ImportReport report;
  import_pocom(dir, out, errors, report);
  const RegistryData known = load_known(against, errors);
  MergeReport merges;
  if (errors.empty()) merge_into_known(known, out, merges);
  return finish_import(output, out, errors, report, merges,
                       "pocom: posts and persons merged with the Wikidata records", log);
}

ImportResult import_leaders_history_folder(const fs::path& dir,
                                           const std::vector<std::string>& against,
                                           const ImportOutput& output, const Log& log) {
  std::vector<FileError> errors;
  const RegistryData known = load_known(against, errors);
  RegistryData out;
  ImportReport report;
  MergeReport merges;
  if (errors.empty()) import_leaders_history(dir, known, out, errors, report, merges);
  return finish_import(output, out, errors, report, merges,
                       "Leaders history: heads of state and government (Wikidata, CIA World "
                       "Factbook) merged with the records above",
                       log);
}

}  // namespace readout::data
