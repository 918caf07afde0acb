#include "parsers/pdf/glyph_collector.h"

#include <GfxFont.h>
#include <GfxState.h>
#include <GlobalParams.h>
#include <UTF.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <array>
#include <cmath>

namespace atslint::pdf {
namespace {

// Bounded work per page: a hostile file cannot make us record without end.
constexpr size_t kMaxGlyphsPerPage = 200000;
constexpr size_t kMaxPathsPerPage = 20000;
constexpr size_t kMaxImagesPerPage = 2000;

constexpr std::array<std::string_view, 14> kStandard14 = {
    "Courier", "Courier-Bold", "Courier-Oblique", "Courier-BoldOblique", "Helvetica",
    "Helvetica-Bold", "Helvetica-Oblique", "Helvetica-BoldOblique", "Times-Roman", "Times-Bold",
    "Times-Italic", "Times-BoldItalic", "Symbol", "ZapfDingbats"};

uint32_t to_rgb(const GfxRGB& rgb) {
  auto byte = [](GfxColorComp c) { return static_cast<uint32_t>(colToByte(c)); };
  return (byte(rgb.r) << 16) | (byte(rgb.g) << 8) | byte(rgb.b);
}

bool is_private_use(Unicode c) {
  return (c >= 0xE000 && c <= 0xF8FF) || c >= 0xF0000;
}

bool is_garbage(Unicode c) {
  return c == 0 || (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0xFFFD || (c >= 0x7F && c < 0xA0);
}

std::string base_font_name(const GfxFont& font) {
  std::string name = font.getName() ? *font.getName() : std::string("(unnamed)");
  // Subset fonts carry a six-letter tag: "ABCDEF+Calibri".
  if (name.size() > 7 && name[6] == '+') name.erase(0, 7);
  return name;
}

bool name_has(const std::string& name, std::initializer_list<const char*> parts) {
  std::string lower = name;
  std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return std::tolower(c); });
  return std::any_of(parts.begin(), parts.end(), [&](const char* p) { return lower.find(p) != std::string::npos; });
}

}  // namespace

bool is_symbol_font_name(const std::string& name) {
  return name_has(name, {"awesome", "wingding", "webdings", "dingbat", "symbol", "icon", "glyphicon",
                         "material", "academicons", "ionicons", "entypo", "octicon", "marvosym",
                         // TeX's AMS and Zapf symbol fonts: "I" in MSAM10 is a ▶ bullet
                         "msam", "msbm", "pzdr"});
}

namespace {

Box unit_square_box(const double* m) {
  double xs[4], ys[4];
  const double corners[4][2] = {{0, 0}, {1, 0}, {0, 1}, {1, 1}};
  for (int i = 0; i < 4; ++i) {
    xs[i] = m[0] * corners[i][0] + m[2] * corners[i][1] + m[4];
    ys[i] = m[1] * corners[i][0] + m[3] * corners[i][1] + m[5];
  }
  return Box{*std::min_element(xs, xs + 4), *std::min_element(ys, ys + 4),
             *std::max_element(xs, xs + 4), *std::max_element(ys, ys + 4)};
}

// Without a ToUnicode map Poppler guesses: from glyph names for simple Type 1
// and Type 3 fonts, and from the glyph id itself for Identity-encoded CID
// fonts, which is the garbage LaTeX/XeTeX exports sometimes produce.
GlyphCollector::Mapping mapping_of(const GfxFont& font) {
  if (font.hasToUnicodeCMap()) return GlyphCollector::Mapping::Trusted;
  if (font.isCIDFont()) {
    const GooString* collection = static_cast<const GfxCIDFont&>(font).getCollection();
    bool identity = !collection || collection->toStr() == "Adobe-Identity";
    return identity ? GlyphCollector::Mapping::GuessedFromCode : GlyphCollector::Mapping::Trusted;
  }
  bool by_name = font.getType() == fontType3 || font.getType() == fontType1 || font.getType() == fontType1C;
  return by_name ? GlyphCollector::Mapping::ByGlyphName : GlyphCollector::Mapping::Trusted;
}

bool known_glyph_name(const char* name) {
  if (!name) return false;
  std::string_view view(name);
  if (view.starts_with("uni") || (view.size() >= 5 && view[0] == 'u')) return true;
  return globalParams->mapNameToUnicodeText(name) != 0;
}

}  // namespace

