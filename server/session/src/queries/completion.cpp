// Completion: people (registry and the report's attendees) ranked by the meeting's date and
// country, matched by prefix, by any part of the name or fuzzily across transliterations;
// titles for the person at hand; countries; attendee handles; meeting kinds.
#include <algorithm>
#include <set>

#include "readout/names.hpp"
#include "readout/post_description.hpp"
#include "readout/session/queries.hpp"

namespace readout::session {
namespace {

enum class Section { Header, Attendees, Commitments, Prose };

std::string lower(std::string_view s) {
  std::string out(s);
  for (auto& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

std::string_view trim_left(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  return s;
}

std::string_view trim(std::string_view s) {
  s = trim_left(s);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

// The list or section the line belongs to: the nearest heading above it decides.
Section section_of(const std::string& text, const LineIndex& lines, uint32_t line) {
  while (line-- > 0) {
    std::string_view l = lines.line_text(text, line);
    if (l.starts_with("### ")) {
      std::string heading = lower(trim(l.substr(4)));
      if (heading.starts_with("attendees") || heading.starts_with("participants"))
        return Section::Attendees;
      if (heading.starts_with("commitments")) return Section::Commitments;
      return Section::Prose;
    }
    if (l.starts_with("## ") || l.starts_with("# ")) return Section::Header;
  }
  return Section::Header;
}

bool word_byte(unsigned char c) { return std::isalnum(c) || c == '-' || c == '\'' || c >= 0x80; }

// An attendee name of the analysis at hand, with this text's offsets when known.
struct AttendeeName {
  const NameOccurrence* name;
  std::optional<ByteRange> range;  // none: the analysis' text cannot be mapped to this one
};

struct Completion {
  const CompletionInput& input;
  const Registry& registry;
  const CompletionOptions& options;
  std::optional<PartialDate> date;
  std::optional<Meeting> current;           // the meeting at the cursor, read from the syntax
  std::set<const Organization*> countries;  // the meeting's place and attendees' countries
  Completions out;

  const Meeting* meeting_ptr() const { return current ? &*current : nullptr; }
  bool in_meeting(const std::optional<ByteRange>& range) const {
    return current && range && range->begin >= current->range.begin &&
           range->end <= current->range.end;
  }

  void add(CompletionItem item, int score, const std::string& new_text) {
    item.score = score;
    item.new_text = new_text;
    out.items.push_back(std::move(item));
  }
};

// How well a typed query matches one spelling, given by its names::key (its tokens joined by
// spaces): prefix of the whole name, prefix of any part, or a part within a small edit distance
// (typos, other transliterations). 0: no match.
int match_score(const std::string& query_key, const std::vector<std::string>& query_tokens,
                std::string_view key) {
  if (query_key.empty()) return 10;
  if (key.starts_with(query_key)) return 100;
  std::vector<std::string_view> tokens;
  for (size_t start = 0; start < key.size();) {
    const size_t end = std::min(key.find(' ', start), key.size());
    if (end > start) tokens.push_back(key.substr(start, end - start));
    start = end + 1;
  }
  bool all_prefix = true, all_close = true;
  for (const auto& q : query_tokens) {
    bool prefix = false, close = false;
    for (const std::string_view t : tokens) {
      if (t.starts_with(q)) prefix = true;
      int limit = q.size() >= 6 ? 2 : q.size() >= 3 ? 1 : 0;
      if (limit > 0 &&
          names::edit_distance(q, t.substr(0, std::min(t.size(), q.size() + 1)), limit) <= limit)
        close = true;
      if (limit > 0 && names::edit_distance(q, t.substr(0, q.size()), limit) <= limit) close = true;
    }
    all_prefix = all_prefix && prefix;
    all_close = all_close && (close || prefix);
  }
  if (all_prefix) return 80;
  if (all_close) return 50;
  return 0;
}

const Organization* country_of_place(const Registry& registry, std::string_view place) {
  size_t comma = place.rfind(',');
  std::string_view last = trim(comma == std::string_view::npos ? place : place.substr(comma + 1));
  return registry.find_organization(last);
}

void complete_people(Completion& c, std::string_view query, bool with_titles, uint32_t cursor) {
  std::string query_key = names::key(query);
  std::vector<std::string> query_tokens = names::tokens(query);
  if (query_tokens.empty()) return;
  std::set<const Person*> candidates;
  // The whole query first ("Gavin H": the list's whole names), then its last word: the list of
  // a short last word ("h") is cut at 100 people long before it reaches those named Gavin.
  for (const Person* p : c.registry.complete_person(query, 100)) candidates.insert(p);
  for (const Person* p : c.registry.complete_person(query_tokens.back(), 100)) candidates.insert(p);
  for (const auto& cand : c.registry.find_person(query, true, 10)) candidates.insert(cand.person);
  std::set<const Person*> in_meeting, in_report;
  std::vector<AttendeeName> unresolved;
  std::vector<NameOccurrence> attendees;
  std::optional<SyntaxTree::EditRegion> edited;  // since the analysis' text
  bool same_text = false;
  if (const AnalysisResult* analysis = c.input.analysis) {
    attendees = analysis->attendee_names();
    same_text = analysis->syntax.get() == &c.input.syntax;
    if (analysis->syntax && !same_text) edited = c.input.syntax.edited_since(*analysis->syntax);
  }
  for (const auto& o : attendees) {
    // Where the name is now: moved past the edit, or unknown (then neither in the meeting nor
    // offered unresolved, since it may be the name being typed).
    std::optional<ByteRange> range;
    if (same_text) {
      range = o.written.range;
    } else if (edited) {
      // A name that touches the edit (typed at its end, say) is rewritten by it.
      const ByteRange then = o.written.range;
      if (then.end < edited->begin) {
        range = then;
      } else if (then.begin > edited->old_end) {
        const int64_t delta = static_cast<int64_t>(edited->new_end) - edited->old_end;
        range = ByteRange{static_cast<uint32_t>(then.begin + delta),
                          static_cast<uint32_t>(then.end + delta)};
      } else {
        continue;  // rewritten by the edit: what the syntax holds now is another name
      }
    }
    if (o.person) {
      candidates.insert(o.person);
      in_report.insert(o.person);
      if (c.in_meeting(range)) in_meeting.insert(o.person);
    } else if (range && (range->begin > cursor || range->end < cursor)) {
      unresolved.push_back({&o, range});  // not the name being typed
    }
  }
  for (const Person* person : candidates) {
    if (!person) continue;
    // The registry's keys where it has them: a name in another script would otherwise be
    // transliterated here, and the first completion build ICU's transliterators (0.1 s).
    auto key_of = [](const RecordString& name, const RecordString& key) {
      return key.empty() ? names::key(name) : key.str();
    };
    int best = match_score(query_key, query_tokens, key_of(person->name, person->key));
    std::string matched = person->name.str();
    for (const auto& other : person->other_names) {
      int s = match_score(query_key, query_tokens, key_of(other.name, other.key)) - 5;
      if (s > best) best = s, matched = other.name;
    }
    if (best <= 0) continue;
    int score = best;
    if (in_meeting.contains(person))
      score += 30;
    else if (in_report.contains(person))
      score += 15;
    std::vector<HeldPost> on_date;
    if (c.date) on_date = c.registry.posts_on(*person, *c.date);
    if (!on_date.empty()) score += 20;
    for (const auto& held : on_date)
      if (c.countries.contains(held.organization)) score += 10;
    std::string detail;
    std::string new_text = person->name.str();
    if (!on_date.empty()) {
      std::string title = combined_title(on_date);
      std::string org =
          on_date.front().organization ? on_date.front().organization->name.str() : "";
      detail = title + (org.empty() ? "" : ", " + org);
      if (with_titles && c.options.insert_titles)
        new_text += " | " + title + (org.empty() ? "" : " | " + org);
    } else if (c.date) {
      detail = "no known post on " + c.date->to_string();
    }
    CompletionItem item{person->name.str(),
                        CompletionKind::Person,
                        detail,
                        matched == person->name ? person->name.str() : matched + " " + person->name,
                        person_card(c.registry, *person, c.date),
                        "",
                        0};
    c.add(std::move(item), score, new_text);
  }
  std::set<std::string> seen;
  for (const AttendeeName& a : unresolved) {
    const NameOccurrence* o = a.name;
    if (!seen.insert(o->written.text).second) continue;
    int score = match_score(query_key, query_tokens, names::key(o->written.text));
    if (score <= 0) continue;
    c.add(
        {o->written.text, CompletionKind::Person, "attendee (not in the registry)", {}, {}, "", 0},
        score + (c.in_meeting(a.range) ? 30 : 15), o->written.text);
  }
}

void complete_titles(Completion& c, std::string_view name, std::string_view query) {
  std::string q = lower(trim(query));
  const Person* person = nullptr;
  auto found = c.registry.find_person(trim(name), true, 1);
  if (!found.empty()) person = found.front().person;
  std::set<std::string> seen;
  auto offer = [&](std::string_view title, const std::string& detail, int score) {
    if (title.empty() || !seen.emplace(title).second) return;
    if (!q.empty() && lower(title).find(q) == std::string::npos) return;
    c.add({std::string(title), CompletionKind::Title, detail, {}, {}, "", 0}, score,
          std::string(title));
  };
  if (person) {
    if (c.date) {
      auto on_date = c.registry.posts_on(*person, *c.date);
      offer(combined_title(on_date), "held on " + c.date->to_string(), 110);
      for (const auto& held : on_date)
        offer(held_title(held), "held on " + c.date->to_string(), 100);
    }
    for (const auto& held : c.registry.posts_of(*person)) {
      offer(held_title(held), describe_term(*held.membership), 50);
      if (held.post)
        for (const auto& other : held.post->other_labels)
          offer(other, describe_term(*held.membership), 40);
    }
  } else {
    for (const auto& post : c.registry.records().posts) offer(post.label, "", 10);
  }
}

void complete_countries(Completion& c, std::string_view name, std::string_view query) {
  std::string q = lower(trim(query));
  std::set<const Organization*> preferred;
  auto found = c.registry.find_person(trim(name), true, 1);
  if (!found.empty() && c.date)
    for (const auto& held : c.registry.posts_on(*found.front().person, *c.date))
      preferred.insert(held.organization);
  for (const auto& org : c.registry.records().organizations) {
    bool match = q.empty() || lower(org.name).starts_with(q);
    for (const auto& other : org.other_names) match = match || lower(other.name).starts_with(q);
    if (!match) continue;
    int score = preferred.contains(&org) ? 100 : c.countries.contains(&org) ? 50 : 10;
    c.add({org.name.str(), CompletionKind::Country, org.classification.str(), {}, {}, "", 0}, score,
          org.name.str());
  }
}

void complete_handles(Completion& c, bool with_at) {
  const Meeting* m = c.meeting_ptr();
  if (!m) return;
  for (const auto& a : m->attendees) {
    if (!a.handle) continue;
    std::string label = "@" + a.handle->text;
    c.add({label, CompletionKind::Handle, a.name.text, label, {}, "", 0}, 100,
          with_at ? label : a.handle->text);
  }
}

}  // namespace

Completions completion(const AnalysisResult& analysis, uint32_t offset,
                       const CompletionOptions& options) {
  return completion(CompletionInput{*analysis.syntax, *analysis.registry, &analysis}, offset,
                    options);
}

Completions completion(const CompletionInput& input, uint32_t offset,
                       const CompletionOptions& options) {
  const std::string& text = input.syntax.text();
  const LineIndex& lines = input.syntax.lines();
  uint32_t line = lines.position(offset).line;
  uint32_t line_start = lines.line_start(line);
  std::string_view before = std::string_view(text).substr(line_start, offset - line_start);

  ModelAt at = model_at(input.syntax, offset);
  std::optional<PartialDate> date;
  if (at.meeting && at.meeting->date && at.meeting->date->valid())
    date = at.meeting->date->start;
  else if (at.dateline && at.dateline->valid())
    date = at.dateline->start;
  Completion c{input, input.registry, options, date, std::move(at.meeting), {}, {}};
  if (const Meeting* m = c.meeting_ptr()) {
    if (m->place)
      if (const Organization* o = country_of_place(c.registry, m->place->text))
        c.countries.insert(o);
    for (const auto& a : m->attendees)
      if (a.organization)
        if (const Organization* o = c.registry.find_organization(a.organization->text))
          c.countries.insert(o);
  }
  auto replace_from = [&](size_t start_in_line) {
    c.out.replace = {line_start + static_cast<uint32_t>(start_in_line), offset};
  };
  auto segment_start = [&](size_t from) {
    size_t s = from;
    while (s < before.size() && before[s] == ' ') ++s;
    return s;
  };

  Section section = section_of(text, lines, line);
  bool list_item = before.starts_with("- ");
  if (section == Section::Attendees && list_item) {
    size_t first_pipe = before.find('|');
    size_t last_pipe = before.rfind('|');
    size_t pipes = std::count(before.begin(), before.end(), '|');
    size_t name_from = 2;
    if (before.size() > 2 && before[2] == '@') {
      size_t colon = before.find(':');
      if (colon == std::string_view::npos) {
        c.out.incomplete = false;
        return c.out;
      }
      name_from = colon + 1;
    }
    std::string_view name =
        before.substr(name_from, std::min(first_pipe, before.size()) - name_from);
    if (pipes == 0) {
      size_t start = segment_start(name_from);
      replace_from(start);
      std::string_view rest = lines.line_text(text, line).substr(before.size());
      complete_people(c, before.substr(start), trim(rest).empty(), offset);
    } else if (pipes <= 2 && before.find('[') == std::string_view::npos) {
      size_t start = segment_start(last_pipe + 1);
      replace_from(start);
      if (pipes == 1)
        complete_titles(c, name, before.substr(start));
      else
        complete_countries(c, name, before.substr(start));
    }
  } else if (section == Section::Commitments && list_item &&
             before.find(':') == std::string_view::npos) {
    size_t comma = before.rfind(',');
    size_t start = segment_start(comma == std::string_view::npos ? 2 : comma + 1);
    replace_from(start);
    std::string_view query = before.substr(start);
    complete_handles(c, true);
    if (!query.starts_with("@")) {
      complete_countries(c, "", query);
      c.add({"all", CompletionKind::Keyword, "every attendee", {}, {}, "", 0}, 60, "all");
    }
  } else if (section == Section::Header && lower(before).starts_with("kind:")) {
    replace_from(segment_start(5));
    for (const char* kind : {"bilateral", "multilateral", "summit", "call", "visit", "conference"})
      c.add({kind, CompletionKind::MeetingKind, {}, {}, {}, "", 0}, 10, kind);
  } else {
    size_t start = before.size();
    while (start > 0 && word_byte(static_cast<unsigned char>(before[start - 1]))) --start;
    if (start > 0 && before[start - 1] == '@') {
      replace_from(start - 1);
      complete_handles(c, true);
    } else if (start < before.size()) {
      replace_from(start);
      complete_people(c, before.substr(start), false, offset);
    }
  }
  return c.out;
}

}  // namespace readout::session
