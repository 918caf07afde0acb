/// Flags text drawn with fonts that have no usable Unicode map.
#include <fmt/format.h>

#include "linter/rule.h"
#include "rules/font_location.h"

namespace atslint::rules {
namespace {

class UnmappableText final : public Rule {
 public:
  static constexpr RuleInfo kInfo{"L002", "unmappable-text", Category::Layout, Severity::Error,
                                  "Text whose font has no Unicode map, so it extracts as garbage or nothing",
                                  "min-glyphs:int min-share:number"};
  const RuleInfo& info() const override { return kInfo; }

  void check(const LintContext& context, DiagnosticSink& sink) const override {
    int min_glyphs = context.option("min-glyphs", 20);
    double min_share = context.option("min-share", 0.2);
    for (const auto& font : context.document.fonts) {
      if (font.unmapped_glyphs < min_glyphs || font.unmapped_glyphs < min_share * font.glyphs) continue;
      Location location = first_use_of_font(context.document, font.name);
      sink.report(fmt::format("font \"{}\": {} of {} characters have no Unicode mapping{}, so the ATS reads "
                              "garbage or nothing there; re-export with embedded fonts that keep their "
                              "Unicode map, or use a standard font",
                              font.name, font.unmapped_glyphs, font.glyphs,
                              font.has_to_unicode ? "" : " (no ToUnicode table)"),
                  location);
    }
  }
};

}  // namespace

std::unique_ptr<Rule> make_unmappable_text() { return std::make_unique<UnmappableText>(); }

}  // namespace atslint::rules
