// read_file and write_file_atomically.
#include <gtest/gtest.h>
#include <sys/stat.h>

#include <filesystem>
#include <fstream>

#include "readout/data/files.hpp"

namespace readout::data {
namespace {

namespace fs = std::filesystem;

class FilesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           (std::string("readout-files-test-") +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }
  size_t entries() const {
    return static_cast<size_t>(
        std::distance(fs::directory_iterator(dir_), fs::directory_iterator()));
  }
  fs::path dir_;
};

TEST_F(FilesTest, WritesANewFileAndReadsItBack) {
  std::string error;
  ASSERT_TRUE(write_file_atomically(dir_ / "a.readout", "héllo\r\nworld", error)) << error;
  std::string text;
  ASSERT_TRUE(read_file(dir_ / "a.readout", text, error)) << error;
  EXPECT_EQ(text, "héllo\r\nworld");
  EXPECT_EQ(entries(), 1u) << "no temporary file is left behind";
}

TEST_F(FilesTest, ReplacesContentsAndKeepsPermissions) {
  fs::path file = dir_ / "a.readout";
  std::ofstream(file) << "a much longer old text than the new one\n";
  ASSERT_EQ(::chmod(file.c_str(), 0640), 0);
  std::string error;
  ASSERT_TRUE(write_file_atomically(file, "new\n", error)) << error;
  std::string text;
  ASSERT_TRUE(read_file(file, text, error));
  EXPECT_EQ(text, "new\n");
  struct stat info {};
  ASSERT_EQ(::stat(file.c_str(), &info), 0);
  EXPECT_EQ(info.st_mode & 07777, 0640u);
  EXPECT_EQ(entries(), 1u);
}

TEST_F(FilesTest, WritesThroughASymbolicLink) {
  fs::path target = dir_ / "target.readout";
  std::ofstream(target) << "old\n";
  fs::create_symlink(target, dir_ / "link.readout");
  std::string error;
  ASSERT_TRUE(write_file_atomically(dir_ / "link.readout", "new\n", error)) << error;
  EXPECT_TRUE(fs::is_symlink(dir_ / "link.readout"));
  std::string text;
  ASSERT_TRUE(read_file(target, text, error));
  EXPECT_EQ(text, "new\n");
}

TEST_F(FilesTest, ReadErrorsUseTheSystemsWords) {
  std::string text;
  std::string error;
  EXPECT_FALSE(read_file(dir_ / "missing.readout", text, error));
  EXPECT_EQ(error, "No such file or directory");
  EXPECT_FALSE(read_file(dir_, text, error));
  EXPECT_EQ(error, "Is a directory");
}

TEST_F(FilesTest, WriteIntoAMissingFolderFails) {
  std::string error;
  EXPECT_FALSE(write_file_atomically(dir_ / "no" / "such" / "x.readout", "x", error));
  EXPECT_EQ(error, "No such file or directory");
}

TEST_F(FilesTest, ReadsAnEmptyFile) {
  std::ofstream(dir_ / "empty.readout").close();
  std::string text = "stale";
  std::string error;
  ASSERT_TRUE(read_file(dir_ / "empty.readout", text, error));
  EXPECT_EQ(text, "");
}

}  // namespace
}  // namespace readout::data
