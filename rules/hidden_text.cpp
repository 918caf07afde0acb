/// Flags text a reader cannot see but an ATS reads: invisible, white, tiny or off the page.
#include <fmt/format.h>

#include <cmath>

#include "linter/rule.h"
#include "linter/text_util.h"
#include "rules/layout_support.h"

namespace atslint::rules {
namespace {

struct Limits {
  double min_size;
  double min_contrast;
};

/// WCAG relative luminance of an sRGB colour.
double luminance(uint32_t rgb) {
  auto channel = [](uint32_t value) {
    double c = value / 255.0;
    return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
  };
  return 0.2126 * channel((rgb >> 16) & 0xFF) + 0.7152 * channel((rgb >> 8) & 0xFF) + 0.0722 * channel(rgb & 0xFF);
}

bool near_white(uint32_t rgb, double min_contrast) {
  bool every_channel_high = ((rgb >> 16) & 0xFF) >= 0xF0 && ((rgb >> 8) & 0xFF) >= 0xF0 && (rgb & 0xFF) >= 0xF0;
  double contrast = 1.05 / (luminance(rgb) + 0.05);
  return every_channel_high || contrast < min_contrast;
}

/// True when a picture or panel lies under the run: white text there is likely on a dark fill.
bool over_a_fill(const Document& document, const TextRun& run) {
  if (!run.location.box) return false;
  for (const auto& object : document.objects) {
    bool fill = object.kind == LayoutObject::Kind::Shape || object.kind == LayoutObject::Kind::Image;
    if (fill && object.location.box && object.location.page == run.location.page &&
        centre_inside(*run.location.box, *object.location.box))
      return true;
  }
  return false;
}

struct Reason {
  std::string text;  ///< "" when a reader sees the run
  Severity severity = Severity::Error;
};

/// Why the run is hidden. White text in a table cell or text box may sit on a shaded
/// fill the model does not record, so that case is only a warning.
Reason hidden_reason(const Document& document, const TextRun& run, Zone zone, const Limits& limits) {
  if (run.hidden) return {"invisible (hidden formatting or render mode 3)"};
  if (run.off_page) return {"outside the page"};
  if (run.size > 0 && run.size < limits.min_size) return {fmt::format("{} tall", points(run.size))};
  if (!near_white(run.color, limits.min_contrast) || over_a_fill(document, run)) return {};
  std::string text = fmt::format("coloured #{:06X} on a white page", run.color);
  bool may_be_shaded = zone == Zone::TableCell || zone == Zone::TextBox;
  return {text, may_be_shaded ? Severity::Warning : Severity::Error};
}

struct Group {
  std::string text;
  Reason reason;
  Location location;
};

/// Consecutive hidden runs of one line, whitespace between them included.
std::vector<Group> hidden_groups(const Document& document, const Line& line, const Limits& limits) {
  std::vector<Group> groups;
  bool open = false;
  for (const auto& run : line.runs) {
    if (trim(run.text).empty()) {
      if (open) groups.back().text += run.text;
      continue;
    }
    Zone zone = run.zone != Zone::Body ? run.zone : line.zone;
    Reason reason = hidden_reason(document, run, zone, limits);
    if (reason.text.empty()) {
      open = false;
      continue;
    }
    if (!open) groups.push_back(Group{"", reason, run.location});
    else if (groups.back().location.box && run.location.box)
      groups.back().location.box = union_box(*groups.back().location.box, *run.location.box);
    groups.back().text += run.text;
    open = true;
  }
  return groups;
}

class HiddenText final : public Rule {
 public:
  static constexpr RuleInfo kInfo{"L007", "hidden-text", Category::Layout, Severity::Error,
                                  "Invisible, white, tiny or off-page text"};
  const RuleInfo& info() const override { return kInfo; }

  void check(const LintContext& context, DiagnosticSink& sink) const override {
    Limits limits{context.option<double>("min-size", 4.0), context.option<double>("min-contrast", 1.3)};
    for (const auto& line : context.document.lines) {
      for (auto& group : hidden_groups(context.document, line, limits)) {
        Location location = group.location;
        if (location.page == 0 && location.line == 0 && location.paragraph == 0) location = line.location;
        std::string text(trim(group.text));
        sink.report(group.reason.severity, fmt::format("text {} at {}: hidden text looks like keyword stuffing to an ATS and a "
                                "recruiter; remove it or make it visible",
                                group.reason.text, location.describe()),
                    location, excerpt_of(text));
      }
    }
  }
};

}  // namespace

std::unique_ptr<Rule> make_hidden_text() { return std::make_unique<HiddenText>(); }

}  // namespace atslint::rules