bool GlyphCollector::glyph_mapped(const GfxFont& font, CharCode code) const {
  switch (mappings_[static_cast<size_t>(last_font_index_)]) {
    case Mapping::Trusted: return true;
    case Mapping::GuessedFromCode: return false;
    case Mapping::ByGlyphName: {
      char** names = const_cast<Gfx8BitFont&>(static_cast<const Gfx8BitFont&>(font)).getEncoding();
      return known_glyph_name(names[code & 0xff]);
    }
  }
  return true;
}

void GlyphCollector::startPage(int, GfxState* state, XRef*) {
  in_actual_text_ = false;  // a span left open on the last page ends with it
  if (state) std::copy(state->getCTM(), state->getCTM() + 6, ctm_);
}

void GlyphCollector::to_page(double x, double y, double& px, double& py) const {
  px = ctm_[0] * x + ctm_[2] * y + ctm_[4];
  py = ctm_[1] * x + ctm_[3] * y + ctm_[5];
}

int GlyphCollector::font_index(const GfxFont& font) {
  Ref id = *font.getID();
  // Remembered by object id, never by address: Poppler frees a page's fonts and may build the next page's bold
  // font where its regular one was.
  if (id.num >= 0 && id == last_font_id_) return last_font_index_;
  std::string key = id.num >= 0 ? std::to_string(id.num) + "." + std::to_string(id.gen) : base_font_name(font);
  auto [it, inserted] = font_ids_.emplace(key, static_cast<int>(fonts_.size()));
  if (inserted) {
    FontInfo info;
    info.name = base_font_name(font);
    Ref embedded;
    bool standard = std::find(kStandard14.begin(), kStandard14.end(), info.name) != kStandard14.end();
    info.embedded = font.getType() == fontType3 || font.getEmbeddedFontID(&embedded);
    info.has_to_unicode = font.hasToUnicodeCMap() || (standard && !font.isCIDFont());
    info.symbolic = info.named_symbolic = is_symbol_font_name(info.name);
    fonts_.push_back(info);
    FontStyle style;
    style.bold = font.isBold() || font.getWeight() >= GfxFont::W600 ||
                 name_has(info.name, {"bold", "black", "heavy", "semibold", "demi"});
    style.italic = font.isItalic() || name_has(info.name, {"italic", "oblique"});
    styles_.push_back(style);
    mappings_.push_back(mapping_of(font));
  }
  last_font_id_ = id;
  last_font_index_ = it->second;
  return it->second;
}

