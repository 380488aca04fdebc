// Importers that turn public data sets into Popolo registry data (`readout registry import`).
#pragma once

#include <filesystem>
#include <set>
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
  Cabinet,  // cabinets/<country>/html/{holders21,current}.csv: position,person,personID,start[,end]
};

struct ImportReport {
  size_t rows = 0;                   // data rows read
  size_t imported = 0;               // rows that became memberships
  std::vector<std::string> skipped;  // "file:line: why", for rows that were left out
  std::set<std::string> person_ids;  // persons of the imported rows
};

// Detects the kind from a header line; Detect when it is neither.
WikidataCsvKind detect_wikidata_csv(std::string_view header_line);

// Adds the rows of one CSV file to `out` (persons and organizations by Wikidata id, posts by
// position id, one membership per row). Returns false with located errors on malformed input.
bool import_wikidata_csv(std::string_view csv_text, const std::string& file_name,
                         WikidataCsvKind kind, RegistryData& out, std::vector<FileError>& errors,
                         ImportReport& report);

// The Wikidata Query Service queries that `readout registry update` runs (data/queries/*.rq,
// embedded in the program), by name ("heads-of-state", "foreign-ministers", ...).
struct WikidataQuery {
  std::string name;  // the file name without ".rq"; results are saved as <name>.json
  std::string text;  // SPARQL, with {{LANGUAGES}} where the languages of other names go
};
const std::vector<WikidataQuery>& wikidata_queries();
const WikidataQuery* find_wikidata_query(std::string_view name);

// The query text with {{LANGUAGES}} replaced by the languages as SPARQL strings ("en", "fr").
// False (with `error` set) when a language is not a BCP 47 tag of letters, digits and '-'.
bool with_languages(const WikidataQuery& query, const std::vector<std::string>& languages,
                    std::string& text, std::string& error);

// The source note of the terms of a query's results: "Wikidata Query Service, <name>".
std::string wikidata_query_note(std::string_view query_name);

// Adds the results of one embedded query (`query_name`), saved in the SPARQL 1.1 Query Results
// JSON format, to `out`: the same records as import_wikidata_csv, with the persons' other
// names from ?altLabel (with their language), dates at their Wikidata precision and a
// SourceDate whose as_of is the day the query ran (?retrieved). Rows that say nothing usable
// (unknown values, dates coarser than a year) are skipped with a reason in `report`.
bool import_wikidata_sparql(std::string_view json_text, const std::string& file_name,
                            std::string_view query_name, RegistryData& out,
                            std::vector<FileError>& errors, ImportReport& report);

// The source note of the terms a kind of CSV gives (Leaders or ForeignMinisters), which a
// SourceDate names to say when that data was gathered.
std::string_view wikidata_csv_source_note(WikidataCsvKind kind);

// True for a term that comes from the world leaders list (a head of state or government).
bool from_leaders_list(const Membership& m);

// True for a cabinet post in foreign affairs, from its label: the minister ("Minister of Foreign
// Affairs", "... for External Affairs", "... of External Relations", "Secretary of Foreign
// Affairs", "Minister of Foreign and European Affairs") and the posts under the minister that
// say so (deputies, ministers of state or delegate, state secretaries for foreign affairs).
// Foreign trade, international cooperation or European affairs alone are not.
bool is_foreign_affairs_post(std::string_view label);

// Which posts of a cabinet file to import.
enum class CabinetPosts {
  All,
  // The persons who held a foreign-affairs post or a post of the world leaders list (a head),
  // with all their posts in the file.
  ForeignAffairs,
};

// Adds one country's cabinet file (holders21.csv or current.csv). Positions are written as
// labels ("Minister of Defence"); `positions_csv` (the sibling positions.csv, may be empty) maps
// them to Wikidata position ids and gives the country's id. Without it, the country is found by
// `country_name` among the organizations already in `out` (import the leaders first).
// Rows that `posts` leaves out are counted in report.rows and not imported.
bool import_wikidata_cabinet(std::string_view csv_text, const std::string& file_name,
                             std::string_view positions_csv, const std::string& country_name,
                             RegistryData& out, std::vector<FileError>& errors,
                             ImportReport& report, CabinetPosts posts = CabinetPosts::All);

