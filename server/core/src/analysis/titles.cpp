#include "analysis/titles.hpp"

#include <algorithm>
#include <array>
#include <cctype>

#include "analysis/post_holders.hpp"
#include "readout/names.hpp"
#include "registry/registry_index.hpp"

namespace readout::analysis {
namespace {

// One comparable form of a title: folded words, "for" as "of", hyphens as spaces, and the
// common short forms of foreign minister spelt out.
std::string role_form(std::string_view role) {
  std::string out;
  for (const Word& w : split_words(role, 0)) {
    std::string word(title_spelling(w.folded));
    std::replace(word.begin(), word.end(), '-', ' ');
    if (word == "for") word = "of";
    out += (out.empty() ? "" : " ") + word;
  }
  static constexpr std::array<std::pair<std::string_view, std::string_view>, 8> kSynonyms = {{
      {"foreign minister", "minister of foreign affairs"},
      {"deputy foreign minister", "deputy minister of foreign affairs"},
      {"foreign secretary", "secretary of foreign affairs"},
      {"secretary of state of foreign affairs", "secretary of foreign affairs"},
      {"defence minister", "minister of defence"},
      {"finance minister", "minister of finance"},
      {"interior minister", "minister of interior"},
      {"amir", "emir"},  // two romanisations of one Arabic title
  }};
  for (const auto& [short_form, long_form] : kSynonyms)
    if (out == short_form) return std::string(long_form);
  if (const std::string portfolio = portfolio_before_minister(out); !portfolio.empty())
    return "minister of " + portfolio;
  return out;
}

bool starts_with_words(const std::string& text, const std::string& prefix) {
  return text.size() > prefix.size() && text.compare(0, prefix.size(), prefix) == 0 &&
         text[prefix.size()] == ' ';
}

bool same_organization(const HeldPost& held, const Organization& org) {
  if (held.organization && held.organization->id == org.id) return true;
  if (held.membership && held.membership->organization_id == org.id) return true;
  return held.post && held.post->organization_id == org.id;
}

// Registry::title_keys of a role as a title of `org`'s posts (null: a post of no known
// organization), memoised in the LookupCache: a report weighs each role against many posts.
const std::vector<uint64_t>& title_keys_of(const LookupCache& lookup, std::string_view role,
                                           const Organization* org) {
  std::string key = org ? org->id.str() + '\x01' : std::string("\x02");
  key += role;
  auto it = lookup.title_keys.find(key);
  if (it == lookup.title_keys.end())
    it = lookup.title_keys.emplace(std::move(key), lookup.registry().title_keys(role, org)).first;
  return it->second;
}

// The comparable forms of a label, whole and part by part, memoised for the registry.
const std::vector<std::string>& label_forms(const LookupCache& lookup, const TitleLexicon& lexicon,
                                            std::string_view label) {
  return lexicon.label_forms.get(std::string(label), [&] {
    const Span whole{std::string(label), {0, static_cast<uint32_t>(label.size())}};
    std::vector<Span> parts = split_title(whole, lexicon);
    parts.push_back(whole);
    std::vector<std::string> forms;
    for (const Span& part : parts) forms.push_back(role_form(title_role(part, lookup).role));
    return forms;
  });
}

}  // namespace

std::vector<HeldPost> posts_with_role(const LookupCache& lookup, const TitleLexicon& lexicon,
                                      const Person& person, std::string_view role, bool exactly) {
  // A report names the same people with the same titles again and again.
  std::string key(person.id.view());
  key += exactly ? '\x01' : '\x02';
  key += role;
  if (auto it = lookup.posts_with_role.find(key); it != lookup.posts_with_role.end())
    return it->second;
  const Registry& registry = lookup.registry();
  std::vector<HeldPost> out;
  const std::string wanted = role_form(role);
  if (wanted.empty()) return out;
  const bool generic = !exactly && lexicon.known(role);
  for (const HeldPost& held : lookup.posts_of(person)) {
    if (!held.post) continue;
    // The registry also accepts one part of a compound title (Registry::title_matches, in its
    // two steps); `exactly` wants the whole.
    bool matches =
        !exactly &&
        registry.post_has_title_key(
            *held.post,
            title_keys_of(lookup, role, registry.organization(held.post->organization_id)));
    std::vector<std::string_view> labels = {held.post->label};
    for (const auto& l : held.post->other_labels) labels.push_back(l);
    if (held.membership && !held.membership->label.empty())
      labels.push_back(held.membership->label);
    for (size_t i = 0; i < labels.size() && !matches; ++i) {
      for (const std::string& have : label_forms(lookup, lexicon, labels[i]))
        if (have == wanted || (generic && starts_with_words(have, wanted))) {
          matches = true;
          break;
        }
    }
    if (matches) out.push_back(held);
  }
  lookup.posts_with_role.emplace(std::move(key), out);
  return out;
}

const std::vector<const Post*>& posts_titled(const LookupCache& lookup, const TitleLexicon& lexicon,
                                             const Organization& org, std::string_view role) {
  std::string key(org.id.view());
  key += '\x01';
  key += role;
  static const std::vector<const Post*> kNone;
  if (const auto* known = lexicon.posts_titled.find(key)) return *known;
  if (lookup.titles_naming_no_post.contains(key)) return kNone;
  const Registry& registry = lookup.registry();
  const std::string wanted = role_form(role);
  if (wanted.empty()) return kNone;
  std::vector<const Post*> out;
  const uint64_t wanted_hash = HashedIndex::hash(wanted);
  const std::vector<uint64_t>& keys = title_keys_of(lookup, role, &org);
  // By index: only the posts found are read from the registry (a country has hundreds).
  const RecordTable<Post>& posts = registry.records().posts;
  for (const uint32_t p : registry.post_indexes_of(org)) {
    if (p >= posts.size()) continue;
    const std::span<const uint64_t> forms = lexicon.post_forms(p);
    if (registry.post_has_title_key(p, keys) ||
        std::find(forms.begin(), forms.end(), wanted_hash) != forms.end())
      out.push_back(&posts[p]);
  }
  // A title that names no post is not kept: in the language server every title typed letter
  // by letter would stay in the registry's memo for the life of the process. Those that name a
  // post are as many as the registry's posts have names.
  if (out.empty()) {
    lookup.titles_naming_no_post.insert(std::move(key));
    return kNone;
  }
  return lexicon.posts_titled.put(key, std::move(out));
}

std::span<const uint64_t> TitleLexicon::post_forms(const Post& post) const {
  const auto at = Registry::Index::own_record(registry_->records().posts, post);
  return at ? post_forms(*at) : std::span<const uint64_t>();
}

std::span<const uint64_t> TitleLexicon::post_forms(size_t post_index) const {
  const RecordTable<Post>& posts = registry_->records().posts;
  std::call_once(post_forms_built_, [&] {
    if (post_forms_.adopt(registry_->image_section("post-forms"), posts.size())) return;
    const LookupCache lookup(*registry_);
    std::vector<uint64_t> hashes;
    for (const Post& each : posts) {
      hashes.clear();
      auto add = [&](std::string_view label) {
        for (const std::string& form : analysis::label_forms(lookup, *this, label))
          hashes.push_back(HashedIndex::hash(form));
      };
      add(each.label);
      for (const RecordString& label : each.other_labels) add(label);
      post_forms_.add(hashes);
    }
  });
  return post_forms_.of(post_index);
}

std::string TitleLexicon::post_forms_image() const {
  if (!registry_->records().posts.empty()) (void)post_forms(registry_->records().posts.front());
  return post_forms_.image();
}

bool holds_title(const Context& ctx, const TitleLexicon& lexicon, const Person& person,
                 std::string_view title, const std::optional<PartialDate>& date) {
  const Span whole{std::string(title), {0, static_cast<uint32_t>(title.size())}};
  bool any = false;
  for (const Span& part : split_title(whole, lexicon, ctx.lookup)) {
    const TitleRole role = title_role(part, ctx.lookup);
    if (role.role.empty() || names::is_honorific(role.role)) continue;
    std::vector<HeldPost> held = posts_with_role(ctx.lookup, lexicon, person, role.role);
    if (date)
      std::erase_if(held, [&](const HeldPost& h) {
        return !h.membership || !h.membership->span().may_cover(*date);
      });
    if (held.empty()) return false;
    any = true;
  }
  return any;
}

namespace {

// A head's, a minister's or a secretary's title: a post of the country written with it.
bool governs_its_country(std::string_view role) {
  if (is_head_title(role)) return true;
  const std::string key = names::key(role);
  auto has = [&](std::string_view word) {
    return (" " + key + " ").find(" " + std::string(word) + " ") != std::string::npos;
  };
  return (has("minister") || has("secretary") || has("chancellor")) && !has("envoy") &&
         !has("representative") && !has("general");
}

// "former Prime Minister Abe", "the late King Hussein", "then-Foreign Minister Kuleba": a title
// of the past, which the person need not hold on the meeting's date.
bool written_as_past(const Context& ctx, const Span& title) {
  const uint32_t from = title.range.begin > 16 ? title.range.begin - 16 : 0;
  std::string before(ctx.text({from, title.range.begin}));
  for (char& c : before) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  while (!before.empty() && (before.back() == ' ' || before.back() == '-')) before.pop_back();
  const size_t word = before.find_last_of(" \n\t(");
  const std::string last = word == std::string::npos ? before : before.substr(word + 1);
  return last == "former" || last == "late" || last == "then" || last == "ex";
}

// Whether the registry knows the post a title names, where "never held" is judged: in the
// organization written, else in those of the person's posts; and who held it on the date. The
// registry has every country's heads since 1990 but only some cabinets, each up to the day its
// source was taken: a deputy prime minister it has no record of, or a foreign minister
// appointed since, is not a title the person never held.
bool post_known(const Context& ctx, const TitleLexicon& lexicon, const Person& person,
                const Organization* stated, std::string_view role,
                const std::optional<PartialDate>& date) {
  auto held_on_date = [&](const Organization& org, std::string_view title) {
    const std::vector<const Post*>& posts = posts_titled(ctx.lookup, lexicon, org, title);
    if (!date) return !posts.empty();
    return std::any_of(posts.begin(), posts.end(),
                       [&](const Post* post) { return post_covered_on(ctx.lookup, *post, *date); });
  };
  auto known_in = [&](const Organization& org) {
    if (held_on_date(org, role)) return true;
    // Every country's heads are known: "President" of the United Kingdom is never held.
    if (org.classification != "country" || !is_head_title(role_form(role))) return false;
    return std::any_of(head_titles().begin(), head_titles().end(),
                       [&](std::string_view title) { return held_on_date(org, title); });
  };
  if (stated) return known_in(*stated);
  for (const HeldPost& held : ctx.lookup.posts_of(person))
    if (held.organization && known_in(*held.organization)) return true;
  return false;
}

}  // namespace

void assess_titles(Context& ctx, const TitleLexicon& lexicon) {
  for (size_t i = 0; i < ctx.names.size(); ++i) {
    const NameOccurrence& occurrence = ctx.names[i];
    const Resolution& resolution = ctx.resolutions[i];
    if (occurrence.role != NameOccurrence::Role::AttendeeName &&
        occurrence.role != NameOccurrence::Role::ProseMention)
      continue;
    if (!occurrence.title || !occurrence.person || occurrence.title->text.empty()) continue;
    if (resolution.status != Resolution::Status::Resolved &&
        resolution.status != Resolution::Status::Misspelled)
      continue;
    const Person& person = *occurrence.person;
    if (ctx.lookup.posts_of(person).empty()) continue;  // nothing known to compare with
    const std::optional<PartialDate> date = ctx.date_of_meeting(occurrence.meeting);
    const Attendee* attendee = occurrence.role == NameOccurrence::Role::AttendeeName
                                   ? ctx.attendee(occurrence.meeting, occurrence.attendee)
                                   : nullptr;
    const TitleRole whole = title_role(*occurrence.title, ctx.lookup);
    std::vector<Span> parts = split_title(*occurrence.title, lexicon, ctx.lookup);
    // A compound that is itself one post ("Minister of Trade and Industry") stays whole.
    if (parts.size() > 1 && !posts_with_role(ctx.lookup, lexicon, person, whole.role, true).empty())
      parts = {*occurrence.title};
    std::vector<TitleRole> roles;
    for (const Span& part : parts) roles.push_back(title_role(part, ctx.lookup));
    // A country named once applies to every part: "Deputy Prime Minister and Minister of
    // Foreign Affairs of Kazakhstan", "Kazakhstan's Deputy Prime Minister and Foreign Minister".
    const Organization* inherited = resolution.organization;
    std::optional<Span> inherited_span = resolution.country;
    if (!roles.empty() && roles.back().organization) {
      inherited = roles.back().organization;
      inherited_span = roles.back().country;
    }
    if (!roles.empty() && roles.front().organization && !inherited) {
      inherited = roles.front().organization;
      inherited_span = roles.front().country;
    }
    for (size_t p = 0; p < parts.size(); ++p) {
      const TitleRole& role = roles[p];
      if (role.role.empty() || names::is_honorific(role.role)) continue;
      TitleAssessment a;
      a.name_index = i;
      a.part = parts[p];
      a.role = role.role;
      a.stated_organization = role.organization ? role.organization : inherited;
      a.country = role.organization ? role.country : inherited_span;
      a.acting_given = role.acting || whole.acting || (attendee && attendee->acting);
      a.date = date;
      a.matching = posts_with_role(ctx.lookup, lexicon, person, role.role);
      const HeldPost* latest = nullptr;
      // Only for a head's or a minister's title ("Brazil's Foreign Secretary"), which belongs
      // to its country, not an envoy's, whose country may be its subject ("Afghanistan Envoy").
      const Organization* only = a.matching.empty() && a.stated_organization &&
                                         a.stated_organization->classification == "country" &&
                                         governs_its_country(role.role)
                                     ? only_country_of(ctx.lookup, person, &latest)
                                     : nullptr;
      if (only && only != a.stated_organization) {
        a.verdict = TitleAssessment::Verdict::WrongCountry;
        a.matching = {*latest};
        a.only_other_country = true;
      } else if (a.matching.empty()) {
        if (!lexicon.known(role.role)) continue;  // a title we cannot judge
        if (!post_known(ctx, lexicon, person, a.stated_organization, role.role, date)) continue;
        a.verdict = TitleAssessment::Verdict::NeverHeld;
      } else {
        std::vector<HeldPost> in_country = a.matching;
        if (a.stated_organization)
          std::erase_if(in_country, [&](const HeldPost& h) {
            return !same_organization(h, *a.stated_organization);
          });
        std::vector<HeldPost> on_date = in_country;
        if (date)
          std::erase_if(on_date, [&](const HeldPost& h) {
            return !h.membership || !h.membership->span().may_cover(*date);
          });
        if (in_country.empty()) {
          a.verdict = TitleAssessment::Verdict::WrongCountry;
        } else if (on_date.empty()) {
          if (written_as_past(ctx, *occurrence.title)) continue;
          // Only when the date is before the person's term, or the term's source looked as far
          // as the date, or the registry's sources cover the post then: the person may have
          // come back to it after the source looked (Radosław Sikorski, foreign minister again
          // in 2023, after a 2022 snapshot).
          if (date && std::none_of(in_country.begin(), in_country.end(), [&](const HeldPost& h) {
                const bool before_term =
                    h.membership && h.membership->start_date &&
                    h.membership->start_date->earliest_day() > date->latest_day();
                const bool source_looked =
                    h.membership && date->latest_day() <= ctx.registry.known_until(*h.membership);
                return before_term || source_looked ||
                       (h.post && post_covered_on(ctx.lookup, *h.post, *date));
              }))
            continue;
          a.verdict = TitleAssessment::Verdict::NotHeldOnDate;
          a.matching = in_country;
        } else if (!a.acting_given &&
                   std::all_of(on_date.begin(), on_date.end(), [](const HeldPost& h) {
                     return h.membership && h.membership->acting;
                   })) {
          a.verdict = TitleAssessment::Verdict::ActingNotSaid;
          a.matching = on_date;
        } else {
          a.verdict = TitleAssessment::Verdict::Fine;
        }
      }
      ctx.titles.push_back(std::move(a));
    }
  }
}

const Organization* organization_of(const Registry& registry, const HeldPost& held) {
  if (held.organization) return held.organization;
  if (held.membership) return registry.organization(held.membership->organization_id);
  return held.post ? registry.organization(held.post->organization_id) : nullptr;
}

const Organization* only_country_of(const LookupCache& lookup, const Person& person,
                                    const HeldPost** latest) {
  const Organization* only = nullptr;
  *latest = nullptr;
  for (const HeldPost& h : lookup.posts_of(person)) {
    const Organization* org = organization_of(lookup.registry(), h);
    if (!org || org->classification != "country" || (only && org != only)) return nullptr;
    only = org;
    if (h.membership && h.membership->start_date &&
        (!*latest || !(*latest)->membership->start_date ||
         (*latest)->membership->start_date->earliest_day() <
             h.membership->start_date->earliest_day()))
      *latest = &h;
  }
  return *latest ? only : nullptr;
}

}  // namespace readout::analysis
