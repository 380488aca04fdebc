// The state shared by the analysis passes and the rules: the model, every resolved name, the
// title assessments, and the findings collected so far. Internal to readout_core.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "analysis/head_inputs.hpp"
#include "analysis/lookup_cache.hpp"
#include "readout/analysis.hpp"
#include "readout/rules.hpp"

namespace readout::analysis {

class TitleLexicon;

// What resolution learnt about one NameOccurrence beyond its public fields.
struct Resolution {
  enum class Status {
    Resolved,      // an attendee and/or a registry person
    Misspelled,    // close to, not equal to, a known spelling; `suggestion` holds it
    Unknown,       // a person nobody knows; `nearest` holds the closest spellings
    Organization,  // a commitment party naming a country or organisation
    All,           // the commitment party `all`
    Undefined,     // a handle no attendee defines
  };
  Status status = Status::Unknown;
  int target_meeting = -1;  // the attendee the name refers to, when any
  int target_attendee = -1;
  std::string suggestion;  // Misspelled: the right spelling
  bool suggestion_unambiguous = false;
  std::string suggestion_source;               // "the registry", "attendee @blinken"
  std::vector<std::string> nearest;            // Unknown: closest known spellings
  const Organization* organization = nullptr;  // Organization parties; country given in prose
  std::optional<Span> country;                 // a country written with the title ("of Kazakhstan")
  bool surname_only = false;                   // written as the family name alone
  bool titled = false;                         // written after a title
  bool in_heading = false;
};

// One part of a possibly compound title, judged against the registry for one person.
struct TitleAssessment {
  enum class Verdict { Fine, NotRecognised, NeverHeld, WrongCountry, NotHeldOnDate, ActingNotSaid };
  size_t name_index = 0;  // into Context::names
  Span part;              // the part of the title, as written
  std::string role;       // the part without its country
  std::optional<Span> country;
  const Organization* stated_organization = nullptr;
  bool acting_given = false;
  Verdict verdict = Verdict::Fine;
  std::vector<HeldPost> matching;  // posts of the person with this role (before date/country)
  std::optional<PartialDate> date;
  // WrongCountry for a title the registry does not list for the person, who is known only in
  // posts of one other country: `matching` holds the latest of them.
  bool only_other_country = false;
};

// A name written with the title of a post and its country, on a day the registry knows who
// held that post, who is not that holder (post_holders.hpp).
struct PostHolderMismatch {
  size_t name_index = 0;               // into Context::names
  Span part;                           // the title part that names the post
  HeldPost post;                       // the post, with the first holder's term
  std::vector<const Person*> holders;  // on the date, certainly
  PartialDate date;
};

// Where a Context finds the meetings of the report: its own, and others' attendee lines that
// names refer to, with offsets of the current text.
class MeetingSource {
 public:
  virtual ~MeetingSource() = default;
  [[nodiscard]] virtual size_t count() const = 0;
  [[nodiscard]] virtual const Meeting* meeting(int index) const = 0;
  // A meeting's id alone (report-wide checks look at every meeting's).
  [[nodiscard]] virtual std::optional<Span> id(int index) const = 0;
};

// The analysis of one part of the report: a meeting (scope >= 0) or the report's head (scope
// -1: its title, fields and prose). Rules see the names, titles and findings of that part,
// and reach the rest of the report through meeting() and attendee().
struct Context {
  Context(const SyntaxTree& syntax, const Registry& registry, const HeadInputs& head,
          const std::vector<SyntaxProblem>& syntax_problems, const LookupCache& lookup,
          const MeetingSource& meetings, int scope)
      : syntax(syntax),
        registry(registry),
        head(head),
        syntax_problems(syntax_problems),
        lookup(lookup),
        meetings(meetings),
        scope(scope) {}

  const SyntaxTree& syntax;
  const Registry& registry;
  // What every part may read of the report's head: what a meeting's cache key covers.
  const HeadInputs& head;
  // The syntax problems of the part analysed.
  const std::vector<SyntaxProblem>& syntax_problems;
  // The head's whole model (title, prose), only when the head itself is analysed (scope -1),
  // which is never cached; null for a meeting.
  const Report* head_model = nullptr;
  const LookupCache& lookup;
  const MeetingSource& meetings;
  const int scope;
  const TitleLexicon* lexicon = nullptr;
  std::vector<NameOccurrence> names;    // sorted by position once resolution is done
  std::vector<Resolution> resolutions;  // parallel to names
  std::vector<TitleAssessment> titles;
  std::vector<PostHolderMismatch> post_holders;
  std::vector<Diagnostic> diagnostics;

  // The meeting analysed, when the scope is a meeting.
  [[nodiscard]] const Meeting* scope_meeting() const {
    return scope >= 0 ? meeting(scope) : nullptr;
  }
  [[nodiscard]] const Meeting* meeting(int index) const { return meetings.meeting(index); }
  // The date that applies inside a meeting: its date, else the report's dateline.
  [[nodiscard]] std::optional<PartialDate> date_of_meeting(int meeting) const;
  [[nodiscard]] const Attendee* attendee(int meeting, int attendee) const;
  [[nodiscard]] std::string_view text(ByteRange range) const;

  void emit(const RuleInfo& rule, ByteRange range, std::string message, std::vector<Fix> fixes = {},
            std::vector<RelatedInfo> related = {});
};

// "‘Antony Blinken’": how names and spellings are quoted in messages.
std::string quote(std::string_view text);

}  // namespace readout::analysis
