#pragma once
// Small readers over a parsed Resume shared by the structure tests.
#include <string>
#include <vector>

#include "linter/structure/resume.h"

namespace atslint {

/// Every skill item of every group, in order.
inline std::vector<std::string> skill_items(const Resume& resume) {
  std::vector<std::string> items;
  for (const auto& group : resume.skills) items.insert(items.end(), group.keywords.begin(), group.keywords.end());
  return items;
}

}  // namespace atslint
