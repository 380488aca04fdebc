// Any bytes as a report: parse, build the model, analyse with the full embedded registry.
// Nothing may crash, hang or leak; every range lies inside the text (on code point boundaries
// when the text is UTF-8), every span is the text it covers, diagnostics come in order, and
// every fix's edits apply without overlapping.
#include <cstddef>
#include <cstdint>

#include "compare_analysis.hpp"
#include "fuzz_support.hpp"

using namespace readout;

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  fuzz::embedded_registry();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  const auto tree = SyntaxTree::parse(text);
  fuzz::check(tree->text() == text, "the syntax tree does not hold the text it parsed");
  const fuzz::Checker checker(text);

  const Report model = build_model(*tree);
  checker.report(model);

  const auto result = analyze(tree, fuzz::embedded_registry());
  checker.result(*result);
  // analyze() builds the same model as build_model().
  if (std::string why = testing::first_difference(model, result->report()); !why.empty())
    fuzz::fail("analyze() and build_model() disagree: " + why);
  return 0;
}
