#include <gtest/gtest.h>

#include "readout/names.hpp"

namespace readout::names {
namespace {

TEST(NameKey, CaseDiacriticsAndHyphens) {
  EXPECT_EQ(key("Kassym-Jomart Tokayev"), "kassym jomart tokayev");
  EXPECT_EQ(key("Raşit Meredow"), "rasit meredow");
  EXPECT_EQ(key("  ANTONY   blinken "), "antony blinken");
  EXPECT_EQ(key("Nguyễn Phú Trọng"), "nguyen phu trong");
  EXPECT_EQ(key("Mevlüt Çavuşoğlu"), "mevlut cavusoglu");
  EXPECT_EQ(key("Ma'ruf Amin"), "maruf amin");
  EXPECT_EQ(key("Ｍｕｋｈｔａｒ"), "mukhtar");  // full-width letters, NFKC
}

TEST(NameKey, CyrillicToLatin) {
  EXPECT_EQ(key("Касым-Жомарт Токаев"), "kasym zomart tokaev");
  EXPECT_EQ(key("Бахтиёр Саидов"), key("бахтиёр  саидов"));
}

}  // namespace
}  // namespace readout::names

namespace readout::names {
namespace {

TEST(NameKey, Honorifics) {
  EXPECT_EQ(key("H.E. Mr. Antony Blinken"), "antony blinken");
  EXPECT_EQ(key("His Excellency Rashid Meredov"), "rashid meredov");
  EXPECT_EQ(key("Her Excellency Dr Jane Doe"), "jane doe");
  EXPECT_EQ(key("Mrs Ms Sir Prof. Alpha Beta"), "alpha beta");
  // "He" without dots is a family name, not "H.E.".
  EXPECT_EQ(key("He Lifeng"), "he lifeng");
  EXPECT_TRUE(is_honorific("Dr."));
  EXPECT_TRUE(is_honorific("H.E."));
  EXPECT_FALSE(is_honorific("He"));
  EXPECT_FALSE(is_honorific("Antony"));
}

TEST(NameKey, NameOrder) {
  EXPECT_EQ(order_free_key("Suga Yoshihide"), order_free_key("Yoshihide Suga"));
  EXPECT_NE(key("Suga Yoshihide"), key("Yoshihide Suga"));
  EXPECT_EQ(order_free_key("Tokayev, Kassym-Jomart"), order_free_key("Kassym-Jomart Tokayev"));
  EXPECT_EQ(tokens("Kassym-Jomart Tokayev"),
            (std::vector<std::string>{"kassym", "jomart", "tokayev"}));
}

TEST(NameKey, OtherScriptsAndLetters) {
  EXPECT_EQ(key("İlham Əliyev"), "ilham aliyev");
  EXPECT_EQ(key("Ильхам Алиев"), "ilham aliev");
  EXPECT_EQ(key("Qasym-Zhomart Toqaev"), "qasym zhomart toqaev");
}

TEST(EditDistance, OptimalStringAlignment) {
  EXPECT_EQ(edit_distance("antony blinken", "anthony blinken", 3), 1);
  EXPECT_EQ(edit_distance("tleuberdi", "tileuberdi", 3), 1);
  EXPECT_EQ(edit_distance("abcd", "abdc", 3), 1);  // transposition counts once
  EXPECT_EQ(edit_distance("kitten", "sitting", 5), 3);
  EXPECT_EQ(edit_distance("kitten", "sitting", 1), 2);  // stops early at limit + 1
  EXPECT_EQ(edit_distance("", "abc", 5), 3);
  EXPECT_EQ(edit_distance("same", "same", 0), 0);
}

}  // namespace
}  // namespace readout::names
