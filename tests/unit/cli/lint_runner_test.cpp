// lint_in_order: results in input order, a bounded number of files in flight, failures kept.
#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <mutex>
#include <random>
#include <stdexcept>
#include <thread>
#include <vector>

#include "lint_runner.hpp"

namespace readout::cli {
namespace {

TEST(LintInOrderTest, UsesEveryResultOnceInInputOrderWithFewFilesInFlight) {
  constexpr size_t kFiles = 500;
  for (unsigned jobs : {1u, 2u, 3u}) {
    std::atomic<size_t> linted{0}, used{0}, most_ahead{0};
    std::vector<size_t> order;
    std::mt19937 random(jobs);
    std::vector<int> delays(kFiles);
    for (int& d : delays) d = static_cast<int>(random() % 50);
    lint_in_order(
        kFiles, jobs,
        [&](size_t i) {
          std::this_thread::sleep_for(std::chrono::microseconds(delays[i]));
          size_t ahead = ++linted - used.load();
          for (size_t seen = most_ahead.load();
               ahead > seen && !most_ahead.compare_exchange_weak(seen, ahead);) {
          }
          LintSlot slot;
          slot.read = true;
          slot.file.display_path = std::to_string(i);
          return slot;
        },
        [&](size_t i, LintSlot& slot) {
          EXPECT_EQ(slot.file.display_path, std::to_string(i));
          order.push_back(i);
          ++used;
        });
    ASSERT_EQ(order.size(), kFiles);
    for (size_t i = 0; i < kFiles; ++i) ASSERT_EQ(order[i], i);
    // Memory does not grow with the number of files: workers wait for the writer.
    EXPECT_LE(most_ahead.load(), 4 * jobs + jobs) << "jobs " << jobs;
  }
}

TEST(LintInOrderTest, AFileThatThrowsBecomesAnErrorAndTheRunGoesOn) {
  std::vector<std::string> errors;
  lint_in_order(
      5, 2,
      [](size_t i) -> LintSlot {
        if (i == 2) throw std::runtime_error("boom");
        LintSlot slot;
        slot.read = true;
        return slot;
      },
      [&](size_t, LintSlot& slot) { errors.push_back(slot.error); });
  ASSERT_EQ(errors.size(), 5u);
  EXPECT_EQ(errors[2], "internal error: boom");
  EXPECT_EQ(errors[1], "");
  EXPECT_EQ(errors[3], "");
}

TEST(LintInOrderTest, AnExceptionFromTheWriterStopsTheWorkersAndPropagates) {
  std::atomic<size_t> linted{0};
  EXPECT_THROW(lint_in_order(
                   10000, 2,
                   [&](size_t) {
                     ++linted;
                     return LintSlot{};
                   },
                   [](size_t i, LintSlot&) {
                     if (i == 3) throw std::runtime_error("disk full");
                   }),
               std::runtime_error);
  EXPECT_LT(linted.load(), 100u);
}

TEST(LintInOrderTest, NoInputsIsNoWork) {
  bool called = false;
  lint_in_order(
      0, 4,
      [&](size_t) {
        called = true;
        return LintSlot{};
      },
      [&](size_t, LintSlot&) { called = true; });
  EXPECT_FALSE(called);
}

}  // namespace
}  // namespace readout::cli
