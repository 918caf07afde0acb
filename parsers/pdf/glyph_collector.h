#pragma once
// A Poppler OutputDev that records glyphs, images and path boxes of a page
// instead of drawing them. Poppler types stay inside parsers/pdf/.
#include <map>
#include <string>
#include <utility>
#include <vector>

#include <OutputDev.h>

#include "parsers/pdf/page_content.h"

class GfxFont;

namespace atslint::pdf {

class GlyphCollector final : public OutputDev {
 public:
  /// How far a font's Unicode can be trusted: from a map, or only guessed.
  enum class Mapping { Trusted, GuessedFromCode, ByGlyphName };

  explicit GlyphCollector(std::vector<FontInfo>& fonts, std::vector<FontStyle>& styles)
      : fonts_(fonts), styles_(styles) {}

  void begin(PageContent& page) {
    page_ = &page;
    drawn_ = 0;
  }
  /// Maps a point of default user space to page points (top-left origin).
  void to_page(double x, double y, double& px, double& py) const;

  bool upsideDown() override { return true; }
  bool useDrawChar() override { return true; }
  bool interpretType3Chars() override { return false; }
  bool needNonText() override { return true; }

  void startPage(int page_number, GfxState* state, XRef* xref) override;
  void drawChar(GfxState* state, double x, double y, double dx, double dy, double origin_x,
                double origin_y, CharCode code, int bytes, const Unicode* u, int u_len) override;
  // Chromium tags glyphs it cannot map ("2019" in old-style figures) with the text they stand for.
  void beginActualText(GfxState* state, const GooString* text) override;
  void endActualText(GfxState* state) override;
  void stroke(GfxState* state) override { record_path(state, false); }
  void fill(GfxState* state) override { record_path(state, true); }
  void eoFill(GfxState* state) override { record_path(state, true); }
  void drawImageMask(GfxState* state, Object* ref, Stream* str, int width, int height,
                     bool invert, bool interpolate, bool inline_img) override;
  void drawImage(GfxState* state, Object* ref, Stream* str, int width, int height,
                 GfxImageColorMap* color_map, bool interpolate, const int* mask_colors,
                 bool inline_img) override;
  void drawMaskedImage(GfxState* state, Object* ref, Stream* str, int width, int height,
                       GfxImageColorMap* color_map, bool interpolate, Stream* mask_str,
                       int mask_width, int mask_height, bool mask_invert,
                       bool mask_interpolate) override;
  void drawSoftMaskedImage(GfxState* state, Object* ref, Stream* str, int width, int height,
                           GfxImageColorMap* color_map, bool interpolate, Stream* mask_str,
                           int mask_width, int mask_height, GfxImageColorMap* mask_color_map,
                           bool mask_interpolate) override;

 private:
  int font_index(const GfxFont& font);
  bool glyph_mapped(const GfxFont& font, CharCode code) const;
  void record_image(GfxState* state);
  void record_path(GfxState* state, bool filled);

  std::vector<FontInfo>& fonts_;
  std::vector<FontStyle>& styles_;
  std::map<std::string, int> font_ids_;
  std::vector<Mapping> mappings_;
  Ref last_font_id_ = Ref::INVALID();
  int last_font_index_ = -1;
  PageContent* page_ = nullptr;
  size_t drawn_ = 0;  ///< glyphs and paths drawn so far: their order on the page
  std::string actual_text_;   ///< the open ActualText span's text, UTF-8
  size_t actual_start_ = 0;   ///< the first glyph drawn inside it
  bool in_actual_text_ = false;
  std::vector<std::pair<bool, bool>> span_counts_;  ///< per glyph in the span: Private Use, unmapped
  double ctm_[6] = {1, 0, 0, 1, 0, 0};
};

}  // namespace atslint::pdf
