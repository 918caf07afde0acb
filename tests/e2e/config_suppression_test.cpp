// Configuration files, command-line overrides, suppression comments and scores, run as a user would.
#include <doctest/doctest.h>

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <set>
#include <nlohmann/json.hpp>

#include "run_atslint.h"

namespace fs = std::filesystem;

namespace {

constexpr const char* kResume = R"(# Jordan Avery

jordan.avery@example.com

## Experience

**Engineer** — Northwind — Jan 2019 – Dec 2022

- Responsible for the routing service.
- Worked on various projects etc.
- Led the migration of 40 services to Kubernetes, cutting deploy time from 45 to 6 minutes.

## Education

BSc Computer Science — 2018

## Skills

Python, Django, PostgreSQL, Redis, Docker
)";

/// A fresh folder under the temp directory, removed when the test ends.
struct TempDir {
  fs::path path;
  TempDir() {
    static int counter = 0;
    path = fs::temp_directory_path() / ("atslint-config-" + std::to_string(::getpid()) + "-" + std::to_string(++counter));
    fs::create_directories(path);
  }
  ~TempDir() { fs::remove_all(path); }
  fs::path write(const std::string& name, const std::string& text) const {
    fs::create_directories((path / name).parent_path());
    std::ofstream(path / name) << text;
    return path / name;
  }
};

std::multiset<std::string> rules_reported(const std::vector<std::string>& args) {
  std::vector<std::string> full = {"--format", "json", "--fail-on", "never"};
  full.insert(full.end(), args.begin(), args.end());
  auto result = e2e::run_atslint(full);
  INFO("stderr: " << result.err);
  REQUIRE(result.exit_code == 0);
  std::multiset<std::string> rules;
  auto report = nlohmann::json::parse(result.out);  // kept alive: the loop reads inside it
  for (const auto& d : report["files"][0]["diagnostics"]) rules.insert(d["rule"].get<std::string>());
  return rules;
}

}  // namespace

TEST_CASE("a .atslint.toml beside the resume ignoring two rules is found and applied") {
  TempDir dir;
  auto resume = dir.write("cv/resume.md", kResume);
  auto without = rules_reported({resume.string()});
  REQUIRE(without.count("weak-opener") == 2);
  REQUIRE(without.count("filler-words") == 1);
  dir.write("cv/.atslint.toml", "[rules]\nignore = [\"weak-opener\", \"B010\"]\n");
  auto with = rules_reported({resume.string()});
  CHECK(with.count("weak-opener") == 0);
  CHECK(with.count("filler-words") == 0);
  CHECK(with.count("no-metric") == without.count("no-metric"));
  // --no-config ignores it; a config further up loses to the nearest one.
  CHECK(rules_reported({"--no-config", resume.string()}).count("weak-opener") == 2);
  dir.write(".atslint.toml", "[rules]\nignore = [\"no-metric\"]\n");
  auto nearest = rules_reported({resume.string()});
  CHECK(nearest.count("no-metric") == without.count("no-metric"));
  CHECK(nearest.count("weak-opener") == 0);
}

TEST_CASE("severity, options, per-file ignores and [[suppress]] from the config") {
  TempDir dir;
  auto resume = dir.write("resumes/a.md", kResume);
  auto config = dir.write("atslint.toml", R"([rules.weak-opener]
severity = "error"

[rules.bullet-too-short]
min-words = 8

[[per-file-ignores]]
files = "resumes/*.md"
rules = ["no-metric"]

[[suppress]]
rule = "filler-words"
text = "various projects"
)");
  auto result = e2e::run_atslint({"--format", "json", "--fail-on", "never", "--config", config.string(), resume.string()});
  REQUIRE(result.exit_code == 0);
  auto diagnostics = nlohmann::json::parse(result.out)["files"][0]["diagnostics"];
  int weak = 0, short_bullets = 0;
  for (const auto& d : diagnostics) {
    CHECK(d["rule"] != "no-metric");
    CHECK(d["rule"] != "filler-words");
    if (d["rule"] == "weak-opener") {
      ++weak;
      CHECK(d["severity"] == "error");
    }
    if (d["rule"] == "bullet-too-short") ++short_bullets;
  }
  CHECK(weak == 2);
  // "Responsible for the routing service." and "Worked on various projects etc." have 5 words:
  // under the configured 8, but not under the default 5.
  CHECK(short_bullets == 2);
  CHECK(rules_reported({"--no-config", resume.string()}).count("bullet-too-short") == 0);
}

