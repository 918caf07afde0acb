// The command line as a user meets it: exit codes, stderr lines, JSON shape,
// and the promise never to write to the files it reads.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>

#include "run_atslint.h"

using e2e::run_atslint;
using e2e::source_path;
using nlohmann::json;

static std::string file_bytes(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

static int count_lines_starting(const std::string& text, const std::string& prefix) {
  int count = 0;
  std::istringstream lines(text);
  for (std::string line; std::getline(lines, line);)
    if (line.rfind(prefix, 0) == 0) ++count;
  return count;
}

TEST_CASE("one good resume and every kind of bad input in one call") {
  std::vector<std::string> bad = {"tests/data/bad/empty.txt",         "tests/data/bad/binary-noise.txt",
                                  "tests/data/bad/invalid-utf8.txt",  "tests/data/bad/text-named.pdf",
                                  "tests/data/bad/truncated.pdf",     "tests/data/bad/legacy-word.doc",
                                  "tests/data/bad/no-such-file.txt"};
  std::vector<std::string> inputs = {source_path("tests/data/text/good-resume.txt"),
                                     source_path("tests/data/text/latin1-resume.txt")};
  for (const auto& path : bad) inputs.push_back(source_path(path));
  std::map<std::string, std::string> before;
  for (const auto& path : inputs)
    if (std::filesystem::exists(path)) before[path] = file_bytes(path);

  std::vector<std::string> args = {"--format", "json"};
  args.insert(args.end(), inputs.begin(), inputs.end());
  auto result = run_atslint(args);

  CHECK(result.exit_code == 2);
  auto report = json::parse(result.out);
  REQUIRE(report["files"].size() == inputs.size());
  CHECK(report["tool"]["name"] == "atslint");
  const auto& good = report["files"][0];
  CHECK(good["path"] == inputs[0]);
  CHECK(good["format"] == "txt");
  CHECK(good["error"].is_null());
  CHECK(good["pages"] == 1);
  const auto& latin1 = report["files"][1];
  CHECK(latin1["format"] == "txt");
  CHECK(latin1["error"].is_null());
  for (size_t i = 2; i < inputs.size(); ++i) {
    CAPTURE(inputs[i]);
    CHECK(report["files"][i]["error"].is_object());
    CHECK_FALSE(report["files"][i]["error"]["message"].get<std::string>().empty());
  }
  // One stderr line per unreadable file, in the documented form.
  CHECK(count_lines_starting(result.err, "atslint: error: ") == static_cast<int>(bad.size()));
  CHECK(report["summary"]["unreadable"] == bad.size());
  for (const auto& [path, bytes] : before) CHECK_MESSAGE(file_bytes(path) == bytes, path << " was modified");
}

TEST_CASE("a text file named .pdf says what it really is") {
  auto result = run_atslint({source_path("tests/data/bad/text-named.pdf")});
  CHECK(result.exit_code == 2);
  CHECK(result.err.find("is not a PDF: it holds plain text; an ATS will reject it") != std::string::npos);
}

TEST_CASE("exit codes follow --fail-on") {
  auto fires = source_path("tests/fixtures/missing-section/fires.txt");
  auto clean = source_path("tests/fixtures/missing-section/clean.txt");
  CHECK(run_atslint({"--select", "missing-section", fires}).exit_code == 1);
  CHECK(run_atslint({"--select", "missing-section", "--fail-on", "never", fires}).exit_code == 0);
  CHECK(run_atslint({"--select", "missing-section", clean}).exit_code == 0);
  CHECK(run_atslint({"--fail-on", "sometimes", clean}).exit_code == 2);
}

TEST_CASE("text output is one finding per line in PATH:LOCATION: severity: message [rule] form") {
  auto fires = source_path("tests/fixtures/missing-section/fires.txt");
  auto result = run_atslint({"--select", "missing-section", fires});
  CHECK(result.out.find(fires + ":1: error: no experience section found") != std::string::npos);
  CHECK(result.out.find("[missing-section]") != std::string::npos);
  CHECK(result.out.find("\033[") == std::string::npos);  // NO_COLOR is set by the runner
}

TEST_CASE("standard input is read with -") {
  auto result = run_atslint({"--format", "json", "-"}, source_path("tests/data/text/good-resume.txt"));
  CHECK(result.exit_code == 0);
  auto report = json::parse(result.out);
  CHECK(report["files"][0]["path"] == "-");
  CHECK(report["files"][0]["format"] == "txt");
}

TEST_CASE("folders are walked for resume files") {
  auto result = run_atslint({"--format", "json", "--fail-on", "never", source_path("tests/fixtures/missing-section")});
  auto report = json::parse(result.out);
  CHECK(report["files"].size() >= 2);
  for (const auto& file : report["files"]) CHECK(file["error"].is_null());
}

TEST_CASE("usage errors exit 2 and teach") {
  auto bare = run_atslint({});
  CHECK(bare.exit_code == 2);
  CHECK(bare.err.find("Subcommands:") != std::string::npos);
  auto unknown = run_atslint({"explain", "missing-sectoin"});
  CHECK(unknown.exit_code == 2);
  CHECK(unknown.err.find("did you mean 'missing-section'") != std::string::npos);
  auto help = run_atslint({"--help"});
  CHECK(help.exit_code == 0);
  CHECK(help.out.find("Examples:") != std::string::npos);
  auto version = run_atslint({"--version"});
  CHECK(version.exit_code == 0);
  CHECK(version.out.find("atslint ") == 0);
}

TEST_CASE("explain prints the rule's page and rules lists it") {
  auto explain = run_atslint({"explain", "missing-section"});
  CHECK(explain.exit_code == 0);
  CHECK(explain.out.find("# missing-section") == 0);
  auto rules = run_atslint({"rules", "--format", "json"});
  auto list = json::parse(rules.out);
  bool found = false;
  for (const auto& rule : list) found |= rule["name"] == "missing-section" && rule["code"] == "S001";
  CHECK(found);
}

TEST_CASE("atslint text prints what was read, list markers included") {
  auto result = run_atslint({"text", source_path("tests/data/text/latin1-resume.txt")});
  CHECK(result.exit_code == 0);
  CHECK(result.out.find("Amélie Durand\n") == 0);
  CHECK(result.out.find("- Réduit le temps") != std::string::npos);
}

TEST_CASE("--select takes one value per use, so the paths after it stay paths") {
  auto fires = source_path("tests/fixtures/missing-section/fires.txt");
  auto clean = source_path("tests/fixtures/missing-section/clean.txt");
  auto result = run_atslint({"--format", "json", "--select", "missing-section", fires, clean});
  CHECK(result.exit_code == 1);
  auto report = json::parse(result.out);
  CHECK(report["files"].size() == 2);
}
