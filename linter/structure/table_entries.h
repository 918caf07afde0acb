#pragma once
// Entries printed as a ruled table under a header row ("Período | Entidade | Função"): each
// cell wraps over several lines, so the cells are read by their columns, not line by line.
#include <optional>
#include <utility>

#include "linter/structure/entries.h"

namespace atslint {

/// "Institute", "Year of Passing", "Onderwijsinstelling": a label a table's header row gives a column of entries.
bool names_table_column(std::string_view label);

/// Document lines [first, second) of a section.
using LineSpan = std::pair<size_t, size_t>;

/// Jobs from a table in the section, and the lines the table takes up; nullopt when the section holds no such table.
std::optional<LineSpan> parse_work_table(const SectionText& lines, const Section& section, Resume& resume);

/// Schools from a table in the section, and the lines the table takes up; nullopt when it holds no such table.
std::optional<LineSpan> parse_education_table(const SectionText& lines, const Section& section, Resume& resume);

}  // namespace atslint
