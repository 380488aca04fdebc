// HashedIndex: the flat multimap behind the registry's name look-ups.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "registry/registry_index.hpp"

namespace readout {
namespace {

std::vector<uint32_t> values_of(const HashedIndex& index, std::string_view key) {
  std::vector<uint32_t> out;
  index.find(key, [&](uint32_t v) { out.push_back(v); });
  std::sort(out.begin(), out.end());
  return out;
}

TEST(HashedIndexTest, FindsEveryValueOfAKeyOnceAndNothingElse) {
  HashedIndex index;
  index.reserve(8);
  index.add("blinken", 3);
  index.add("tileuberdi", 1);
  index.add("blinken", 7);
  index.add("blinken", 3);  // repeated pair: kept once
  index.add("", 9);
  index.finish();
  EXPECT_EQ(values_of(index, "blinken"), (std::vector<uint32_t>{3, 7}));
  EXPECT_EQ(values_of(index, "tileuberdi"), (std::vector<uint32_t>{1}));
  EXPECT_EQ(values_of(index, ""), (std::vector<uint32_t>{9}));
  EXPECT_TRUE(values_of(index, "blinke").empty());
  EXPECT_TRUE(index.contains("blinken"));
  EXPECT_FALSE(index.contains("Blinken"));  // keys are compared as given (callers normalise)
}

TEST(HashedIndexTest, ManyKeysStayApart) {
  HashedIndex index;
  for (uint32_t i = 0; i < 20000; ++i) index.add("name" + std::to_string(i), i);
  index.finish();
  for (uint32_t i = 0; i < 20000; i += 997)
    EXPECT_EQ(values_of(index, "name" + std::to_string(i)), (std::vector<uint32_t>{i}));
  EXPECT_FALSE(index.contains("name20000"));
}

TEST(HashedIndexTest, AnEmptyIndexFindsNothing) {
  HashedIndex index;
  index.finish();
  EXPECT_FALSE(index.contains("anything"));
}

}  // namespace
}  // namespace readout
