// Generated readouts of realistic shape for the soak test: meetings with attendees from the
// embedded registry, commitments, and prose that mentions people (with the misspellings,
// transliterations and non-Latin spellings real reports have, and some text outside the Basic
// Multilingual Plane so that UTF-16 positions are exercised).
#pragma once

#include <cstdio>
#include <random>
#include <string>

namespace readout::lsp::testing {

struct Person {
  const char* handle;
  const char* name;
  const char* title;
  const char* country;
  const char* in_prose;  // how the prose writes them, sometimes differently
};

inline constexpr Person kSoakPeople[] = {
    {"blinken", "Antony Blinken", "Secretary of State", "United States", "Anthony Blinken"},
    {"tileuberdi", "Mukhtar Tileuberdi", "Minister of Foreign Affairs", "Kazakhstan",
     "Mukhtar Tleuberdi"},
    {"kulubaev", "Jeenbek Kulubaev", "Minister for Foreign Affairs", "Kyrgyzstan",
     "Jeenbek Kulubaev"},
    {"muhriddin", "Sirojiddin Muhriddin", "Minister of Foreign Affairs", "Tajikistan",
     "Sirojiddin Mukhriddin"},
    {"meredov", "Rashid Meredov", "Minister of Foreign Affairs", "Turkmenistan", "Рашид Мередов"},
    {"saidov", "Bakhtiyor Saidov", "Minister of Foreign Affairs", "Uzbekistan", "Bakhtiyor Saidov"},
};

// A report of `meetings` meetings of about 19 lines each.
inline std::string generate_report(int meetings, unsigned seed) {
  std::mt19937 rng(seed);
  auto pick = [&](size_t n) { return static_cast<size_t>(rng() % n); };
  std::string out = "# Central Asia diplomatic digest, part " + std::to_string(seed) +
                    "\nDateline: 2023-12-31\nPlace: Astana, Kazakhstan\nSource: generated for the "
                    "soak test\n\n";
  constexpr size_t kCount = sizeof kSoakPeople / sizeof kSoakPeople[0];
  for (int m = 0; m < meetings; ++m) {
    char date[16];
    std::snprintf(date, sizeof date, "2023-%02d-%02d", 1 + m % 12, 1 + m % 28);
    size_t first = pick(kCount);
    const Person& a = kSoakPeople[first];
    const Person* b = &kSoakPeople[(first + 1 + pick(kCount - 1)) % kCount];  // someone else
    out += "## Talks " + std::to_string(m) + " {#talks-" + std::to_string(m) + "}\n";
    out += std::string("Date: ") + date + "\nPlace: Astana, Kazakhstan\nKind: bilateral\n\n";
    out += "### Attendees\n";
    for (const Person* p : {&a, b})
      out += std::string("- @") + p->handle + ": " + p->name + " | " + p->title + " | " +
             p->country + " [head]\n";
    out += "\n### Commitments\n";
    out +=
        std::string("- @") + a.handle + ", @" + b->handle + ": continue regular consultations\n\n";
    out += "### Summary\n";
    out += std::string("The ") + a.title + ", " + a.in_prose + ", met " + b->name +
           " in Astana to discuss trade, transport and water.\n\n";
    switch (pick(4)) {
      case 0:
        out += "Both sides praised the country’s “steady” reforms and agreed to meet again.\n\n";
        break;
      case 1:
        out += std::string("@") + b->handle + " thanked the hosts 🤝 for the welcome.\n\n";
        break;
      case 2:
        out += "Сторонам удалось договориться о новых маршрутах, сообщил " +
               std::string(b->in_prose) + ".\n\n";
        break;
      default:
        out += std::string(b->in_prose) + " said the talks were frank and useful.\n\n";
        break;
    }
  }
  return out;
}

}  // namespace readout::lsp::testing
