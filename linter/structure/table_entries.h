#pragma once
// Entries printed as a ruled table under a header row ("Período | Entidade | Função"): each
// cell wraps over several lines, so the cells are read by their columns, not line by line.
#include <optional>
#include <utility>

#include "linter/structure/entries.h"
#include "linter/structure/line_text.h"

namespace atslint {

/// "Institute", "Year of Passing", "Onderwijsinstelling": a label a table's header row gives a column of entries.
bool names_table_column(std::string_view label);

/// "Habilidade   Experiência   Nível", "Skill   Years   Level": a skills matrix's header row, every cell naming a column
/// and one of them how much of each skill (not "Industry   Technology", two groups' labels).
bool names_skill_matrix(const std::vector<Cell>& cells);

/// Document lines [first, second) of a section.
using LineSpan = std::pair<size_t, size_t>;

/// Jobs from a table in the section, and the lines the table takes up; nullopt when the section holds no such table.
std::optional<LineSpan> parse_work_table(const SectionText& lines, const Section& section, Resume& resume);

/// Schools from a table in the section, and the lines the table takes up; nullopt when it holds no such table.
std::optional<LineSpan> parse_education_table(const SectionText& lines, const Section& section, Resume& resume);

}  // namespace atslint
