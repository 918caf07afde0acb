/// Flags photos, logos, charts and skill-bar graphics: an ATS reads none of them.
#include <fmt/format.h>

#include <algorithm>
#include <map>

#include "linter/rule.h"
#include "linter/text_util.h"
#include "rules/layout_support.h"

namespace atslint::rules {
namespace {

using Kind = LayoutObject::Kind;

class ImageRule final : public Rule {
 public:
  static constexpr RuleInfo kInfo{"L004", "image", Category::Layout, Severity::Warning,
                                  "Photo, logo, chart or graphic an ATS cannot read",
                                  "background-fraction:number min-page-fraction:number min-side:number max-per-page:int scan-text-chars:int shape-group:int"};
  const RuleInfo& info() const override { return kInfo; }

  void check(const LintContext& context, DiagnosticSink& sink) const override {
    Thresholds limits{context.option<double>("min-side", 20.0),
                      context.option<double>("min-page-fraction", 0.0025),
                      context.option<int>("scan-text-chars", 200),
                      context.option<double>("background-fraction", 0.6),
                      context.option<int>("shape-group", 3)};
    std::vector<Finding> findings;
    for (const auto& object : context.document.objects)
      if (object.kind == Kind::Image || object.kind == Kind::Chart)
        findings.push_back(check_picture(context, object, limits));
    emit_grouped(findings, context.option<int>("max-per-page", 3), sink);
    check_shapes(context, limits, sink);
  }

 private:
  struct Finding {
    Severity severity;
    std::string message;
    Location location;
    std::string excerpt;
  };

  /// More than `most` findings of one severity on a page (a row of logos, a dozen contact
  /// icons) become one finding, so the report stays readable.
  static void emit_grouped(const std::vector<Finding>& findings, int most, DiagnosticSink& sink) {
    std::map<std::pair<int, Severity>, std::vector<const Finding*>> groups;
    for (const auto& finding : findings) groups[{finding.location.page, finding.severity}].push_back(&finding);
    for (const auto& [key, group] : groups) {
      if (static_cast<int>(group.size()) <= most) {
        for (const auto* finding : group) sink.report(finding->severity, finding->message, finding->location, finding->excerpt);
        continue;
      }
      Location location = group.front()->location;
      std::vector<std::string> items;
      for (const auto* finding : group) {
        items.push_back(finding->excerpt);
        if (location.box && finding->location.box) location.box = union_box(*location.box, *finding->location.box);
      }
      const char* advice = key.second == Severity::Info ? "small decorations an ATS ignores; make sure they carry no information"
                                                        : "an ATS cannot read images: put their information in text";
      sink.report(key.second, fmt::format("{} images at {} ({}): {}", group.size(), location.describe(),
                                          excerpt_of(join(items, ", "), 120), advice),
                  location, fmt::format("{} images", group.size()));
    }
  }

  struct Thresholds {
    double min_side;
    double min_page_fraction;
    int scan_text_chars;
    double background_fraction;
    int shape_group;
  };

  static bool is_tiny(const LayoutObject& object, const Thresholds& limits) {
    if (object.page_fraction > 0 && object.page_fraction < limits.min_page_fraction) return true;
    if (!object.location.box) return false;
    const Box& box = *object.location.box;
    return box.width() < limits.min_side && box.height() < limits.min_side;
  }

  static bool in_header_or_footer(const LayoutObject& object) {
    return object.location.part.find("header") != std::string::npos ||
           object.location.part.find("footer") != std::string::npos;
  }

  static std::string what(const LayoutObject& object) {
    if (!object.description.empty()) return object.description;
    return object.kind == Kind::Chart ? "chart" : "image";
  }

