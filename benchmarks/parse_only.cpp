// readout-parse-only: the ceiling for `readout lint` in the whole-process comparison
// (docs/performance.md). It does what `readout lint` must do before any analysis and nothing
// more: the same file collection, the same reading into a std::string, the same threads
// (collect_inputs and run_parallel are readout lint's own code), and one tree-sitter parse of
// each file with the project's grammar. The tree is not walked.
#include <tree_sitter/api.h>

#include <algorithm>
#include <atomic>
#include <cstdlib>
#include <iostream>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include <CLI/CLI.hpp>

#include "lint_inputs.hpp"
#include "lint_runner.hpp"
#include "readout/data/files.hpp"

extern "C" const TSLanguage* tree_sitter_readout(void);

namespace {

struct ParserDeleter {
  void operator()(TSParser* parser) const { ts_parser_delete(parser); }
};

// One parser per thread, as readout's SyntaxTree::parse keeps one.
TSParser* thread_parser() {
  thread_local std::unique_ptr<TSParser, ParserDeleter> parser = [] {
    std::unique_ptr<TSParser, ParserDeleter> created(ts_parser_new());
    if (!ts_parser_set_language(created.get(), tree_sitter_readout())) {
      std::cerr << "readout-parse-only: the grammar's ABI does not match libtree-sitter\n";
      std::exit(2);
    }
    return created;
  }();
  return parser.get();
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"Reads and parses .readout files with tree-sitter, and nothing else"};
  std::vector<std::string> paths;
  unsigned jobs = 0;
  app.add_option("paths", paths,
                 "Files or folders (searched for *.readout), as readout lint takes them")
      ->required();
  app.add_option("--jobs,-j", jobs, "Files parsed in parallel [default: CPU threads]")
      ->check(CLI::PositiveNumber);
  CLI11_PARSE(app, argc, argv);

  std::vector<std::string> errors;
  const std::vector<readout::cli::InputFile> inputs =
      readout::cli::collect_inputs(paths, "", errors);
  for (const std::string& e : errors) std::cerr << "readout-parse-only: " << e << '\n';
  if (jobs == 0) jobs = std::max(1u, std::thread::hardware_concurrency());

  std::atomic<size_t> bytes{0};
  std::atomic<size_t> with_errors{0};
  std::atomic<size_t> unreadable{0};
  readout::cli::run_parallel(inputs.size(), jobs, [&](size_t i) {
    std::string text;
    std::string error;
    if (inputs[i].from_stdin || !readout::data::read_file(inputs[i].path, text, error)) {
      std::cerr << "readout-parse-only: cannot read '" << inputs[i].display_path
                << "': " << (error.empty() ? "standard input is not supported" : error) << '\n';
      ++unreadable;
      return;
    }
    TSTree* tree = ts_parser_parse_string(thread_parser(), nullptr, text.data(),
                                          static_cast<uint32_t>(text.size()));
    if (tree == nullptr) {
      std::cerr << "readout-parse-only: tree-sitter failed on '" << inputs[i].display_path << "'\n";
      ++unreadable;
      return;
    }
    // Reading a flag of the root node costs nothing and shows that the parse happened.
    if (ts_node_has_error(ts_tree_root_node(tree))) ++with_errors;
    ts_tree_delete(tree);
    bytes += text.size();
  });

  std::cout << "parsed " << inputs.size() - unreadable << " files, " << bytes << " bytes, "
            << with_errors << " with syntax errors, " << jobs << (jobs == 1 ? " job" : " jobs")
            << '\n';
  return errors.empty() && unreadable == 0 && !inputs.empty() ? 0 : 2;
}
