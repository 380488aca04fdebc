// `readout registry diff`: what a data update changes in the registry, for reviewing it.
#include <iostream>
#include <memory>
#include <set>

#include "readout/data/popolo.hpp"
#include "readout/data/provenance.hpp"
#include "readout/data/registry_diff.hpp"
#include "readout/post_description.hpp"
#include "registry_parts.hpp"

namespace readout::cli {
namespace {

// Stands for the registry built into readout in a list of files.
constexpr std::string_view kEmbedded = "embedded";

struct DiffArguments {
  std::vector<std::string> files;  // [OLD] NEW
  std::vector<std::string> old_side, new_side;
  std::string format = "text";
  bool summary = false;
};

// Which sources make up each side, or an empty NEW side after explaining the usage error.
std::pair<std::vector<std::string>, std::vector<std::string>> sides_of(const DiffArguments& args) {
  const bool by_option = !args.old_side.empty() || !args.new_side.empty();
  if (by_option && !args.files.empty()) {
    std::cerr << "readout: registry diff: give the sides either as [OLD] NEW or as --old and "
                 "--new, not both\n";
    return {};
  }
  if (by_option && (args.old_side.empty() || args.new_side.empty())) {
    std::cerr << "readout: registry diff: --old and --new go together (use --old embedded for "
                 "the built-in registry)\n";
    return {};
  }
  if (by_option) return {args.old_side, args.new_side};
  if (args.files.size() > 2) {
    std::cerr << "readout: registry diff: at most two files, OLD and NEW (--old and --new take "
                 "several)\n";
    return {};
  }
  if (args.files.size() == 2) return {{args.files[0]}, {args.files[1]}};
  if (args.files.size() == 1)
    return {{std::string(kEmbedded)}, {std::string(kEmbedded), args.files[0]}};
  std::cerr << "readout: registry diff: name the new registry file (and the old one first, "
               "unless it is the embedded registry)\n";
  return {};
}

// One side: its sources in order, later ones overriding earlier ones as when linting.
std::shared_ptr<const Registry> load_side(const std::vector<std::string>& sources,
                                          std::vector<data::FileError>& errors) {
  std::vector<std::filesystem::path> layers;
  for (const auto& source : sources)
    layers.push_back(source == kEmbedded ? std::filesystem::path() : std::filesystem::path(source));
  return data::load_registry_layers(layers, errors).registry;
}

std::string joined(const std::vector<std::string>& sources) {
  std::string text;
  for (const auto& s : sources) text += (text.empty() ? "" : " + ") + s;
  return text;
}

// Names, titles and labels are quoted; dates, ids and flags are not.
std::string shown_value(const data::FieldChange& change, const std::optional<std::string>& value) {
  if (!value) return "—";
  const bool text =
      change.field == "name" || change.field == "label" || change.field == "classification";
  return text ? '"' + *value + '"' : *value;
}

// "end_date — → 2024-06-03; sources + \"https://...\""
std::string describe_changes(const std::vector<data::FieldChange>& changes) {
  std::string text;
  for (const auto& c : changes) {
    text += (text.empty() ? "" : "; ") + c.field;
    if (!c.is_list) {
      text += ' ' + shown_value(c, c.old_value) + " → " + shown_value(c, c.new_value);
      continue;
    }
    for (const auto& item : c.removed) text += " - \"" + item + '"';
    for (const auto& item : c.added) text += " + \"" + item + '"';
  }
  return text;
}

// Writes the lines of one kind of record: removed, changed, then added, each in id order.
// `describe` gives a record as seen on its side.
template <typename Record, typename Describe>
void print_kind(const data::RecordChanges<Record>& changes, const Registry& old_side,
                const Registry& new_side, Describe describe) {
  for (const auto& r : changes.removed) std::cout << "- " << describe(r, old_side) << '\n';
  for (const auto& c : changes.changed)
    std::cout << "~ " << describe(c.old_record, old_side) << ": " << describe_changes(c.changes)
              << '\n';
  for (const auto& r : changes.added) std::cout << "+ " << describe(r, new_side) << '\n';
}

void print_counts(std::string_view kind, const auto& changes) {
  std::cout << kind << changes.added.size() << " added, " << changes.removed.size() << " removed, "
            << changes.changed.size() << " changed\n";
}

void print_text(const data::RegistryDiff& diff, const Registry& old_side, const Registry& new_side,
                bool summary_only) {
  if (!summary_only) {
    print_kind(diff.persons, old_side, new_side, [](const Person& p, const Registry&) {
      return "person " + p.id + " \"" + p.name + '"';
    });
    print_kind(diff.organizations, old_side, new_side, [](const Organization& o, const Registry&) {
      return "organization " + o.id + " \"" + o.name + '"';
    });
    print_kind(diff.posts, old_side, new_side, [](const Post& p, const Registry& side) {
      const Organization* org = side.organization(p.organization_id);
      return "post " + p.id + " \"" + p.label + '"' + (org ? " (" + org->name + ")" : "");
    });
    print_kind(diff.terms, old_side, new_side, [](const Membership& m, const Registry& side) {
      const Person* person = side.person(m.person_id);
      return "term " + m.person_id + (person ? " \"" + person->name + '"' : "") + ": " +
             describe_held_post(side.held_post(m));
    });
    print_kind(diff.source_dates, old_side, new_side, [](const SourceDate& d, const Registry&) {
      return "source date \"" + d.note + "\" as of " + d.as_of.to_string();
    });
    if (!diff.empty()) std::cout << '\n';
  }
  print_counts("persons:       ", diff.persons);
  print_counts("organizations: ", diff.organizations);
  print_counts("posts:         ", diff.posts);
  print_counts("terms:         ", diff.terms);
  print_counts("source dates:  ", diff.source_dates);
}

int run_diff(const DiffArguments& args) {
  const auto [old_sources, new_sources] = sides_of(args);
  if (new_sources.empty()) return kExitUsage;
  std::vector<data::FileError> errors;
  const auto old_side = load_side(old_sources, errors);
  const auto new_side = load_side(new_sources, errors);
  // A file on both sides (--old a.json --new a.json b.json) has its problems said once.
  std::set<std::string> said;
  for (const auto& e : errors)
    if (said.insert(e.to_string()).second) std::cerr << e.to_string() << '\n';
  if (!errors.empty()) return kExitUsage;
  const data::RegistryDiff diff =
      data::diff_registries(old_side->records().copy(), new_side->records().copy());
  if (args.format == "json") {
    std::cout << data::registry_diff_json(diff, *old_side, *new_side, old_sources, new_sources,
                                          args.summary);
  } else {
    std::cout << "--- " << joined(old_sources) << "\n+++ " << joined(new_sources) << '\n';
    print_text(diff, *old_side, *new_side, args.summary);
  }
  return diff.empty() ? kExitClean : kExitFindings;
}

}  // namespace

void add_registry_diff_command(CLI::App& registry, Runner& runner) {
  auto args = std::make_shared<DiffArguments>();
  CLI::App* diff = registry.add_subcommand(
      "diff",
      "Persons, organizations, posts and terms added, removed and changed between two "
      "registries (exit 1 when they differ)");
  diff->add_option("files", args->files,
                   "[OLD] NEW: two registry files, or NEW alone to compare the embedded "
                   "registry with the embedded registry plus NEW (as lint would load it)")
      ->type_name("FILE");
  diff->add_option("--old", args->old_side,
                   "Instead of OLD: the old side's files in load order; `embedded` is the "
                   "built-in registry (repeatable, goes with --new)")
      ->type_name("FILE");
  diff->add_option("--new", args->new_side,
                   "Instead of NEW: the new side's files in load order, as --old")
      ->type_name("FILE");
  diff->add_option("--format", args->format, "Output format [default: text]")
      ->check(CLI::IsMember({"text", "json"}));
  diff->add_flag("--summary", args->summary, "Only the counts of what was added, removed, changed");
  diff->footer(
      "Examples:\n"
      "  readout registry diff corrections.json\n"
      "  readout registry diff old/officials.json officials.json --format json\n"
      "  readout registry diff --old embedded --new embedded fix-1.json fix-2.json --summary\n"
      "\n"
      "Exit status: 0 equal, 1 different, 2 usage or file errors. See docs/registry.md,\n"
      "\"Reviewing a data update\".");
  diff->callback([&runner, args] { runner = [args] { return run_diff(*args); }; });
}

}  // namespace readout::cli
