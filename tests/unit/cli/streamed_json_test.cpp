// StreamedArray writes what nlohmann's dump(2) writes for the whole document.
#include <gtest/gtest.h>

#include <sstream>

#include "formats/streamed_json.hpp"

namespace readout::cli {
namespace {

using nlohmann::ordered_json;

// `files` stands for what the end of a document says once the array is written.
ordered_json document_with(const ordered_json& results, size_t files) {
  ordered_json document;
  document["version"] = "2.1.0";
  document["runs"] = ordered_json::array();
  document["runs"].push_back(
      {{"tool", {{"name", "readout"}}}, {"results", results}, {"after", {1, 2}}});
  document["summary"] = {{"files", files}};
  return document;
}

std::string streamed(const ordered_json& elements) {
  std::ostringstream out;
  StreamedArray array(out);
  const ordered_json placeholder = ordered_json::array({std::string(StreamedArray::kPlaceholder)});
  array.begin(document_with(placeholder, 0));
  for (const auto& element : elements) array.add(element);
  array.end(document_with(placeholder, elements.size()));
  return out.str();
}

TEST(StreamedArrayTest, WritesWhatDumpWritesForAnyNumberOfElements) {
  ordered_json elements = ordered_json::array();
  const ordered_json samples[] = {
      {{"message", "a \"quoted\"\nline"},
       {"nested", {{"deep", ordered_json::array({1, ordered_json::object()})}}}},
      ordered_json::array(),
      "plain ‘text’",
      {{"empty", ordered_json::object()}, {"list", ordered_json::array({"x", "y"})}},
  };
  for (const auto& sample : samples) {
    EXPECT_EQ(streamed(elements), document_with(elements, elements.size()).dump(2) + "\n")
        << elements.size() << " elements";
    elements.push_back(sample);
  }
  EXPECT_EQ(streamed(elements), document_with(elements, elements.size()).dump(2) + "\n");
}

TEST(StreamedArrayTest, InvalidUtf8IsReplacedAsTheWholeDocumentWouldBe) {
  ordered_json elements = ordered_json::array({std::string("bad \xff byte")});
  EXPECT_EQ(streamed(elements),
            document_with(elements, elements.size())
                    .dump(2, ' ', false, ordered_json::error_handler_t::replace) +
                "\n");
}

TEST(StreamedArrayTest, ADocumentWithoutThePlaceholderIsAProgrammingError) {
  std::ostringstream out;
  StreamedArray array(out);
  EXPECT_THROW(array.begin(document_with(ordered_json::array(), 0)), std::logic_error);
}

}  // namespace
}  // namespace readout::cli
