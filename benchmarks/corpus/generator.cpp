// Writing one generated report: header, meetings with attendees who held their posts on the
// day, commitments, and prose that names them the ways press releases do.
#include <algorithm>
#include <cctype>
#include <set>

#include "misspell.hpp"
#include "phrases.hpp"
#include "pool.hpp"
#include "readout/names.hpp"

namespace readout::corpus {
namespace {

struct Present {
  const Sitting* sitting = nullptr;
  std::string handle;
  std::string surname;
  std::string short_title;  // "Minister", "President", ... or "" when none reads well
};

std::string last_word(const std::string& name) {
  const size_t space = name.rfind(' ');
  return space == std::string::npos ? name : name.substr(space + 1);
}

// The title as it stands before a surname: "Minister Tileuberdi", "Prime Minister Modi".
std::string short_title_of(std::string_view title) {
  for (std::string_view t :
       {"Prime Minister", "President", "Minister", "Secretary", "Chancellor", "Ambassador"})
    if (title.substr(0, t.size()) == t && (title.size() == t.size() || title[t.size()] == ' '))
      return std::string(t);
  return {};
}

// "the United States", "the Netherlands", but "Kazakhstan".
std::string with_article(const std::string& country) {
  for (std::string_view plural :
       {"United ", "Republic ", "Democratic ", "Czech ", "Dominican ", "Central African "})
    if (country.starts_with(plural)) return "the " + country;
  for (std::string_view plural : {"Netherlands", "Philippines", "Bahamas", "Gambia", "Maldives",
                                  "Comoros", "Seychelles", "Marshall Islands", "Solomon Islands"})
    if (country == plural) return "the " + country;
  return country;
}

std::string handle_for(const std::string& surname, const std::vector<Present>& taken) {
  std::string base;
  for (char c : names::fold_to_ascii(surname))
    if (std::isalnum(static_cast<unsigned char>(c)))
      base += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (base.empty()) base = "attendee";
  std::string handle = base;
  for (int n = 2; std::any_of(taken.begin(), taken.end(),
                              [&](const Present& p) { return p.handle == handle; });
       ++n)
    handle = base + std::to_string(n);
  return handle;
}

class Writer {
 public:
  Writer(const Generator::Pool& pool, const Registry& registry, const Options& options,
         uint64_t seed, Report& report)
      : pool_(pool),
        registry_(registry),
        options_(options),
        random_(seed),
        report_(report),
        out_(report.text) {}

  void write_report() {
    const Sitting& anchor = random_sitting();
    const size_t meetings = 1 + random_.below(random_.chance(0.5) ? 2 : 4);
    long day = random_.between(anchor.first_day, anchor.last_day);
    std::vector<long> days;
    for (size_t m = 0; m < meetings; ++m) {
      days.push_back(std::clamp(day, anchor.first_day, anchor.last_day));
      day += random_.between(0, 2);
    }
    header(anchor, days.back() + random_.between(0, 2), meetings > 1);
    for (size_t m = 0; m < meetings; ++m) meeting(anchor, days[m], m);
  }

  void write_digest(size_t bytes) {
    out_ += "# Diplomatic digest: meetings of foreign ministers and leaders\n";
    out_ +=
        "Dateline: 2024-06-30\nSource: readout corpus generator (digest)\nAuthor: Press office\n\n";
    out_ += "A chronicle of meetings, calls and visits, one section per meeting.\n\n";
    for (size_t m = 0; out_.size() < bytes; ++m) {
      const Sitting& anchor = random_sitting();
      meeting(anchor, random_.between(anchor.first_day, anchor.last_day), m);
    }
  }

 private:
  const Sitting& random_sitting() { return pool_.sittings[random_.below(pool_.sittings.size())]; }
  std::string_view topic() { return random_.pick(phrases::kTopics); }

  void header(const Sitting& anchor, long dateline, bool several) {
    out_ += "# ";
    out_ += several ? "Meetings of the " + anchor.country->name + " delegation"
                    : anchor.country->name + " " + anchor.title + " holds talks";
    out_ += "\nDateline: " + iso_date(dateline) + "\nPlace: " + anchor.country->name + "\n";
    out_ += "Source: readout corpus generator, report " + report_.file_name + "\n";
    out_ += "Author: Press office\n\n";
  }

