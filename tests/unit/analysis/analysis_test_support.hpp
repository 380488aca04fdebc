// Shared fixtures for analysis and rule tests: a small registry built in code, and helpers to
// lint a report text with it.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "readout/analysis.hpp"
#include "readout/registry.hpp"
#include "readout/syntax.hpp"

namespace readout::testing {

inline PartialDate date(const char* text) { return *PartialDate::parse(text); }

// Facts of the C5+1 ministerial of 28 February 2023 and a few more for the date rules.
inline std::shared_ptr<const Registry> small_registry() {
  static const std::shared_ptr<const Registry> registry = [] {
    RegistryData d;
    d.organizations = {
        {"us",
         "United States",
         "country",
         {{"US", "", ""}, {"USA", "", ""}, {"United States of America", "", ""}},
         {},
         {}},
        {"kz", "Kazakhstan", "country", {}, {}, {}},
        {"tj", "Tajikistan", "country", {}, {}, {}},
        {"kg", "Kyrgyzstan", "country", {}, {}, {}},
        {"uz", "Uzbekistan", "country", {}, {}, {}},
    };
    d.posts = {
        {"us-sos", "Secretary of State", {}, "us", {}},
        {"us-president", "President of the United States", {"President"}, "us", {}},
        {"kz-pm", "Prime Minister of Kazakhstan", {"Prime Minister"}, "kz", {}},
        {"kz-president", "President of Kazakhstan", {}, "kz", {}},
        {"kz-dpm-mfa",
         "Deputy Prime Minister and Minister of Foreign Affairs",
         {"Foreign Minister", "Minister of Foreign Affairs", "Deputy Prime Minister"},
         "kz",
         {}},
        {"tj-mfa", "Minister of Foreign Affairs", {"Foreign Minister"}, "tj", {}},
        {"kg-mfa",
         "Minister for Foreign Affairs",
         {"Minister of Foreign Affairs", "Foreign Minister"},
         "kg",
         {}},
        {"uz-mfa", "Minister of Foreign Affairs", {"Foreign Minister"}, "uz", {}},
    };
    d.persons = {
        {"blinken", "Antony Blinken", {}, {}, "test", {}},
        {"pompeo", "Mike Pompeo", {}, {}, "test", {}},
        {"biden", "Joe Biden", {}, {}, "test", {}},
        {"smailov", "Alikhan Smailov", {}, {}, "test", {}},
        {"tileuberdi",
         "Mukhtar Tileuberdi",
         {{"Mukhtar Tleuberdi", "en", "transliteration"}},
         {},
         "test",
         {}},
        {"tokayev",
         "Kassym-Jomart Tokayev",
         {{"Kassym-Zhomart Tokayev", "en", "transliteration"}, {"Касым-Жомарт Токаев", "ru", ""}},
         {},
         "test",
         {}},
        {"muhriddin", "Sirojiddin Muhriddin", {}, {}, "test", {}},
        {"kulubaev", "Jeenbek Kulubaev", {}, {}, "test", {}},
        {"saidov", "Bakhtiyor Saidov", {}, {}, "test", {}},
    };
    auto member = [](const char* person, const char* post, const char* org, const char* start,
                     const char* end, bool acting = false) {
      Membership m;
      m.person_id = person;
      m.post_id = post;
      m.organization_id = org;
      if (start) m.start_date = date(start);
      if (end) m.end_date = date(end);
      m.acting = acting;
      return m;
    };
    d.memberships = {
        member("blinken", "us-sos", "us", "2021-01-26", "2025-01-20"),
        member("pompeo", "us-sos", "us", "2018-04-26", "2021-01-20"),
        member("biden", "us-president", "us", "2021-01-20", "2025-01-20"),
        member("smailov", "kz-pm", "kz", "2022-01-11", "2024-02-06"),
        member("tileuberdi", "kz-dpm-mfa", "kz", "2019-09", nullptr),
        member("tokayev", "kz-president", "kz", "2019-03-20", nullptr),
        member("muhriddin", "tj-mfa", "tj", "2013-11-29", nullptr),
        member("kulubaev", "kg-mfa", "kg", "2022-04-22", nullptr),
        member("saidov", "uz-mfa", "uz", "2022-06", "2023-06", true),
    };
    return Registry::build(std::move(d));
  }();
  return registry;
}

inline std::shared_ptr<const AnalysisResult> lint(
    std::string text, const AnalysisOptions& options = {},
    std::shared_ptr<const Registry> registry = small_registry()) {
  return analyze(SyntaxTree::parse(std::move(text)), std::move(registry), options);
}

inline std::vector<const Diagnostic*> of_rule(const AnalysisResult& result, std::string_view rule) {
  std::vector<const Diagnostic*> out;
  for (const Diagnostic& d : result.diagnostics())
    if (d.rule_id == rule) out.push_back(&d);
  return out;
}

inline std::vector<std::string> rule_ids(const AnalysisResult& result) {
  std::vector<std::string> out;
  for (const Diagnostic& d : result.diagnostics()) out.push_back(d.rule_id);
  return out;
}

// The text a diagnostic points at.
inline std::string flagged(const AnalysisResult& result, const Diagnostic& d) {
  return result.syntax->text().substr(d.range.begin, d.range.size());
}

// "line:col", both 1-based, col in bytes.
inline std::string where(const AnalysisResult& result, uint32_t offset) {
  const LineColumn p = result.syntax->lines().position(offset);
  return std::to_string(p.line + 1) + ":" + std::to_string(p.column + 1);
}

// A report with one meeting on 28 February 2023 and the given attendee lines, commitments and
// prose.
inline std::string meeting_report(const std::string& attendees, const std::string& commitments = "",
                                  const std::string& prose = "",
                                  const std::string& date_line = "Date: 2023-02-28") {
  std::string text = "# Talks\nDateline: 2023-03-02\n\n## Ministerial {#m}\n" + date_line +
                     "\n\n### Attendees\n" + attendees;
  if (!commitments.empty()) text += "\n### Commitments\n" + commitments;
  if (!prose.empty()) text += "\n### Summary\n" + prose;
  return text;
}

// The attendees of the C5+1 example, as the report writes them.
inline const std::string kBlinken =
    "- @blinken: Antony Blinken | Secretary of State | United States\n";
inline const std::string kTleuberdi =
    "- @tleuberdi: Mukhtar Tileuberdi | Deputy Prime Minister and Minister of Foreign Affairs | "
    "Kazakhstan\n";

}  // namespace readout::testing
