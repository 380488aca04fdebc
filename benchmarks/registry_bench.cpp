// The costs of the default registry: reading it (JSON or pack), indexing it, and looking names
// up, exactly and with misspellings (indexed), against a scan of every name for comparison.
#include <benchmark/benchmark.h>

#include "readout/data/embedded.hpp"
#include "readout/data/popolo.hpp"
#include "readout/names.hpp"

namespace {

using namespace readout;

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
    benchmark::DoNotOptimize(data::unpack_registry(pack(), d));
  }
}
BENCHMARK(BM_UnpackEmbedded)->Unit(benchmark::kMillisecond);

void BM_BuildIndex(benchmark::State& state) {
  RegistryData d;
  data::unpack_registry(pack(), d);
  for (auto _ : state) {
    auto r = Registry::build(d);
    benchmark::DoNotOptimize(r.get());
  }
}
BENCHMARK(BM_BuildIndex)->Unit(benchmark::kMillisecond);

const Registry& registry() {
  static const auto r = [] {
    RegistryData d;
    data::unpack_registry(pack(), d);
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
  for (const auto& p : registry().data().persons) {
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

}  // namespace

BENCHMARK_MAIN();
