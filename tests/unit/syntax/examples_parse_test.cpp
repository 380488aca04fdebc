// Every bundled example, fictional ones included, parses without a single ERROR or MISSING node.
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <gtest/gtest.h>

#include "readout/syntax.hpp"

namespace readout {
namespace {

TEST(SyntaxTree, ParsesEveryExampleWithoutErrors) {
  int parsed = 0;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(
           std::filesystem::path(READOUT_SOURCE_DIR) / "examples")) {
    if (entry.path().extension() != ".readout") continue;
    std::ifstream in(entry.path(), std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    const auto tree = SyntaxTree::parse(text.str());
    ++parsed;
    EXPECT_STREQ(ts_node_type(tree->root()), "report") << entry.path();
    if (ts_node_has_error(tree->root())) {
      char* sexp = ts_node_string(tree->root());
      ADD_FAILURE() << entry.path() << ": " << sexp;
      std::free(sexp);
    }
  }
  EXPECT_GE(parsed, 6);
}

}  // namespace
}  // namespace readout
