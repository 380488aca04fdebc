// `readout registry`: import public data into registry files, check registry files, look up
// people, and count what the registry holds.
#include <algorithm>
#include <filesystem>
#include <iostream>
#include <limits>
#include <map>
#include <memory>
#include <set>

#include "commands.hpp"
#include "readout/data/config.hpp"
#include "readout/data/files.hpp"
#include "readout/data/importers.hpp"
#include "readout/data/popolo.hpp"
#include "readout/session/settings.hpp"
#include "registry_output.hpp"
#include "registry_parts.hpp"
#include "registry_sparql.hpp"

namespace readout::cli {
namespace {

namespace fs = std::filesystem;

struct RegistryArguments {
  std::string kind = "detect";
  std::vector<std::string> import_files;
  std::vector<std::string> foreign_affairs_only;  // folders of cabinet files
  std::vector<std::string> as_of;                 // "foreign-ministers=2022-12-11"
  std::string output;
  std::string report;
  std::string memberships_output;
  bool quiet = false;
  std::string source_dir;  // pocom or leaders-history folder
  std::vector<std::string> against;
  std::vector<std::string> check_files;
  std::string name;
  std::string date;
  std::string country;
  std::vector<std::string> registry_files;
  bool no_embedded = false;
};

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
std::string dataset_of(const fs::path& file, data::WikidataCsvKind kind) {
  if (kind == data::WikidataCsvKind::Cabinet) return "cabinet " + cabinet_country(file);
  return kind == data::WikidataCsvKind::Leaders ? "world leaders" : "foreign ministers";
}

int finish_import(const RegistryArguments& args, RegistryData& out,
                  const std::vector<data::FileError>& errors, const data::ImportReport& report,
                  const data::MergeReport& merges, const std::string& report_title) {
  for (const auto& e : errors) std::cerr << e.to_string() << '\n';
  if (!errors.empty()) return kExitFindings;
  for (const auto& s : report.skipped) std::cerr << s << ": skipped\n";
  data::sort_registry_data(out);
  if (!args.memberships_output.empty()) {
    // Terms in a file of their own, loaded after the records they refer to (size limits).
    RegistryData terms;
    terms.memberships = std::move(out.memberships);
    out.memberships.clear();
    if (!write_divided(args.memberships_output, terms)) return kExitUsage;
    out.memberships = std::move(terms.memberships);
    if (!write_divided(
            args.output,
            RegistryData{out.persons, out.organizations, out.posts, {}, out.source_dates}))
      return kExitUsage;
  } else if (!write_divided(args.output, out)) {
    return kExitUsage;
  }
  const std::string markdown = data::merge_report_markdown(merges, report_title);
  if (!args.report.empty() && !write_output(args.report, markdown)) return kExitUsage;
  if (!args.quiet) std::cout << markdown;
  std::cerr << "readout: " << report.imported << " of " << report.rows << " rows imported into "
            << args.output << " (" << out.persons.size() << " persons, " << out.organizations.size()
            << " organizations, " << out.posts.size() << " posts, " << out.memberships.size()
            << " memberships; " << merges.merged_persons.size() + merges.merged_by_id.size()
            << " persons merged, " << merges.conflicts.size() << " conflicts)\n";
  return kExitClean;
}

int run_import(const RegistryArguments& args) {
  const data::WikidataCsvKind forced = args.kind == "leaders" ? data::WikidataCsvKind::Leaders
                                       : args.kind == "foreign-ministers"
                                           ? data::WikidataCsvKind::ForeignMinisters
                                       : args.kind == "cabinet" ? data::WikidataCsvKind::Cabinet
                                                                : data::WikidataCsvKind::Detect;
  std::vector<SourceDate> gathered;
  // When a list's data was gathered: its open terms are known to run that far (source_dates).
  for (const std::string& given : args.as_of) {
    const size_t equals = given.find('=');
    const std::string kind = given.substr(0, equals);
    const auto date =
        equals == std::string::npos ? std::nullopt : PartialDate::parse(given.substr(equals + 1));
    if (!date || (kind != "leaders" && kind != "foreign-ministers")) {
      std::cerr << "readout: --as-of '" << given
                << "': write KIND=YYYY-MM-DD, KIND being leaders or foreign-ministers\n";
      return kExitUsage;
    }
    gathered.push_back({std::string(data::wikidata_csv_source_note(
                            kind == "leaders" ? data::WikidataCsvKind::Leaders
                                              : data::WikidataCsvKind::ForeignMinisters)),
                        *date});
  }
  RegistryData out;
  std::vector<data::FileError> errors;
  data::ImportReport report;
  std::map<std::string, std::set<std::string>> datasets_of_person;
  for (const auto& file : args.import_files) {
    std::string text, error;
    if (!data::read_file(file, text, error)) {
      std::cerr << file << ": error: cannot read: " << error << '\n';
      return kExitUsage;
    }
    data::WikidataCsvKind kind = forced;
    if (kind == data::WikidataCsvKind::Detect) {
      const std::string header = text.substr(0, text.find('\n'));
      kind = header.rfind("position,person,personID,start", 0) == 0
                 ? data::WikidataCsvKind::Cabinet
                 : data::detect_wikidata_csv(header);
    }
    RegistryData one;
    data::ImportReport file_report;
    if (kind == data::WikidataCsvKind::Cabinet) {
      std::string positions;
      const fs::path positions_file = fs::path(file).parent_path() / "positions.csv";
      if (fs::exists(positions_file) && !data::read_file(positions_file, positions, error)) {
        std::cerr << positions_file.string() << ": error: cannot read: " << error << '\n';
        return kExitUsage;
      }
      // The cabinet importer needs the countries and terms read so far, so it adds to `out`.
      const auto posts = is_under(file, args.foreign_affairs_only)
                             ? data::CabinetPosts::ForeignAffairs
                             : data::CabinetPosts::All;
      data::import_wikidata_cabinet(text, file, positions, cabinet_country(file), out, errors,
                                    file_report, posts);
    } else {
      data::import_wikidata_csv(text, file, kind, one, errors, file_report);
      data::merge_precise_terms(out, std::move(one));
    }
    for (const auto& id : file_report.person_ids)
      datasets_of_person[id].insert(dataset_of(file, kind));
    report.rows += file_report.rows;
    report.imported += file_report.imported;
    for (auto& s : file_report.skipped) report.skipped.push_back(std::move(s));
  }
  for (SourceDate& date : gathered) out.source_dates.push_back(std::move(date));
  // The foreign-minister snapshots list incumbents only: a minister who is not the last one
  // known left when the successor started.
  data::end_terms_at_successor(out, [](const Membership& m) {
    return !m.sources.empty() && m.sources[0].note.find("foreign ministers") != std::string::npos;
  });
  data::MergeReport merges;
  for (const auto& [id, sets] : datasets_of_person) {
    if (sets.size() < 2) continue;
    std::string list;
    for (const auto& s : sets) list += (list.empty() ? "" : ", ") + s;
    std::string name = id;
    for (const auto& p : out.persons)
      if (p.id == id) name = p.name;
    merges.merged_by_id.push_back("person " + id + " \"" + name + "\" in " + list);
  }
  return finish_import(args, out, errors, report, merges,
                       "Wikidata: persons found in several data sets (merged by Wikidata id)");
}

int run_import_pocom(const RegistryArguments& args) {
  RegistryData out;
  std::vector<data::FileError> errors;
  data::ImportReport report;
  data::import_pocom(args.source_dir, out, errors, report);
  RegistryData known;
  for (const auto& file : args.against) {
    RegistryData one;
    data::load_popolo_file(file, known, one, errors);
    known.merge_from(std::move(one));
  }
  data::MergeReport merges;
  if (errors.empty()) data::merge_into_known(known, out, merges);
  return finish_import(args, out, errors, report, merges,
                       "pocom: posts and persons merged with the Wikidata records");
}

int run_import_leaders_history(const RegistryArguments& args) {
  RegistryData known, out;
  std::vector<data::FileError> errors;
  for (const auto& file : args.against) {
    RegistryData one;
    data::load_popolo_file(file, known, one, errors);
    known.merge_from(std::move(one));
  }
  data::ImportReport report;
  data::MergeReport merges;
  if (errors.empty())
    data::import_leaders_history(args.source_dir, known, out, errors, report, merges);
  return finish_import(args, out, errors, report, merges,
                       "Leaders history: heads of state and government (Wikidata, CIA World "
                       "Factbook) merged with the records above");
}

int run_check(const RegistryArguments& args) {
  // Ids may refer to the embedded registry and to the files named before, as when loading.
  RegistryData known = data::embedded_registry_data();
  size_t problems = 0;
  for (const auto& file : args.check_files) {
    RegistryData one;
    std::vector<data::FileError> errors;
    data::load_popolo_file(file, known, one, errors);
    for (const auto& e : errors) std::cout << e.to_string() << '\n';
    problems += errors.size();
    if (errors.empty())
      std::cout << file << ": ok (" << one.persons.size() << " persons, "
                << one.organizations.size() << " organizations, " << one.posts.size() << " posts, "
                << one.memberships.size() << " memberships)\n";
    known.merge_from(std::move(one));
  }
  return problems == 0 ? kExitClean : kExitFindings;
}

// The registry as `readout lint` would see it from the current folder.
std::shared_ptr<const Registry> registry_for(const RegistryArguments& args) {
  session::SettingsOverrides overrides;
  for (const auto& f : args.registry_files) overrides.extra_registry_files.emplace_back(f);
  overrides.no_embedded_registry = args.no_embedded;
  std::vector<std::string> errors;
  auto settings =
      session::SettingsResolver(std::move(overrides)).resolve(fs::current_path(), errors);
  for (const auto& e : errors) std::cerr << e << '\n';
  return settings ? settings->registry : nullptr;
}

std::string_view kind_text(NameMatchKind kind) {
  switch (kind) {
    case NameMatchKind::Exact:
      return "name";
    case NameMatchKind::OtherName:
      return "other name";
    case NameMatchKind::Fuzzy:
      return "similar name";
  }
  return "";
}

int run_query(const RegistryArguments& args) {
  auto registry = registry_for(args);
  if (!registry) return kExitUsage;
  std::optional<PartialDate> date;
  if (!args.date.empty()) {
    date = PartialDate::parse(args.date);
    if (!date) {
      std::cerr << "readout: --date '" << args.date
                << "': " << PartialDate::explain_invalid(args.date) << '\n';
      return kExitUsage;
    }
  }
  const Organization* country = nullptr;
  if (!args.country.empty() && !(country = registry->find_organization(args.country))) {
    std::cerr << "readout: no country or organization named '" << args.country
              << "' in the registry\n";
    return kExitUsage;
  }
  std::vector<NameCandidate> candidates = registry->find_person(args.name, true, 10);
  const bool by_surname = candidates.empty();
  if (by_surname)
    for (const Person* p : registry->find_by_surname(args.name))
      candidates.push_back({p, NameMatchKind::OtherName, p->name, 0.5, 0});
  size_t shown = 0;
  for (const auto& c : candidates) {
    std::vector<HeldPost> posts =
        date ? registry->posts_on(*c.person, *date) : registry->posts_of(*c.person);
    if (country) std::erase_if(posts, [&](const HeldPost& h) { return h.organization != country; });
    if (country && posts.empty()) continue;
    ++shown;
    std::cout << c.person->name << " [" << c.person->id << "] matched by "
              << (by_surname ? std::string_view("surname of") : kind_text(c.kind)) << " '"
              << c.matched_name << "'\n";
    if (posts.empty())
      std::cout << "  no post" << (date ? " on " + date->to_display() : std::string())
                << " in the registry\n";
    for (const auto& held : posts) std::cout << "  " << describe_term(held) << '\n';
  }
  if (shown == 0) {
    std::cout << "no one in the registry matches '" << args.name << "'"
              << (country ? " in " + country->name : std::string()) << '\n';
    return kExitFindings;
  }
  return kExitClean;
}

// Each source of terms (a term's first source note) with the day its data was gathered, or,
// for a source without one, the latest day its terms speak of; then the terms and persons it
// gives. Sorted by that day, newest first: the data horizon of each part of the registry.
void print_sources(const Registry& registry) {
  struct Source {
    size_t terms = 0;
    std::set<std::string> persons;
    std::optional<PartialDate> gathered;
    long latest = std::numeric_limits<long>::min();
  };
  std::map<std::string, Source> sources;
  for (const Membership& m : registry.data().memberships) {
    Source& s = sources[m.sources.empty() ? std::string() : m.sources.front().note];
    ++s.terms;
    s.persons.insert(m.person_id);
    for (const auto& date : {m.start_date, m.end_date})
      if (date) s.latest = std::max(s.latest, date->latest_day());
  }
  for (const SourceDate& d : registry.data().source_dates) sources[d.note].gathered = d.as_of;
  std::vector<std::pair<std::string, const Source*>> order;
  for (const auto& [note, source] : sources) order.emplace_back(note, &source);
  auto day = [](const Source& s) { return s.gathered ? s.gathered->latest_day() : s.latest; };
  std::stable_sort(order.begin(), order.end(),
                   [&](const auto& a, const auto& b) { return day(*a.second) > day(*b.second); });
  // Sources of a few terms (one Factbook edition, a curated correction: under 0.5% of all terms)
  // are counted together.
  const size_t listed = std::max<size_t>(1, registry.data().memberships.size() / 200);
  size_t small = 0, small_terms = 0;
  std::cout << "sources:       " << sources.size() << " (terms by their first source)\n";
  for (const auto& [note, source] : order) {
    if (source->terms < listed && !source->gathered) {
      ++small;
      small_terms += source->terms;
      continue;
    }
    std::string when =
        source->gathered ? "gathered " + source->gathered->to_string()
        : source->latest != std::numeric_limits<long>::min()
            ? "no gathering date; latest date " + civil_from_days(source->latest).to_string()
            : "no gathering date";
    std::cout << "  " << (note.empty() ? std::string("(no source: the user's own records)") : note)
              << ": " << when << "; " << source->terms << " terms, " << source->persons.size()
              << " persons\n";
  }
  if (small > 0)
    std::cout << "  " << small << " other sources of fewer than " << listed
              << " terms each: " << small_terms << " terms\n";
}

int run_stats(const RegistryArguments& args) {
  auto registry = registry_for(args);
  if (!registry) return kExitUsage;
  const RegistryData& d = registry->data();
  size_t other_names = 0, sourced = 0, acting = 0;
  std::map<DatePrecision, size_t> precision;
  std::optional<PartialDate> first, last;
  for (const auto& p : d.persons) {
    other_names += p.other_names.size();
    sourced += p.sources.empty() ? 0 : 1;
  }
  for (const auto& m : d.memberships) {
    acting += m.acting ? 1 : 0;
    for (const auto& date : {m.start_date, m.end_date}) {
      if (!date) continue;
      ++precision[date->precision];
      if (!first || date->earliest_day() < first->earliest_day()) first = date;
      if (!last || date->latest_day() > last->latest_day()) last = date;
    }
  }
  std::set<std::string> countries;
  for (const auto& o : d.organizations)
    if (o.classification == "country") countries.insert(o.id);
  std::cout << "persons:       " << d.persons.size() << " (" << other_names << " other names, "
            << sourced << " with sources)\n"
            << "organizations: " << d.organizations.size() << " (" << countries.size()
            << " countries)\n"
            << "posts:         " << d.posts.size() << '\n'
            << "memberships:   " << d.memberships.size() << " (" << acting << " acting)\n"
            << "dates:         " << precision[DatePrecision::Day] << " day, "
            << precision[DatePrecision::Month] << " month, " << precision[DatePrecision::Year]
            << " year precision";
  if (first && last) std::cout << "; from " << first->to_string() << " to " << last->to_string();
  std::cout << '\n';
  print_sources(*registry);
  return kExitClean;
}

void add_registry_options(CLI::App* command, RegistryArguments& args) {
  command
      ->add_option("--registry", args.registry_files,
                   "Add a registry file (Popolo JSON); repeatable")
      ->allow_extra_args(false);
  command->add_flag("--no-embedded-registry", args.no_embedded,
                    "Leave out the registry built into readout");
}

}  // namespace

std::string describe_term(const HeldPost& held) {
  std::string text = held.membership->acting ? "acting " : "";
  text += held.post ? held.post->label : held.membership->label;
  if (held.organization) text += " (" + held.organization->name + ")";
  const auto& m = *held.membership;
  if (held.post && !m.label.empty() && m.label != held.post->label) text += " as " + m.label;
  text += ", " + (m.start_date ? m.start_date->to_string() : std::string("?")) + " to " +
          (m.end_date ? m.end_date->to_string() : std::string("present"));
  return text;
}

void add_registry_command(CLI::App& app, Runner& runner) {
  auto args = std::make_shared<RegistryArguments>();
  CLI::App* registry =
      app.add_subcommand("registry", "Import, check and query registries of officials");
  registry->require_subcommand(1);
  registry->footer(
      "Examples:\n"
      "  readout registry query \"Antony Blinken\" --date 2023-02-28\n"
      "  readout registry query Tleuberdi --country Kazakhstan\n"
      "  readout registry check officials.json\n"
      "  readout registry import wikidata-csv world-leaders.csv -o data/registry/leaders.json\n"
      "  readout registry import pocom ../shared/data/pocom --against leaders.json -o pocom.json\n"
      "  readout registry import leaders-history ../shared/data/leaders-history --against "
      "leaders.json -o history.json\n"
      "  readout registry update -o wikidata.json --languages en,fr,ru --save-results results/\n"
      "  readout registry import wikidata-sparql results/*.json -o wikidata.json\n"
      "  readout registry stats\n"
      "  readout registry diff corrections.json    what a file changes in the embedded registry\n"
      "  readout registry diff old.json new.json   two versions of a registry file\n"
      "\n"
      "Format: docs/registry.md");

  CLI::App* import = registry->add_subcommand("import", "Convert public data into a registry file");
  import->require_subcommand(1);
  CLI::App* wikidata = import->add_subcommand(
      "wikidata-csv",
      "every-politician-scrapers Wikidata CSV (world leaders, foreign ministers, cabinets)");
  wikidata
      ->add_option("--as-of", args->as_of,
                   "When a list's data was gathered, e.g. foreign-ministers=2022-12-11: its terms "
                   "without an end are known to run to that day; repeatable")
      ->type_name("KIND=DATE")
      ->allow_extra_args(false);
  wikidata->add_option("--kind", args->kind, "CSV shape [default: from the header]")
      ->check(CLI::IsMember({"detect", "leaders", "foreign-ministers", "cabinet"}));
  wikidata
      ->add_option("--foreign-affairs-only", args->foreign_affairs_only,
                   "Cabinet files in this folder: only the persons who held a foreign-affairs "
                   "post (minister, deputy, state secretary) or were head of state or "
                   "government, with all their posts")
      ->type_name("DIR")
      ->allow_extra_args(false);
  wikidata->add_option("files", args->import_files, "CSV files")
      ->required()
      ->check(CLI::ExistingFile);
  auto report_options = [&](CLI::App* command) {
    command->add_option("-o,--output", args->output, "Registry file to write (Popolo JSON)")
        ->required();
    command->add_option("--report", args->report, "Also write the merge report (Markdown) here");
    command->add_flag("-q,--quiet", args->quiet, "Do not print the merge report");
    command->add_option("--memberships-output", args->memberships_output,
                        "Write the memberships to this file instead (keeps files small)");
  };
  wikidata->callback([&runner, args] { runner = [args] { return run_import(*args); }; });
  report_options(wikidata);

  add_import_wikidata_sparql(import, runner);
  add_registry_update(registry, runner);

  CLI::App* pocom = import->add_subcommand(
      "pocom", "US State Department principal officers and chiefs of mission (pocom XML folder)");
  pocom
      ->add_option("dir", args->source_dir,
                   "The pocom folder (people/, positions-principals/, ...)")
      ->required()
      ->check(CLI::ExistingDirectory);
  pocom
      ->add_option("--against", args->against,
                   "Registry files to merge persons and posts with (e.g. the Wikidata import)")
      ->check(CLI::ExistingFile);
  report_options(pocom);
  pocom->callback([&runner, args] { runner = [args] { return run_import_pocom(*args); }; });

  CLI::App* history = import->add_subcommand(
      "leaders-history",
      "Heads of state and government since 1990 (Wikidata terms, CIA World Factbook)");
  history
      ->add_option("dir", args->source_dir,
                   "The leaders-history folder (wikidata-heads-*.csv, factbook-*.csv, ...)")
      ->required()
      ->check(CLI::ExistingDirectory);
  history
      ->add_option("--against", args->against,
                   "Registry files built so far, in load order (names, countries, posts, terms)")
      ->check(CLI::ExistingFile);
  report_options(history);
  history->callback(
      [&runner, args] { runner = [args] { return run_import_leaders_history(*args); }; });

  CLI::App* check =
      registry->add_subcommand("check", "Validate registry files (errors as file:line:col)");
  check->add_option("files", args->check_files, "Popolo JSON files, in load order")->required();
  check->callback([&runner, args] { runner = [args] { return run_check(*args); }; });

  CLI::App* query =
      registry->add_subcommand("query", "Who matches a name, and which posts they held");
  query->add_option("name", args->name, "A name as written, e.g. \"Anthony Blinken\"")->required();
  query->add_option("--date,-d", args->date,
                    "Only posts held on this date (YYYY, YYYY-MM or YYYY-MM-DD)");
  query->add_option("--country", args->country, "Only posts of this country or organization");
  add_registry_options(query, *args);
  query->callback([&runner, args] { runner = [args] { return run_query(*args); }; });

  CLI::App* stats = registry->add_subcommand("stats", "Count what the registry holds");
  add_registry_options(stats, *args);
  stats->callback([&runner, args] { runner = [args] { return run_stats(*args); }; });

  add_registry_diff_command(*registry, runner);
}

}  // namespace readout::cli
