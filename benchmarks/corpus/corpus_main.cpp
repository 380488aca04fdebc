// readout-corpus: writes a generated corpus for the benchmarks (docs/performance.md):
//   OUT/readout/*.readout   the reports
//   OUT/markdown/*.md       the same reports as Markdown (for textlint and cspell)
//   OUT/prh.yml             a prh dictionary mapping each planted misspelling to the right name
//   OUT/cspell-words.txt    every word of every official's name
//   OUT/planted.tsv         where the mistakes were planted
#include <filesystem>
#include <fstream>
#include <iostream>

#include <CLI/CLI.hpp>

#include "corpus.hpp"
#include "readout/data/popolo.hpp"

namespace fs = std::filesystem;
using namespace readout;

namespace {

bool write(const fs::path& path, const std::string& bytes) {
  std::ofstream out(path, std::ios::binary);
  out << bytes;
  if (!out) std::cerr << "readout-corpus: cannot write " << path << '\n';
  return static_cast<bool>(out);
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"Generates a deterministic corpus of readouts for benchmarks"};
  size_t reports = 1000;
  size_t digest_bytes = 0;
  corpus::Options options;
  fs::path out_dir;
  app.add_option("--reports,-n", reports, "Number of reports")->capture_default_str();
  app.add_option("--seed", options.seed, "Seed: the same seed writes the same bytes")
      ->capture_default_str();
  app.add_option("--misspelled", options.misspelled_share, "Share of names misspelled")
      ->capture_default_str();
  app.add_option("--wrong-titles", options.wrong_title_share, "Share of titles wrong")
      ->capture_default_str();
  app.add_option("--digest", digest_bytes,
                 "Also write one long report of at least this many bytes");
  app.add_option("--out,-o", out_dir, "Output folder (created)")->required();
  CLI11_PARSE(app, argc, argv);

  std::vector<data::FileError> errors;
  const auto registry = data::load_registry({}, true, errors);
  for (const auto& e : errors) std::cerr << e.to_string() << '\n';
  if (!errors.empty()) return 2;
  const corpus::Generator generator(*registry, options);

  std::error_code ec;
  fs::create_directories(out_dir / "readout", ec);
  fs::create_directories(out_dir / "markdown", ec);
  if (ec) {
    std::cerr << "readout-corpus: cannot create " << out_dir << ": " << ec.message() << '\n';
    return 2;
  }
  std::vector<corpus::Report> all;
  size_t bytes = 0;
  for (size_t i = 0; i < reports; ++i) all.push_back(generator.report(i));
  if (digest_bytes > 0) all.push_back(generator.digest(digest_bytes));
  bool ok = true;
  for (const corpus::Report& r : all) {
    bytes += r.text.size();
    ok = write(out_dir / "readout" / r.file_name, r.text) && ok;
    ok = write(out_dir / "markdown" / fs::path(r.file_name).replace_extension(".md"),
               corpus::render_markdown(r.text)) &&
         ok;
  }
  ok = write(out_dir / "prh.yml", corpus::prh_dictionary(all)) && ok;
  ok = write(out_dir / "cspell-words.txt", corpus::cspell_words(all)) && ok;
  ok = write(out_dir / "planted.tsv", corpus::planted_manifest(all)) && ok;
  size_t planted = 0;
  for (const auto& r : all) planted += r.planted.size();
  std::cerr << "readout-corpus: " << all.size() << " reports, " << bytes << " bytes, " << planted
            << " planted mistakes, officials drawn from " << generator.pool_size()
            << " terms of office\n";
  return ok ? 0 : 2;
}
