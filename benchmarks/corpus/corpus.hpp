// A deterministic generator of realistic readouts for benchmarks and property tests: reports of
// the size and shape of real ones, about officials drawn from the registry who held their posts
// on the meeting's date, with a known share of names misspelled and of titles wrong. The same
// seed gives the same bytes on every machine (own PRNG, no std distributions).
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "readout/registry.hpp"

namespace readout::corpus {

struct Options {
  uint64_t seed = 2026;
  double misspelled_share = 0.08;   // of the names written (attendee lines and prose)
  double wrong_title_share = 0.05;  // of the attendees' titles
};

// A mistake the generator put in on purpose, where a careful editor (and the linter) should
// find it.
struct Planted {
  enum class Kind { MisspelledName, WrongTitle };
  Kind kind = Kind::MisspelledName;
  uint32_t offset = 0;  // UTF-8 byte offset of `written` in the report
  std::string written;  // as it appears in the text
  std::string correct;  // what should have been written
};

struct Report {
  std::string file_name;  // "report-00042.readout"
  std::string text;
  std::vector<Planted> planted;
  std::vector<std::string> names;  // every official named (correct spellings), for word lists
};

class Generator {
 public:
  Generator(const Registry& registry, Options options);
  ~Generator();
  Generator(const Generator&) = delete;
  Generator& operator=(const Generator&) = delete;

  // Report number `index` of the corpus: the same index always gives the same report.
  // Between one and four meetings, about 2 to 12 KB.
  [[nodiscard]] Report report(size_t index) const;
  // One long report (a year's digest) of at least `bytes` bytes: meetings until the size is
  // reached. For the benchmarks of incremental analysis on 1 KB to 10 MB.
  [[nodiscard]] Report digest(size_t bytes) const;

  // How many officials the generator can draw from.
  [[nodiscard]] size_t pool_size() const;

  struct Pool;

 private:
  const Registry& registry_;
  Options options_;
  std::unique_ptr<Pool> pool_;
};

// The same report as Markdown, for Markdown tools: meeting ids and attendee flags become
// plain text; every other line, and so every name, is unchanged.
std::string render_markdown(std::string_view readout_text);

// A prh dictionary (textlint-rule-prh): one rule per official whose name is misspelt in the
// corpus, whose patterns are the misspellings of that name planted there.
std::string prh_dictionary(const std::vector<Report>& reports);

// A word list for cspell: every word of every official's name, one per line, sorted.
std::string cspell_words(const std::vector<Report>& reports);

// What was planted, one line per mistake: file, byte offset, line, column (1-based, bytes), kind,
// written, correct; tab-separated with a header line.
std::string planted_manifest(const std::vector<Report>& reports);

}  // namespace readout::corpus
