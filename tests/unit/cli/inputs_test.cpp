// Collecting the files `readout lint` works on, and running tasks in parallel.
#include <gtest/gtest.h>

#include <atomic>
#include <filesystem>
#include <fstream>

#include "lint_inputs.hpp"
#include "lint_runner.hpp"

namespace readout::cli {
namespace {

namespace fs = std::filesystem;

class InputsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    root_ = fs::temp_directory_path() /
            (std::string("readout-inputs-test-") +
             ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(root_);
    for (const char* dir : {"r/b", "r/a", "r/.git", "other"}) fs::create_directories(root_ / dir);
    for (const char* file : {"r/b/2.readout", "r/a/1.readout", "r/z.readout", "r/notes.txt",
                             "r/.git/hidden.readout", "r/.hidden.readout", "other/x.md"}) {
      std::ofstream(root_ / file) << "# x\n";
    }
  }
  void TearDown() override { fs::remove_all(root_); }
  fs::path root_;
};

TEST_F(InputsTest, FoldersAreSearchedRecursivelyInSortedOrder) {
  std::vector<std::string> errors;
  auto inputs = collect_inputs({(root_ / "r").string()}, "", errors);
  EXPECT_TRUE(errors.empty());
  ASSERT_EQ(inputs.size(), 3u);
  EXPECT_EQ(inputs[0].display_path, (root_ / "r/a/1.readout").generic_string());
  EXPECT_EQ(inputs[1].display_path, (root_ / "r/b/2.readout").generic_string());
  EXPECT_EQ(inputs[2].display_path, (root_ / "r/z.readout").generic_string());
  EXPECT_EQ(inputs[0].config_start, root_ / "r/a");
}

TEST_F(InputsTest, NamedFilesAreKeptWhateverTheirExtensionAndOnlyOnce) {
  std::vector<std::string> errors;
  fs::path notes = root_ / "r/notes.txt";
  auto inputs = collect_inputs(
      {notes.string(), (root_ / "r/./z.readout").string(), (root_ / "r").string(), notes.string()},
      "", errors);
  EXPECT_TRUE(errors.empty());
  ASSERT_EQ(inputs.size(), 4u);
  EXPECT_EQ(inputs[0].path, notes);
  EXPECT_EQ(inputs[1].display_path, (root_ / "r/z.readout").generic_string());
  EXPECT_EQ(inputs[3].display_path, (root_ / "r/b/2.readout").generic_string());
}

TEST_F(InputsTest, MissingPathsAreReportedAndTheRestKept) {
  std::vector<std::string> errors;
  auto inputs = collect_inputs({"no/such.readout", (root_ / "r/z.readout").string()}, "", errors);
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0], "cannot read 'no/such.readout': No such file or directory");
  EXPECT_EQ(inputs.size(), 1u);
}

TEST_F(InputsTest, StandardInputTakesItsNameFromStdinFilename) {
  std::vector<std::string> errors;
  auto inputs = collect_inputs({"-"}, "reports/x.readout", errors);
  ASSERT_EQ(inputs.size(), 1u);
  EXPECT_TRUE(inputs[0].from_stdin);
  EXPECT_EQ(inputs[0].display_path, "reports/x.readout");
  EXPECT_EQ(inputs[0].config_start, fs::path("reports"));
  inputs = collect_inputs({"-"}, "", errors);
  EXPECT_EQ(inputs[0].display_path, "<stdin>");
  EXPECT_EQ(inputs[0].config_start, fs::path("."));
}

TEST(RunParallelTest, RunsEveryIndexOnce) {
  for (unsigned jobs : {1u, 2u, 8u}) {
    std::vector<std::atomic<int>> seen(100);
    run_parallel(seen.size(), jobs, [&](size_t i) { ++seen[i]; });
    for (const auto& s : seen) EXPECT_EQ(s.load(), 1);
  }
  run_parallel(0, 4, [](size_t) { FAIL() << "no task for an empty list"; });
}

}  // namespace
}  // namespace readout::cli
