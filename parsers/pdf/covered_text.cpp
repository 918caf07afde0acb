// Text painted over: glyphs a later opaque white box hides from the reader.
#include <algorithm>
#include <numeric>

#include "parsers/pdf/page_content.h"

namespace atslint::pdf {
namespace {

/// The page's own white: a coloured box drawn late is a comment's highlight, its transparency set on a group the
/// collector does not follow.
bool page_white(uint32_t rgb) { return ((rgb >> 16) & 0xFF) >= 0xF0 && ((rgb >> 8) & 0xFF) >= 0xF0 && (rgb & 0xFF) >= 0xF0; }

bool whites_out(const PathBox& fill) { return fill.opaque && page_white(fill.color); }

}  // namespace

void hide_covered_glyphs(PageContent& page) {
  // Asked of every page: most draw no white box at all.
  if (std::none_of(page.paths.begin(), page.paths.end(), whites_out)) return;
  // Glyphs by the middle of their height, so each box looks only at the rows it spans.
  std::vector<size_t> by_middle(page.glyphs.size());
  std::iota(by_middle.begin(), by_middle.end(), 0);
  auto middle = [&](size_t g) { return (page.glyphs[g].box.y0 + page.glyphs[g].box.y1) / 2; };
  std::sort(by_middle.begin(), by_middle.end(), [&](size_t a, size_t b) { return middle(a) < middle(b); });
  for (const PathBox& fill : page.paths) {
    if (!whites_out(fill)) continue;
    const Box& box = fill.painted;
    auto first = std::lower_bound(by_middle.begin(), by_middle.end(), box.y0, [&](size_t g, double y) { return middle(g) < y; });
    for (auto it = first; it != by_middle.end() && middle(*it) <= box.y1; ++it) {
      Glyph& glyph = page.glyphs[*it];
      // Drawn before the box, wholly under it (a point of slack for rounding): not a rule or an underline across it.
      const Box& g = glyph.box;
      if (glyph.order < fill.order && g.x0 >= box.x0 - 1 && g.x1 <= box.x1 + 1 && g.y0 >= box.y0 - 1 && g.y1 <= box.y1 + 1)
        glyph.covered = true;
    }
  }
}

}  // namespace atslint::pdf
