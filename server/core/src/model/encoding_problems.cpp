// Bytes that are not UTF-8: a file saved in another encoding (Windows-1252, UTF-16) would
// otherwise be read as odd prose and its names never matched.
#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstring>

#include <unicode/utf8.h>

#include "model/model_nodes.hpp"

namespace readout::model_detail {
namespace {

constexpr uint64_t kHighBits = 0x8080808080808080ull;  // the top bit of each of eight bytes

}  // namespace

void collect_encoding_problems(const SyntaxTree& tree, ByteRange range,
                               std::vector<SyntaxProblem>& out) {
  const std::string& text = tree.text();
  const LineIndex& lines = tree.lines();
  uint32_t last_line_reported = UINT32_MAX;
  const auto n = static_cast<int32_t>(std::min<size_t>(range.end, text.size()));
  for (int32_t i = static_cast<int32_t>(range.begin); i < n;) {
    // ASCII is UTF-8 as it is: skipped eight bytes at a time.
    for (uint64_t eight = 0; i + 8 <= n; i += 8) {
      std::memcpy(&eight, text.data() + i, sizeof eight);
      if ((eight & kHighBits) != 0) break;
    }
    if (i >= n) break;
    const int32_t start = i;
    UChar32 c = 0;
    U8_NEXT(text.data(), i, n, c);
    if (c >= 0) continue;
    const uint32_t line = lines.position(static_cast<uint32_t>(start)).line;
    if (line == last_line_reported) continue;  // one problem per line is enough
    last_line_reported = line;
    char byte[8];
    std::snprintf(byte, sizeof byte, "0x%02X",
                  static_cast<unsigned char>(text[static_cast<size_t>(start)]));
    out.push_back({{static_cast<uint32_t>(start), static_cast<uint32_t>(i)},
                   std::string("This line has a byte (") + byte +
                       ") that is not UTF-8 text; save the file as UTF-8"});
  }
}

}  // namespace readout::model_detail