// The US State Department's "Principal Officers and Chiefs of Mission" data (pocom's XML
// folders): principal positions (Secretary of State, ...) and chiefs of mission per country and
// organisation, as posts of the United States (Q30), with person records joined by id.
bool import_pocom(const std::filesystem::path& dir, RegistryData& out,
                  std::vector<FileError>& errors, ImportReport& report);

// Sources that list incumbents without end dates (snapshots, some chargés d'affaires): a term
// with no end that `applies` to is ended when the next term in the same post starts, if one
// does. Returns how many terms were ended so.
size_t end_terms_at_successor(RegistryData& data, bool (*applies)(const Membership&));

// True when two terms may share a day (imprecise dates cover their whole year or month; an
// open start or end reaches as far as it can).
bool terms_overlap(const Membership& a, const Membership& b);

// Adds `later` (a more precise or newer source) to `into`: records as RegistryData::merge_from
// does, but a term of `later` replaces only the terms of the same person in the same post that
// it overlaps. Terms it does not cover stay (a leaders list's term since 2022 survives a cabinet
// file of mid-2022 that records the same person's earlier terms in days).
void merge_precise_terms(RegistryData& into, RegistryData later);

// Snapshot sources leave a term open when the person was still in it on the day of the
// snapshot. An open term (that `may_end` accepts) ends on the day its holder starts a term in
// one of `head_posts` (heads of state and government) of the same country: the Vice-President
// of a 2022 cabinet file who became President later that year. Returns what was ended.
std::vector<std::string> end_terms_on_promotion(RegistryData& data,
                                                const std::set<std::string>& head_posts,
                                                bool (*may_end)(const Membership&));

// What merging one source into the others did (data/registry/merge-report.md).
struct MergeReport {
  std::vector<std::string> merged_posts;    // "post pocom-secretary ... = Q14213 ..."
  std::vector<std::string> merged_persons;  // "person pocom-... = Q7821917 ... (why)"
  std::vector<std::string> merged_by_id;    // persons in several data sets of one source
  std::vector<std::string> conflicts;       // kept apart, or dates that disagree
};

// Heads of state and government since 1990 from the leaders-history folder: Wikidata's dated
// terms (wikidata-heads-history.csv, -current.csv), the CIA World Factbook's executive-branch
// text (weekly 2020-2026 and yearly editions to 2017: titles as written, "since" dates,
// spellings), and the Factbook's country list. `known` is the registry built so far (English
// names by Wikidata id, countries, posts, terms). `out` receives what to load after it:
// persons, countries (with ISO 3166 codes and names as written), posts (with the titles as
// written) and, for every person and post it touches, all of that person's terms in the post.
bool import_leaders_history(const std::filesystem::path& dir, const RegistryData& known,
                            RegistryData& out, std::vector<FileError>& errors, ImportReport& report,
                            MergeReport& merges);

// Rewrites the ids of `incoming` (one source's records) to those of `base` (records of the
// other sources, loaded before it) where they are the same: posts of one organization whose
// labels match, then persons with the same normalised name (whole, or first and last name) and
// a term in the same organization that overlaps in time. A merged person keeps the known
// preferred name, with this source's spellings as other names. Terms of one person in one post
// that both sides record are reported when their dates differ (`incoming` wins on loading).
void merge_into_known(const RegistryData& base, RegistryData& incoming, MergeReport& report);
std::string merge_report_markdown(const MergeReport& report, const std::string& title);

// Sorts records by id (numerically for Q-ids) and memberships by person, post and start, so
// that the output does not depend on the order of the input files.
void sort_registry_data(RegistryData& data);

}  // namespace readout::data
