#pragma once
// Small readers over a parsed Resume shared by the structure tests.
#include <string>
#include <vector>

#include "linter/structure/resume.h"
#include "linter/structure/structure.h"
#include "parsers/frontend.h"

namespace atslint {

/// The structure of a resume typed as plain text (or Markdown, by its name).
inline Resume parse_text(const std::string& text, const std::string& name = "cv.txt") {
  return analyse_structure(read_document(name, text));
}

/// Every skill item of every group, in order.
inline std::vector<std::string> skill_items(const Resume& resume) {
  std::vector<std::string> items;
  for (const auto& group : resume.skills) items.insert(items.end(), group.keywords.begin(), group.keywords.end());
  return items;
}

}  // namespace atslint
