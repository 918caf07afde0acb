#pragma once
// Where a PDF font is first used, for rules that report per font.
#include <string>

#include "linter/document.h"

namespace atslint::rules {

inline Location first_use_of_font(const Document& document, const std::string& font) {
  for (const auto& line : document.raw_lines)
    for (const auto& run : line.runs)
      if (run.font == font) return run.location;
  return Location{};
}

}  // namespace atslint::rules
