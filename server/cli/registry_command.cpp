// `readout registry`: import public data into registry files, check registry files, look up
// people, and count what the registry holds.
#include <filesystem>
#include <iostream>
#include <memory>

#include "commands.hpp"
#include "readout/data/config.hpp"
#include "readout/data/files.hpp"
#include "readout/data/popolo.hpp"
#include "readout/data/registry_import.hpp"
#include "readout/data/registry_stats.hpp"
#include "readout/post_description.hpp"
#include "readout/session/settings.hpp"
#include "registry_parts.hpp"

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

data::ImportOutput output_of(const RegistryArguments& args) {
  return {args.output, args.memberships_output, args.report};
}

// The merge report on stdout (unless --quiet), the summary on stderr.
int print_import(const RegistryArguments& args, const data::ImportResult& result) {
  if (result.status != data::ImportStatus::Written) return exit_status(result.status);
  if (!args.quiet) std::cout << result.merge_report;
  std::cerr << "readout: " << result.summary << '\n';
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
  const data::WikidataCsvImport input{args.import_files, forced, args.foreign_affairs_only,
                                      std::move(gathered)};
  return print_import(args, data::import_wikidata_csv_files(input, output_of(args), print_log));
}

int run_import_pocom(const RegistryArguments& args) {
  return print_import(
      args, data::import_pocom_folder(args.source_dir, args.against, output_of(args), print_log));
}

int run_import_leaders_history(const RegistryArguments& args) {
  return print_import(args, data::import_leaders_history_folder(args.source_dir, args.against,
                                                                output_of(args), print_log));
}

int run_check(const RegistryArguments& args) {
  size_t problems = 0;
  for (const data::FileCheck& check : data::check_registry_files(args.check_files)) {
    for (const auto& e : check.errors) std::cout << e.to_string() << '\n';
    problems += check.errors.size();
    if (check.errors.empty())
      std::cout << check.file << ": ok (" << check.persons << " persons, " << check.organizations
                << " organizations, " << check.posts << " posts, " << check.memberships
                << " memberships)\n";
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
      candidates.push_back({p, NameMatchKind::OtherName, p->name.str(), 0.5, 0});
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
    for (const auto& held : posts) std::cout << "  " << describe_held_post(held) << '\n';
  }
  if (shown == 0) {
    std::cout << "no one in the registry matches '" << args.name << "'"
              << (country ? " in " + country->name : std::string()) << '\n';
    return kExitFindings;
  }
  return kExitClean;
}

// The data horizon of each part of the registry: each source of terms with the day its data
// was gathered, or the latest day its terms speak of.
void print_sources(const data::RegistryStats& stats) {
  std::cout << "sources:       " << stats.source_count << " (terms by their first source)\n";
  for (const data::TermSource& source : stats.sources) {
    const std::string when = source.gathered ? "gathered " + source.gathered->to_string()
                             : source.latest
                                 ? "no gathering date; latest date " + source.latest->to_string()
                                 : "no gathering date";
    std::cout << "  "
              << (source.note.empty() ? std::string("(no source: the user's own records)")
                                      : source.note)
              << ": " << when << "; " << source.terms << " terms, " << source.persons
              << " persons\n";
  }
  if (stats.small_sources > 0)
    std::cout << "  " << stats.small_sources << " other sources of fewer than " << stats.small_limit
              << " terms each: " << stats.small_terms << " terms\n";
}

int run_stats(const RegistryArguments& args) {
  auto registry = registry_for(args);
  if (!registry) return kExitUsage;
  const data::RegistryStats s = data::registry_stats(*registry);
  std::cout << "persons:       " << s.persons << " (" << s.other_names << " other names, "
            << s.persons_with_sources << " with sources)\n"
            << "organizations: " << s.organizations << " (" << s.countries << " countries)\n"
            << "posts:         " << s.posts << '\n'
            << "memberships:   " << s.memberships << " (" << s.acting << " acting)\n"
            << "dates:         " << s.day_dates << " day, " << s.month_dates << " month, "
            << s.year_dates << " year precision";
  if (s.first && s.last)
    std::cout << "; from " << s.first->to_string() << " to " << s.last->to_string();
  std::cout << '\n';
  print_sources(s);
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

void print_log(const data::LogLine& line) {
  std::cerr << (line.located ? "" : "readout: ") << line.text << '\n';
}

int exit_status(data::ImportStatus status) {
  switch (status) {
    case data::ImportStatus::Written:
      return kExitClean;
    case data::ImportStatus::InputErrors:
      return kExitFindings;
    case data::ImportStatus::CannotReadOrWrite:
      return kExitUsage;
  }
  return kExitUsage;
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
