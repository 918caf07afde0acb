#pragma once
// Heading detection and the mapping of headings to canonical section names.
#include <string>
#include <string_view>
#include <vector>

#include "linter/document.h"

namespace atslint {

struct SectionName {
  std::string canonical;  ///< "" when the heading maps to no known section
  std::string language;
};

/// Maps a heading as printed ("Berufserfahrung", "WORK EXPERIENCE:") to its
/// canonical section using the synonym lists in rules/data/sections/.
SectionName canonical_section(std::string_view heading);

/// True when line `index` of the document reads as a section heading.
bool is_heading_line(const Document& document, size_t index);

}  // namespace atslint
