// prepare_analysis: the tables analyses build on first use, built ahead and side by side.
#include <thread>
#include <vector>

#include "analysis/title_lexicon.hpp"
#include "readout/analysis.hpp"

namespace readout {

void prepare_analysis(const std::shared_ptr<const Registry>& registry, unsigned threads) {
  if (!registry) return;
  const RegistryRecords& data = registry->records();
  // Two independent groups (each table is built once, under its own once_flag, whoever asks
  // first): the names with their misspelling index; the titles, terms and title lexicon.
  auto names = [&] { (void)registry->find_person("readout prepare", true, 1); };
  auto titles = [&] {
    if (!data.posts.empty()) (void)registry->title_matches("minister", data.posts.front());
    if (!data.persons.empty()) (void)registry->posts_of(data.persons.front());
    const auto lexicon = analysis::title_lexicon(registry);
    (void)lexicon->known("Minister");
    if (!data.posts.empty()) (void)lexicon->post_forms(data.posts.front());
  };
  if (threads < 2) {
    names();
    titles();
    return;
  }
  std::jthread other(titles);
  names();
}

}  // namespace readout
