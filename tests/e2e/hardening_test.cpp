// Hostile and damaged input found by mutation runs: atslint must answer with one
// `atslint: error:` line and a valid JSON report, never crash or go silent.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "run_atslint.h"

using e2e::run_atslint;
using e2e::source_path;
using nlohmann::json;

TEST_CASE("an error message quoting bytes that are not UTF-8 still gives valid JSON") {
  // libxml2 quotes the damaged end tag, byte 0xEF included, in its error message.
  auto path = source_path("tests/data/hardening/bad-utf8-in-rels-error.docx");
  auto result = run_atslint({"--format", "json", path});
  CHECK(result.exit_code == 2);
  CHECK(result.err.rfind("atslint: error: ", 0) == 0);
  auto report = json::parse(result.out);
  REQUIRE(report["files"].size() == 1);
  CHECK(report["files"][0]["error"]["code"] == "bad-xml");
}

TEST_CASE("a file name that is not UTF-8 still gives valid JSON and a parse result") {
  auto dir = std::filesystem::temp_directory_path() / "atslint-hardening-name";
  std::filesystem::create_directories(dir);
  auto path = (dir / "r\xe9sum\xe9.txt").string();  // Latin-1 bytes, as an old file system may hold
  std::filesystem::copy_file(source_path("tests/data/text/good-resume.txt"), path,
                             std::filesystem::copy_options::overwrite_existing);
  auto lint = run_atslint({"--format", "json", path});
  CHECK(lint.exit_code != 2);
  auto report = json::parse(lint.out);
  REQUIRE(report["files"].size() == 1);
  CHECK(report["files"][0]["error"].is_null());
  auto parse = run_atslint({"parse", path});
  CHECK(parse.exit_code == 0);
  CHECK(json::parse(parse.out).is_object());
  std::filesystem::remove_all(dir);
}

TEST_CASE("a line tens of thousands of characters long is refused, not a stack overflow") {
  // std::regex recursed once per character of such a line and crashed the process.
  for (std::string name : {"long-unbroken-line.txt", "long-unbroken-paragraph.docx"}) {
    CAPTURE(name);
    auto path = source_path("tests/data/hardening/" + name);
    auto lint = run_atslint({"--format", "json", path});
    CHECK(lint.exit_code == 2);
    auto report = json::parse(lint.out);
    CHECK(report["files"][0]["error"]["code"] == "line-too-long");
    CHECK(lint.err.rfind("atslint: error: " + path + ": line ", 0) == 0);
    for (std::string command : {"text", "parse"}) {
      auto shown = run_atslint({command, path});
      CHECK(shown.exit_code == 2);
      CHECK(shown.err.rfind("atslint: error: ", 0) == 0);
    }
  }
}

TEST_CASE("a DOCX whose zip entries are password-protected says so") {
  auto path = source_path("tests/data/hardening/password-zip.docx");  // zip -P: every entry encrypted
  auto lint = run_atslint({"--format", "json", path});
  CHECK(lint.exit_code == 2);
  auto report = json::parse(lint.out);
  CHECK(report["files"][0]["error"]["code"] == "encrypted");
  CHECK(lint.err.find("password-protected") != std::string::npos);
}
