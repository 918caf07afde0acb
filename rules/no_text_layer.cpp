/// Flags PDF pages an ATS cannot read: a picture of text (a scan) or no text at all.
#include <fmt/format.h>

#include <algorithm>

#include "linter/rule.h"

namespace atslint::rules {
namespace {

class NoTextLayer final : public Rule {
 public:
  static constexpr RuleInfo kInfo{"L001", "no-text-layer", Category::Layout, Severity::Error,
                                  "A page with no extractable text (a scan or text drawn as shapes)",
                                  "min-chars:int"};
  const RuleInfo& info() const override { return kInfo; }

  void check(const LintContext& context, DiagnosticSink& sink) const override {
    const Document& document = context.document;
    if (document.format != Format::Pdf) return;
    int min_chars = context.option("min-chars", 20);
    int total = 0;
    for (const auto& page : document.pages) total += page.text_chars;
    for (const auto& page : document.pages) {
      if (page.text_chars >= min_chars) continue;
      double image_share = image_coverage(document, page.number);
      // A nearly empty last page is not a scan; a page-sized picture or an
      // unreadable document is.
      if (image_share < 0.5 && total >= min_chars) continue;
      Location location;
      location.page = page.number;
      location.box = Box{0, 0, page.width, page.height};
      std::string what = image_share >= 0.5 ? "is an image (a scan or a picture of text)" : "has no text layer";
      sink.report(fmt::format("page {} {} with {} readable characters: the ATS will read nothing; export "
                              "from the original document or run OCR",
                              page.number, what, page.text_chars),
                  location);
    }
  }

 private:
  // Summed, because scanners may write one page as several image strips.
  static double image_coverage(const Document& document, int page) {
    double share = 0;
    for (const auto& object : document.objects)
      if (object.kind == LayoutObject::Kind::Image && object.location.page == page) share += object.page_fraction;
    return std::min(share, 1.0);
  }
};

}  // namespace

std::unique_ptr<Rule> make_no_text_layer() { return std::make_unique<NoTextLayer>(); }

}  // namespace atslint::rules
