#include "readout/post_description.hpp"

#include <array>
#include <string>
#include <string_view>

namespace readout {
namespace {

// Country names read with "the": "of the United States", "of the Netherlands".
std::string with_article(std::string_view name) {
  static constexpr std::array<std::string_view, 12> kTakesThe = {
      "United ",   "Netherlands", "Philippines", "Bahamas",        "Gambia",  "Maldives",
      "European ", "Republic ",   "Democratic ", "Czech Republic", "Comoros", "Central African"};
  for (auto prefix : kTakesThe)
    if (name.starts_with(prefix)) return "the " + std::string(name);
  return std::string(name);
}

}  // namespace

std::string describe_post(const HeldPost& held) {
  std::string label = held.membership && !held.membership->label.empty()
                          ? held.membership->label.str()
                      : held.post ? held.post->label.str()
                                  : std::string("a post");
  if (held.organization && label.find(held.organization->name) == std::string::npos)
    label += " of " + with_article(held.organization->name);
  // Said mid-sentence ("was not acting Minister of ..."), whether the label says it or not.
  if (label.starts_with("Acting "))
    label[0] = 'a';
  else if (held.membership && held.membership->acting && !label.starts_with("acting "))
    label = "acting " + label;
  return label;
}

std::string describe_term(const Membership& membership) {
  const auto& start = membership.start_date;
  const auto& end = membership.end_date;
  if (start && end) return "from " + start->to_display() + " to " + end->to_display();
  if (start) return "since " + start->to_display();
  if (end) return "until " + end->to_display();
  return "at some time";
}

std::string describe_held_post(const HeldPost& held) {
  const std::string post = describe_post(held);
  return held.membership ? post + ", " + describe_term(*held.membership) : post;
}

}  // namespace readout
