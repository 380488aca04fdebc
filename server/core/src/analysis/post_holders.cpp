#include "analysis/post_holders.hpp"

#include <algorithm>
#include <limits>
#include <map>

#include "analysis/directory.hpp"
#include "analysis/name_match.hpp"
#include "analysis/titles.hpp"
#include "readout/names.hpp"
#include "readout/post_description.hpp"

namespace readout::analysis {
namespace {

constexpr long kOpen = std::numeric_limits<long>::max();

// A post's terms, and whether the registry has it held by one person at a time: terms of two
// people that certainly overlap by more than the day of a handover mean a post with several
// holders (co-princes, a collective presidency, deputy prime ministers) or a term the data
// never closed; either way the registry cannot say who the one holder was.
const LookupCache::PostTerms& terms_of(const LookupCache& lookup, const Post& post) {
  if (auto it = lookup.post_terms.find(&post); it != lookup.post_terms.end()) return it->second;
  LookupCache::PostTerms out;
  out.terms = lookup.registry().terms_of(post);
  out.may_cover.reserve(out.terms.size());
  for (const Membership* term : out.terms)
    out.may_cover.push_back(
        {term->start_date ? term->start_date->earliest_day() : std::numeric_limits<long>::min(),
         term->end_date ? term->end_date->latest_day() : kOpen});
  long latest_end = std::numeric_limits<long>::min();
  const RecordString* latest_holder = nullptr;
  for (const Membership* term : out.terms) {
    if (!term->start_date && !term->end_date) continue;  // a term of unknown dates says nothing
    const long start =
        term->start_date ? term->start_date->latest_day() : std::numeric_limits<long>::min();
    if (latest_holder && *latest_holder != term->person_id && latest_end > start + 1)
      out.one_at_a_time = false;
    const long end = term->end_date ? term->end_date->earliest_day() : kOpen;
    if (end >= latest_end) {
      latest_end = end;
      latest_holder = &term->person_id;
    }
  }
  return lookup.post_terms.emplace(&post, std::move(out)).first->second;
}

// Whether a term surely covers the day, as far as its source knows.
bool term_known_on(const Registry& registry, const Membership& term, const PartialDate& date) {
  if (!term.span().surely_covers(date)) return false;
  // A term without an end is known to run only as far as its source looks.
  return term.end_date || date.latest_day() <= registry.known_until(term);
}

// What the registry says about one title part on the date.
struct PartOnDate {
  Span part;
  std::vector<const Person*> possible;  // terms that may cover the day (lenient at their edges)
  std::vector<const Person*> certain;   // terms that certainly cover it
  HeldPost post;                        // a post with a certain holder, for messages
  HeldPost possible_post;               // a post with a possible holder, for messages
  bool decidable = false;               // every post one at a time, and a certain holder
};

void add_once(std::vector<const Person*>& list, const Person* person) {
  if (person && std::find(list.begin(), list.end(), person) == list.end()) list.push_back(person);
}

PartOnDate judge_part(const Context& ctx, const TitleLexicon& lexicon, const Span& part,
                      const std::string& role, const Organization& org, const PartialDate& date) {
  PartOnDate out{part, {}, {}, {}, {}, false};
  const std::vector<const Post*>& posts = posts_titled(ctx.lookup, lexicon, org, role);
  bool one_at_a_time = !posts.empty();
  const DayNumbers days(date);
  for (const Post* post : posts) {
    const LookupCache::PostTerms& terms = terms_of(ctx.lookup, *post);
    one_at_a_time = one_at_a_time && terms.one_at_a_time;
    for (size_t t = 0; t < terms.terms.size(); ++t) {
      if (!terms.may_cover[t].covers(days)) continue;
      const Membership* term = terms.terms[t];
      const Person* holder = ctx.registry.person(term->person_id);
      add_once(out.possible, holder);
      if (!out.possible_post.membership) out.possible_post = {term, post, &org};
      if (!holder || !term_known_on(ctx.registry, *term, date)) continue;
      if (!out.post.membership) out.post = {term, post, &org};
      add_once(out.certain, holder);
    }
  }
  out.decidable = one_at_a_time && !out.certain.empty();
  return out;
}

// The holder's spelling as the name was written: family name first when it was.
std::string suggestion_for(std::string_view written, std::string_view spelling) {
  const std::vector<std::string> w = name_parts(written), k = name_parts(spelling);
  const size_t space = spelling.find(' ');
  if (w.size() == 2 && k.size() == 2 && spelling.find(' ', space + 1) == std::string_view::npos &&
      w[0] != k[0] && (w[0] == k[1] || w[1] == k[0])) {
    std::string reversed(spelling.substr(space + 1));
    reversed += ' ';
    reversed += spelling.substr(0, space);
    return reversed;
  }
  return spelling_like(written, spelling);
}

struct Fit {
  const Person* person = nullptr;
  NameFit fit = NameFit::None;
  std::string spelling;
  bool ambiguous = false;  // another holder fits as well
};

Fit best_fit(std::string_view written, const std::vector<PartOnDate>& parts) {
  Fit best;
  for (const PartOnDate& part : parts)
    for (const Person* holder : part.possible) {
      PersonFit fit = fit_to_person(written, *holder);
      if (fit_strength(fit.fit) == 0 || fit_strength(fit.fit) < fit_strength(best.fit) ||
          best.person == holder)
        continue;
      if (fit_strength(fit.fit) == fit_strength(best.fit)) {
        best.ambiguous = true;
        continue;
      }
      best = {holder, fit.fit, std::move(fit.spelling), false};
    }
  return best;
}

// Whether the written name and one of the person's spellings share a name part of four
// letters or more (particles such as "bin" and "al" are shorter or not names).
bool shares_a_name_part(std::string_view written, const Person& person) {
  const std::vector<std::string> w = name_parts(written);
  auto shares = [&](std::string_view spelling) {
    for (const std::string& part : name_parts(spelling))
      if (part.size() >= 4 && std::find(w.begin(), w.end(), part) != w.end()) return true;
    return false;
  };
  if (shares(person.name)) return true;
  return std::any_of(person.other_names.begin(), person.other_names.end(),
                     [&](const OtherName& other) { return shares(other.name); });
}

// Whether the meeting of a titled name has a day (a year or a month is no date on which one
// person held a post) and the name is not written as acting (acting holders are often missing
// from the registry): who held the post then can be asked.
bool judged_on_a_day(const Context& ctx, const NameOccurrence& occurrence) {
  const std::optional<PartialDate> date = ctx.date_of_meeting(occurrence.meeting);
  if (!date || date->precision != DatePrecision::Day) return false;
  if (occurrence.role == NameOccurrence::Role::AttendeeName)
    if (const Attendee* a = ctx.attendee(occurrence.meeting, occurrence.attendee); a && a->acting)
      return false;
  return !occurrence.title || !title_role(*occurrence.title, ctx.lookup).acting;
}

// Whether `person` held a post that one part of `title` names on the day (lenient at a
// term's edges), in the country written with it if any.
bool held_part_of_title(const Context& ctx, const TitleLexicon& lexicon, const Person& person,
                        const Span& title, const Organization* stated, const PartialDate& date) {
  for (const Span& part : split_title(title, lexicon, ctx.lookup)) {
    const TitleRole role = title_role(part, ctx.lookup);
    if (role.role.empty() || names::is_honorific(role.role)) continue;
    const Organization* org = role.organization ? role.organization : stated;
    for (const HeldPost& held : posts_with_role(ctx.lookup, lexicon, person, role.role))
      if (held.membership && held.membership->span().may_cover(date) &&
          (!org || organization_of(ctx.registry, held) == org))
        return true;
  }
  return false;
}

// The word of a spelling that is its family name ("Austin" of "Lloyd J. Austin III").
std::string family_name_as_written(std::string_view spelling) {
  const std::string family = surname_of(spelling);
  for (size_t start = 0; start < spelling.size();) {
    size_t end = spelling.find(' ', start);
    if (end == std::string_view::npos) end = spelling.size();
    const std::string_view word = spelling.substr(start, end - start);
    // "el-Sisi" is one word of the spelling and two tokens.
    const std::vector<std::string>& tokens = name_tokens(word);
    if (!tokens.empty() && tokens.back() == family) return std::string(word);
    start = end + 1;
  }
  return family;
}

// Everyone who held, on the day, a post that one part of `title` names: in the country
// written with the title, else in any (lenient at a term's edges).
std::vector<const Person*> holders_of_title(const Context& ctx, const TitleLexicon& lexicon,
                                            const Span& title, const Organization* stated,
                                            const PartialDate& date) {
  std::vector<const Person*> out;
  for (const Span& part : split_title(title, lexicon, ctx.lookup)) {
    const TitleRole role = title_role(part, ctx.lookup);
    if (role.role.empty() || names::is_honorific(role.role)) continue;
    const Organization* org = role.organization ? role.organization : stated;
    // Memoised: a report names the same titles on the same days many times.
    const std::string key =
        role.role + '\x1f' + (org ? org->id : std::string()) + '\x1f' + date.to_string();
    auto it = ctx.lookup.title_holders.find(key);
    if (it == ctx.lookup.title_holders.end()) {
      std::vector<const Person*> holders;
      const DayNumbers days(date);
      auto collect = [&](const std::vector<const Post*>& posts) {
        for (const Post* post : posts) {
          const LookupCache::PostTerms& terms = terms_of(ctx.lookup, *post);
          for (size_t t = 0; t < terms.terms.size(); ++t)
            if (terms.may_cover[t].covers(days))
              add_once(holders, ctx.registry.person(terms.terms[t]->person_id));
        }
      };
      if (org) {
        collect(posts_titled(ctx.lookup, lexicon, *org, role.role));
      } else {
        collect(lexicon.posts_everywhere(role.role, [&] {
          std::vector<const Post*> all;
          for (const Organization& o : ctx.registry.records().organizations) {
            const auto& posts = posts_titled(ctx.lookup, lexicon, o, role.role);
            all.insert(all.end(), posts.begin(), posts.end());
          }
          return all;
        }));
      }
      it = ctx.lookup.title_holders.emplace(key, std::move(holders)).first;
    }
    for (const Person* p : it->second) add_once(out, p);
  }
  return out;
}

// A person's name and other names.
std::vector<std::string_view> spellings_of(const Person& person) {
  std::vector<std::string_view> out{person.name};
  for (const OtherName& other : person.other_names) out.push_back(other.name);
  return out;
}

// A name nobody has that is one person's name as people write it, or with a slip, when that
// person held the title written with it on the day, or served the country of the attendee
// line it is on ("Foreign
// Minister Chutn Eui-yong", "President Bisin" in 2021): that person misspelt. The title and the
// date make a looser match safe than the one for any name (plausible_misspelling): two slips in a
// short name.
void settle_by_title(Context& ctx, const TitleLexicon& lexicon, size_t i) {
  const NameOccurrence& occurrence = ctx.names[i];
  Resolution& resolution = ctx.resolutions[i];
  const std::optional<PartialDate> date = ctx.date_of_meeting(occurrence.meeting);
  if (!occurrence.title || !judged_on_a_day(ctx, occurrence)) return;
  const std::string& written = occurrence.written.text;
  const Organization* stated = resolution.organization;
  if (occurrence.role == NameOccurrence::Role::AttendeeName)
    if (const Attendee* a = ctx.attendee(occurrence.meeting, occurrence.attendee);
        a && a->organization)
      stated = ctx.lookup.find_organization(a->organization->text);
  const Person* found = nullptr;
  std::string spelling;
  auto take = [&](const Person* person, std::string person_spelling) {
    if (found && found != person) return false;  // two people: no telling which
    found = person;
    spelling = std::move(person_spelling);
    return true;
  };
  if (name_parts(written).size() == 1) {
    // A family name alone: the holders of the title then, one of whose family names it is
    // with a slip.
    for (const Person* holder : holders_of_title(ctx, lexicon, *occurrence.title, stated, *date)) {
      if (!holder) continue;
      for (std::string_view s : spellings_of(*holder))
        if (surname_slip_of(written, s)) {
          if (!take(holder, family_name_as_written(s))) return;
          break;
        }
    }
  } else {
    // People with a similar name who held the title then, or (an attendee line's country) who
    // served that country, and holders of the title then whose name this is in another order
    // with a slip ("Prime Minister Sen Huf").
    auto served = [&](const Person& person) {
      if (!stated || occurrence.role != NameOccurrence::Role::AttendeeName) return false;
      const auto& posts = ctx.lookup.posts_of(person);
      return std::any_of(posts.begin(), posts.end(), [&](const HeldPost& h) {
        return organization_of(ctx.registry, h) == stated;
      });
    };
    // The title held anywhere will do for the name as people write it (a wrong country is
    // then judged); a slip needs the title held in the country written, or that country served.
    std::vector<const Person*> candidates, in_country;
    auto consider = [&](const Person* person) {
      const bool here =
          held_part_of_title(ctx, lexicon, *person, *occurrence.title, stated, *date) ||
          served(*person);
      if (here) add_once(in_country, person);
      if (here || held_part_of_title(ctx, lexicon, *person, *occurrence.title, nullptr, *date))
        add_once(candidates, person);
    };
    for (const NameCandidate& c : ctx.lookup.find_person(written, true)) consider(c.person);
    // Names the search does not reach: a part left out ("Mohammed al-Sudani" for Mohammed
    // Shia' al-Sudani).
    for (const Person* person : ctx.lookup.find_by_surname(surname_of(written))) consider(person);
    const std::vector<const Person*> holders =
        holders_of_title(ctx, lexicon, *occurrence.title, stated, *date);
    // Or one more, a dynasty after the family name ("Mohammed bin Salman Al Saud" for
    // Mohammed bin Salman): only a name the written one begins with, as written, of somebody
    // of the country written, since any part's namesakes are many.
    std::vector<const Person*> by_other_parts;
    const std::vector<std::string> parts = name_parts(written);
    for (size_t p = 0; p + 1 < parts.size(); ++p)
      for (const Person* person : ctx.lookup.find_by_surname(parts[p]))
        if (std::find(candidates.begin(), candidates.end(), person) == candidates.end() &&
            std::find(holders.begin(), holders.end(), person) == holders.end()) {
          consider(person);
          if (std::find(candidates.begin(), candidates.end(), person) != candidates.end())
            add_once(by_other_parts, person);
        }
    for (const Person* holder : holders) {
      add_once(candidates, holder);
      add_once(in_country, holder);
    }
    // The one person whose name it is as people write it, else the one it is with a slip.
    const Person* as_written = nullptr;
    bool several_as_written = false;
    NameFit as_written_fit = NameFit::None;
    bool ambiguous = false;
    for (const Person* person : candidates) {
      PersonFit fit = fit_to_person(written, *person);
      const bool other_parts =
          std::find(by_other_parts.begin(), by_other_parts.end(), person) != by_other_parts.end();
      if (other_parts &&
          (!begins_with_parts(parts, name_parts(fit.spelling)) ||
           std::find(in_country.begin(), in_country.end(), person) == in_country.end()))
        continue;
      if (fit.fit == NameFit::Same || fit.fit == NameFit::Romanised) {
        several_as_written = several_as_written || (as_written && as_written != person);
        as_written = person;
        as_written_fit = fit.fit;
      } else if (fit.fit == NameFit::Close && !other_parts &&
                 std::find(in_country.begin(), in_country.end(), person) != in_country.end() &&
                 !take(person, suggestion_for(written, fit.spelling))) {
        found = nullptr;
        ambiguous = true;
        break;
      }
    }
    if (as_written && !several_as_written) {
      resolution.status = Resolution::Status::Resolved;
      ctx.names[i].person = as_written;
      ctx.names[i].match =
          as_written_fit == NameFit::Same ? NameMatchKind::Exact : NameMatchKind::OtherName;
      resolution.suggestion.clear();
      resolution.nearest.clear();
      return;
    }
    if (as_written) return;  // several people: no telling which
    // Two slips in a part of four letters or more of the name of the one holder of the title
    // in the country written ("Edi Rona | Prime Minister | Albania").
    if (!found && !ambiguous && stated && holders.size() == 1 && holders.front()) {
      const Person* holder = holders.front();
      for (std::string_view s : spellings_of(*holder))
        if (holder_slip_of(written, s)) {
          take(holder, suggestion_for(written, std::string(s)));
          break;
        }
    }
  }
  if (!found) return;
  resolution.status = Resolution::Status::Misspelled;
  ctx.names[i].person = found;
  ctx.names[i].match = NameMatchKind::Fuzzy;
  resolution.suggestion = std::move(spelling);
  resolution.suggestion_unambiguous = true;
  resolution.suggestion_source = "the registry";
  resolution.nearest.clear();
}

void check_post_holder(Context& ctx, const TitleLexicon& lexicon, size_t i) {
  NameOccurrence& occurrence = ctx.names[i];
  Resolution& resolution = ctx.resolutions[i];
  const bool attendee_line = occurrence.role == NameOccurrence::Role::AttendeeName;
  if (!attendee_line &&
      !(occurrence.role == NameOccurrence::Role::ProseMention && resolution.titled))
    return;
  if (!occurrence.title || occurrence.title->text.empty()) return;
  using Status = Resolution::Status;
  if (resolution.status != Status::Resolved && resolution.status != Status::Misspelled &&
      resolution.status != Status::Unknown)
    return;
  if (!judged_on_a_day(ctx, occurrence)) return;
  const std::optional<PartialDate> date = ctx.date_of_meeting(occurrence.meeting);
  const Attendee* attendee =
      attendee_line ? ctx.attendee(occurrence.meeting, occurrence.attendee) : nullptr;
  const Organization* written_org = resolution.organization;
  if (attendee && attendee->organization)
    written_org = ctx.lookup.find_organization(attendee->organization->text);

  std::vector<Span> spans = split_title(*occurrence.title, lexicon, ctx.lookup);
  std::vector<TitleRole> roles;
  for (const Span& span : spans) roles.push_back(title_role(span, ctx.lookup));
  if (std::any_of(roles.begin(), roles.end(), [](const TitleRole& r) { return r.acting; })) return;
  const Organization* inherited = written_org;
  if (!roles.empty() && roles.back().organization)
    inherited = roles.back().organization;
  else if (!roles.empty() && roles.front().organization)
    inherited = roles.front().organization;
  std::vector<PartOnDate> parts;
  for (size_t p = 0; p < spans.size(); ++p) {
    const Organization* org = roles[p].organization ? roles[p].organization : inherited;
    if (!org || roles[p].role.empty() || names::is_honorific(roles[p].role)) continue;
    parts.push_back(judge_part(ctx, lexicon, spans[p], roles[p].role, *org, *date));
  }
  if (parts.empty()) return;
  auto holds_a_post = [&](const Person* person) {
    return person && std::any_of(parts.begin(), parts.end(), [&](const PartOnDate& part) {
             return std::find(part.possible.begin(), part.possible.end(), person) !=
                    part.possible.end();
           });
  };
  // The person written holds one of the posts: nothing to say here (a near miss of the
  // holder is weighed below, for a spelling in the writer's order).
  if (resolution.status == Status::Resolved && holds_a_post(occurrence.person)) return;
  // A name the registry does not know as written, or knows only as a near miss: the holder?
  // A known name of somebody without any post that is the holder's as written is the holder
  // too: registries hold namesakes, and records of one person that were not merged. (Not
  // "George W. Bush" for George H. W. Bush, whose own posts the title rules weigh.)
  const bool unsettled = resolution.status != Status::Resolved || !occurrence.person;
  const Fit fit = best_fit(occurrence.written.text, parts);
  if (!unsettled && fit.person && !fit.ambiguous &&
      (fit.fit == NameFit::Same || fit.fit == NameFit::Romanised) &&
      ctx.lookup.posts_of(*occurrence.person).empty()) {
    occurrence.person = fit.person;
    return;
  }
  if (unsettled && fit.person && !fit.ambiguous && fit.fit != NameFit::Close) {
    resolution.status = Status::Resolved;
    occurrence.person = fit.person;
    occurrence.match = fit.fit == NameFit::Same ? NameMatchKind::Exact : NameMatchKind::OtherName;
    resolution.suggestion.clear();
    resolution.nearest.clear();
    return;
  }
  if (resolution.status == Status::Misspelled && holds_a_post(occurrence.person)) {
    // Already a misspelling of the holder: the registry's spelling in the writer's order.
    if (resolution.suggestion_source == "the registry" && fit.person == occurrence.person &&
        !fit.spelling.empty())
      resolution.suggestion = suggestion_for(occurrence.written.text, fit.spelling);
    return;
  }
  if (unsettled && fit.person && !fit.ambiguous) {
    resolution.status = Status::Misspelled;
    occurrence.person = fit.person;
    occurrence.match = NameMatchKind::Fuzzy;
    resolution.suggestion = suggestion_for(occurrence.written.text, fit.spelling);
    resolution.suggestion_unambiguous = true;
    resolution.suggestion_source = "the registry";
    for (const PartOnDate& part : parts)
      if (part.possible_post.post && std::find(part.possible.begin(), part.possible.end(),
                                               fit.person) != part.possible.end()) {
        resolution.suggestion_source =
            "the " + describe_post(part.possible_post) + " on " + date->to_display();
        break;
      }
    return;
  }
  // A near miss of the holder, as the resolver found it, is that holder misspelt.
  if (holds_a_post(occurrence.person)) return;
  // Somebody else: worth a finding when the registry is sure who held the post, and when
  // the name shares no name part with the holder's ("Ferdinand Marcos Jr." for "Bongbong
  // Marcos", "Ukhnaagiin Khurelsukh" for "Khurelsukh Ukhnaa" are the holder under another
  // name the registry does not list).
  for (const PartOnDate& part : parts) {
    if (!part.decidable) continue;
    if (std::any_of(part.certain.begin(), part.certain.end(), [&](const Person* holder) {
          return shares_a_name_part(occurrence.written.text, *holder);
        }))
      break;
    ctx.post_holders.push_back({i, part.part, part.post, part.certain, *date});
    break;
  }
}

}  // namespace

void check_post_holders(Context& ctx, const TitleLexicon& lexicon) {
  // Attendee lines first: a name elsewhere that stands for an attendee of its meeting stands
  // for whom that line was settled as ("Prime Minister Ferdinand Romualdez Marcos Jr." and the
  // line "Ferdinand Romualdez Marcos Jr. | President | Philippines": Bongbong Marcos), even in
  // prose written before the list.
  std::vector<size_t> order(ctx.names.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_partition(order.begin(), order.end(), [&](size_t i) {
    return ctx.names[i].role == NameOccurrence::Role::AttendeeName;
  });
  std::map<std::pair<int, int>, size_t> attendee_lines;  // (meeting, attendee) -> name
  for (const size_t i : order) {
    NameOccurrence& named = ctx.names[i];
    const Resolution& to = ctx.resolutions[i];
    if (named.role == NameOccurrence::Role::AttendeeName)
      attendee_lines[{named.meeting, named.attendee}] = i;
    else if (auto line = attendee_lines.find({to.target_meeting, to.target_attendee});
             !named.person && to.status == Resolution::Status::Resolved &&
             to.target_meeting == named.meeting && line != attendee_lines.end()) {
      named.person = ctx.names[line->second].person;
      named.match = ctx.names[line->second].match;
    }
    const size_t mismatches = ctx.post_holders.size();
    check_post_holder(ctx, lexicon, i);
    const NameOccurrence& o = ctx.names[i];
    const Resolution& r = ctx.resolutions[i];
    if (ctx.post_holders.size() != mismatches || !o.title || o.title->text.empty() ||
        !(o.role == NameOccurrence::Role::AttendeeName ||
          (o.role == NameOccurrence::Role::ProseMention && r.titled)))
      continue;
    // Nobody's name, or a slip of somebody who did not hold the title then ("Prime Minister
    // Minh Chonh Pham" is close to Phạm Bình Minh, but Phạm Minh Chính was prime minister).
    const std::optional<PartialDate> date = ctx.date_of_meeting(o.meeting);
    if (r.status == Resolution::Status::Unknown ||
        (r.status == Resolution::Status::Misspelled && o.person && date &&
         !held_part_of_title(ctx, lexicon, *o.person, *o.title, r.organization, *date)))
      settle_by_title(ctx, lexicon, i);
  }
}

bool post_covered_on(const LookupCache& lookup, const Post& post, const PartialDate& date) {
  const Registry& registry = lookup.registry();
  const LookupCache::PostTerms& terms = terms_of(lookup, post);
  return std::any_of(terms.terms.begin(), terms.terms.end(), [&](const Membership* term) {
    if (term_known_on(registry, *term, date)) return true;
    return term->start_date && term->start_date->earliest_day() <= date.latest_day() &&
           date.latest_day() <= registry.known_until(*term);
  });
}

}  // namespace readout::analysis
