/// Flags text a reader cannot see but an ATS reads: invisible, white, tiny or off the page.
#include <fmt/format.h>

#include <unicode/uchar.h>

#include <algorithm>
#include <cmath>
#include <map>

#include "linter/patterns.h"
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

double contrast(uint32_t a, uint32_t b) {
  double la = luminance(a), lb = luminance(b);
  return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
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

constexpr double kEdge = 24;  ///< points past the page edge that still count as "at the edge"

struct Reason {
  std::string text;  ///< "" when a reader sees the run
  Severity severity = Severity::Error;
  bool white = false;  ///< hidden only by its colour
  bool edge = false;   ///< only just past the page edge
};

/// Why the run is hidden. White text in a table cell or text box may sit on a shaded
/// fill the model does not record, so that case is only a warning.
Reason hidden_reason(const Document& document, const TextRun& run, Zone zone, const Limits& limits) {
  if (run.covered) return {"painted over by a shape drawn on top of it (an editor's white-out)"};
  if (run.hidden) return {"invisible (hidden formatting or render mode 3)"};
  if (run.off_page) {
    // Just past the edge is a clipped footer or page number, not text placed out of sight.
    bool near_edge = false;
    if (const Page* page = find_page(document, run.location.page); page && run.location.box && page->width > 0) {
      const Box& box = *run.location.box;
      near_edge = box.x1 > -kEdge && box.y1 > -kEdge && box.x0 < page->width + kEdge && box.y0 < page->height + kEdge;
    }
    if (near_edge) return {"just past the page edge", Severity::Info, false, true};
    return {"outside the page"};
  }
  if (run.size > 0 && run.size < limits.min_size) return {fmt::format("{} tall", points(run.size))};
  if (run.background) {
    // The front end knows the fill under the run: compare with it, not with white.
    if (contrast(run.color, *run.background) >= limits.min_contrast) return {};
    return {fmt::format("coloured #{:06X} on a #{:06X} background", run.color, *run.background)};
  }
  if (!near_white(run.color, limits.min_contrast) || over_a_fill(document, run)) return {};
  std::string text = fmt::format("coloured #{:06X} on a white page", run.color);
  bool may_be_shaded = zone == Zone::TableCell || zone == Zone::TextBox;
  return {text, may_be_shaded ? Severity::Warning : Severity::Error, true};
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
  // Bullets and icons drawn tiny or white carry no words, so they cannot stuff keywords.
  std::erase_if(groups, [](const Group& group) {
    auto cps = code_points(group.text);
    return std::none_of(cps.begin(), cps.end(), [](char32_t c) { return u_isalnum(static_cast<UChar32>(c)); });
  });
  return groups;
}

bool is_white_line(const Line& line, double min_contrast) {
  int white = 0, total = 0;
  for (const auto& run : line.runs) {
    int chars = visible_chars(run.text);
    total += chars;
    if (!run.hidden && near_white(run.color, min_contrast)) white += chars;
  }
  return total > 0 && white * 2 > total;
}

/// A block of consecutive white lines is one design element (a header card, a sidebar
/// box): when one of its lines is on a probable panel, all are.
void spread_over_white_blocks(const Document& document, double min_contrast, std::vector<bool>& panel) {
  const auto& lines = document.lines;
  for (size_t first = 0; first < lines.size();) {
    size_t end = first;
    auto same_block = [&](size_t i) {
      return is_white_line(lines[i], min_contrast) && lines[i].location.page == lines[first].location.page &&
             lines[i].column == lines[first].column;
    };
    while (end < lines.size() && same_block(end)) ++end;
    if (end == first) {
      ++first;
      continue;
    }
    if (std::any_of(panel.begin() + first, panel.begin() + end, [](bool p) { return p; }))
      std::fill(panel.begin() + first, panel.begin() + end, true);
    first = end;
  }
}

/// Lines whose white text most likely sits on a coloured fill the model does not record:
/// a column of a page that is largely white (a dark sidebar), or the top band of a page
/// (a name banner). Keyword stuffing hides among dark lines instead.
std::vector<bool> on_probable_panel(const Document& document, double min_contrast) {
  const auto& lines = document.lines;
  std::map<std::pair<int, int>, std::pair<int, int>> columns;  // (page, column) -> (white, all)
  for (const auto& line : lines) {
    auto& [white, all] = columns[{line.location.page, line.column}];
    ++all;
    if (is_white_line(line, min_contrast)) ++white;
  }
  std::vector<bool> panel(lines.size(), false);
  for (size_t i = 0; i < lines.size(); ++i) {
    const Line& line = lines[i];
    auto [white, all] = columns[{line.location.page, line.column}];
    bool white_column = white >= 3 && white * 10 >= all * 4;
    const Page* page = find_page(document, line.location.page);
    bool banner = page && page->height > 0 && line.location.box && line.location.box->y1 <= 0.2 * page->height;
    bool contact = is_white_line(line, min_contrast) && has_contact_detail(line.text);
    panel[i] = white_column || banner || contact;
  }
  spread_over_white_blocks(document, min_contrast, panel);
  return panel;
}

class HiddenText final : public Rule {
 public:
  static constexpr RuleInfo kInfo{"L007", "hidden-text", Category::Layout, Severity::Error,
                                  "Invisible, white, tiny or off-page text",
                                  "min-contrast:number min-size:number"};
  const RuleInfo& info() const override { return kInfo; }

  void check(const LintContext& context, DiagnosticSink& sink) const override {
    Limits limits{context.option<double>("min-size", 4.0), context.option<double>("min-contrast", 1.3)};
    const auto& lines = context.document.lines;
    auto panel = on_probable_panel(context.document, limits.min_contrast);
    for (size_t i = 0; i < lines.size(); ++i) {
      for (auto& group : hidden_groups(context.document, lines[i], limits)) {
        Location location = group.location;
        if (location.page == 0 && location.line == 0 && location.paragraph == 0) location = lines[i].location;
        std::string text(trim(group.text));
        if (group.reason.white && (panel[i] || has_contact_detail(text))) {
          sink.report(Severity::Info,
                      fmt::format("white text at {}: fine on a coloured panel or banner, but if the page behind "
                                  "it is white it is hidden text an ATS still reads",
                                  location.describe()),
                      location, excerpt_of(text));
          continue;
        }
        if (group.reason.edge) {
          sink.report(Severity::Info,
                      fmt::format("text just past the page edge at {}: it may be cut off when printed; keep "
                                  "everything inside the margins",
                                  location.describe()),
                      location, excerpt_of(text));
          continue;
        }
        sink.report(group.reason.severity,
                    fmt::format("text {} at {}: hidden text looks like keyword stuffing to an ATS and a "
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
