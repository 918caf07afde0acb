#pragma once
// The format-neutral document model. Every front end (parsers/*) fills one;
// layout analysis, structure and rules read it and never see file bytes.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace atslint {

enum class Format { Txt, Md, Pdf, Docx, Odt };
const char* format_name(Format format);

/// A rectangle in points, origin at the page's top-left corner.
struct Box {
  double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
  double width() const { return x1 - x0; }
  double height() const { return y1 - y0; }
  double area() const { return width() * height(); }
};

/// The smallest box holding both.
inline Box united(const Box& a, const Box& b) {
  return Box{a.x0 < b.x0 ? a.x0 : b.x0, a.y0 < b.y0 ? a.y0 : b.y0, a.x1 > b.x1 ? a.x1 : b.x1, a.y1 > b.y1 ? a.y1 : b.y1};
}

/// Where something is. Fields a format does not have stay 0 / empty.
struct Location {
  int page = 0;       ///< 1-based page (PDF, or 1 for paged formats); 0 = not paged
  int line = 0;       ///< 1-based line: source line for text, line on the page for PDF
  int column = 0;     ///< 1-based column (text formats)
  int paragraph = 0;  ///< 1-based paragraph in its part (DOCX/ODT)
  std::optional<Box> box;  ///< drawable region on the page (PDF)
  std::string part;        ///< document part or zone ("header1.xml", "text box")

  /// Human form for reports: "12:3", "page 1, line 12", "paragraph 4 (header1.xml)".
  std::string describe() const;
};

/// Where a run of text lives, beyond the main flow of the body.
enum class Zone { Body, Header, Footer, TextBox, TableCell, Footnote };
const char* zone_name(Zone zone);

struct TextRun {
  std::string text;  ///< UTF-8, NFKC-normalised
  Location location;
  std::string font;
  double size = 0;  ///< points; 0 = unknown (plain text)
  bool bold = false;
  bool italic = false;
  uint32_t color = 0x000000;  ///< fill colour as 0xRRGGBB
  bool hidden = false;        ///< invisible: render mode 3, w:vanish, painted over, ...
  bool covered = false;       ///< painted over by a shape drawn later (a PDF editor's white-out); not in its line's text
  bool recognised = false;    ///< OCR's text over a scan: its word boxes are the engine's, its gaps wider than a font's
  bool off_page = false;
  /// A space glyph closed the run (a PDF's "k " icon, then the address in another font with no gap left): a word ends.
  bool space_after = false;
  Zone zone = Zone::Body;
  std::string link;  ///< link target when the run is (inside) a hyperlink
  /// Colour of the fill under the run (a PDF filled path, DOCX cell shading or highlight),
  /// when the front end knows it; unset = the page, taken as white. hidden-text compares against it.
  std::optional<uint32_t> background;
};

/// Where a line sits in a word processor's table (DOCX, ODT): which table of the document,
/// which row and which grid column (spans count), all 0-based.
struct TableSpot {
  int table = 0, row = 0, column = 0;
};

/// A line of text in reading order, made of runs.
struct Line {
  std::string text;  ///< the runs' text joined
  std::vector<TextRun> runs;
  Location location;
  Zone zone = Zone::Body;
  bool heading = false;     ///< the format marks it as a heading (style, Markdown '#')
  int heading_level = 0;
  bool list_item = false;   ///< a bullet or numbered item
  std::string list_marker;  ///< the glyph or number as printed ("•", "1.")
  std::optional<double> painted_marker_x;  ///< a list dot painted as a shape, no glyph: where it starts (points)
  bool block_start = false; ///< first line of a paragraph / after vertical space
  int column = 0;           ///< 0 = full width; 1.. = column index in a column region
  std::optional<TableSpot> table_spot;  ///< set for lines in DOCX/ODT table cells (innermost table)
};

struct LayoutObject {
  enum class Kind { Image, TextBox, Table, ColumnRegion, HeaderFooter, Shape, Chart };
  Kind kind = Kind::Image;
  Location location;
  std::string description;  ///< e.g. "photo 120x150 pt", "table 3x2"
  double page_fraction = 0; ///< share of the page area it covers (0..1), when known
  bool floating = false;    ///< anchored / positioned rather than inline
  // Tables
  int rows = 0, columns = 0;
  bool layout_table = false;  ///< lays out the page rather than holding data
  bool has_borders = false;
  // Column regions: x ranges of each column, in points
  std::vector<std::pair<double, double>> column_ranges;
  std::string text;  ///< text inside (text boxes, headers/footers)
};
const char* object_kind_name(LayoutObject::Kind kind);

/// Whether two runs printed side by side on one line are separate words (PDF
/// geometry): a style change inside a word ("S" + "CIENCE" in small capitals) is not.
bool word_break_between(const TextRun& left, const TextRun& right);

struct FontInfo {
  std::string name;
  bool embedded = true;
  bool has_to_unicode = true;
  bool symbolic = false;     ///< icon or symbol font (FontAwesome, Wingdings, ...)
  int glyphs = 0;            ///< glyphs drawn in this font
  int private_use_glyphs = 0;///< mapped to the Unicode Private Use Area
  int unmapped_glyphs = 0;   ///< no Unicode at all
  bool named_symbolic = false;  ///< so named: its glyphs decode to letters that are no text ("+" for a pin)
};

struct Page {
  int number = 1;
  double width = 0, height = 0;  ///< points; 0 for unpaged formats
  int rotation = 0;
  int text_chars = 0;            ///< visible characters extracted
  std::vector<std::string> links;///< URL targets of link annotations
  std::vector<Box> list_marks;   ///< small dots painted as shapes where a list's bullets go (no text glyph)
};

struct Document {
  std::string path;
  Format format = Format::Txt;
  std::vector<Page> pages;
  std::vector<Line> lines;      ///< reading order (column-major in column regions)
  std::vector<Line> raw_lines;  ///< line-by-line order an ATS might read; empty = same as lines
  std::vector<LayoutObject> objects;
  std::vector<FontInfo> fonts;
  std::vector<std::string> source_lines;  ///< decoded source of text formats (for suppressions)
  std::vector<std::string> notices;       ///< non-fatal remarks ("read as PDF despite .docx name")
  bool tracked_changes = false;
  int comments = 0;

  int page_count() const { return pages.empty() ? 1 : static_cast<int>(pages.size()); }
  /// All body text in reading order, one line per Line.
  std::string plain_text() const;
};

}  // namespace atslint
