// The PDF front end end to end: error handling, reading order, and the
// multi-column verdict on the shared corpora against hand-made labels.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>

#include "run_atslint.h"

namespace fs = std::filesystem;

namespace {

std::string file_bytes(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

// file name -> whether multi-column reported at warning or above.
std::map<std::string, bool> multi_column_verdicts(const std::vector<std::string>& files) {
  std::vector<std::string> args = {"--format", "json", "--no-config", "--fail-on", "never",
                                   "--select=multi-column", "--"};
  args.insert(args.end(), files.begin(), files.end());
  auto result = e2e::run_atslint(args);
  INFO("stderr: " << result.err);
  REQUIRE(result.exit_code == 0);
  std::map<std::string, bool> verdicts;
  auto report = nlohmann::json::parse(result.out);  // kept alive for the loop
  for (const auto& file : report["files"]) {

    bool fires = false;
    for (const auto& d : file["diagnostics"])
      fires |= d["rule"] == "multi-column" && d["severity"] != "info";
    verdicts[fs::path(file["path"].get<std::string>()).filename().string()] = fires;
  }
  return verdicts;
}

}  // namespace

TEST_CASE("encrypted, truncated and mislabelled PDFs fail alone, quietly, with exit 2") {
  std::vector<std::string> bad = {"encrypted.pdf", "truncated.pdf", "not-a-pdf.pdf"};
  std::vector<std::string> args = {"--no-config", "--fail-on", "never", "--"};
  std::map<std::string, std::string> before;
  for (const auto& name : bad) {
    auto path = e2e::source_path("tests/data/pdf/" + name);
    before[path] = file_bytes(path);
    args.push_back(path);
  }
  auto good = e2e::source_path("tests/data/pdf/two-column.pdf");
  args.push_back(good);
  auto result = e2e::run_atslint(args);
  CHECK(result.exit_code == 2);
  // The good file beside them is still linted.
  CHECK(result.out.find("two-column.pdf:page 1") != std::string::npos);
  // One line per bad file, each naming it, and nothing from Poppler.
  std::istringstream err(result.err);
  std::string line;
  int lines = 0;
  while (std::getline(err, line)) {
    ++lines;
    CHECK(line.starts_with("atslint: error: "));
  }
  CHECK(lines == 3);
  CHECK(result.err.find("password-protected: remove the password and export again") != std::string::npos);
  CHECK(result.err.find("truncated") != std::string::npos);
  CHECK(result.err.find("not a PDF") != std::string::npos);
  CHECK(result.err.find("Syntax") == std::string::npos);
  for (const auto& [path, bytes] : before) CHECK(file_bytes(path) == bytes);
}

TEST_CASE("an owner-password-only PDF is read normally") {
  auto result = e2e::run_atslint({"text", e2e::source_path("tests/data/pdf/owner-password-only.pdf")});
  CHECK(result.exit_code == 0);
  CHECK(result.out.find("Experience") != std::string::npos);
  CHECK(result.err.empty());
}

TEST_CASE("atslint text prints the left column whole before the right, --layout raw interleaves") {
  auto path = e2e::source_path("samples/pdf/two-column.pdf");
  auto ordered = e2e::run_atslint({"text", path});
  auto raw = e2e::run_atslint({"text", "--layout", "raw", path});
  REQUIRE(ordered.exit_code == 0);
  REQUIRE(raw.exit_code == 0);
  // "Spanish" ends the sidebar; the first job title opens the main column.
  CHECK(ordered.out.find("Spanish") < ordered.out.find("Senior Data Engineer"));
  CHECK(raw.out.find("Spanish") > raw.out.find("Senior Data Engineer"));
  CHECK(ordered.out.find("Alex Morgan") < ordered.out.find("Contact"));
}

TEST_CASE("a scanned page raises no-text-layer, an OCR'd scan raises neither it nor hidden text") {
  auto scan = e2e::run_atslint({"--no-config", "--select=no-text-layer",
                                e2e::source_path("tests/data/pdf/scanned.pdf")});
  CHECK(scan.exit_code == 1);
  CHECK(scan.out.find("the ATS will read nothing; export from the original document or run OCR") !=
        std::string::npos);
  auto ocr = e2e::run_atslint({"--no-config", "--select=no-text-layer",
                               e2e::source_path("tests/fixtures/no-text-layer/clean-ocr.pdf")});
  CHECK(ocr.exit_code == 0);
}

TEST_CASE("a clean single-column PDF raises no layout rule at warning or above") {
  auto result = e2e::run_atslint({"--no-config", "--fail-on", "warning", "--select=layout",
                                  e2e::source_path("samples/pdf/single-column.pdf")});
  CHECK(result.exit_code == 0);
}

TEST_CASE("multi-column verdict matches the offlinecv labels on all 45 PDFs") {
  if (!e2e::shared_available()) {
    MESSAGE("skipped: ../shared is absent");
    return;
  }
  fs::path truth_root = e2e::source_path("tests/corpus/offlinecv");
  std::vector<std::string> files;
  std::map<std::string, bool> expected;
  for (const auto& entry : fs::recursive_directory_iterator(truth_root)) {
    auto name = entry.path().filename().string();
    if (!name.ends_with(".truth.json")) continue;
    auto truth = nlohmann::json::parse(file_bytes(entry.path().string()));
    auto relative = fs::relative(entry.path(), truth_root).string();
    auto pdf = e2e::shared_path("corpus/offlinecv/" + relative.substr(0, relative.size() - 11) + ".pdf");
    files.push_back(pdf);
    expected[fs::path(pdf).filename().string()] = truth["columns"].get<int>() == 2;
  }
  REQUIRE(files.size() == 45);
  REQUIRE(expected.size() == 45);  // file names are unique
  auto verdicts = multi_column_verdicts(files);
  for (const auto& [pdf, two_columns] : expected) {
    CAPTURE(pdf);
    REQUIRE(verdicts.count(pdf) == 1);
    CHECK(verdicts[pdf] == two_columns);
  }
}

TEST_CASE("multi-column verdict agrees with the public corpus labels on at least 53 of 54 PDFs") {
  if (!e2e::shared_available()) {
    MESSAGE("skipped: ../shared is absent");
    return;
  }
  std::ifstream labels(e2e::shared_path("corpus/public/LABELS.tsv"));
  std::vector<std::string> files;
  std::map<std::string, bool> expected;
  std::string row;
  while (std::getline(labels, row)) {
    if (!row.starts_with("pdf/")) continue;
    auto tab = row.find('\t');
    auto label = row.find("columns=");
    if (label == std::string::npos) continue;
    auto pdf = e2e::shared_path("corpus/public/" + row.substr(0, tab));
    files.push_back(pdf);
    expected[fs::path(pdf).filename().string()] = row[label + 8] == '2';
  }
  REQUIRE(files.size() == 54);
  auto verdicts = multi_column_verdicts(files);
  int agree = 0;
  for (const auto& [pdf, two_columns] : expected) {
    if (verdicts[pdf] == two_columns) ++agree;
    else MESSAGE("disagrees with label (columns=" << (two_columns ? 2 : 1) << "): " << pdf);
  }
  CHECK(agree >= 53);
}

TEST_CASE("a PDF with a broken xref table is rebuilt and read without Poppler noise") {
  // pdftotext prints "Internal Error: xref num ... try to reconstruct" for this file.
  auto result = e2e::run_atslint({"text", e2e::source_path("tests/data/pdf/damaged-xref.pdf")});
  CHECK(result.exit_code == 0);
  CHECK(result.err.empty());
  CHECK(result.out.find("Experience") != std::string::npos);
}
