#pragma once
// What the Poppler pass records per page, in plain types, so that grouping
// glyphs into lines can be written and tested without Poppler.
#include <cstdint>
#include <string>
#include <vector>

#include "linter/document.h"

namespace atslint::pdf {

struct Glyph {
  std::string text;  ///< UTF-8 from the font's Unicode map ("" = unmapped)
  Box box;           ///< points, top-left origin
  double baseline = 0;
  double size = 0;
  int font = -1;  ///< index into the document's FontInfo list
  uint32_t color = 0;
  bool invisible = false;  ///< render mode 3 (or 7)
  bool covered = false;    ///< painted over by an opaque shape drawn later
  size_t order = 0;        ///< when it was drawn among the page's glyphs and paths
  /// Set sideways: 1 read bottom to top (a spine's name in a side strip), -1 top to bottom, 0 along the line.
  int vertical = 0;
};

struct PathBox {
  Box box;
  bool filled = false;
  uint32_t color = 0;
  size_t order = 0;     ///< when it was drawn among the page's glyphs and paths
  bool opaque = false;  ///< one plain box filled over what lies under it (no transparency, no blend mode)
  Box painted{};        ///< the part of `box` inside the clip: what the fill can cover
};

struct PageContent {
  double width = 0, height = 0;
  int rotation = 0;
  std::vector<Glyph> glyphs;
  std::vector<Box> images;
  std::vector<PathBox> paths;  ///< bounding boxes of simple filled/stroked paths
  struct Link {
    Box box;
    std::string uri;
  };
  std::vector<Link> links;
  bool truncated = false;  ///< stopped recording: too many glyphs or paths
};

/// Font facts the line builder needs beyond FontInfo.
struct FontStyle {
  bool bold = false;
  bool italic = false;
};

/// Groups a page's glyphs into runs and visual lines (top to bottom, then
/// left to right) and appends them to `out`; returns visible characters.
int build_lines(const PageContent& page, int page_number, const std::vector<FontInfo>& fonts,
                const std::vector<FontStyle>& styles, std::vector<Line>& out);

/// An online editor's "white-out": a white box filled over old text, the new text typed on top. Glyphs a later opaque
/// white fill covers are marked covered: kept as hidden runs (an ATS reads them), out of the lines' text (a reader does not).
void hide_covered_glyphs(PageContent& page);

/// Ruled tables: grids of thin horizontal and vertical rules with text in
/// them. Appends Table objects and marks the lines inside as table cells.
void find_tables(const PageContent& page, int page_number, std::vector<Line>& lines,
                 std::vector<LayoutObject>& objects);

/// A font named as a symbol or icon font (FontAwesome, Wingdings, TeX's MSAM10): its letters stand for pictures.
bool is_symbol_font_name(const std::string& name);

}  // namespace atslint::pdf
