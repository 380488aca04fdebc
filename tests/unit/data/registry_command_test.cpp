// `readout registry ...` end to end, through the built program.
#include <gtest/gtest.h>

#include <sys/wait.h>
#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

namespace {

struct Outcome {
  int status = -1;
  std::string output;
};

Outcome run(const std::string& arguments) {
  Outcome result;
  const std::string command = std::string(READOUT_BINARY) + " " + arguments + " 2>&1";
  FILE* pipe = popen(command.c_str(), "r");
  if (!pipe) return result;
  std::array<char, 4096> buffer{};
  size_t n = 0;
  while ((n = fread(buffer.data(), 1, buffer.size(), pipe)) > 0)
    result.output.append(buffer.data(), n);
  const int status = pclose(pipe);
  result.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return result;
}

std::filesystem::path temp_file(const std::string& name, const std::string& text) {
  auto path = std::filesystem::temp_directory_path() / ("readout-registry-test-" + name);
  std::ofstream(path) << text;
  return path;
}

TEST(RegistryCommand, QueryFindsTheMisspelledSecretary) {
  Outcome r = run("registry query 'Anthony Blinken' --date 2023-02-28");
  EXPECT_EQ(r.status, 0) << r.output;
  EXPECT_NE(r.output.find("Antony Blinken [Q7821917] matched by similar name 'Antony Blinken'"),
            std::string::npos)
      << r.output;
  EXPECT_NE(r.output.find(
                "Secretary of State of the United States, from 26 January 2021 to 20 January 2025"),
            std::string::npos)
      << r.output;
}

TEST(RegistryCommand, QueryByCountryAndUnknownNames) {
  Outcome r = run("registry query Tleuberdi --country Kazakhstan --date 2023-02-28");
  EXPECT_EQ(r.status, 0) << r.output;
  EXPECT_NE(r.output.find("Mukhtar Tileuberdi [Q70254110]"), std::string::npos) << r.output;
  EXPECT_NE(r.output.find(
                "Minister of Foreign Affairs of Kazakhstan, from 18 September 2019 to April 2023"),
            std::string::npos)
      << r.output;
  Outcome none = run("registry query 'Zbigniew Quuxworth'");
  EXPECT_EQ(none.status, 1);
  Outcome bad_date = run("registry query Blinken --date 2023-02-30");
  EXPECT_EQ(bad_date.status, 2);
  EXPECT_NE(bad_date.output.find("February has only 28 days"), std::string::npos);
}

TEST(RegistryCommand, CheckReportsLocatedErrors) {
  auto bad =
      temp_file("bad.json",
                "{\"memberships\": [\n  {\"person_id\": \"Q7821917\", \"post_id\": \"Q14213\",\n"
                "   \"start_date\": \"2023-13-01\"}\n]}\n");
  Outcome r = run("registry check " + bad.string());
  EXPECT_EQ(r.status, 1);
  EXPECT_NE(r.output.find(bad.string() +
                          ":3:18: error: membership 1: start_date '2023-13-01' is not a valid "
                          "date: month 13 does not exist"),
            std::string::npos)
      << r.output;
  auto good = temp_file(
      "good.json", "{\"memberships\": [{\"person_id\": \"Q7821917\", \"post_id\": \"Q14213\"}]}");
  Outcome ok = run("registry check " + good.string());
  EXPECT_EQ(ok.status, 0) << ok.output;
  std::filesystem::remove(bad);
  std::filesystem::remove(good);
}

TEST(RegistryCommand, ImportsOnlyForeignAffairsPersonsFromTheFoldersItIsToldTo) {
  namespace fs = std::filesystem;
  const fs::path root = fs::temp_directory_path() / "readout-registry-test-cabinets-more";
  fs::create_directories(root / "norway" / "html");
  std::ofstream(root / "norway" / "html" / "positions.csv")
      << "id,position,country,jurisdiction,deputy,list,start,end,before,after,enwiki\n"
         "Q838839,Prime Minister of Norway,Q20,Q20,,,,,,,\n"
         "Q1368986,Minister of Foreign Affairs of Norway,Q20,Q20,,,,,,,\n";
  const fs::path holders = root / "norway" / "html" / "holders21.csv";
  std::ofstream(holders) << "position,person,personID,start,end\n"
                            "Prime Minister,Erna Solberg,Q289622,2013-10-16,2021-10-14\n"
                            "Minister of Foreign Affairs,Ine Eriksen Soreide,Q289593,2017-10-20,\n"
                            "Minister of Defence,Frank Bakke-Jensen,Q1443553,2017-10-20,\n";
  const fs::path leaders = temp_file(
      "leaders.csv",
      "countryid,country,position,positionLabel,officeholder,officeholderLabel,start_year,"
      "end_year\nQ20,Norway,Q838839,Prime Minister of Norway,Q57651,Jonas Gahr Store,2021,\n");
  const fs::path out = fs::temp_directory_path() / "readout-registry-test-cabinet.json";
  auto import = [&](const std::string& option) {
    Outcome r = run("registry import wikidata-csv -q " + option + " " + leaders.string() + " " +
                    holders.string() + " -o " + out.string());
    EXPECT_EQ(r.status, 0) << r.output;
    std::ifstream in(out);
    return std::string(std::istreambuf_iterator<char>(in), {});
  };
  const std::string trimmed = import("--foreign-affairs-only " + root.string());
  EXPECT_NE(trimmed.find("Erna Solberg"), std::string::npos);
  EXPECT_NE(trimmed.find("Ine Eriksen Soreide"), std::string::npos);
  EXPECT_EQ(trimmed.find("Frank Bakke-Jensen"), std::string::npos);
  const std::string full = import("--foreign-affairs-only " + (root / "elsewhere").string());
  EXPECT_NE(full.find("Frank Bakke-Jensen"), std::string::npos);
  fs::remove_all(root);
}

TEST(RegistryCommand, Stats) {
  Outcome r = run("registry stats");
  EXPECT_EQ(r.status, 0);
  EXPECT_NE(r.output.find("persons:"), std::string::npos);
  EXPECT_NE(r.output.find("memberships:"), std::string::npos);
}

}  // namespace