void GlyphCollector::drawChar(GfxState* state, double x, double y, double dx, double dy,
                              double origin_x, double origin_y, CharCode code, int, const Unicode* u,
                              int u_len) {
  if (!page_ || !state->getFont()) return;
  if (page_->glyphs.size() >= kMaxGlyphsPerPage) {
    page_->truncated = true;
    return;
  }
  const GfxFont& font = *state->getFont();
  Glyph glyph;
  glyph.font = font_index(font);
  FontInfo& info = fonts_[static_cast<size_t>(glyph.font)];
  ++info.glyphs;
  bool readable = u_len > 0, private_use = false;
  for (int i = 0; i < u_len; ++i) {
    private_use = private_use || is_private_use(u[i]);
    if (is_garbage(u[i])) readable = false;
  }
  bool unmapped = !readable || !glyph_mapped(font, code);
  info.private_use_glyphs += private_use ? 1 : 0;
  info.unmapped_glyphs += unmapped ? 1 : 0;
  if (in_actual_text_) span_counts_.push_back({private_use, unmapped});  // taken back if the span's text replaces it
  // Guessed text stays: it is what an ATS extracts, garbage or not.
  if (readable) icu::UnicodeString::fromUTF32(reinterpret_cast<const UChar32*>(u), u_len).toUTF8String(glyph.text);
  for (auto& c : glyph.text)
    if (c == '\t' || c == '\n' || c == '\r') c = ' ';

  double bx, by, adv_x, adv_y;
  state->transform(x - origin_x, y - origin_y, &bx, &by);
  state->transformDelta(dx, dy, &adv_x, &adv_y);
  double size = std::max(state->getTransformedFontSize(), 0.1);
  double ascent = std::clamp(font.getAscent(), 0.5, 1.1);
  double descent = std::clamp(font.getDescent(), -0.4, 0.0);
  if (std::abs(adv_x) < 0.01 && std::abs(adv_y) > 0.01) {
    // Turned a quarter: the glyph runs along y and its baseline is an x. Read upwards, its top points left.
    glyph.vertical = adv_y < 0 ? 1 : -1;
    double top = glyph.vertical > 0 ? bx - ascent * size : bx + ascent * size;
    double bottom = glyph.vertical > 0 ? bx - descent * size : bx + descent * size;
    glyph.box = Box{std::min(top, bottom), std::min(by, by + adv_y), std::max(top, bottom), std::max(by, by + adv_y)};
    glyph.baseline = bx;
  } else {
    glyph.box = Box{std::min(bx, bx + adv_x), by - ascent * size, std::max(bx, bx + adv_x), by - descent * size};
    if (glyph.box.width() < 0.01) glyph.box.x1 = glyph.box.x0 + 0.3 * size;
    glyph.baseline = by;
  }
  glyph.size = size;
  GfxRGB rgb;
  state->getFillRGB(&rgb);
  glyph.color = to_rgb(rgb);
  glyph.invisible = state->getRender() == 3 || state->getRender() == 7;
  glyph.order = ++drawn_;
  page_->glyphs.push_back(std::move(glyph));
}

void GlyphCollector::beginActualText(GfxState*, const GooString* text) {
  if (!page_ || !text || in_actual_text_) return;  // nested spans: the outer one's text stands
  Unicode* ucs4 = nullptr;
  int length = TextStringToUCS4(text->toStr(), &ucs4);
  actual_text_.clear();
  if (length > 0) icu::UnicodeString::fromUTF32(reinterpret_cast<const UChar32*>(ucs4), length).toUTF8String(actual_text_);
  gfree(ucs4);
  actual_start_ = page_->glyphs.size();
  span_counts_.clear();
  in_actual_text_ = true;
}

/// The glyphs drawn inside the span, all of one font, become one glyph with the span's text, over their joined boxes.
void GlyphCollector::endActualText(GfxState*) {
  if (!page_ || !in_actual_text_) return;
  in_actual_text_ = false;
  auto& glyphs = page_->glyphs;
  if (actual_start_ >= glyphs.size()) return;  // nothing drawn: no place to put the text
  // Awesome-CV tags an icon and its text together ("tel:(+1) 312…" over a phone glyph and the number): glyphs of
  // two fonts are left as drawn, so the icon stays an icon and the text keeps its own font.
  int font = glyphs[actual_start_].font;
  if (std::any_of(glyphs.begin() + static_cast<std::ptrdiff_t>(actual_start_), glyphs.end(),
                  [&](const Glyph& glyph) { return glyph.font != font; }))
    return;
  // The span's text is what its glyphs mean, however their font maps them.
  FontInfo& info = fonts_[static_cast<size_t>(font)];
  for (auto [private_use, unmapped] : span_counts_) {
    info.private_use_glyphs -= private_use ? 1 : 0;
    info.unmapped_glyphs -= unmapped ? 1 : 0;
  }
  Glyph& first = glyphs[actual_start_];
  for (size_t i = actual_start_ + 1; i < glyphs.size(); ++i)
    first.box = Box{std::min(first.box.x0, glyphs[i].box.x0), std::min(first.box.y0, glyphs[i].box.y0),
                    std::max(first.box.x1, glyphs[i].box.x1), std::max(first.box.y1, glyphs[i].box.y1)};
  first.text = actual_text_;
  for (auto& c : first.text)
    if (c == '\t' || c == '\n' || c == '\r') c = ' ';
  glyphs.resize(actual_start_ + 1);
}

