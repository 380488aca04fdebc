#include <gtest/gtest.h>
#include <algorithm>
#include <string>
#include <vector>

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
  EXPECT_EQ(edit_distance("", "ab", 2), 2);
  EXPECT_EQ(edit_distance("ab", "", 1), 2);
  EXPECT_EQ(edit_distance("", "", 0), 0);
  EXPECT_EQ(edit_distance("", "abc", 5), 3);
  EXPECT_EQ(edit_distance("same", "same", 0), 0);
}

}  // namespace
// The banded computation gives what the whole table gives, up to limit + 1, for any strings:
// short and long (past the rows kept on the stack), alike and not, at every limit.
TEST(NamesTest, EditDistanceEqualsTheFullTable) {
  auto full = [](std::string_view a, std::string_view b) {
    const size_t n = a.size(), m = b.size();
    std::vector<std::vector<int>> d(n + 1, std::vector<int>(m + 1));
    for (size_t i = 0; i <= n; ++i) d[i][0] = static_cast<int>(i);
    for (size_t j = 0; j <= m; ++j) d[0][j] = static_cast<int>(j);
    for (size_t i = 1; i <= n; ++i)
      for (size_t j = 1; j <= m; ++j) {
        d[i][j] = std::min(
            {d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)});
        if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
          d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
      }
    return d[n][m];
  };
  uint32_t seed = 12345;
  auto next = [&] { return seed = seed * 1664525u + 1013904223u; };
  auto random_text = [&](size_t length) {
    std::string out;
    for (size_t k = 0; k < length; ++k) out += static_cast<char>('a' + (next() >> 16) % 4);
    return out;
  };
  for (int round = 0; round < 3000; ++round) {
    const size_t length = (next() >> 16) % (round % 10 == 0 ? 90 : 12);
    const std::string a = random_text(length);
    std::string b = a;
    for (uint32_t edits = (next() >> 16) % 4; edits > 0; --edits) {
      const size_t at = b.empty() ? 0 : (next() >> 16) % b.size();
      switch ((next() >> 16) % 4) {
        case 0:
          b.insert(at, 1, 'c');
          break;
        case 1:
          if (!b.empty()) b.erase(at, 1);
          break;
        case 2:
          if (at + 1 < b.size()) std::swap(b[at], b[at + 1]);
          break;
        default:
          b = random_text((next() >> 16) % 12);
      }
    }
    const int want = full(a, b);
    for (int limit = 0; limit <= 4; ++limit)
      ASSERT_EQ(edit_distance(a, b, limit), std::min(want, limit + 1))
          << a << " / " << b << " limit " << limit;
  }
}

}  // namespace readout::names
