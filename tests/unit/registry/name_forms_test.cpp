// Names as people write them: suffixes, styles, family name first, second family names and
// other romanisations (names.hpp, Registry::find_person, analysis::fit_to_person).
#include <gtest/gtest.h>

#include "analysis/name_match.hpp"
#include "readout/names.hpp"
#include "readout/registry.hpp"

namespace readout {
namespace {

TEST(NameForms, RomanisationSkeletonsMeetForKnownVariants) {
  using names::romanisation_skeleton;
  EXPECT_EQ(romanisation_skeleton("zelensky"), romanisation_skeleton("zelenskyy"));
  EXPECT_EQ(romanisation_skeleton("zelenskiy"), romanisation_skeleton("zelenskyy"));
  EXPECT_EQ(romanisation_skeleton("berdimuhamedov"), romanisation_skeleton("berdimuhamedow"));
  EXPECT_EQ(romanisation_skeleton("nikos"), romanisation_skeleton("nicos"));
  EXPECT_EQ(romanisation_skeleton("tokayev"), romanisation_skeleton("tokaev"));
  EXPECT_EQ(romanisation_skeleton("mirziyoyev"), romanisation_skeleton("mirziyoev"));
  EXPECT_EQ(romanisation_skeleton("zhomart"), romanisation_skeleton("jomart"));
  EXPECT_EQ(romanisation_skeleton("qasym"), romanisation_skeleton("kasym"));
  EXPECT_EQ(romanisation_skeleton("abdoulaye"), romanisation_skeleton("abdulaye"));
  EXPECT_EQ(romanisation_skeleton("oleksii"), romanisation_skeleton("oleksiy"));
  EXPECT_EQ(romanisation_skeleton("el"), romanisation_skeleton("al"));
  // Slips are not romanisations: other letters, a lone i for y, doubled letters, and "ch"
  // against "k".
  EXPECT_NE(romanisation_skeleton("blinkken"), romanisation_skeleton("blinken"));
  EXPECT_NE(romanisation_skeleton("blinken"), romanisation_skeleton("blanken"));
  EXPECT_NE(romanisation_skeleton("chen"), romanisation_skeleton("ken"));
  EXPECT_NE(romanisation_skeleton("melony"), romanisation_skeleton("meloni"));
  EXPECT_NE(romanisation_skeleton("tileuberdy"), romanisation_skeleton("tileuberdi"));
}

TEST(NameForms, SuffixesAndStyles) {
  EXPECT_TRUE(names::is_generational_suffix("jr"));
  EXPECT_TRUE(names::is_generational_suffix("iii"));
  EXPECT_TRUE(names::is_generational_suffix("3rd"));
  EXPECT_FALSE(names::is_generational_suffix("biden"));
  EXPECT_TRUE(names::is_optional_part("r"));
  EXPECT_EQ(names::leading_styles(names::tokens("Sheikh Tamim bin Hamad Al Thani")), 1u);
  EXPECT_EQ(names::leading_styles(names::tokens("His Highness Sheikh Tamim bin Hamad")), 3u);
  EXPECT_EQ(names::leading_styles(names::tokens("Crown Prince Mohammed bin Salman")), 2u);
  // A style word that is a given name stays when only one name part would be left.
  EXPECT_EQ(names::leading_styles(names::tokens("Amir Peretz")), 0u);
  EXPECT_EQ(names::leading_styles(names::tokens("Prince Harry")), 0u);
}

std::shared_ptr<const Registry> people() {
  RegistryData d;
  d.persons = {
      {"biden", "Joseph R. Biden", {}, {}, "test", {}},
      {"tamim", "Tamim bin Hamad Al Thani", {}, {}, "test", {}},
      {"abdullah", "Abdullah II of Jordan", {}, {}, "test", {}},
      {"zelenskyy", "Volodymyr Zelenskyy", {}, {}, "test", {}},
      {"christodoulides", "Nicos Christodoulides", {}, {}, "test", {}},
      {"suga", "Yoshihide Suga", {}, {}, "test", {}},
      {"blinken", "Antony Blinken", {}, {}, "test", {}},
  };
  return Registry::build(std::move(d));
}

const Person* found(const Registry& registry, std::string_view written, NameMatchKind kind) {
  const std::vector<NameCandidate> candidates = registry.find_person(written, false);
  if (candidates.empty() || candidates.front().kind != kind) return nullptr;
  return candidates.front().person;
}

TEST(NameForms, FindPersonAsPeopleWriteNames) {
  const auto registry = people();
  const Person* p = found(*registry, "Joseph R. Biden Jr.", NameMatchKind::Exact);
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->id, "biden");
  p = found(*registry, "Sheikh Tamim bin Hamad Al-Thani", NameMatchKind::Exact);
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->id, "tamim");
  p = found(*registry, "King Abdullah II", NameMatchKind::Exact);
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->id, "abdullah");
  p = found(*registry, "Suga Yoshihide", NameMatchKind::Exact);
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->id, "suga");
  // Other romanisations are other spellings of the person, not misspellings.
  p = found(*registry, "Volodymyr Zelensky", NameMatchKind::OtherName);
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->id, "zelenskyy");
  p = found(*registry, "Nikos Christodoulides", NameMatchKind::OtherName);
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->id, "christodoulides");
  EXPECT_TRUE(registry->find_person("Antony Blanken", false).empty());
}

TEST(NameForms, MisspellingsWrittenFamilyNameFirst) {
  EXPECT_TRUE(analysis::plausible_misspelling("Suga Yushihide", "Yoshihide Suga"));
  EXPECT_TRUE(analysis::plausible_misspelling("Yushihide Suga", "Yoshihide Suga"));
  EXPECT_FALSE(
      analysis::plausible_misspelling("Suga Yoshihide", "Yoshihide Suga"));  // the same name
  EXPECT_FALSE(analysis::plausible_misspelling("Suga Kenji", "Yoshihide Suga"));
}

