#include "linter/scoring.h"

#include <algorithm>
#include <cmath>

#include "linter/rule_registry.h"

namespace atslint {
namespace {

struct CategoryWeights {
  Category category;
  const char* name;
  double share;  ///< of the total
  int error, warning, info;  ///< points taken per finding
};

// Bullet findings are many and each is small, so they cost less per finding.
constexpr CategoryWeights kCategories[] = {
    {Category::Layout, "layout", 0.35, 30, 10, 2},
    {Category::Structure, "structure", 0.25, 30, 10, 2},
    {Category::Contact, "contact", 0.15, 40, 15, 2},
    {Category::Bullet, "bullets", 0.25, 15, 4, 1},
};

int penalty(const CategoryWeights& weights, Severity severity) {
  switch (severity) {
    case Severity::Error: return weights.error;
    case Severity::Warning: return weights.warning;
    case Severity::Info: return weights.info;
  }
  return 0;
}

}  // namespace

Score score_findings(const std::vector<Diagnostic>& diagnostics) {
  Score score;
  double total = 0;
  for (const auto& weights : kCategories) {
    int points = 100;
    for (const auto& diagnostic : diagnostics) {
      const Rule* rule = find_rule(diagnostic.rule);
      if (rule && rule->info().category == weights.category) points -= penalty(weights, diagnostic.severity);
    }
    points = std::max(points, 0);
    score.categories[weights.name] = points;
    total += weights.share * points;
  }
  score.total = static_cast<int>(std::lround(total));
  return score;
}

}  // namespace atslint
