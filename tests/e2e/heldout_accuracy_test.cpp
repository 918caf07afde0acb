// `atslint parse` on the committed hand-labelled text and DOCX resumes (tests/corpus/heldout):
// contact details must be exact, and entries must not slip below what was measured.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "run_atslint.h"

namespace fs = std::filesystem;

namespace {

nlohmann::json read_json(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return nlohmann::json::parse(buffer.str());
}

std::string digits(const std::string& text) {
  std::string out;
  for (char c : text)
    if (c >= '0' && c <= '9') out.push_back(c);
  return out;
}

struct Labelled {
  fs::path document;
  nlohmann::json truth;
};

std::vector<Labelled> labelled(const std::string& folder) {
  std::vector<Labelled> out;
  for (const auto& entry : fs::recursive_directory_iterator(e2e::source_path(folder))) {
    auto name = entry.path().filename().string();
    if (!name.ends_with(".truth.json")) continue;
    auto stem = entry.path().parent_path() / name.substr(0, name.size() - 11);
    for (const char* extension : {".txt", ".md", ".docx"})
      if (fs::exists(stem.string() + extension)) out.push_back({stem.string() + extension, read_json(entry.path())});
  }
  std::sort(out.begin(), out.end(), [](const Labelled& a, const Labelled& b) { return a.document < b.document; });
  return out;
}

nlohmann::json parse(const fs::path& document) {
  auto result = e2e::run_atslint({"parse", document.string(), "--format", "json"});
  REQUIRE(result.exit_code == 0);
  return nlohmann::json::parse(result.out);
}

/// Share of labelled job titles the parser found exactly (case-insensitive).
void check_contact_and_count_titles(const std::vector<Labelled>& files, int& found, int& total) {
  for (const auto& file : files) {
    CAPTURE(file.document.string());
    auto parsed = parse(file.document);
    const auto& basics = file.truth["basics"];
    CHECK(parsed["basics"].value("name", "") == basics["name"].get<std::string>());
    CHECK(parsed["basics"].value("email", "") == basics["email"].get<std::string>());
    CHECK(digits(parsed["basics"].value("phone", "")) == digits(basics["phone"].get<std::string>()));
    std::vector<std::string> titles;
    for (const auto& work : parsed.value("work", nlohmann::json::array())) titles.push_back(work.value("position", ""));
    for (const auto& work : file.truth["work"]) {
      ++total;
      found += std::count(titles.begin(), titles.end(), work["position"].get<std::string>()) > 0 ? 1 : 0;
    }
  }
}

void check_set(const std::string& folder, size_t files_expected, int min_title_percent) {
  auto files = labelled(folder);
  REQUIRE(files.size() == files_expected);
  int found = 0, total = 0;
  check_contact_and_count_titles(files, found, total);
  CHECK(found * 100 >= total * min_title_percent);
}

}  // namespace

TEST_CASE("held-out text and Markdown resumes: exact contact details, job titles found") {
  check_set("tests/corpus/heldout/text", 12, 95);  // measured 35 of 35 titles (docs/accuracy.md)
}

TEST_CASE("held-out DOCX resumes: exact contact details, job titles found") {
  check_set("tests/corpus/heldout/docx", 10, 90);  // measured 29 of 30 titles (docs/accuracy.md)
}
