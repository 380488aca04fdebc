#include "analysis/title_lexicon.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <mutex>
#include <unordered_map>
#include <unordered_set>

#include "registry/image_io.hpp"
#include "registry/registry_index.hpp"

namespace readout::analysis {
namespace {

// Titles common enough in readouts to know without a registry.
constexpr std::array<std::string_view, 51> kGenericTitles = {"president",
                                                             "vice president",
                                                             "vice-president",
                                                             "prime minister",
                                                             "deputy prime minister",
                                                             "first deputy prime minister",
                                                             "minister",
                                                             "deputy minister",
                                                             "foreign minister",
                                                             "deputy foreign minister",
                                                             "minister of foreign affairs",
                                                             "minister for foreign affairs",
                                                             "secretary",
                                                             "secretary of state",
                                                             "deputy secretary of state",
                                                             "under secretary",
                                                             "assistant secretary",
                                                             "secretary-general",
                                                             "secretary general",
                                                             "deputy secretary-general",
                                                             "chancellor",
                                                             "vice chancellor",
                                                             "vice-chancellor",
                                                             "king",
                                                             "queen",
                                                             "crown prince",
                                                             "prince",
                                                             "emir",
                                                             "amir",
                                                             "sultan",
                                                             "sheikh",
                                                             "premier",
                                                             "chairman",
                                                             "chairwoman",
                                                             "chair",
                                                             "deputy chairman",
                                                             "ambassador",
                                                             "special envoy",
                                                             "special representative",
                                                             "envoy",
                                                             "senator",
                                                             "governor",
                                                             "mayor",
                                                             "speaker",
                                                             "defence minister",
                                                             "finance minister",
                                                             "high representative",
                                                             "commissioner",
                                                             "director-general",
                                                             "director general",
                                                             "national security adviser"};

// First words of titles that may follow " and " in a compound title.
constexpr std::array<std::string_view, 12> kTitleHeads = {
    "minister", "deputy", "secretary", "president", "prime", "vice",
    "chairman", "first",  "foreign",   "acting",    "chair", "special"};

// Words that name an office, one of which a title after " and " has.
constexpr std::array<std::string_view, 14> kOffices = {
    "minister",       "secretary",         "president",      "chairman",  "chair",
    "premier",        "chancellor",        "envoy",          "governor",  "commissioner",
    "vice-president", "secretary-general", "representative", "ambassador"};

bool is_title_head(std::string_view folded) {
  return std::find(kTitleHeads.begin(), kTitleHeads.end(), folded) != kTitleHeads.end();
}

std::string fold_join(const std::vector<Word>& words, size_t begin, size_t end) {
  std::string out;
  for (size_t k = begin; k < end; ++k) {
    if (k > begin) out += ' ';
    out += title_spelling(words[k].folded);
  }
  return out;
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

ByteRange moved(ByteRange range, uint32_t by) { return {range.begin + by, range.end + by}; }

bool iequals_prefix(std::string_view text, std::string_view prefix) {
  if (text.size() < prefix.size()) return false;
  for (size_t i = 0; i < prefix.size(); ++i)
    if (std::tolower(static_cast<unsigned char>(text[i])) != prefix[i]) return false;
  return true;
}

}  // namespace

std::string portfolio_before_minister(std::string_view folded_title) {
  static constexpr std::string_view kMinister = " minister";
  if (!folded_title.ends_with(kMinister)) return {};
  const std::string_view before = folded_title.substr(0, folded_title.size() - kMinister.size());
  static constexpr std::array<std::string_view, 21> kNoPortfolio = {
      "prime",        "deputy", "first",   "second",    "third",     "chief",   "senior",
      "junior",       "vice",   "cabinet", "state",     "former",    "federal", "assistant",
      "coordinating", "acting", "interim", "caretaker", "principal", "lead",    "the"};
  const size_t words = 1 + static_cast<size_t>(std::count(before.begin(), before.end(), ' '));
  if (before.empty() || words > 3 || before.find("minister") != std::string_view::npos ||
      before.find(" and ") != std::string_view::npos)
    return {};
  for (std::string_view word : kNoPortfolio)
    if (before == word || before.starts_with(std::string(word) + " ")) return {};
  return std::string(before);
}

std::string_view title_spelling(std::string_view folded_word) {
  return folded_word == "defense" ? std::string_view("defence") : folded_word;
}

const TitleLexicon& TitleLexicon::table() const {
  if (registry_ == nullptr) return *this;
  std::call_once(built_once_, [this] {
    // A separate table: split_title below matches against what is already added.
    auto table = std::unique_ptr<TitleLexicon>(new TitleLexicon());
    image_io::Reader r(registry_->image_section("titles"));
    const auto prefixes = r.array<Prefix>(r.u64());
    if (r.ok() && !prefixes.empty()) {
      table->prefixes_ = prefixes;
    } else {
      table->add_registry_labels(*registry_);
      table->finish();
    }
    built_ = std::move(table);
  });
  return *built_;
}

void TitleLexicon::add_registry_labels(const Registry& registry) {
  const LookupCache lookup(registry);
  // Many posts share labels and roles ("Ambassador", "Minister of Foreign Affairs"): a role is
  // a function of the text alone, and adding a title twice changes nothing.
  std::unordered_map<std::string, std::string> roles;
  std::unordered_set<std::string> added;
  auto add_role_of = [&](const std::string& text) {
    auto it = roles.find(text);
    if (it == roles.end()) {
      const Span span{text, {0, static_cast<uint32_t>(text.size())}};
      it = roles.emplace(text, title_role(span, lookup).role).first;
    }
    if (!added.insert(it->second).second) return;
    add(it->second);
    // "Minister of External Affairs" is also written "External Affairs Minister".
    const std::vector<Word> words = split_words(it->second, 0);
    const std::string folded = fold_join(words, 0, words.size());
    for (std::string_view of : {"minister of ", "minister for "})
      if (folded.starts_with(of) &&
          !portfolio_before_minister(folded.substr(of.size()) + " minister").empty())
        add(folded.substr(of.size()) + " minister");
  };
  for (auto t : kGenericTitles) add(t);
  for (const Post& post : registry.records().posts) {
    std::vector<std::string_view> labels = {post.label};
    for (const auto& l : post.other_labels) labels.push_back(l);
    for (std::string_view label : labels) {
      const Span whole{std::string(label), {0, static_cast<uint32_t>(label.size())}};
      add_role_of(whole.text);
      for (const Span& part : split_title(whole, *this))
        if (!part.text.empty() && part.text.size() < label.size()) add_role_of(part.text);
    }
  }
}

void TitleLexicon::add(std::string_view title) {
  const std::vector<Word> words = split_words(title, 0);
  if (words.empty()) return;
  std::string prefix;
  for (size_t k = 0; k < words.size(); ++k) {
    if (k > 0) prefix += ' ';
    prefix += title_spelling(words[k].folded);
    bool& whole = building_[prefix];
    whole = whole || k + 1 == words.size();
  }
}

void TitleLexicon::finish() {
  owned_prefixes_.reserve(building_.size());
  for (const auto& [prefix, whole] : building_)
    owned_prefixes_.push_back({HashedIndex::hash(prefix), whole ? 1U : 0U});
  std::sort(owned_prefixes_.begin(), owned_prefixes_.end());
  prefixes_ = owned_prefixes_;
  building_ = {};
}

const TitleLexicon::Prefix* TitleLexicon::find_prefix(std::string_view key) const {
  if (!building_.empty()) {  // while add_registry_labels splits labels with what it has so far
    static const Prefix kWhole{0, 1}, kPart{0, 0};
    const auto it = building_.find(std::string(key));
    return it == building_.end() ? nullptr : it->second ? &kWhole : &kPart;
  }
  const uint64_t hash = HashedIndex::hash(key);
  const auto it = std::lower_bound(prefixes_.begin(), prefixes_.end(), Prefix{hash, 0});
  return it != prefixes_.end() && it->hash == hash ? &*it : nullptr;
}

std::string TitleLexicon::image() const {
  const TitleLexicon& built = table();
  image_io::Writer w;
  w.u64(built.prefixes_.size());
  w.array(built.prefixes_);
  return w.take();
}

bool TitleLexicon::known(std::string_view title) const {
  if (registry_ != nullptr) return table().known(title);
  const std::vector<Word> words = split_words(title, 0);
  if (words.empty()) return false;
  const Prefix* prefix = find_prefix(fold_join(words, 0, words.size()));
  return prefix && prefix->whole;
}

size_t TitleLexicon::match(const std::vector<Word>& words, size_t i) const {
  if (i >= words.size() || !words[i].capitalised || words[i].has_digit) return 0;
  if (registry_ != nullptr) return table().match(words, i);
  size_t start = i;
  if (words[i].folded == "acting" && i + 1 < words.size() && words[i + 1].gap == Word::Gap::Space)
    start = i + 1;
  // The longest title among the words' prefixes; a possessive word ends the title it is in,
  // and only counts as its last word when it is not possessive ("the Minister's office").
  std::string key;
  size_t longest = 0;
  for (size_t k = start; k < words.size(); ++k) {
    if (k > start && words[k].gap != Word::Gap::Space) break;
    if (words[k].has_digit) break;
    if (k > start) key += ' ';
    key += title_spelling(words[k].folded);
    const Prefix* prefix = find_prefix(key);
    if (!prefix) break;
    if (prefix->whole && !words[k].possessive) longest = k - start + 1;
    if (words[k].possessive) break;
  }
  return longest == 0 ? 0 : start - i + longest;
}

std::shared_ptr<const TitleLexicon> title_lexicon(const std::shared_ptr<const Registry>& registry) {
  static std::mutex mutex;
  static std::vector<std::pair<std::weak_ptr<const Registry>, std::shared_ptr<const TitleLexicon>>>
      cache;
  std::lock_guard lock(mutex);
  std::erase_if(cache, [](const auto& entry) { return entry.first.expired(); });
  for (const auto& [weak, lexicon] : cache)
    if (weak.lock() == registry) return lexicon;
  auto lexicon = std::make_shared<const TitleLexicon>(*registry);
  cache.emplace_back(registry, lexicon);
  return lexicon;
}

std::vector<Span> split_title(const Span& title, const TitleLexicon& lexicon) {
  std::vector<Span> parts;
  const std::string& text = title.text;
  size_t begin = 0;
  auto push = [&](size_t from, size_t to) {
    std::string_view piece = trim(std::string_view(text).substr(from, to - from));
    if (piece.empty()) return;
    const auto offset = static_cast<uint32_t>(piece.data() - text.data());
    parts.push_back({std::string(piece),
                     {title.range.begin + offset,
                      title.range.begin + offset + static_cast<uint32_t>(piece.size())}});
  };
  for (size_t i = 0; i < text.size(); ++i) {
    size_t skip = 0;
    if (text.compare(i, 5, " and ") == 0)
      skip = 5;
    else if (text.compare(i, 3, " & ") == 0)
      skip = 3;
    else if (text.compare(i, 2, ", ") == 0)
      skip = 2;
    if (skip == 0) continue;
    // Only where a title follows: "Minister of Trade and Industry" is one title, and so is
    // "Minister of Europe and Foreign Affairs" (a title's first word, but no office after it).
    const std::vector<Word> next = split_words(std::string_view(text).substr(i + skip), 0);
    // The words of this part only: up to the next " and ", " & " or ", ".
    std::string_view part = std::string_view(text).substr(i + skip);
    for (std::string_view separator : {" and ", " & ", ", "})
      part = part.substr(0, std::min(part.size(), part.find(separator)));
    const std::vector<Word> part_words = split_words(part, 0);
    const bool office_follows =
        std::any_of(part_words.begin(), part_words.end(), [](const Word& w) {
          return std::find(kOffices.begin(), kOffices.end(), w.folded) != kOffices.end();
        });
    if (next.empty() ||
        !((is_title_head(next.front().folded) && office_follows) || lexicon.match(next, 0) > 0))
      continue;
    push(begin, i);
    begin = i + skip;
    i += skip - 1;
  }
  push(begin, text.size());
  return parts;
}

std::vector<Span> split_title(const Span& title, const TitleLexicon& lexicon,
                              const LookupCache& lookup) {
  auto it = lookup.title_parts.find(title.text);
  if (it == lookup.title_parts.end()) {
    const Span at_zero{title.text, {0, static_cast<uint32_t>(title.text.size())}};
    it = lookup.title_parts.emplace(title.text, split_title(at_zero, lexicon)).first;
  }
  std::vector<Span> parts = it->second;
  for (Span& part : parts) part.range = moved(part.range, title.range.begin);
  return parts;
}

namespace {

TitleRole read_title_role(const Span& part, const LookupCache& lookup) {
  TitleRole out;
  std::string_view text = trim(part.text);
  uint32_t offset = part.range.begin + static_cast<uint32_t>(text.data() - part.text.data());
  auto drop_prefix = [&](size_t n) {
    text.remove_prefix(n);
    offset += static_cast<uint32_t>(n);
  };
  if (iequals_prefix(text, "the ")) drop_prefix(4);
  if (iequals_prefix(text, "acting ")) {
    out.acting = true;
    drop_prefix(7);
  }
  // A leading country: "Kazakhstan's Foreign Minister", "US Secretary of State".
  const std::vector<Word> words = split_words(text, 0);
  for (size_t n = std::min<size_t>(3, words.size() - (words.empty() ? 0 : 1));
       n >= 1 && !words.empty(); --n) {
    const Word& last = words[n - 1];
    if (n < words.size() && words[n].gap != Word::Gap::Space) continue;
    const std::string_view name = text.substr(0, last.range.end);
    if (const Organization* org = lookup.find_organization(name)) {
      out.organization = org;
      out.country = Span{std::string(name), {offset, offset + last.range.end}};
      drop_prefix(words[n].range.begin);
      break;
    }
  }
  // A trailing "of [the] <country>": the leftmost " of " whose tail names an organization.
  for (size_t at = text.find(" of "); at != std::string_view::npos && !out.organization;
       at = text.find(" of ", at + 1)) {
    std::string_view tail = text.substr(at + 4);
    uint32_t tail_offset = offset + static_cast<uint32_t>(at + 4);
    if (iequals_prefix(tail, "the ")) {
      tail.remove_prefix(4);
      tail_offset += 4;
    }
    if (const Organization* org = lookup.find_organization(tail)) {
      out.organization = org;
      out.country =
          Span{std::string(tail), {tail_offset, tail_offset + static_cast<uint32_t>(tail.size())}};
      text = text.substr(0, at);
    }
  }
  out.role = std::string(trim(text));
  return out;
}

}  // namespace

TitleRole title_role(const Span& part, const LookupCache& lookup) {
  auto it = lookup.title_roles.find(part.text);
  if (it == lookup.title_roles.end()) {
    const Span at_zero{part.text, {0, static_cast<uint32_t>(part.text.size())}};
    it = lookup.title_roles.emplace(part.text, read_title_role(at_zero, lookup)).first;
  }
  TitleRole out = it->second;
  if (out.country) out.country->range = moved(out.country->range, part.range.begin);
  return out;
}

}  // namespace readout::analysis
