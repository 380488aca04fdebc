// The input is a program of edits on a starting text (an example report or a grammar corpus
// case): inserts, deletes and replacements at positions taken from the bytes, some placed
// inside UTF-8 sequences, between CR and LF, or at line starts, one to three per batch as an
// editor sends them. After every batch the incremental reparse (SyntaxTree::edit) must give
// the text and the tree that a fresh parse of the new text gives, and analyze() of it the
// same report model, names and diagnostics as analyze() of the fresh parse; so must the
// incremental analysis, analyze(syntax, registry, options, previous), chained from batch to
// batch, with options that now and then change. Around a syntax error the incremental tree may
// differ, but only when it says so (may_differ_from_fresh_parse); at the end, as when typing
// stops in the editor, settled() gives the fresh tree and the incremental analysis of it the
// fresh analysis.
#include <fuzzer/FuzzedDataProvider.h>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "compare_analysis.hpp"
#include "fuzz_support.hpp"
#include "readout/rules.hpp"

using namespace readout;
namespace fs = std::filesystem;

namespace {

std::string read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

// A grammar corpus file holds cases: a "===" line, the name, a "===" line, the input, a
// "---" line, the expected tree.
void add_corpus_cases(const std::string& file, std::vector<std::string>& out) {
  std::vector<std::string> lines;
  std::istringstream in(file);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  auto rule = [&](size_t i, const char* mark) {
    return i < lines.size() && lines[i].starts_with(mark);
  };
  for (size_t i = 0; i + 2 < lines.size(); ++i) {
    if (!rule(i, "===") || !rule(i + 2, "===")) continue;
    std::string input;
    size_t k = i + 3;
    for (; k < lines.size() && lines[k] != "---"; ++k) input += lines[k] + "\n";
    out.push_back(std::move(input));
    i = k;
  }
}

const std::vector<std::string>& seed_texts() {
  static const std::vector<std::string> texts = [] {
    std::vector<std::string> out;
    const fs::path source = READOUT_SOURCE_DIR;
    std::vector<fs::path> files;
    for (const auto& entry : fs::recursive_directory_iterator(source / "examples"))
      if (entry.path().extension() == ".readout") files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    for (const auto& f : files) out.push_back(read_file(f));
    files.clear();
    for (const auto& entry : fs::directory_iterator(source / "grammar/test/corpus"))
      files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    for (const auto& f : files) add_corpus_cases(read_file(f), out);
    fuzz::check(out.size() > 40, "the seed texts (examples, grammar corpus) were not found");
    return out;
  }();
  return texts;
}

// Pieces of the markup, and bytes that break it: line ends, halves of UTF-8 sequences.
const std::vector<std::string> kSnippets = {"\n",
                                            "\r\n",
                                            "\r",
                                            "- ",
                                            "@blinken",
                                            "@",
                                            ": ",
                                            " | ",
                                            "|",
                                            "[head]",
                                            "[acting, head]",
                                            "### Attendees\n",
                                            "### Commitments\n",
                                            "### Summary\n",
                                            "## Talks {#t}\n",
                                            "# Title\n",
                                            "Date: 2023-02-28\n",
                                            "Dateline: 2023-03-02\n",
                                            "Place: Astana\n",
                                            "Kind: bilateral\n",
                                            " to ",
                                            "2023-02-30",
                                            "[due 2023-06]",
                                            "<!-- note -->",
                                            "<!-- readout-disable-line name-misspelled -->",
                                            "<!-- readout-disable -->",
                                            "<!-- readout-enable -->",
                                            "<!--",
                                            "-->",
                                            "]",
                                            "{#",
                                            "}",
                                            "Antony Blinken",
                                            "Anthony Blinken",
                                            "Secretary of State",
                                            "United States",
                                            "Kazakhstan",
                                            "Жеенбек Кулубаев",
                                            "Türkiye",
                                            "Nguyễn Phú Trọng",
                                            "all",
                                            ", ",
                                            "x",
                                            " ",
                                            "\t",
                                            "\xd0",
                                            "\x96",
                                            "\xe2\x80",
                                            "\xf0\x9f\x98",
                                            "\xc3\xa9",
                                            "\xef\xbb\xbf",
                                            std::string(1, '\0')};

uint32_t pick_position(FuzzedDataProvider& in, const std::string& text) {
  const auto size = static_cast<uint32_t>(text.size());
  const uint32_t at = in.ConsumeIntegralInRange<uint32_t>(0, size);
  std::vector<uint32_t> candidates;
  switch (in.ConsumeIntegralInRange(0, 3)) {
    case 1:  // inside a UTF-8 sequence
      for (uint32_t i = 0; i < size; ++i)
        if ((static_cast<unsigned char>(text[i]) & 0xc0) == 0x80) candidates.push_back(i);
      break;
    case 2:  // between CR and LF
      for (uint32_t i = 1; i < size; ++i)
        if (text[i - 1] == '\r' && text[i] == '\n') candidates.push_back(i);
      break;
    case 3:  // at a line start
      for (uint32_t i = 0; i < size; ++i)
        if (i == 0 || text[i - 1] == '\n') candidates.push_back(i);
      break;
    default:
      return at;
  }
  if (candidates.empty()) return at;
  // The candidate nearest the offset drawn, so that mutations of it move in small steps.
  auto it = std::lower_bound(candidates.begin(), candidates.end(), at);
  return it == candidates.end() ? candidates.back() : *it;
}

TextEdit pick_edit(FuzzedDataProvider& in, const std::string& text) {
  enum { Insert, Delete, Replace };
  const int op = in.ConsumeIntegralInRange(0, 2);
  const uint32_t begin = pick_position(in, text);
  const auto room = static_cast<uint32_t>(text.size()) - begin;
  uint32_t length = 0;
  if (op != Insert) {
    length = in.ConsumeBool() ? in.ConsumeIntegralInRange<uint32_t>(0, std::min<uint32_t>(room, 16))
                              : in.ConsumeIntegralInRange<uint32_t>(0, room);
  }
  std::string replacement;
  if (op != Delete) {
    switch (in.ConsumeIntegralInRange(0, 2)) {
      case 0:
        replacement = kSnippets[in.ConsumeIntegralInRange<size_t>(0, kSnippets.size() - 1)];
        break;
      case 1:
        replacement = in.ConsumeRandomLengthString(24);
        break;
      default: {  // a piece of the text itself, as a paste
        const uint32_t from =
            in.ConsumeIntegralInRange<uint32_t>(0, static_cast<uint32_t>(text.size()));
        const uint32_t n =
            in.ConsumeIntegralInRange<uint32_t>(0, static_cast<uint32_t>(text.size()) - from);
        replacement = text.substr(from, std::min<uint32_t>(n, 200));
      }
    }
  }
  return {{begin, begin + length}, replacement};
}

// Now and then a rule off or at another severity, so that a reused analysis must notice
// options that changed since the previous one.
AnalysisOptions pick_options(FuzzedDataProvider& in) {
  AnalysisOptions options;
  if (in.ConsumeIntegralInRange(0, 7) != 0) return options;
  const auto rules = rule_table();
  const auto& rule = rules[in.ConsumeIntegralInRange<size_t>(0, rules.size() - 1)];
  if (in.ConsumeBool()) {
    options.disabled_rules.insert(std::string(rule.id));
  } else {
    options.severity_overrides[std::string(rule.id)] =
        static_cast<Severity>(in.ConsumeIntegralInRange(1, 4));
  }
  return options;
}

// Whether the core has the incremental analysis, analyze(syntax, registry, options, previous).
// (Templates, so that the call is only compiled where it exists.)
template <class Result>
constexpr bool kHasIncrementalAnalysis = requires(std::shared_ptr<const SyntaxTree> syntax,
                                                  std::shared_ptr<const Registry> registry,
                                                  AnalysisOptions options,
                                                  std::shared_ptr<const Result> previous) {
  analyze(syntax, registry, options, previous);
};

// The incremental analysis building on `previous`; nullptr without it.
template <class Result>
std::shared_ptr<const Result> analyze_after(std::shared_ptr<const SyntaxTree> syntax,
                                            const std::shared_ptr<const Registry>& registry,
                                            const AnalysisOptions& options,
                                            const std::shared_ptr<const Result>& previous) {
  if constexpr (kHasIncrementalAnalysis<Result>) {
    return analyze(syntax, registry, options, previous);
  } else {
    return nullptr;
  }
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  fuzz::embedded_registry();
  seed_texts();
  std::fprintf(stderr, "fuzz_edits: %zu seed texts; %s\n", seed_texts().size(),
               kHasIncrementalAnalysis<AnalysisResult>
                   ? "incremental analysis (with the previous result) checked too"
                   : "no incremental analysis in the core: incremental parsing checked");
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  FuzzedDataProvider in(data, size);
  const auto& seeds = seed_texts();
  const size_t seed = in.ConsumeIntegralInRange<size_t>(0, seeds.size() - 1);
  std::string text = seeds[seed];
  // READOUT_FUZZ_TRACE=1 prints the program: the seed text, each edit, each text it makes.
  static const bool trace = std::getenv("READOUT_FUZZ_TRACE") != nullptr;
  if (trace)
    std::fprintf(stderr, "seed text %zu:\n%s\n", seed,
                 testing::compare_detail::quoted(text, SIZE_MAX).c_str());
  auto tree = SyntaxTree::parse(text);
  const auto& registry = fuzz::embedded_registry();
  // The incremental analyses build on each other, so that what one gets wrong shows later.
  std::shared_ptr<const AnalysisResult> previous = analyze(tree, registry);
  AnalysisOptions options;
  for (int batch_number = 0; batch_number < 12 && in.remaining_bytes() > 0; ++batch_number) {
    std::vector<TextEdit> batch;
    const int count = in.ConsumeIntegralInRange(1, 3);
    for (int i = 0; i < count; ++i) {
      // Each edit addresses the text left by the previous one, as SyntaxTree::edit expects.
      TextEdit edit = pick_edit(in, text);
      text.replace(edit.range.begin, edit.range.size(), edit.replacement);
      if (trace)
        std::fprintf(stderr, "batch %d: [%u, %u) -> %s\n", batch_number, edit.range.begin,
                     edit.range.end, testing::compare_detail::quoted(edit.replacement).c_str());
      batch.push_back(std::move(edit));
    }
    if (trace)
      std::fprintf(stderr, "text:\n%s\n", testing::compare_detail::quoted(text, SIZE_MAX).c_str());
    const auto edited = tree->edit(batch);
    const auto fresh = SyntaxTree::parse(text);
    const std::string where = "after edit batch " + std::to_string(batch_number) + ": ";
    fuzz::check(edited->text() == text, where + "the edited tree's text is not the edited text");
    fuzz::check(fresh->text() == text, where + "the fresh tree's text is not the edited text");
    // tree-sitter recovers from a syntax error in an incremental parse as it sees fit: around an
    // error (in the old or the new text) the trees may differ, and then the analysis of the
    // incremental tree is checked against a fresh analysis of that same tree.
    const bool errors = ts_node_has_error(edited->root()) || ts_node_has_error(fresh->root()) ||
                        ts_node_has_error(tree->root());
    const std::string tree_difference = testing::first_difference(*edited, *fresh);
    if (!tree_difference.empty() && !errors)
      fuzz::fail(where +
                 "incremental reparse of a text without errors differs from a fresh parse: " +
                 tree_difference);
    if (!tree_difference.empty() && !edited->may_differ_from_fresh_parse())
      fuzz::fail(where +
                 "an incremental tree that is sure differs from a fresh parse: " + tree_difference);

    options = pick_options(in);
    const auto fresh_analysis = analyze(fresh, registry, options);
    const auto tree_analysis = analyze(edited, registry, options);
    // The edited and fresh trees, once found the same, are not walked again for each analysis.
    const testing::SameTrees same_trees = tree_difference.empty()
                                              ? testing::SameTrees{edited.get(), fresh.get()}
                                              : testing::SameTrees{};
    if (tree_difference.empty()) {
      if (std::string why = testing::first_difference(*tree_analysis, *fresh_analysis, same_trees);
          !why.empty())
        fuzz::fail(where +
                   "analysis of the incremental tree differs from a fresh analysis: " + why);
    }
    const auto& reference = tree_difference.empty() ? fresh_analysis : tree_analysis;
    if (const auto reused = analyze_after(edited, registry, options, previous)) {
      if (std::string why = testing::first_difference(*reused, *reference, same_trees);
          !why.empty())
        fuzz::fail(
            where +
            "the incremental analysis (with the previous one) differs from a fresh analysis: " +
            why);
      previous = reused;
    } else {
      previous = tree_analysis;
    }
    fuzz::Checker(text).result(*fresh_analysis);
    tree = edited;
  }
  // Typing stops: the editor settles its tree, and analyses it building on the last analysis.
  const auto settled = tree->settled();
  const auto fresh = SyntaxTree::parse(text);
  fuzz::check(settled->text() == text && fresh->text() == text,
              "the settled or the fresh tree is not of the edited text");
  if (std::string why = testing::first_difference(*settled, *fresh); !why.empty())
    fuzz::fail("the settled tree differs from a fresh parse: " + why);
  if (const auto reused = analyze_after(settled, registry, options, previous)) {
    if (std::string why = testing::first_difference(*reused, *analyze(fresh, registry, options),
                                                    {settled.get(), fresh.get()});
        !why.empty())
      fuzz::fail(
          "the analysis of the settled tree (with the previous one) differs from a fresh "
          "analysis: " +
          why);
  }
  return 0;
}
