// The CIA World Factbook's executive-branch text: "President Joseph R. BIDEN Jr. (since 20
// January 2021); Vice President ..." as title, name and start date.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "readout/date.hpp"
#include "readout/registry.hpp"

namespace readout::data::factbook {

struct Holder {
  std::string title;                  // as written: "Taoiseach (Prime Minister)", may be empty
  std::string written;                // the name as written: "Joseph R. BIDEN Jr."
  std::string name;                   // in mixed case: "Joseph R. Biden Jr."
  std::vector<std::string> surnames;  // the capitalised words, in mixed case: {"Biden"}
  std::optional<PartialDate> since;
};

// The holders a "chief of state" or "head of government" text names: the first one, and
// others only when they share the office (co-princes, captains regent); never vice-presidents,
// deputies or heirs.
std::vector<Holder> parse_holders(std::string_view text);

// The "chief of state:" and "head of government:" parts of an edition's "Executive branch"
// text (empty when absent).
struct Executive {
  std::string chief_of_state;
  std::string head_of_government;
};
Executive split_executive_branch(std::string_view text);

// The ways a title as written names the post: "Taoiseach (Prime Minister)" -> "Taoiseach",
// "Prime Minister"; "President of the Government or Prime Minister" -> both;
// "(prime minister-equivalent)" and similar glosses are left out.
std::vector<std::string> title_forms(std::string_view title);

// "20 January 2021", "January 2021", "2021" at the start of `text`.
std::optional<PartialDate> parse_date(std::string_view text);

// "BIDEN" -> "Biden", "PEREZ-CASTEJON" -> "Perez-Castejon", "VON DER LEYEN" -> "von der Leyen"
// (a word after the first); words in mixed case stay.
std::string mixed_case(std::string_view name);

}  // namespace readout::data::factbook

namespace readout::data::factbook {

// One sighting of a holder: an edition (yearly) or a run of weekly versions that show them.
struct Sighting {
  std::string fips;  // the Factbook's country code, upper case
  bool head_of_government = false;
  std::string first_seen;  // ISO date of the edition or version
  std::string last_seen;
  Holder holder;
  SourceRef source;
};

// A term pieced together from sightings: consecutive sightings of one family name in one
// country and role are one term; it ends when the next holder's "since" date begins (or, with
// no such date, in the year the next holder is first seen). The last term of a timeline that is
// still seen on or after the day `still_seen_from` (days since 1970) stays open.
struct Term {
  std::string fips;
  bool head_of_government = false;
  Holder holder;                       // the first sighting's, with the earliest "since"
  std::vector<std::string> titles;     // every title as written
  std::vector<std::string> spellings;  // every spelling, in mixed case
  std::optional<PartialDate> end;
  std::vector<SourceRef> sources;
};

std::vector<Term> terms_from_sightings(std::vector<Sighting> sightings, long still_seen_from);

}  // namespace readout::data::factbook
