// RecordTable: records held from the start, or read on first use, at fixed addresses.
#include <gtest/gtest.h>

#include <atomic>
#include <new>
#include <string>
#include <thread>
#include <vector>

#include "readout/record_table.hpp"

namespace readout {
namespace {

struct Item {
  std::string text;
  static inline std::atomic<int> alive{0};
  explicit Item(std::string t) : text(std::move(t)) { ++alive; }
  Item(const Item& other) : text(other.text) { ++alive; }
  Item(Item&& other) noexcept : text(std::move(other.text)) { ++alive; }
  Item& operator=(const Item&) = default;
  ~Item() { --alive; }
};

TEST(RecordTable, HeldFromTheStart) {
  RecordTable<std::string> table(std::vector<std::string>{"a", "b", "c"});
  ASSERT_EQ(table.size(), 3u);
  EXPECT_EQ(table[1], "b");
  EXPECT_EQ(table.front(), "a");
  EXPECT_EQ(table.back(), "c");
  EXPECT_EQ(table.read_count(), 3u);
  EXPECT_EQ(table.index_of(table[2]), 2u);
  const std::string elsewhere = "c";
  EXPECT_FALSE(table.index_of(elsewhere).has_value());
  EXPECT_EQ(std::vector<std::string>(table.begin(), table.end()),
            (std::vector<std::string>{"a", "b", "c"}));
}

TEST(RecordTable, ReadsEachRecordOnceOnFirstUse) {
  std::vector<int> reads(1000, 0);
  RecordTable<std::string> table(reads.size(), [&](size_t i) {
    ++reads[i];
    return "record " + std::to_string(i);
  });
  EXPECT_EQ(table.size(), 1000u);
  EXPECT_EQ(table.read_count(), 0u);
  EXPECT_EQ(table[500], "record 500");
  EXPECT_EQ(table[500], "record 500");
  const std::string* address = &table[500];
  EXPECT_EQ(table.read_count(), 1u);
  EXPECT_EQ(reads[500], 1);
  EXPECT_EQ(table.index_of(*address), 500u);
  // Iterating reads the rest, and the first record read keeps its address.
  size_t n = 0;
  for (const std::string& record : table) EXPECT_EQ(record, "record " + std::to_string(n++));
  EXPECT_EQ(&table[500], address);
  EXPECT_EQ(table.read_count(), 1000u);
  for (int count : reads) EXPECT_EQ(count, 1);
  EXPECT_EQ(table.copy().size(), 1000u);
}

TEST(RecordTable, DestroysOnlyTheRecordsItRead) {
  Item::alive = 0;
  {
    RecordTable<Item> table(100, [](size_t i) { return Item(std::to_string(i)); });
    EXPECT_EQ(table[7].text, "7");
    EXPECT_EQ(table[42].text, "42");
    EXPECT_EQ(Item::alive.load(), 2);
    RecordTable<Item> moved = std::move(table);  // the records move with the table
    EXPECT_TRUE(table.empty());
    EXPECT_EQ(moved[7].text, "7");
    EXPECT_EQ(Item::alive.load(), 2);
  }
  EXPECT_EQ(Item::alive.load(), 0);
}

TEST(RecordTable, ThreadsReadingTheSameRecordsSeeOneCopy) {
  std::atomic<int> reads{0};
  RecordTable<std::string> table(64, [&](size_t i) {
    ++reads;
    std::this_thread::yield();  // widen the window in which another thread asks for it
    return std::string(100, static_cast<char>('a' + i % 26));
  });
  std::vector<const std::string*> seen[4];
  {
    std::vector<std::jthread> threads;
    for (auto& out : seen)
      threads.emplace_back([&table, &out] {
        for (size_t i = 0; i < table.size(); ++i) out.push_back(&table[i]);
      });
  }
  EXPECT_EQ(reads.load(), 64);
  for (const auto& out : seen) EXPECT_EQ(out, seen[0]);
  for (size_t i = 0; i < table.size(); ++i) EXPECT_EQ(seen[0][i]->front(), 'a' + i % 26);
}

TEST(RecordTable, ARecordWhoseReadingFailedIsReadAgain) {
  int attempts = 0;
  RecordTable<std::string> table(1, [&](size_t) -> std::string {
    if (++attempts == 1) throw std::bad_alloc();
    return "second try";
  });
  EXPECT_THROW((void)table[0], std::bad_alloc);
  EXPECT_EQ(table.read_count(), 0u);
  EXPECT_EQ(table[0], "second try");
  EXPECT_EQ(attempts, 2);
}

}  // namespace
}  // namespace readout
