#pragma once
// A line's text with wide horizontal gaps between runs kept as a column gap
// ("   "), so entry parsing can split "Title      Jan 2020 – Present" the same
// way for PDF (positioned runs) as for text laid out with spaces.
#include <string>
#include <string_view>
#include <vector>

#include "linter/document.h"

namespace atslint {

std::string layout_text(const Line& line);

/// "| 2010 – 2012 | Laurea Magistrale | Università di Parma |": a Markdown or plain-text table row's cells
/// (empty ones kept, so they line up with the header), or nothing when the line is no such row.
std::vector<std::string> pipe_cells(std::string_view text);

/// "|---|:---:|": the rule under a Markdown table's header.
bool is_delimiter_row(const std::vector<std::string>& cells);

}  // namespace atslint
