// Measures the bullet rules on tests/data/bullets/bullets.tsv: the share of weak bullets
// caught by the rule they were labelled with, and the share of strong, quantified bullets
// that raise no bullet rule at warning or above.
#include <doctest/doctest.h>

#include <fstream>
#include <map>
#include <sstream>

#include "linter/engine.h"
#include "linter/layout/layout.h"
#include "linter/rule_registry.h"
#include "linter/structure/structure.h"
#include "parsers/frontend.h"

using namespace atslint;

namespace {

struct Labelled {
  std::string label, bullet;
};

std::vector<Labelled> load_bullets() {
  std::ifstream in(std::string(ATSLINT_SOURCE_DIR) + "/tests/data/bullets/bullets.tsv");
  std::vector<Labelled> rows;
  for (std::string line; std::getline(in, line);) {
    if (line.empty() || line[0] == '#') continue;
    auto tab = line.find('\t');
    if (tab != std::string::npos) rows.push_back({line.substr(0, tab), line.substr(tab + 1)});
  }
  return rows;
}

/// The bullet as the only bullet of a role that ended in 2022.
std::vector<Diagnostic> lint_bullet(const std::string& bullet) {
  std::string text = "# Sam Lee\n\nsam.lee@example.com\n\n## Experience\n\n"
                     "**Operations Analyst** — Fabrikam Ltd — Jan 2019 – Dec 2022\n\n- " +
                     bullet + "\n\n## Education\n\nBSc Economics — 2018\n\n## Skills\n\nExcel, SQL\n";
  Document document = read_document("eval.md", text);
  analyse_layout(document);
  Resume resume = analyse_structure(document);
  return run_rules(document, resume, LintOptions{});
}

bool is_bullet_rule(const Diagnostic& d) {
  const Rule* rule = find_rule(d.rule);
  return rule && rule->info().category == Category::Bullet;
}

}  // namespace

TEST_CASE("bullet rules catch labelled weak bullets and leave strong ones alone") {
  auto rows = load_bullets();
  REQUIRE(rows.size() >= 140);
  int weak = 0, caught = 0, strong = 0, false_alarms = 0;
  std::map<std::string, std::pair<int, int>> by_rule;  // label -> (caught, total)
  for (const auto& row : rows) {
    auto diagnostics = lint_bullet(row.bullet);
    if (row.label == "strong") {
      ++strong;
      for (const auto& d : diagnostics) {
        if (!is_bullet_rule(d) || d.severity < Severity::Warning) continue;
        ++false_alarms;
        MESSAGE("false alarm [" << d.rule << "] " << row.bullet);
        break;
      }
      continue;
    }
    REQUIRE_MESSAGE(find_rule(row.label) != nullptr, "unknown label " << row.label);
    ++weak;
    ++by_rule[row.label].second;
    bool hit = std::any_of(diagnostics.begin(), diagnostics.end(), [&](const Diagnostic& d) { return d.rule == row.label; });
    if (hit) {
      ++caught;
      ++by_rule[row.label].first;
    } else {
      MESSAGE("missed [" << row.label << "] " << row.bullet);
    }
  }
  std::ostringstream table;
  for (const auto& [label, counts] : by_rule) table << "  " << label << ": " << counts.first << "/" << counts.second << "\n";
  MESSAGE("caught " << caught << "/" << weak << " weak bullets; " << false_alarms << "/" << strong
                    << " strong bullets raised a warning\n" << table.str());
  CHECK(caught * 100 >= weak * 90);
  CHECK(false_alarms * 100 <= strong * 10);
}
