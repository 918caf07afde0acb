#pragma once
// Entries printed as a ruled table under a header row ("Período | Entidade | Função"): each
// cell wraps over several lines, so the cells are read by their columns, not line by line.
#include "linter/structure/entries.h"

namespace atslint {

/// Jobs from a table in the section; false when the section holds no such table.
bool parse_work_table(const SectionText& lines, const Section& section, Resume& resume);

/// Schools from a table in the section; false when the section holds no such table.
bool parse_education_table(const SectionText& lines, const Section& section, Resume& resume);

}  // namespace atslint
