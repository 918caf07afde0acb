// Text painted over: glyphs a later opaque fill hides from the reader.
#include <algorithm>
#include <numeric>

#include "parsers/pdf/page_content.h"

namespace atslint::pdf {

void hide_covered_glyphs(PageContent& page) {
  // Glyphs by the middle of their height, so each fill looks only at the rows it spans.
  std::vector<size_t> by_middle(page.glyphs.size());
  std::iota(by_middle.begin(), by_middle.end(), 0);
  auto middle = [&](size_t g) { return (page.glyphs[g].box.y0 + page.glyphs[g].box.y1) / 2; };
  std::sort(by_middle.begin(), by_middle.end(), [&](size_t a, size_t b) { return middle(a) < middle(b); });
  // The page's own white: a coloured box drawn late is a comment's highlight, its transparency set on a group this
  // pass does not follow.
  auto page_white = [](uint32_t rgb) { return ((rgb >> 16) & 0xFF) >= 0xF0 && ((rgb >> 8) & 0xFF) >= 0xF0 && (rgb & 0xFF) >= 0xF0; };
  for (const PathBox& fill : page.paths) {
    if (!fill.filled || !fill.opaque || fill.order == 0 || !page_white(fill.color)) continue;
    auto first = std::lower_bound(by_middle.begin(), by_middle.end(), fill.painted.y0, [&](size_t g, double y) { return middle(g) < y; });
    for (auto it = first; it != by_middle.end() && middle(*it) <= fill.painted.y1; ++it) {
      Glyph& glyph = page.glyphs[*it];
      if (glyph.order > fill.order || glyph.covered) continue;
      // The whole glyph under the fill, a point of slack for rounding: not a rule or an underline drawn across it.
      const Box& g = glyph.box;
      bool covered = g.x0 >= fill.painted.x0 - 1 && g.x1 <= fill.painted.x1 + 1 && g.y0 >= fill.painted.y0 - 1 && g.y1 <= fill.painted.y1 + 1;
      if (covered) glyph.covered = true;
    }
  }
}

}  // namespace atslint::pdf