  static Finding check_picture(const LintContext& context, const LayoutObject& object, const Thresholds& limits) {
    const std::string where = object.location.describe();
    if (is_tiny(object, limits)) {
      return {Severity::Info,
                  fmt::format("small decoration ({}) at {}: an ATS ignores it; make sure it carries no "
                              "information you need read",
                              what(object), where),
                  object.location, what(object)};
    }
    const Page* page = find_page(context.document, object.location.page);
    bool large = object.page_fraction >= limits.background_fraction;
    if (large && page && page->text_chars < limits.scan_text_chars) {
      // A page that is only a picture is no-text-layer's finding; say it once, quietly.
      return {Severity::Info,
                  fmt::format("{} covers most of page {} and the page has almost no text: see "
                              "no-text-layer",
                              what(object), object.location.page),
                  object.location, what(object)};
    }
    if (large) {
      return {Severity::Info,
                  fmt::format("background {} behind the text at {}: an ATS ignores it, so keep every "
                              "word you need read in the text itself",
                              what(object), where),
                  object.location, what(object)};
    }
    const char* advice = object.kind == Kind::Chart
                             ? "write the figures or skill levels as text (\"Python — 5 years\")"
                             : "put this information in text, remove the photo or logo";
    return {Severity::Warning, fmt::format("{} at {}: an ATS cannot read images: {}", what(object), where, advice),
                object.location, what(object)};
  }

  /// A shape is a graphic when it is neither a divider line, a page-sized panel nor a text holder.
  static bool is_graphic_shape(const LayoutObject& object) {
    if (object.kind != Kind::Shape || !object.text.empty() || in_header_or_footer(object)) return false;
    // Without a box or an area the size is unknown (a DOCX line has no height): not evidence.
    if (!object.location.box && object.page_fraction <= 0) return false;
    if (object.page_fraction > 0.15) return false;
    if (object.location.box && std::min(object.location.box->width(), object.location.box->height()) < 4)
      return false;
    return true;
  }

  /// A panel behind text (a sidebar box, a banner) frames the text rather than standing for it.
  static bool holds_text(const Document& document, const LayoutObject& object) {
    if (!object.location.box) return false;
    const Box& area = *object.location.box;
    return std::any_of(document.lines.begin(), document.lines.end(), [&](const Line& line) {
      if (line.location.page != object.location.page || !line.location.box) return false;
      const Box& b = *line.location.box;
      double cx = (b.x0 + b.x1) / 2, cy = (b.y0 + b.y1) / 2;
      return cx > area.x0 && cx < area.x1 && cy > area.y0 && cy < area.y1;
    });
  }

  static bool is_graphic(const Document& document, const LayoutObject& object) {
    return is_graphic_shape(object) && !holds_text(document, object);
  }

  /// Several small shapes on one page are skill bars or rating dots; one shape alone is decoration.
  static void check_shapes(const LintContext& context, const Thresholds& limits, DiagnosticSink& sink) {
    std::vector<int> pages;
    for (const auto& object : context.document.objects)
      if (is_graphic(context.document, object)) pages.push_back(object.location.page);
    std::sort(pages.begin(), pages.end());
    pages.erase(std::unique(pages.begin(), pages.end()), pages.end());
    for (int page : pages) report_shape_group(context, page, limits, sink);
  }

  static void report_shape_group(const LintContext& context, int page, const Thresholds& limits,
                                 DiagnosticSink& sink) {
    int count = 0;
    Location location;
    for (const auto& object : context.document.objects) {
      if (!is_graphic(context.document, object) || object.location.page != page) continue;
      if (count++ == 0) location = object.location;
      else if (location.box && object.location.box) location.box = union_box(*location.box, *object.location.box);
    }
    if (count < limits.shape_group) return;
    // DOCX shapes carry no box: a row of lines and a row of bars look the same, so only a note.
    sink.report(location.box ? Severity::Warning : Severity::Info,fmt::format("{} drawn shapes at {} look like skill bars or rating dots: an ATS cannot "
                            "read graphics; write the skill level as text (\"Advanced\", \"5 years\")",
                            count, location.describe()),
                location, fmt::format("{} shapes", count));
  }
};

}  // namespace

std::unique_ptr<Rule> make_image() { return std::make_unique<ImageRule>(); }

}  // namespace atslint::rules
