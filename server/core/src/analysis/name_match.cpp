#include "analysis/name_match.hpp"

#include <algorithm>
#include <unordered_map>

#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>

#include "readout/names.hpp"

namespace readout::analysis {
namespace {

// Edits a name part may have and still count as a slip of the pen.
int part_limit(size_t length) {
  if (length < 4) return 0;
  if (length < 9) return 1;
  return 2;
}

std::string join(const std::vector<std::string>& parts) {
  std::string out;
  for (const auto& p : parts) out += (out.empty() ? "" : " ") + p;
  return out;
}


// Languages written in Cyrillic decline names ("Блинкена", "Блинкену" for "Блинкен"): a part
// that only adds a short ending to the other is the same name in another grammatical case.
bool same_parts_up_to_case_endings(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    const std::string& shorter = a[i].size() <= b[i].size() ? a[i] : b[i];
    const std::string& longer = a[i].size() <= b[i].size() ? b[i] : a[i];
    if (shorter.size() < 4 || longer.size() - shorter.size() > 3 ||
        longer.compare(0, shorter.size(), shorter) != 0)
      return false;
  }
  return true;
}

}  // namespace

// Whether the text has a letter of a script other than Latin.
bool has_non_latin_letter(std::string_view text) {
  for (int32_t i = 0, n = static_cast<int32_t>(text.size()); i < n;) {
    UChar32 c = 0;
    U8_NEXT(text.data(), i, n, c);
    if (c < 0x80 || !u_isalpha(c)) continue;
    UErrorCode status = U_ZERO_ERROR;
    const UScriptCode script = uscript_getScript(c, &status);
    if (U_SUCCESS(status) && script != USCRIPT_LATIN && script != USCRIPT_COMMON && script != USCRIPT_INHERITED)
      return true;
  }
  return false;
}

const std::vector<std::string>& name_tokens(std::string_view name) {
  thread_local std::unordered_map<std::string, std::vector<std::string>> memo;
  if (memo.size() > 100000) memo.clear();
  auto it = memo.find(std::string(name));
  if (it == memo.end()) it = memo.emplace(std::string(name), names::tokens(name)).first;
  return it->second;
}

std::vector<std::string> name_parts(std::string_view name) {
  std::vector<std::string> parts = name_tokens(name);
  std::erase_if(parts, [](const std::string& t) { return t.size() < 2; });
  return parts;
}

std::string surname_of(std::string_view name) {
  const std::vector<std::string>& parts = name_tokens(name);
  return parts.empty() ? std::string() : parts.back();
}

namespace {

// A names::key's parts of two letters or more, as name_parts gives them.
std::vector<std::string> parts_of_key(std::string_view key) {
  std::vector<std::string> parts;
  for (size_t start = 0; start < key.size();) {
    size_t end = key.find(' ', start);
    if (end == std::string_view::npos) end = key.size();
    if (end - start >= 2) parts.emplace_back(key.substr(start, end - start));
    start = end + 1;
  }
  return parts;
}

}  // namespace

std::string surname_of(std::string_view name, std::string_view key) {
  if (key.empty()) return surname_of(name);
  const size_t space = key.rfind(' ');
  return std::string(space == std::string_view::npos ? key : key.substr(space + 1));
}

bool same_name(std::string_view a, std::string_view b, std::string_view b_key) {
  if (b_key.empty()) return same_name(a, b);
  return same_parts(name_parts(a), parts_of_key(b_key), a, b);
}

bool same_name(std::string_view a, std::string_view b) { return same_parts(name_parts(a), name_parts(b), a, b); }

bool same_parts(std::vector<std::string> pa, std::vector<std::string> pb, std::string_view a, std::string_view b) {
  if (pa.empty() || pb.empty()) return false;
  if (pa == pb) return true;
  if (has_non_latin_letter(a) && has_non_latin_letter(b) && same_parts_up_to_case_endings(pa, pb))
    return true;
  std::sort(pa.begin(), pa.end());
  std::sort(pb.begin(), pb.end());
  return pa == pb;
}

bool plausible_misspelling(std::string_view written, std::string_view known) {
  const std::vector<std::string> w = name_parts(written), k = name_parts(known);
  if (w.size() < 2 || k.size() < 2 || same_name(written, known)) return false;
  if (w.size() == k.size()) {
    size_t identical = 0;
    bool all_close = true;
    for (size_t i = 0; i < w.size(); ++i) {
      if (w[i] == k[i]) {
        ++identical;
        continue;
      }
      const int limit = part_limit(std::max(w[i].size(), k[i].size()));
      // A slip keeps the first letter: "Anthony"/"Antony", not "Ashraf"/"Sharaf".
      if (limit == 0 || w[i].front() != k[i].front() ||
          names::edit_distance(w[i], k[i], limit) > limit)
        all_close = false;
    }
    if (identical > 0 && all_close) return true;
  }
  const std::string wk = join(w), kk = join(k);
  return wk.size() >= 8 && names::edit_distance(wk, kk, 1) <= 1;
}

bool plausible_transliteration(std::string_view written, std::string_view known) {
  if (has_non_latin_letter(written) == has_non_latin_letter(known)) return false;
  if (plausible_misspelling(written, known) || same_name(written, known)) return true;
  const std::vector<std::string> w = name_parts(written), k = name_parts(known);
  if (w.size() != k.size() || w.empty()) return false;
  // Transliteration schemes differ by a couple of letters per part ("Zheenbek"/"Jeenbek").
  for (size_t i = 0; i < w.size(); ++i)
    if (names::edit_distance(w[i], k[i], 2) > 2) return false;
  return true;
}

bool plausible_surname_misspelling(std::string_view written, std::string_view known) {
  const std::string w = surname_of(written), k = surname_of(known);
  if (w.empty() || k.empty() || w == k || w.front() != k.front()) return false;
  const int limit = part_limit(std::max(w.size(), k.size())) > 0 && std::min(w.size(), k.size()) >= 5 ? 1 : 0;
  return limit > 0 && names::edit_distance(w, k, limit) <= limit;
}

}  // namespace readout::analysis