  void meeting(const Sitting& anchor, long day, size_t index) {
    std::string_view kind = random_.pick(phrases::kMeetingKinds);
    const size_t wanted = kind == "multilateral" || kind == "summit" ? 3 + random_.below(4) : 2;
    std::vector<Present> present;
    for (const Sitting* s : pool_.on_day(anchor, day, wanted, random_)) {
      Present p{s, "", last_word(s->person->name.str()), short_title_of(s->title)};
      p.handle = handle_for(p.surname, present);
      present.push_back(std::move(p));
    }
    if (present.size() < 2) kind = "visit";
    const std::string& host = present.front().sitting->country->name.str();

    out_ += "## ";
    if (present.size() > 1 && random_.chance(0.3)) {
      out_ += "Visit of the " + present[1].sitting->title + " of " +
              with_article(present[1].sitting->country->name.str()) + " ";
      name(present[1], present[1].sitting->person->name.str());
      out_ += " to " + with_article(host);
    } else {
      out_ += present.size() > 2 ? "Meeting of " + std::to_string(present.size()) +
                                       " delegations on " + std::string(topic())
                                 : "Talks on " + std::string(topic());
    }
    out_ += " {#m" + std::to_string(index + 1) + "}\n";
    out_ += "Date: " + iso_date(day) + "\nPlace: " + host + "\nKind: " + std::string(kind) + "\n\n";

    out_ += "### Attendees\n";
    for (size_t i = 0; i < present.size(); ++i) attendee(present[i], day, i < 2);
    out_ += "\n### Commitments\n";
    commitments(present);
    out_ += "\n### Summary\n";
    summary(present);
  }

  void attendee(const Present& p, long day, bool head) {
    out_ += "- @" + p.handle + ": ";
    name(p, p.sitting->person->name.str());
    out_ += " | ";
    title(p, day);
    out_ += " | " + p.sitting->country->name + (head ? " [head]\n" : "\n");
  }

  // Writes a name, misspelled at the configured rate (each person at most once per report:
  // two different slips of one name leave nothing to compare with).
  void name(const Present& p, const std::string& correct) {
    std::string written;
    if (random_.chance(options_.misspelled_share) && !misspelt_.contains(p.sitting->person)) {
      written = misspell(correct, random_);
      // A slip that happens to be somebody else's name is not a misspelling.
      const bool single = written.find(' ') == std::string::npos;
      if (!written.empty() && (!registry_.find_person(written, false).empty() ||
                               (single && !registry_.find_by_surname(written).empty())))
        written.clear();
      if (!written.empty()) misspelt_.insert(p.sitting->person);
    }
    if (written.empty()) {
      out_ += correct;
      note_name(p);
      return;
    }
    report_.planted.push_back(
        {Planted::Kind::MisspelledName, static_cast<uint32_t>(out_.size()), written, correct});
    out_ += written;
    note_name(p);
  }

  void note_name(const Present& p) {
    const std::string& n = p.sitting->person->name.str();
    if (std::find(report_.names.begin(), report_.names.end(), n) == report_.names.end())
      report_.names.push_back(n);
  }

  void title(const Present& p, long day) {
    const std::string& correct = p.sitting->title;
    if (random_.chance(options_.wrong_title_share)) {
      const std::string wrong = wrong_title(p, day);
      if (!wrong.empty()) {
        report_.planted.push_back(
            {Planted::Kind::WrongTitle, static_cast<uint32_t>(out_.size()), wrong, correct});
        out_ += wrong;
        return;
      }
    }
    out_ += correct;
  }

  // Another post of the same country that the person did not hold on the day.
  std::string wrong_title(const Present& p, long day) {
    auto it = pool_.titles_by_country.find(p.sitting->country);
    if (it == pool_.titles_by_country.end() || it->second.size() < 2) return {};
    const std::string iso = iso_date(day);
    const auto date = PartialDate::parse(iso);
    const std::vector<HeldPost> held = registry_.posts_on(*p.sitting->person, *date);
    for (int tries = 0; tries < 5; ++tries) {
      const std::string& candidate = it->second[random_.below(it->second.size())];
      if (candidate == p.sitting->title) continue;
      const bool holds = std::any_of(held.begin(), held.end(), [&](const HeldPost& h) {
        return h.post && registry_.title_matches(candidate, *h.post);
      });
      if (!holds) return candidate;
    }
    return {};
  }

