/// Flags fonts a PDF uses without embedding them.
#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <array>
#include <string>
#include <vector>

#include "linter/rule.h"
#include "rules/font_location.h"

namespace atslint::rules {
namespace {

constexpr std::array<std::string_view, 14> kStandard14 = {
    "Courier", "Courier-Bold", "Courier-Oblique", "Courier-BoldOblique", "Helvetica",
    "Helvetica-Bold", "Helvetica-Oblique", "Helvetica-BoldOblique", "Times-Roman", "Times-Bold",
    "Times-Italic", "Times-BoldItalic", "Symbol", "ZapfDingbats"};

// Word leaves these out when "do not embed common system fonts" is ticked;
// every system has them or a metric-compatible twin (Liberation).
bool is_core_font(const std::string& name) {
  if (std::find(kStandard14.begin(), kStandard14.end(), name) != kStandard14.end()) return true;
  for (std::string_view core : {"Arial", "TimesNewRoman", "Times New Roman", "CourierNew", "Courier New"})
    if (name.starts_with(core)) return true;
  return false;
}

class FontNotEmbedded final : public Rule {
 public:
  static constexpr RuleInfo kInfo{"L010", "font-not-embedded", Category::Layout, Severity::Warning,
                                  "A font is used without being embedded in the PDF"};
  const RuleInfo& info() const override { return kInfo; }

  void check(const LintContext& context, DiagnosticSink& sink) const override {
    std::vector<std::string> standard;
    Location first_standard;
    for (const auto& font : context.document.fonts) {
      if (font.embedded || font.glyphs == 0) continue;
      Location location = first_use_of_font(context.document, font.name);
      if (location.page == 0) continue;  // drew only spaces: nothing to lose
      // Every reader has the standard and core fonts; other fonts get substituted.
      if (is_core_font(font.name)) {
        if (standard.empty()) first_standard = location;
        standard.push_back(font.name);
        continue;
      }
      sink.report(fmt::format("font \"{}\" is not embedded: the ATS or recruiter's viewer substitutes "
                              "another font, which can change spacing or lose characters; turn on "
                              "\"embed fonts\" when exporting the PDF",
                              font.name),
                  location);
    }
    if (!standard.empty())
      sink.report(Severity::Info,
                  fmt::format("{} {} {} not embedded: readers substitute {}, which is usually fine; embed "
                              "fonts on export to be safe",
                              standard.size() > 1 ? "common fonts" : "common font",
                              fmt::join(standard, ", "), standard.size() > 1 ? "are" : "is",
                              standard.size() > 1 ? "them" : "it"),
                  first_standard);
  }
};

}  // namespace

std::unique_ptr<Rule> make_font_not_embedded() { return std::make_unique<FontNotEmbedded>(); }

}  // namespace atslint::rules
