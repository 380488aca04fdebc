// The costs of analysing reports of 1 KB to 10 MB (generated digests, benchmarks/corpus) with
// the embedded registry: a fresh parse, a fresh analysis, and what a keystroke costs in an
// editor — a one-character edit in the middle, the incremental reparse and the re-analysis.
#include <benchmark/benchmark.h>

#include <map>
#include <memory>

#include "corpus.hpp"
#include "readout/analysis.hpp"
#include "readout/data/popolo.hpp"
#include "readout/syntax.hpp"

namespace {

using namespace readout;

std::shared_ptr<const Registry> registry() {
  static const auto instance = [] {
    std::vector<data::FileError> errors;
    return data::load_registry({}, true, errors);
  }();
  return instance;
}

const std::string& digest(size_t bytes) {
  static std::map<size_t, std::string> cache;
  auto it = cache.find(bytes);
  if (it == cache.end()) {
    const corpus::Generator generator(*registry(), corpus::Options{});
    it = cache.emplace(bytes, generator.digest(bytes).text).first;
  }
  return it->second;
}

// Where a keystroke lands: a prose line near the middle ("The sides reviewed ...").
uint32_t edit_offset(const std::string& text) {
  size_t at = text.find("\nThe ", text.size() / 2);
  if (at == std::string::npos) at = text.find("\nThe ");
  return static_cast<uint32_t>(at + 5);
}

void set_bytes(benchmark::State& state, size_t bytes) {
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * bytes));
  state.counters["report_kb"] = static_cast<double>(bytes) / 1024.0;
}

void BM_Parse(benchmark::State& state) {
  const std::string& text = digest(static_cast<size_t>(state.range(0)));
  for (auto _ : state) benchmark::DoNotOptimize(SyntaxTree::parse(text));
  set_bytes(state, text.size());
}

void BM_Analyze(benchmark::State& state) {
  const std::string& text = digest(static_cast<size_t>(state.range(0)));
  const auto tree = SyntaxTree::parse(text);
  analyze(tree, registry());  // warms the registry's indexes
  for (auto _ : state) benchmark::DoNotOptimize(analyze(tree, registry()));
  set_bytes(state, text.size());
}

// Types a character and deletes it again, alternately, as in an editor: each iteration is one
// incremental reparse of the edited tree.
void BM_EditReparse(benchmark::State& state) {
  const std::string& text = digest(static_cast<size_t>(state.range(0)));
  const uint32_t at = edit_offset(text);
  auto tree = SyntaxTree::parse(text);
  bool typed = false;
  for (auto _ : state) {
    const TextEdit edit = typed ? TextEdit{{at, at + 1}, ""} : TextEdit{{at, at}, "x"};
    tree = tree->edit({edit});
    typed = !typed;
  }
  state.counters["report_kb"] = static_cast<double>(text.size()) / 1024.0;
}

// The same keystrokes, each followed by the analysis an editor shows: reparse + re-analysis,
// reusing the previous analysis.
void BM_EditReanalyze(benchmark::State& state) {
  const std::string& text = digest(static_cast<size_t>(state.range(0)));
  const uint32_t at = edit_offset(text);
  auto tree = SyntaxTree::parse(text);
  auto result = analyze(tree, registry());
  bool typed = false;
  for (auto _ : state) {
    const TextEdit edit = typed ? TextEdit{{at, at + 1}, ""} : TextEdit{{at, at}, "x"};
    tree = tree->edit({edit});
    result = analyze(tree, registry(), {}, result);
    typed = !typed;
  }
  state.counters["report_kb"] = static_cast<double>(text.size()) / 1024.0;
  state.counters["diagnostics"] = static_cast<double>(result->diagnostics().size());
}

void Sizes(benchmark::internal::Benchmark* b) {
  for (int64_t kb : {1, 10, 100, 1024, 10240}) b->Arg(kb * 1024);
  b->Unit(benchmark::kMicrosecond);
}

BENCHMARK(BM_Parse)->Apply(Sizes);
BENCHMARK(BM_Analyze)->Apply(Sizes);
BENCHMARK(BM_EditReparse)->Apply(Sizes);
BENCHMARK(BM_EditReanalyze)->Apply(Sizes);

}  // namespace

BENCHMARK_MAIN();