  void commitments(const std::vector<Present>& present) {
    if (present.size() < 2) return;
    const size_t count = 1 + random_.below(3);
    for (size_t c = 0; c < count; ++c) {
      const std::string_view what = random_.pick(phrases::kCommitments);
      const size_t form = random_.below(3);
      if (form == 0) {
        out_ += "- @" + present[0].handle + ", @" + present[1].handle + ": ";
      } else if (form == 1) {
        out_ += "- " + present[0].sitting->country->name + ", " +
                present[1].sitting->country->name + ": ";
      } else {
        out_ += present.size() > 2 ? "- all: " : "- @" + present[1].handle + ": ";
      }
      out_ += std::string(what) + (random_.chance(0.3) ? " [due 2025-12-31]\n" : "\n");
    }
  }

  // "the Minister of Foreign Affairs of Kazakhstan, Mukhtar Tileuberdi,"
  void introduce(const Present& p) {
    out_ +=
        "the " + p.sitting->title + " of " + with_article(p.sitting->country->name.str()) + ", ";
    name(p, p.sitting->person->name.str());
    out_ += ",";
  }

  void sentence_with_names(const std::vector<Present>& present) {
    const Present& a = present[random_.below(present.size())];
    const Present& b = present.size() > 1 ? present[(&a - present.data() + 1) % present.size()] : a;
    switch (random_.below(5)) {
      case 0:
        out_ += "In a statement after the talks, ";
        introduce(a);
        out_ += " said that " + std::string(topic()) + " remained a priority for " +
                with_article(a.sitting->country->name.str()) + ".";
        break;
      case 1:
        if (!a.short_title.empty()) {
          out_ += a.short_title + " ";
          name(a, a.surname);
        } else {
          name(a, a.sitting->person->name.str());
        }
        out_ += " thanked ";
        name(b, b.sitting->person->name.str());
        out_ += " for the warm welcome.";
        break;
      case 2:
        out_ += "@" + a.handle + " and @" + b.handle + " agreed to meet again next year.";
        break;
      case 3:
        name(a, a.sitting->person->name.str());
        out_ += " briefed the delegations on " + std::string(topic()) + ".";
        break;
      default:
        out_ += "The press service quoted ";
        name(a, a.sitting->person->name.str());
        out_ += " as saying that the talks had been useful.";
    }
  }

  void filler() {
    std::string sentence(random_.pick(phrases::kFillers));
    if (size_t at = sentence.find("{topic}"); at != std::string::npos)
      sentence.replace(at, 7, topic());
    out_ += sentence;
  }

  void summary(const std::vector<Present>& present) {
    // The opening paragraph introduces the principals, as readouts do.
    out_ += "In ";
    out_ += with_article(present.front().sitting->country->name.str()) + ", ";
    introduce(present.front());
    if (present.size() > 1) {
      out_ += " received ";
      introduce(present[1]);
      out_ += " for talks on " + std::string(topic()) + ".";
    } else {
      out_ += " visited the region.";
    }
    out_ += "\n";
    const size_t paragraphs = 1 + random_.below(4);
    for (size_t k = 0; k < paragraphs; ++k) {
      out_ += "\n";
      const size_t sentences = 2 + random_.below(3);
      for (size_t s = 0; s < sentences; ++s) {
        if (s > 0) out_ += " ";
        if (random_.chance(0.4))
          sentence_with_names(present);
        else
          filler();
      }
      out_ += "\n";
    }
    out_ += "\n";
  }

  const Generator::Pool& pool_;
  const Registry& registry_;
  const Options& options_;
  Random random_;
  Report& report_;
  std::string& out_;
  std::set<const Person*> misspelt_;
};

std::string file_name_for(size_t index) {
  std::string digits = std::to_string(index);
  return "report-" + std::string(digits.size() < 5 ? 5 - digits.size() : 0, '0') + digits +
         ".readout";
}

}  // namespace

Generator::Generator(const Registry& registry, Options options)
    : registry_(registry), options_(options), pool_(std::make_unique<Pool>(registry)) {}

Generator::~Generator() = default;

size_t Generator::pool_size() const { return pool_->sittings.size(); }

Report Generator::report(size_t index) const {
  Report report;
  report.file_name = file_name_for(index);
  if (pool_->sittings.empty()) return report;
  Writer(*pool_, registry_, options_, derive_seed(options_.seed, index), report).write_report();
  return report;
}

Report Generator::digest(size_t bytes) const {
  Report report;
  report.file_name = "digest-" + std::to_string(bytes) + ".readout";
  if (pool_->sittings.empty()) return report;
  Writer(*pool_, registry_, options_, derive_seed(options_.seed, bytes ^ 0xD16E57ull), report)
      .write_digest(bytes);
  return report;
}

}  // namespace readout::corpus
