// Every registered rule must fire on its `fires*` fixtures and stay quiet on
// its `clean*` fixtures (tests/fixtures/README.md).
#include <doctest/doctest.h>

#include <filesystem>
#include <set>
#include <nlohmann/json.hpp>

#include "linter/rule_registry.h"
#include "run_atslint.h"

namespace fs = std::filesystem;

static int count_findings(const std::string& file, const std::string& rule) {
  auto result = e2e::run_atslint({"--format", "json", "--no-config", "--fail-on", "never", "--select", rule, file});
  INFO("stderr: " << result.err);
  REQUIRE(result.exit_code == 0);
  auto report = nlohmann::json::parse(result.out);
  int count = 0;
  for (const auto& d : report["files"][0]["diagnostics"])
    if (d["rule"] == rule) ++count;
  return count;
}

TEST_CASE("every rule has fixtures that fire and fixtures that stay clean") {
  for (const auto& rule : atslint::all_rules()) {
    std::string name(rule->info().name);
    CAPTURE(name);
    fs::path folder = e2e::source_path("tests/fixtures/" + name);
    REQUIRE_MESSAGE(fs::is_directory(folder), "missing fixture folder tests/fixtures/" << name);
    int fires = 0, clean = 0;
    for (const auto& entry : fs::directory_iterator(folder)) {
      auto file = entry.path().filename().string();
      CAPTURE(file);
      if (file.starts_with("fires")) {
        ++fires;
        CHECK(count_findings(entry.path().string(), name) > 0);
      } else if (file.starts_with("clean")) {
        ++clean;
        CHECK(count_findings(entry.path().string(), name) == 0);
      }
    }
    CHECK_MESSAGE(fires > 0, name << " has no fires* fixture");
    CHECK_MESSAGE(clean > 0, name << " has no clean* fixture");
  }
}

TEST_CASE("every rule has a documentation page and a unique code and name") {
  std::set<std::string> codes, names;
  for (const auto& rule : atslint::all_rules()) {
    std::string name(rule->info().name);
    CAPTURE(name);
    CHECK(fs::is_regular_file(e2e::source_path("docs/rules/" + name + ".md")));
    CHECK(codes.insert(std::string(rule->info().code)).second);
    CHECK(names.insert(name).second);
  }
}
