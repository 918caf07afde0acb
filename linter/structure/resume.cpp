#include "linter/structure/resume.h"

#include <fmt/format.h>

namespace atslint {

std::string PartialDate::iso() const {
  if (year <= 0) return "";
  if (month <= 0) return fmt::format("{:04d}", year);
  return fmt::format("{:04d}-{:02d}", year, month);
}

const Section* Resume::find_section(std::string_view canonical) const {
  for (const auto& section : sections)
    if (section.canonical == canonical) return &section;
  return nullptr;
}

const Section* Resume::section_of_line(size_t line) const {
  for (const auto& section : sections)
    if (line >= section.first_line && line < section.end_line) return &section;
  return nullptr;
}

}  // namespace atslint
