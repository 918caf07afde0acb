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

/// Text set apart on a line by a gap wider than a word space: one table or grid cell's piece.
struct Cell {
  double x0 = 0, x1 = 0;
  std::string text;
};

/// A line's runs merged into the cells such gaps part, left to right.
std::vector<Cell> cells_of(const Line& line);

/// A line's type: its largest size and whether all of its text is bold.
struct Style {
  double size = 0;
  bool bold = false;
};
Style style_of(const Line& line);

/// Set in the same type: a line wrapped onto the next keeps it, a new header changes it.
bool same_type(const Line& a, const Line& b);
/// The same weight and, within 0.3 pt, the same size.
bool same_style(const Style& a, const Style& b);
/// `below` goes on in the type `above` ends in: weight, size, font and colour.
bool same_look(const Line& above, const Line& below);

/// "| 2010 – 2012 | Laurea Magistrale | Università di Parma |": a Markdown or plain-text table row's cells
/// (empty ones kept, so they line up with the header), or nothing when the line is no such row.
/// `unframed`: also a row without the opening bar ("Degree | Institute | Year"), as a table's rows may be typed.
std::vector<std::string> pipe_cells(std::string_view text, bool unframed = false);

/// "|---|:---:|": the rule under a Markdown table's header.
bool is_delimiter_row(const std::vector<std::string>& cells);

/// A line that closes its sentence: a full stop, semicolon, colon or exclamation mark at its end.
bool ends_sentence(std::string_view text);

}  // namespace atslint
