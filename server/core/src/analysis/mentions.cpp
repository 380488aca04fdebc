// People mentioned in prose and headings: runs of capitalised words, with or without a title
// written just before them ("Secretary of State Antony Blinken", "Foreign Minister
// Tileuberdi", "the Deputy Prime Minister of Kazakhstan, Mukhtar Tleuberdi").
#include <algorithm>

#include "analysis/name_match.hpp"
#include "analysis/prose_words.hpp"
#include "analysis/resolver.hpp"
#include "analysis/titles.hpp"
#include "readout/names.hpp"

namespace readout::analysis {
namespace {

constexpr size_t kLongestName = 8;  // words ("Badr bin Hamad bin Hamood Al Busaidi")

std::string_view slice(const Span& line, uint32_t begin, uint32_t end) {
  return std::string_view(line.text).substr(begin - line.range.begin, end - begin);
}

}  // namespace

void Resolver::resolve_sections(const std::vector<ProseSection>& sections, int meeting) {
  for (const ProseSection& section : sections) {
    if (section.title) scan_line(*section.title, meeting, true);
    for (const Paragraph& paragraph : section.paragraphs)
      for (const ProseLine& line : paragraph.lines) {
        scan_line(line.text, meeting, false);
        for (const HandleRef& ref : line.handle_refs) resolve_handle_ref(ref.handle, meeting, true);
      }
  }
}

void Resolver::scan_line(const Span& line, int meeting, bool heading) {
  const std::vector<Word> words = split_words(line.text, line.range.begin);
  const size_t n = words.size();
  auto text_of = [&](size_t begin, size_t end) {
    return slice(line, words[begin].range.begin, words[end - 1].range.end);
  };
  // A one-word title with no name after it ends a name instead: "Catherine King received".
  auto ends_name = [&](size_t j, size_t title) {
    if (title != 1) return false;
    if (j + 1 >= n || words[j + 1].gap != Word::Gap::Space) return true;
    const std::string& next = words[j + 1].folded;
    return !words[j + 1].capitalised && next != "of" && next != "for" && next != "to";
  };
  // The first word after a sequence of particles starting at `j` (j itself when none).
  auto after_particles = [&](size_t j) {
    size_t k = j;
    while (k < n && k - j < 3 && (k == j || words[k].gap == Word::Gap::Space) &&
           is_name_particle(words[k].folded))
      ++k;
    return k;
  };
  // The end of a run of name words starting at `i`: capitalised words (and particles such as
  // "bin" between them) separated by spaces, ending at a possessive or where a title starts.
  auto name_run_end = [&](size_t i) {
    size_t j = i + 1;
    while (j < n && j - i < kLongestName && !words[j - 1].possessive &&
           words[j].gap == Word::Gap::Space && !words[j].has_digit) {
      if (words[j].capitalised) {
        if (const size_t title = lexicon_.match(words, j); title > 0 && !ends_name(j, title)) break;
        ++j;
      } else if (const size_t k = after_particles(j);
                 k > j && k < n && words[k].capitalised && words[k].gap == Word::Gap::Space) {
        j = k + 1;  // "bin Zayed", "de la Rúa", "van der Bellen"
      } else {
        break;
      }
    }
    return std::min(j, n);
  };
  // A country written as capitalised words from `i` ("Kazakhstan", "the United States"):
  // the number of words, 0 when none.
  auto organization_at = [&](size_t i, const Organization*& org) -> size_t {
    for (size_t length = std::min<size_t>(4, n - i); length >= 1; --length) {
      bool joined = true;
      for (size_t k = i + 1; k < i + length; ++k)
        joined = joined && words[k].gap == Word::Gap::Space;
      for (size_t k = i; k + 1 < i + length; ++k) joined = joined && !words[k].possessive;
      if (!joined || !words[i].capitalised) continue;
      if ((org = ctx_.lookup.find_organization(text_of(i, i + length)))) return length;
    }
    return 0;
  };
  auto record = [&](uint32_t begin, uint32_t end, const Outcome& o,
                    const std::optional<Span>& title, const std::optional<Span>& country,
                    const Organization* org) {
    NameOccurrence occurrence{
        NameOccurrence::Role::ProseMention,
        Span{std::string(slice(line, begin, end)), {begin, end}},
        title,
        meeting,
        o.resolution.target_meeting == meeting ? o.resolution.target_attendee : -1,
        o.person,
        o.match};
    Resolution r = o.resolution;
    r.in_heading = heading;
    if (country) {
      r.country = country;
      r.organization = org;
    }
    add(std::move(occurrence), std::move(r));
  };

  // A name that starts with a word that is also a title: "Amir Peretz", "Sultan bin Abdulaziz".
  // A title is never followed by a particle, and a run that is somebody's whole name is a name.
  auto title_starts_name = [&](size_t i, size_t title) {
    if (title != 1 || i + 1 >= n || words[i + 1].gap != Word::Gap::Space) return false;
    if (!words[i + 1].capitalised) return is_name_particle(words[i + 1].folded);
    const size_t end = name_run_end(i);
    const std::string_view whole = text_of(i, end);
    if (directory_.same_name_attendee(whole, meeting) == nullptr &&
        ctx_.lookup.find_person(whole, false).empty())
      return false;
    // A head's title that a name is also written with, which its bearer held ("King Abdullah
    // II"; "Amir Hamad bin Khalifa", Amir until 2013): the title, to be judged on the date, and
    // the name.
    if (is_head_title(words[i].folded) && names::leading_styles(name_tokens(whole)) > 0)
      for (const NameCandidate& c : ctx_.lookup.find_person(text_of(i + 1, end), false))
        if (holds_title(ctx_, lexicon_, *c.person, text_of(i, i + 1), std::nullopt)) return false;
    return true;
  };

  size_t i = 0;
  while (i < n) {
    if (!words[i].capitalised || words[i].has_digit) {
      ++i;
      continue;
    }
    size_t title_length = lexicon_.match(words, i);
    if (title_length > 0 && title_starts_name(i, title_length)) title_length = 0;
    if (title_length == 0) {
      // An untitled run: the longest tail of it that names somebody known.
      const size_t end = name_run_end(i);
      for (size_t start = i; start < end; ++start) {
        const Outcome o = resolve_written(text_of(start, end), meeting, false, true, std::nullopt);
        if (o.found) {
          record(words[start].range.begin, words[end - 1].range.end, o, std::nullopt, std::nullopt,
                 nullptr);
          break;
        }
      }
      i = end;
      continue;
    }
    // A title, possibly compound ("Deputy Prime Minister and Foreign Minister").
    const size_t title_begin = i;
    size_t j = i + title_length;
    while (j + 1 < n && words[j].folded == "and" && words[j].gap == Word::Gap::Space &&
           words[j + 1].gap == Word::Gap::Space) {
      const size_t more = lexicon_.match(words, j + 1);
      if (more == 0) break;
      j += 1 + more;
    }
    // "of [the] <country>" after the title.
    const Organization* org = nullptr;
    std::optional<Span> country;
    if (j + 1 < n && words[j].folded == "of" && words[j].gap == Word::Gap::Space) {
      size_t k = j + 1;
      if (words[k].folded == "the" && k + 1 < n) ++k;
      if (words[k].gap == Word::Gap::Space)
        if (const size_t length = organization_at(k, org); length > 0) j = k + length;
    }
    const size_t title_end = j;
    // A country just before the title: "Kazakhstan's Deputy Prime Minister", "US Secretary".
    if (!org && title_begin > 0 && words[title_begin].gap == Word::Gap::Space) {
      for (size_t length = std::min<size_t>(3, title_begin); length >= 1; --length) {
        const size_t start = title_begin - length;
        const Organization* before = nullptr;
        if (organization_at(start, before) == length) {
          org = before;
          country = Span{std::string(text_of(start, title_begin)),
                         {words[start].range.begin, words[title_begin - 1].range.end}};
          break;
        }
      }
    }
    // A name may begin with a word the lexicon also knows as a title: "Foreign Minister Prince
    // Faisal bin Farhan" (the run is his name).
    const bool name_follows =
        j < n && (words[j].gap == Word::Gap::Space || words[j].gap == Word::Gap::Comma) &&
        words[j].capitalised && !words[j].has_digit && !words[j - 1].possessive &&
        (lexicon_.match(words, j) == 0 || title_starts_name(j, lexicon_.match(words, j)));
    if (!name_follows) {
      i = std::max(j, i + 1);
      continue;
    }
    const size_t end = name_run_end(j);
    const Organization* run_org = nullptr;
    if (organization_at(j, run_org) == end - j) {  // "Foreign Ministers of Kyrgyzstan, Tajikistan"
      i = end;
      continue;
    }
    // A plural title names no one: "the NATO Foreign Ministers Meeting" (but "Chairman of the
    // Council of Ministers" is one title: a plural after "of" is no plural title).
    if (const std::string& last = words[title_end - 1].folded;
        last.size() > 3 && last.back() == 's' && !lexicon_.known(last) &&
        lexicon_.known(last.substr(0, last.size() - 1)) &&
        !(title_end - title_begin >= 2 && words[title_end - 2].folded == "of")) {
      i = end;
      continue;
    }
    const Span title{std::string(text_of(title_begin, title_end)),
                     {words[title_begin].range.begin, words[title_end - 1].range.end}};
    // The longest head of the run that names somebody; else the whole run, unknown. One word
    // of three or more is no head ("Minh" of "Prime Minister Minh Chonh Pham").
    Outcome chosen;
    size_t chosen_end = end;
    for (size_t stop = end; stop > j && (stop - j >= 2 || end - j <= 2); --stop) {
      Outcome o = resolve_written(text_of(j, stop), meeting, true, true, title);
      const bool known = o.found && o.resolution.status != Resolution::Status::Unknown;
      if (stop == end || known) {
        chosen = std::move(o);
        chosen_end = stop;
      }
      if (known) break;
    }
    // A head whose person's name the whole run is, with a slip ("Prime Minister Kishida
    // Fumeyo"): the whole run is the name, misspelt.
    if (chosen_end < end && chosen.person &&
        fit_to_person(text_of(j, end), *chosen.person).fit == NameFit::Close) {
      chosen = resolve_written(text_of(j, end), meeting, true, true, title);
      chosen_end = end;
    }
    // "of [the] <country>" after the name: "Prime Minister Kishida of Japan".
    if (!org && chosen_end + 1 < n && words[chosen_end].folded == "of" &&
        words[chosen_end].gap == Word::Gap::Space && !words[chosen_end - 1].possessive) {
      size_t k = chosen_end + 1;
      if (words[k].folded == "the" && k + 1 < n) ++k;
      if (const size_t length = words[k].gap == Word::Gap::Space ? organization_at(k, org) : 0;
          length > 0)
        country = Span{std::string(text_of(k, k + length)),
                       {words[k].range.begin, words[k + length - 1].range.end}};
    }
    if (chosen.found)
      record(words[j].range.begin, words[chosen_end - 1].range.end, chosen, title, country, org);
    i = end;
  }
}

}  // namespace readout::analysis
