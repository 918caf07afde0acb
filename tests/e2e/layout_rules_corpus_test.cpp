// The layout rules L004-L009 against the labelled public corpus (../shared/corpus/public,
// LABELS.tsv): icon fonts and pictures found where labelled and nowhere else, and no
// hidden-text alarm on real resumes (none of them hides text). Files a front end of this
// build cannot read yet are skipped, and the test says so.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <nlohmann/json.hpp>

#include "run_atslint.h"

namespace fs = std::filesystem;

namespace {

struct Labelled {
  std::string file;
  std::set<std::string> labels;
};

std::vector<Labelled> read_labels(const std::string& path) {
  std::vector<Labelled> out;
  std::ifstream in(path);
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> fields;
    std::stringstream row(line);
    for (std::string field; std::getline(row, field, '\t');) fields.push_back(field);
    if (fields.size() < 6) continue;
    Labelled item{fields[0], {}};
    std::stringstream labels(fields[5]);
    for (std::string label; std::getline(labels, label, ';');) item.labels.insert(label.substr(0, label.find('=')));
    out.push_back(std::move(item));
  }
  return out;
}

/// rule -> highest severity ("info" < "warning" < "error") per file path; unreadable files absent.
using Verdicts = std::map<std::string, std::map<std::string, int>>;

int severity_rank(const std::string& severity) { return severity == "error" ? 2 : severity == "warning" ? 1 : 0; }

Verdicts lint_all(const std::vector<std::string>& files, int& unreadable) {
  std::vector<std::string> args = {"--format", "json", "--no-config", "--fail-on", "never",
                                   "--select=image,table-layout,header-footer-content,hidden-text,icon-font,small-font",
                                   "--"};
  args.insert(args.end(), files.begin(), files.end());
  auto result = e2e::run_atslint(args);
  INFO("exit " << result.exit_code << ", stderr: " << result.err.substr(0, 400));
  REQUIRE(!result.out.empty());
  auto report = nlohmann::json::parse(result.out);
  Verdicts verdicts;
  unreadable = 0;
  for (const auto& file : report["files"]) {
    std::string path = file["path"];
    if (!file["error"].is_null()) {
      ++unreadable;
      continue;
    }
    verdicts[path];  // readable, maybe with no findings
    for (const auto& d : file["diagnostics"]) {
      int& rank = verdicts[path][d["rule"].get<std::string>()];
      rank = std::max(rank, severity_rank(d["severity"]) + 1);  // 0 = no finding at all
    }
  }
  return verdicts;
}

}  // namespace

TEST_CASE("layout rules on the labelled public corpus") {
  if (!e2e::shared_available() || !fs::exists(e2e::shared_path("corpus/public/LABELS.tsv"))) {
    MESSAGE("skipped: ../shared/corpus/public is not available");
    return;
  }
  auto labelled = read_labels(e2e::shared_path("corpus/public/LABELS.tsv"));
  REQUIRE(labelled.size() > 20);
  std::vector<std::string> files;
  std::map<std::string, const Labelled*> by_path;
  for (const auto& item : labelled) {
    files.push_back(e2e::shared_path("corpus/public/" + item.file));
    by_path[files.back()] = &item;
  }
  int unreadable = 0;
  Verdicts verdicts = lint_all(files, unreadable);
  if (verdicts.empty()) {
    MESSAGE("skipped: this build reads none of the corpus formats yet (" << unreadable << " unreadable)");
    return;
  }
  // rank: 0 = nothing, 1 = info, 2 = warning, 3 = error
  int image_labelled = 0, image_found = 0;
  for (const auto& [path, rules] : verdicts) {
    const Labelled& item = *by_path.at(path);
    CAPTURE(item.file);
    auto rank = [&](const char* rule) { return rules.contains(rule) ? rules.at(rule) : 0; };
    CHECK_MESSAGE(rank("hidden-text") < 2, "real resumes hide no text");
    if (item.labels.contains("icon-font")) CHECK(rank("icon-font") >= 2);
    else CHECK(rank("icon-font") < 2);
    if (!item.labels.contains("image")) CHECK(rank("image") < 2);
    if (item.labels.contains("image")) {
      ++image_labelled;
      if (rank("image") >= 2) ++image_found;
    }
  }
  // A page that is one scanned picture is no-text-layer's finding, so a few labelled files may stay info.
  MESSAGE("image: " << image_found << " of " << image_labelled << " labelled files warned; " << unreadable
                    << " files unreadable in this build");
  CHECK(image_found * 10 >= image_labelled * 9);
}

TEST_CASE("a rail's labels with dates in brackets are no headings ('Nippon Yusen Kaisha (2011- 2012)'), on a real résumé") {
  auto file = e2e::shared_path("corpus/public/pdf/pub-jj-wong-photo-word.pdf");
  if (!e2e::shared_available() || !fs::exists(file)) {
    MESSAGE("skipped: ../shared/corpus/public is not available");
    return;
  }
  auto result = e2e::run_atslint({"--format", "json", "--no-config", "--fail-on", "never", "--select=nonstandard-heading", "--", file});
  REQUIRE(!result.out.empty());
  auto report = nlohmann::json::parse(result.out);
  for (const auto& diagnostic : report["files"][0]["diagnostics"]) {
    std::string message = diagnostic["message"];
    CHECK_MESSAGE(message.find("Nippon Yusen Kaisha (2011") == std::string::npos, message);
    CHECK_MESSAGE(message.find("NPCC (2002") == std::string::npos, message);
  }
}