TEST_CASE("an unknown rule or option in the config exits 2 with a did-you-mean") {
  TempDir dir;
  auto resume = dir.write("resume.md", kResume);
  dir.write(".atslint.toml", "[rules]\nignore = [\"weak-openr\"]\n");
  auto result = e2e::run_atslint({resume.string()});
  CHECK(result.exit_code == 2);
  CHECK(result.err.find("did you mean 'weak-opener'") != std::string::npos);
  dir.write(".atslint.toml", "[rules.bullet-too-long]\nmax-word = 30\n");
  result = e2e::run_atslint({resume.string()});
  CHECK(result.exit_code == 2);
  CHECK(result.err.find("did you mean 'max-words'") != std::string::npos);
}

TEST_CASE("command-line --select and --ignore override the config, categories select groups") {
  TempDir dir;
  auto resume = dir.write("resume.md", kResume);
  dir.write(".atslint.toml", "[rules]\nselect = [\"weak-opener\"]\n");
  auto from_file = rules_reported({resume.string()});
  CHECK(from_file.size() == from_file.count("weak-opener"));
  auto overridden = rules_reported({"--select", "bullet", "--ignore", "B001", resume.string()});
  CHECK(overridden.count("weak-opener") == 0);
  CHECK(overridden.count("no-metric") > 0);
  CHECK(overridden.count("missing-section") == 0);
}

TEST_CASE("fail-on in the config sets the exit code unless --fail-on is given") {
  TempDir dir;
  auto resume = dir.write("resume.md", kResume);  // warnings, no errors
  CHECK(e2e::run_atslint({resume.string()}).exit_code == 0);
  dir.write(".atslint.toml", "fail-on = \"warning\"\n");
  CHECK(e2e::run_atslint({resume.string()}).exit_code == 1);
  CHECK(e2e::run_atslint({"--fail-on", "error", resume.string()}).exit_code == 0);
}

TEST_CASE("suppression comments silence findings, --no-suppress shows everything") {
  TempDir dir;
  std::string text = kResume;
  auto replace = [&](const std::string& from, const std::string& to) { text.replace(text.find(from), from.size(), to); };
  replace("- Responsible for", "<!-- atslint-disable-next-line weak-opener -->\n- Responsible for");
  replace("- Worked on various", "<!-- atslint-disable filler-words, B001 -->\n- Worked on various");
  replace("- Led the migration", "<!-- atslint-enable -->\n- Worked on the search service.\n- Led the migration");
  auto resume = dir.write("resume.md", text);
  auto quiet = rules_reported({"--no-config", resume.string()});
  CHECK(quiet.count("weak-opener") == 1);  // only "Worked on the search service."
  CHECK(quiet.count("filler-words") == 0);
  CHECK(quiet.count("no-metric") == 3);    // not named by any comment
  auto loud = rules_reported({"--no-config", "--no-suppress", resume.string()});
  CHECK(loud.count("weak-opener") == 3);
  CHECK(loud.count("filler-words") == 1);
}

TEST_CASE("rules --format json lists every bullet rule with its documentation page") {
  auto result = e2e::run_atslint({"rules", "--format", "json"});
  REQUIRE(result.exit_code == 0);
  auto rules = nlohmann::json::parse(result.out);
  std::set<std::string> names;
  for (const auto& rule : rules) {
    names.insert(rule["name"].get<std::string>());
    CHECK(fs::is_regular_file(e2e::source_path(rule["docs"].get<std::string>())));
  }
  for (const char* name : {"weak-opener", "first-person", "buzzword", "placeholder-text", "no-metric", "tech-list",
                           "bullet-too-short", "bullet-too-long", "passive-voice", "filler-words", "vanity-metric",
                           "repeated-opener", "tense-mismatch", "bullet-count", "undefined-acronym"}) {
    CAPTURE(name);
    CHECK(names.contains(name));
  }
  auto explain = e2e::run_atslint({"explain", "B006"});
  CHECK(explain.exit_code == 0);
  CHECK(explain.out.find("## Why an ATS or a recruiter cares") != std::string::npos);
}

TEST_CASE("the JSON report carries a score with a breakdown by category") {
  TempDir dir;
  auto resume = dir.write("resume.md", kResume);
  auto result = e2e::run_atslint({"--format", "json", "--no-config", "--fail-on", "never", resume.string()});
  auto score = nlohmann::json::parse(result.out)["files"][0]["score"];
  REQUIRE(score.is_object());
  CHECK(score["categories"]["layout"] == 100);
  CHECK(score["categories"]["bullets"].get<int>() < 100);  // weak bullets cost points
  CHECK(score["total"].get<int>() < 100);
  auto text = e2e::run_atslint({"--no-config", "--fail-on", "never", resume.string()});
  CHECK(text.out.find("score ") != std::string::npos);
}