void GlyphCollector::record_image(GfxState* state) {
  if (!page_) return;
  if (page_->images.size() >= kMaxImagesPerPage) {
    page_->truncated = true;
    return;
  }
  page_->images.push_back(unit_square_box(state->getCTM()));
}

namespace {

/// A subpath of straight edges whose every point is a corner of `box` (in page points): a rectangle.
bool is_box(const GfxSubpath* sub, GfxState* state, const Box& box) {
  int points = sub->getNumPoints();
  if (points < 4 || points > 5) return false;
  for (int j = 0; j < points; ++j) {
    if (sub->getCurve(j)) return false;
    double px, py;
    state->transform(sub->getX(j), sub->getY(j), &px, &py);
    bool corner_x = std::abs(px - box.x0) < 0.5 || std::abs(px - box.x1) < 0.5;
    bool corner_y = std::abs(py - box.y0) < 0.5 || std::abs(py - box.y1) < 0.5;
    if (!corner_x || !corner_y) return false;
  }
  return true;
}

}  // namespace

// One box per subpath: a table drawn as one path of many line segments keeps
// its rules apart.
void GlyphCollector::record_path(GfxState* state, bool filled) {
  if (!page_ || !state->getPath()) return;
  const GfxPath* path = state->getPath();
  double half = filled ? 0 : std::max(state->getTransformedLineWidth(), 0.1) / 2;
  GfxRGB rgb;
  if (filled) state->getFillRGB(&rgb); else state->getStrokeRGB(&rgb);
  for (int i = 0; i < path->getNumSubpaths(); ++i) {
    if (page_->paths.size() >= kMaxPathsPerPage) {
      page_->truncated = true;
      return;
    }
    const GfxSubpath* sub = path->getSubpath(i);
    Box box{1e9, 1e9, -1e9, -1e9};
    for (int j = 0; j < sub->getNumPoints(); ++j) {
      double px, py;
      state->transform(sub->getX(j), sub->getY(j), &px, &py);
      box = Box{std::min(box.x0, px), std::min(box.y0, py), std::max(box.x1, px), std::max(box.y1, py)};
    }
    if (box.x0 > box.x1) continue;
    box = Box{box.x0 - half, box.y0 - half, box.x1 + half, box.y1 + half};
    // A white-out is one plain box: not a ring drawn even-odd around a card or a page, nor a curve.
    bool one_box = filled && path->getNumSubpaths() == 1 && is_box(sub, state, box);
    bool opaque = one_box && state->getFillOpacity() >= 0.99 && state->getBlendMode() == gfxBlendNormal;
    // What the fill can paint: its box within the clip (a page-sized background clipped to a cell covers the cell).
    double cx0, cy0, cx1, cy1;
    state->getClipBBox(&cx0, &cy0, &cx1, &cy1);
    Box painted{std::max(box.x0, cx0), std::max(box.y0, cy0), std::min(box.x1, cx1), std::min(box.y1, cy1)};
    page_->paths.push_back(PathBox{box, filled, to_rgb(rgb), ++drawn_, opaque && painted.x0 < painted.x1 && painted.y0 < painted.y1, painted});
  }
}

void GlyphCollector::drawImageMask(GfxState* state, Object* ref, Stream* str, int width, int height,
                                   bool invert, bool interpolate, bool inline_img) {
  record_image(state);
  OutputDev::drawImageMask(state, ref, str, width, height, invert, interpolate, inline_img);
}

void GlyphCollector::drawImage(GfxState* state, Object* ref, Stream* str, int width, int height,
                               GfxImageColorMap* color_map, bool interpolate, const int* mask_colors,
                               bool inline_img) {
  record_image(state);
  OutputDev::drawImage(state, ref, str, width, height, color_map, interpolate, mask_colors, inline_img);
}

void GlyphCollector::drawMaskedImage(GfxState* state, Object*, Stream*, int, int, GfxImageColorMap*,
                                     bool, Stream*, int, int, bool, bool) {
  record_image(state);
}

void GlyphCollector::drawSoftMaskedImage(GfxState* state, Object*, Stream*, int, int,
                                         GfxImageColorMap*, bool, Stream*, int, int,
                                         GfxImageColorMap*, bool) {
  record_image(state);
}

}  // namespace atslint::pdf
