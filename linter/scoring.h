#pragma once
// A 0-100 score per file with a breakdown by category; the formula is in docs/scoring.md.
#include <map>
#include <string>
#include <vector>

#include "linter/diagnostic.h"

namespace atslint {

struct Score {
  int total = 100;
  std::map<std::string, int> categories;  ///< layout, structure, contact, bullets -> 0..100
};

/// Scores one file from its (already filtered) findings.
Score score_findings(const std::vector<Diagnostic>& diagnostics);

}  // namespace atslint
