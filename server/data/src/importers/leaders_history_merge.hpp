// Merging heads of state and government from Wikidata's dated terms and the Factbook with the
// registry built so far (importers/leaders_history.cpp reads the files).
#pragma once

#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "importers/countries.hpp"
#include "importers/factbook.hpp"
#include "readout/data/importers.hpp"

namespace readout::data::leaders {

// "Q6279": a Wikidata id (a person's name when Wikidata gave no label).
inline bool is_qid(std::string_view s) {
  return s.size() > 1 && s[0] == 'Q' &&
         std::all_of(s.begin() + 1, s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// One row of wikidata-heads-history.csv or -current.csv.
struct HeadTerm {
  std::string iso3, qid, label, country_label, where;
  bool head_of_government = false;
  Membership term;  // dates and source; person and post are filled in by the merger
};

// A post that Wikipedia's list of heads in office in 2021-2022 names for a person, by its
// Wikidata id ("Q15041211": Prime Minister of the State of Palestine).
struct NamedPost {
  std::string qid;
};

class Merger {
 public:
  Merger(const RegistryData& known, std::vector<CountryNames>& countries,
         const std::map<std::string, std::string>& english,
         const std::map<std::string, std::vector<NamedPost>>& posts_in_2021,
         const std::set<std::pair<std::string, std::string>>& in_office, MergeReport& report);
  void run(std::vector<HeadTerm> heads, std::vector<factbook::Term> factbook_terms,
           RegistryData& out);

 private:
  struct NewPerson {
    std::string label, country_label;  // Wikidata's label (often Portuguese) and the country's
    std::vector<std::string> factbook_names;
    Person person;
  };
  std::string organization_for(CountryNames& c);
  void match_countries_by_heads(const std::vector<HeadTerm>& heads);
  void choose_posts(const std::vector<HeadTerm>& heads,
                    const std::vector<factbook::Term>& factbook_terms);
  std::string post_for(const std::string& org, bool head_of_government) const;
  std::string describe_person(const std::string& id) const;  // "Angela Merkel (Q567)"
  std::string describe_post(const std::string& id) const;
  // factbook: the Factbook's terms, read for who heads each government by the titles it gives.
  void add_wikidata(std::vector<HeadTerm>& heads, const std::vector<factbook::Term>& factbook);
  void add_factbook(std::vector<factbook::Term>& terms);
  std::string person_for(const factbook::Term& t, const std::string& post, const std::string& org);
  void add_spelling(const std::string& person_id, const std::string& spelling);
  // recorded_only: only those the registry will have (a known person keeps its own names; a
  // Wikipedia name names new persons only).
  std::vector<std::string> spellings_of(const std::string& person_id,
                                        bool recorded_only = false) const;
  void merge_terms();
  void end_open_terms();
  void write(RegistryData& out);

  const RegistryData& known_;
  std::vector<CountryNames>& countries_;
  const std::map<std::string, std::string>& english_;
  const std::map<std::string, std::vector<NamedPost>>& posts_in_2021_;  // person -> posts
  const std::set<std::pair<std::string, std::string>>& in_office_;
  MergeReport& report_;

  std::map<std::string, const Person*> known_persons_;
  std::map<std::string, const Post*> known_posts_;
  std::map<std::string, const Organization*> known_orgs_;
  std::map<std::string, std::vector<const Membership*>> known_terms_of_person_;
  std::map<std::string, size_t> country_by_alpha3_, country_by_fips_;
  std::map<std::string, Organization> new_orgs_;
  std::map<std::pair<std::string, bool>, std::string> post_of_role_;  // (org, government) -> post
  std::map<std::string, Post> new_posts_;
  std::map<std::string, std::vector<std::string>> post_titles_;  // post -> titles as written
  std::map<std::string, NewPerson> new_persons_;
  std::map<std::string, std::vector<std::string>> extra_spellings_;  // known person -> spellings
  std::vector<Membership> terms_;  // new terms, then every term of touched pairs
  std::set<std::pair<std::string, std::string>> touched_;         // (person, post)
  std::set<std::pair<std::string, std::string>> in_office_orgs_;  // (person, org) in 2025
};

}  // namespace readout::data::leaders
