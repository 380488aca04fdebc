// The costs of the default registry: reading it (JSON or pack), indexing it, and looking names
// up, exactly and with misspellings (indexed), against a scan of every name for comparison;
// and start-up: the first lint of a one-line report, in process and as a whole `readout lint`.
#include <benchmark/benchmark.h>

#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>

#include "readout/analysis.hpp"
#include "readout/syntax.hpp"

#include "readout/data/embedded.hpp"
#include "readout/data/popolo.hpp"
#include "readout/names.hpp"

namespace {

using namespace readout;

constexpr const char* kOneLine = "# Meeting of officials\n";

// The whole program: `readout lint` on a one-line file, with the embedded registry. Counters:
// the largest resident set of the runs (KB). First of all cases: a child's peak resident set
// counts what this process held when it forked, which the other cases make large.
void BM_StartupLintProcess(benchmark::State& state) {
  const auto file = std::filesystem::temp_directory_path() / "readout-bench-one.readout";
  std::ofstream(file) << kOneLine;
  long max_rss_kb = 0;
  for (auto _ : state) {
    const pid_t pid = fork();
    if (pid == 0) {
      if (std::freopen("/dev/null", "w", stdout) == nullptr) _exit(127);
      execl(READOUT_CLI_PATH, READOUT_CLI_PATH, "lint", file.c_str(), static_cast<char*>(nullptr));
      _exit(127);
    }
    int status = 0;
    struct rusage usage {};
    if (pid < 0 || wait4(pid, &status, 0, &usage) != pid || !WIFEXITED(status) ||
        WEXITSTATUS(status) != 0) {
      state.SkipWithError("readout lint failed");
      break;
    }
    max_rss_kb = std::max(max_rss_kb, usage.ru_maxrss);
  }
  state.counters["max_rss_kb"] = static_cast<double>(max_rss_kb);
  std::filesystem::remove(file);
}
BENCHMARK(BM_StartupLintProcess)->Unit(benchmark::kMillisecond)->UseRealTime();

const std::string& pack() {
  static const std::string bytes = data::pack_registry(data::embedded_registry_data());
  return bytes;
}

void BM_ParseEmbeddedJson(benchmark::State& state) {
  for (auto _ : state) {
    RegistryData all;
    std::vector<data::FileError> errors;
    for (const auto& file : embedded::files()) {
      RegistryData one;
      data::parse_popolo(file.bytes(), file.path, all, one, errors);
      all.merge_from(std::move(one));
    }
    benchmark::DoNotOptimize(all.persons.data());
  }
}
BENCHMARK(BM_ParseEmbeddedJson)->Unit(benchmark::kMillisecond);

void BM_UnpackEmbedded(benchmark::State& state) {
  for (auto _ : state) {
    RegistryData d;
    benchmark::DoNotOptimize(data::read_registry_pack(pack(), d));
  }
}
BENCHMARK(BM_UnpackEmbedded)->Unit(benchmark::kMillisecond);

void BM_BuildIndex(benchmark::State& state) {
  RegistryData d;
  data::read_registry_pack(pack(), d);
  for (auto _ : state) {
    auto r = Registry::build(d);
    benchmark::DoNotOptimize(r.get());
  }
}
BENCHMARK(BM_BuildIndex)->Unit(benchmark::kMillisecond);

const Registry& registry() {
  static const auto r = [] {
    RegistryData d;
    data::read_registry_pack(pack(), d);
    return Registry::build(std::move(d));
  }();
  return *r;
}

void BM_FindExact(benchmark::State& state) {
  for (auto _ : state) benchmark::DoNotOptimize(registry().find_person("Antony Blinken", false));
}
BENCHMARK(BM_FindExact);

void BM_FindFuzzyIndexed(benchmark::State& state) {
  benchmark::DoNotOptimize(registry().find_person("warm up", true));  // builds the index
  for (auto _ : state) benchmark::DoNotOptimize(registry().find_person("Antony Blinkn", true));
}
BENCHMARK(BM_FindFuzzyIndexed);

// What a fuzzy look-up cost before the token index: an edit distance against every spelling.
void BM_FindFuzzyScanAll(benchmark::State& state) {
  std::vector<std::string> keys;
  for (const auto& p : registry().records().persons) {
    keys.push_back(names::key(p.name));
    for (const auto& o : p.other_names) keys.push_back(names::key(o.name));
  }
  const std::string written = names::key("Antony Blinkn");
  for (auto _ : state) {
    int best = 99;
    for (const auto& k : keys) best = std::min(best, names::edit_distance(written, k, 2));
    benchmark::DoNotOptimize(best);
  }
  state.counters["names"] = static_cast<double>(keys.size());
}
BENCHMARK(BM_FindFuzzyScanAll);

void BM_NameKeyAscii(benchmark::State& state) {
  for (auto _ : state) benchmark::DoNotOptimize(names::key("Kassym-Jomart Tokayev"));
}
BENCHMARK(BM_NameKeyAscii);

void BM_NameKeyCyrillic(benchmark::State& state) {
  for (auto _ : state) benchmark::DoNotOptimize(names::key("Касым-Жомарт Токаев"));
}
BENCHMARK(BM_NameKeyCyrillic);

// A fresh registry from the pack and the first analysis against it: what a lint run pays once.
void BM_FirstLintInProcess(benchmark::State& state) {
  for (auto _ : state) {
    RegistryData d;
    data::read_registry_pack(pack(), d);
    auto result = analyze(SyntaxTree::parse(kOneLine), Registry::build(std::move(d)));
    benchmark::DoNotOptimize(result.get());
  }
}
BENCHMARK(BM_FirstLintInProcess)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
