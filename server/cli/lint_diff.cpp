// Unified diff by Myers' O(ND) algorithm over lines: fixes change few lines, so D is small.
#include <algorithm>
#include <string>
#include <vector>

#include "lint_fix.hpp"

namespace readout::cli {
namespace {

// Lines with their terminators, so that a changed line end (CRLF) is a change too.
std::vector<std::string_view> split_lines(std::string_view text) {
  std::vector<std::string_view> lines;
  size_t start = 0;
  while (start < text.size()) {
    size_t end = text.find('\n', start);
    end = end == std::string_view::npos ? text.size() : end + 1;
    lines.push_back(text.substr(start, end - start));
    start = end;
  }
  return lines;
}

enum class Op { Keep, Remove, Add };
struct Step {
  Op op;
  size_t line;  // index into the old lines for Keep/Remove, the new lines for Add
};

std::vector<Step> shortest_edit(const std::vector<std::string_view>& a,
                                const std::vector<std::string_view>& b) {
  const int n = static_cast<int>(a.size());
  const int m = static_cast<int>(b.size());
  const int max = n + m;
  // Diagonals k = -max-1 .. max+1 are read (k +- 1 around -d..d), stored at k + max + 1.
  std::vector<int> v(2 * static_cast<size_t>(max) + 3, 0);
  std::vector<std::vector<int>> trace;
  auto at = [&](int k) -> int& { return v[static_cast<size_t>(k + max + 1)]; };
  for (int d = 0; d <= max; ++d) {
    trace.push_back(v);
    bool done = false;
    for (int k = -d; k <= d; k += 2) {
      int x = (k == -d || (k != d && at(k - 1) < at(k + 1))) ? at(k + 1) : at(k - 1) + 1;
      int y = x - k;
      while (x < n && y < m && a[static_cast<size_t>(x)] == b[static_cast<size_t>(y)]) ++x, ++y;
      at(k) = x;
      if (x >= n && y >= m) {
        done = true;
        break;
      }
    }
    if (done) break;
  }
  // Walk the trace back from the end to recover the steps.
  std::vector<Step> steps;
  int x = n;
  int y = m;
  for (int d = static_cast<int>(trace.size()) - 1; d >= 0; --d) {
    const std::vector<int>& before = trace[static_cast<size_t>(d)];
    auto old_at = [&](int k) { return before[static_cast<size_t>(k + max + 1)]; };
    int k = x - y;
    int prev_k = (k == -d || (k != d && old_at(k - 1) < old_at(k + 1))) ? k + 1 : k - 1;
    int prev_x = d == 0 ? 0 : old_at(prev_k);
    int prev_y = d == 0 ? 0 : prev_x - prev_k;
    while (x > prev_x && y > prev_y) {
      --x, --y;
      steps.push_back({Op::Keep, static_cast<size_t>(x)});
    }
    if (d == 0) break;
    if (x == prev_x) {
      steps.push_back({Op::Add, static_cast<size_t>(prev_y)});
    } else {
      steps.push_back({Op::Remove, static_cast<size_t>(prev_x)});
    }
    x = prev_x;
    y = prev_y;
  }
  std::reverse(steps.begin(), steps.end());
  return steps;
}

void append_line(std::string& out, char marker, std::string_view line) {
  out += marker;
  out += line;
  if (line.empty() || line.back() != '\n') out += "\n\\ No newline at end of file\n";
}

// "@@ -12,3 +12,4 @@": a count of 1 is left out and an empty side starts one line earlier, as
// diff -u writes it.
std::string hunk_range(size_t start, size_t count) {
  std::string s = std::to_string(count == 0 ? start : start + 1);
  if (count != 1) s += "," + std::to_string(count);
  return s;
}

}  // namespace

std::string unified_diff(std::string_view before, std::string_view after, std::string_view path) {
  constexpr size_t kContext = 3;
  std::vector<std::string_view> a = split_lines(before);
  std::vector<std::string_view> b = split_lines(after);
  std::vector<Step> steps = shortest_edit(a, b);

  std::string out;
  size_t i = 0;
  while (i < steps.size()) {
    if (steps[i].op == Op::Keep) {
      ++i;
      continue;
    }
    // A hunk: context before, then changes until a run of more than 2*context kept lines.
    size_t first = i >= kContext ? i - kContext : 0;
    size_t last = i;
    size_t j = i;
    while (j < steps.size()) {
      if (steps[j].op != Op::Keep) {
        last = j;
        ++j;
        continue;
      }
      size_t run = j;
      while (run < steps.size() && steps[run].op == Op::Keep) ++run;
      if (run == steps.size() || run - j > 2 * kContext) break;
      j = run;
    }
    size_t end = std::min(steps.size(), last + 1 + kContext);

    size_t old_start = 0, new_start = 0, old_count = 0, new_count = 0;
    // Line numbers where the hunk starts: count the steps before it.
    for (size_t s = 0; s < first; ++s) {
      if (steps[s].op != Op::Add) ++old_start;
      if (steps[s].op != Op::Remove) ++new_start;
    }
    std::string body;
    for (size_t s = first; s < end; ++s) {
      const Step& step = steps[s];
      if (step.op == Op::Keep) {
        append_line(body, ' ', a[step.line]);
        ++old_count, ++new_count;
      } else if (step.op == Op::Remove) {
        append_line(body, '-', a[step.line]);
        ++old_count;
      } else {
        append_line(body, '+', b[step.line]);
        ++new_count;
      }
    }
    out += "@@ -" + hunk_range(old_start, old_count) + " +" + hunk_range(new_start, new_count) +
           " @@\n" + body;
    i = end;
  }
  if (out.empty()) return out;
  // git's a/ b/ prefixes; an absolute path keeps a single slash ("a/tmp/x", not "a//tmp/x").
  const std::string_view shown = !path.empty() && path.front() == '/' ? path.substr(1) : path;
  return "--- a/" + std::string(shown) + "\n+++ b/" + std::string(shown) + "\n" + out;
}

}  // namespace readout::cli