TEST(NameForms, FitToThePersonTheContextNames) {
  using analysis::fit_to_person;
  using analysis::NameFit;
  EXPECT_EQ(fit_to_person("Joseph R. Biden Jr.", "Joseph Biden", ""), NameFit::Same);
  EXPECT_EQ(fit_to_person("Alex Biden", "Alexander Biden", ""), NameFit::Same);
  EXPECT_EQ(fit_to_person("Joreph R. Biden Jr.", "Joseph Biden", ""), NameFit::Close);
  // "Joe" is no beginning of "Joseph": the registry must list the other name.
  EXPECT_EQ(fit_to_person("Joseph R. Biden Jr.", "Joe Biden", ""), NameFit::None);
  EXPECT_EQ(fit_to_person("Gabriel Boric Font", "Gabriel Boric", ""), NameFit::Same);
  EXPECT_EQ(fit_to_person("Pedro Sánchez Pérez-Castejón", "Pedro Sánchez", ""), NameFit::Same);
  EXPECT_EQ(fit_to_person("Mohammad Ashraf Ghani", "Ashraf Ghani", ""), NameFit::Same);
  EXPECT_EQ(fit_to_person("Ashraf Ghani", "Mohammad Ashraf Ghani", ""), NameFit::Same);
  EXPECT_EQ(fit_to_person("King Abdullah II bin Al-Hussein", "Abdullah II of Jordan", ""),
            NameFit::Same);
  EXPECT_EQ(fit_to_person("Sheikh Tamim bin Hamad Al Thani", "Tamim bin Hamad Al Thani", ""),
            NameFit::Same);
  EXPECT_EQ(fit_to_person("Suga Yoshihide", "Yoshihide Suga", ""), NameFit::Same);
  EXPECT_EQ(fit_to_person("Jae-in Moon", "Moon Jae-in", ""), NameFit::Same);
  EXPECT_EQ(fit_to_person("Serdar Berdimuhamedov", "Serdar Berdimuhamedow", ""),
            NameFit::Romanised);
  EXPECT_EQ(fit_to_person("Suga Yushihide", "Yoshihide Suga", ""), NameFit::Close);
  EXPECT_EQ(fit_to_person("Giorgia Melony", "Giorgia Meloni", ""), NameFit::Close);
  EXPECT_EQ(fit_to_person("Pervezz Musharraf", "Pervez Musharraf", ""),
            NameFit::Close);  // not a short form
  EXPECT_EQ(fit_to_person("Sergey Lovrev", "Sergey Lavrov", ""), NameFit::Close);  // two slips
  EXPECT_EQ(fit_to_person("Sergey Lebedev", "Sergey Lavrov", ""), NameFit::None);
  EXPECT_EQ(fit_to_person("Mario Draghi", "Giorgia Meloni", ""), NameFit::None);
  EXPECT_EQ(fit_to_person("Jill Biden", "Joe Biden", ""), NameFit::None);
  EXPECT_EQ(fit_to_person("Hunter Biden", "Joe Biden", ""), NameFit::None);
  // A spelling of one part is a longer name's first part only: King Salman is not his son.
  EXPECT_EQ(fit_to_person("Salman bin Abdulaziz Al Saud", "Salman of Saudi Arabia", ""),
            NameFit::Same);
  EXPECT_EQ(fit_to_person("Mohammed bin Salman", "Salman of Saudi Arabia", ""), NameFit::None);
  EXPECT_EQ(fit_to_person("Mukcy Sall", "Sall", ""), NameFit::None);
  // A nickname in quotes may be left out.
  EXPECT_EQ(fit_to_person("Ferdinand Romualdez Marcos Jr.", "Ferdinand \"Bongbong\" Marcos", ""),
            NameFit::Same);
}

TEST(NameForms, FitOverEverySpellingOfThePerson) {
  using analysis::fit_to_person;
  using analysis::NameFit;
  const Person biden{"biden", "Joe Biden", {{"Joseph R. Biden Jr.", "", ""}}, {}, "test", {}};
  EXPECT_EQ(fit_to_person("Joe Biden", biden).fit, NameFit::Same);
  EXPECT_EQ(fit_to_person("Joseph R. Biden Jr.", biden).fit, NameFit::Same);
  const auto slip =
      fit_to_person("Joesph R. Biden Jr.", biden);  // "Joe" begins it, but it is "Joseph"
  EXPECT_EQ(slip.fit, NameFit::Close);
  EXPECT_EQ(slip.spelling, "Joseph R. Biden Jr.");
  const Person hamad{
      "hamad", "Hamad II of Bahrain", {{"Hamad bin Isa Al Khalifa", "", ""}}, {}, "test", {}};
  EXPECT_EQ(fit_to_person("Hamad bin Isa Al Khalifa", hamad).fit, NameFit::Same);
  EXPECT_EQ(fit_to_person("Hamad bin Isa Al Kahlifa", hamad).fit, NameFit::Close);
  const Person abdullah{
      "abdullah", "Abdullah II of Jordan", {{"Abdallah bin al Hussein", "", ""}}, {}, "test", {}};
  EXPECT_EQ(fit_to_person("King Abdullah II bin Al-Hussein", abdullah).fit, NameFit::Same);
  const Person ali{"ali", "Irfaan Ali", {{"Mohammed Irfaan Ali", "", ""}}, {}, "test", {}};
  EXPECT_EQ(fit_to_person("Mohamed Irfaan Ali", ali).fit,
            NameFit::Same);  // a doubled letter is no slip
}

}  // namespace
}  // namespace readout
