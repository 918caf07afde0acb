// The DOCX/ODT front end through the atslint binary, as a user runs it.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "run_atslint.h"

namespace {

int count_occurrences(const std::string& haystack, std::string_view needle) {
  int count = 0;
  for (size_t at = haystack.find(needle); at != std::string::npos; at = haystack.find(needle, at + 1)) ++count;
  return count;
}

std::string sample(const std::string& name) { return e2e::source_path("samples/docx/" + name); }
std::string data(const std::string& name) { return e2e::source_path("tests/data/docx/" + name); }

nlohmann::json lint_json(std::vector<std::string> args) {
  args.insert(args.begin(), {"--format", "json", "--no-config", "--fail-on", "never"});
  auto result = e2e::run_atslint(args);
  INFO("stderr: " << result.err);
  return nlohmann::json::parse(result.out);
}

bool rule_registered(const std::string& name) {
  auto result = e2e::run_atslint({"rules"});
  return result.out.find(name) != std::string::npos;
}

}  // namespace

TEST_CASE("atslint text shows text-box content exactly once") {
  auto result = e2e::run_atslint({"text", sample("text-box-contact.docx")});
  REQUIRE(result.exit_code == 0);
  CHECK(count_occurrences(result.out, "jordan.blake@example.com") == 1);
  CHECK(count_occurrences(result.out, "linkedin.com/in/jordanblake") == 1);
  auto trap = e2e::run_atslint({"text", data("alternate-content.docx")});
  CHECK(count_occurrences(trap.out, "Available from March") == 1);
}

TEST_CASE("atslint text includes header and footer text") {
  auto result = e2e::run_atslint({"text", data("header-footer.docx")});
  REQUIRE(result.exit_code == 0);
  CHECK(result.out.find("Header Name Line") != std::string::npos);
  CHECK(result.out.find("Footer page note") != std::string::npos);
  auto header = e2e::run_atslint({"text", sample("header-contact.docx")});
  CHECK(header.out.find("jordan.blake@example.com") != std::string::npos);
}

TEST_CASE("atslint text reads ODT: headings, list markers, frame text once, header") {
  auto result = e2e::run_atslint({"text", sample("odt-text-box-table.odt")});
  REQUIRE(result.exit_code == 0);
  CHECK(result.out.find("Header line of the ODT") != std::string::npos);
  CHECK(count_occurrences(result.out, "Open to relocation") == 1);
  CHECK(result.out.find("• Cut order-routing latency") != std::string::npos);
  CHECK(result.out.find("Experience\n") != std::string::npos);
}

TEST_CASE("the clean DOCX raises no layout rule at warning or above") {
  auto report = lint_json({"--select", "layout", sample("clean.docx")});
  const auto& file = report["files"][0];
  CHECK(file["error"].is_null());
  for (const auto& d : file["diagnostics"]) {
    CAPTURE(d.dump());
    CHECK(d["severity"] == "info");
  }
}

TEST_CASE("the text-box and tracked-changes samples raise their rules at the right severity") {
  auto box = lint_json({"--select", "text-box", sample("text-box-contact.docx")});
  REQUIRE(box["files"][0]["diagnostics"].size() == 1);
  CHECK(box["files"][0]["diagnostics"][0]["severity"] == "error");
  auto note = lint_json({"--select", "text-box", e2e::source_path("tests/fixtures/text-box/fires-docx-note.docx")});
  REQUIRE(note["files"][0]["diagnostics"].size() == 1);
  CHECK(note["files"][0]["diagnostics"][0]["severity"] == "warning");
  auto tracked = lint_json({"--select", "tracked-changes", sample("tracked-changes.docx")});
  REQUIRE(tracked["files"][0]["diagnostics"].size() == 1);
  auto message = tracked["files"][0]["diagnostics"][0]["message"].get<std::string>();
  CHECK(message.find("1 comment") != std::string::npos);
  CHECK(message.find("accept or reject all changes") != std::string::npos);
}

TEST_CASE("each DOCX hazard sample raises its rule once that rule is built in") {
  const std::pair<const char*, const char*> hazards[] = {
      {"text-box-contact.docx", "text-box"},   {"layout-table.docx", "table-layout"},
      {"header-contact.docx", "header-footer-content"}, {"two-columns.docx", "multi-column"},
      {"photo.docx", "image"},                 {"white-keywords.docx", "hidden-text"},
      {"tracked-changes.docx", "tracked-changes"}};
  for (auto [file, rule] : hazards) {
    CAPTURE(file);
    if (!rule_registered(rule)) {
      MESSAGE("rule " << rule << " is not in this build; skipping " << file);
      continue;
    }
    auto report = lint_json({"--select", rule, sample(file)});
    CHECK(report["files"][0]["diagnostics"].size() > 0);
  }
}

TEST_CASE("hostile files get a clear error and exit 2 while good files beside them are linted") {
  auto result = e2e::run_atslint({"--format", "json", "--no-config", data("zip-bomb.docx"), data("billion-laughs.docx"),
                                  data("external-entity.docx"), data("encrypted.docx"), sample("text-box-contact.docx")});
  CHECK(result.exit_code == 2);
  CHECK(result.out.find("root:") == std::string::npos);  // /etc/passwd never leaks into output
  CHECK(result.err.find("root:") == std::string::npos);
  auto report = nlohmann::json::parse(result.out);
  const auto& files = report["files"];
  REQUIRE(files.size() == 5);
  CHECK(files[0]["error"]["code"] == "zip-bomb");
  CHECK(files[1]["error"]["code"] == "unsafe-xml");
  CHECK(files[2]["error"]["code"] == "unsafe-xml");
  CHECK(files[3]["error"]["code"] == "encrypted");
  CHECK(files[3]["error"]["message"].get<std::string>().find("password-protected") != std::string::npos);
  CHECK(files[4]["error"].is_null());
  CHECK(files[4]["diagnostics"].size() > 0);
}

TEST_CASE("an encrypted DOCX alone exits 2 with the password advice") {
  auto result = e2e::run_atslint({"text", data("encrypted.docx")});
  CHECK(result.exit_code == 2);
  CHECK(result.err.find("password-protected: remove the password and save again") != std::string::npos);
}

TEST_CASE("every public DOCX/ODT resume reads into sensible text") {
  if (!e2e::shared_available()) {
    MESSAGE("skipped: " << ATSLINT_SHARED_DIR << " is absent");
    return;
  }
  auto folder = std::filesystem::path(e2e::shared_path("corpus/public/docx"));
  if (!std::filesystem::is_directory(folder)) {
    MESSAGE("skipped: no public DOCX corpus at " << folder);
    return;
  }
  int files = 0;
  for (const auto& entry : std::filesystem::directory_iterator(folder)) {
    auto path = entry.path().string();
    CAPTURE(path);
    ++files;
    auto result = e2e::run_atslint({"text", path});
    CHECK(result.exit_code == 0);
    CHECK(result.err.empty());
    int letters = 0, lines = count_occurrences(result.out, "\n");
    for (unsigned char c : result.out) letters += std::isalpha(c) ? 1 : 0;
    CHECK(letters > 500);  // a resume's worth of words, not a handful of fragments
    CHECK(lines > 15);
  }
  CHECK(files >= 1);
}
