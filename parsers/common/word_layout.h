#pragma once
// Helpers the word-processor front ends (DOCX, ODT) share: table
// classification, font bookkeeping and text normalisation.
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "linter/document.h"

namespace atslint {

/// What a front end learned about one table while reading it.
struct TableShape {
  int id = 0;  ///< the table's number in the document, for TableSpot
  int rows = 0, columns = 0;
  bool has_borders = false;
  std::vector<std::string> cell_texts;  ///< every cell's text, row by row
  int headings = 0;                     ///< heading-styled or list lines inside cells
  int section_names = 0;  ///< cells whose whole text names a resume section
  int max_cell_lines = 0;               ///< most non-empty lines in one cell
};

/// A run carrying the resolved look of DOCX run properties or ODF text
/// properties (both keep optional bold, italic, hidden, size and colour).
template <typename Props>
TextRun styled_run(const Props& props, std::string font, double default_size, Zone zone, std::string link) {
  TextRun run;
  run.font = std::move(font);
  run.size = props.size.value_or(default_size);
  run.bold = props.bold.value_or(false);
  run.italic = props.italic.value_or(false);
  run.color = props.color.value_or(0);
  run.hidden = props.hidden.value_or(false);
  run.zone = zone;
  run.link = std::move(link);
  return run;
}

/// Records one cell's lines (document.lines[first, end)) in the shape, and marks each line
/// not already in a nested table with its spot: the shape's id, its current row, `column`.
void add_table_cell(TableShape& shape, std::vector<Line>& lines, size_t first, int column);

/// A job laid out as a table row: its title, employer and bullets in the left cell, its dates and town in a short
/// right cell ("Oct. 2021 – Actualidad" / "Zamora"). Each of the right cell's lines (document.lines[right, end)) set
/// beside the left cell's line of the same rank after a tab, as a page shows them, so the dates open the entry they
/// belong to; its lines past the left cell's header go under that header, before the bullets. Leaves a row of one-line
/// cells (a data table's) as it is.
void set_date_cell_beside(std::vector<Line>& lines, size_t left, size_t right);

/// Decides whether a table lays out the page (few rows, cells holding whole
/// sections, no borders) or holds data, and describes it as a layout object.
LayoutObject table_object(const TableShape& shape, const Location& where);

/// 1-based level a style name means ("Heading 2", "Überschrift 1", "Titre 1",
/// "Kop 3", "Section Heading"), 0 when the name is not a heading's.
int heading_level_from_name(const std::string& name);

/// True for icon and symbol fonts (Wingdings, Symbol, Font Awesome, ...).
bool is_symbol_font(std::string_view font);
bool is_private_use(char32_t c);

/// The Unicode glyph a symbol-font code stands for when it is punctuation-like
/// (Wingdings/Symbol bullets, squares, arrows, ticks, dashes); nullopt for
/// pictograms (phone, envelope, ...), which stay private-use icons.
std::optional<std::string> symbol_font_glyph(std::string_view font, char32_t code);

/// Counts glyphs per font while runs are read, then fills Document::fonts.
class FontTally {
 public:
  void add(const std::string& font, std::string_view utf8);
  std::vector<FontInfo> fonts() const;

 private:
  std::map<std::string, FontInfo> fonts_;
};

/// NFKC-normalises text (cheap when it is plain ASCII). Private-use characters
/// pass through unchanged so icon glyphs stay visible to the rules.
std::string normalise_text(std::string_view utf8);

/// Appends code point `c` as UTF-8.
void append_utf8(std::string& out, char32_t c);

/// Parses a CSS/ODF length ("2.5cm", "12pt", "1in", "96px", "10mm") to points; 0 when unknown.
double length_to_points(std::string_view text);

}  // namespace atslint
