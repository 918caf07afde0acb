/// Flags body text set smaller than a recruiter (or a screen-reading ATS preview) can comfortably read.
#include <fmt/format.h>

#include <algorithm>

#include "linter/rule.h"
#include "rules/layout_support.h"

namespace atslint::rules {
namespace {

struct Limits {
  double min_size;     ///< text under this is small
  double hidden_size;  ///< text under this is hidden-text's finding
  double max_share;    ///< share of body characters that may be small
  int bullet_lines;    ///< this many small bullet lines in a row are a warning on their own
};

bool is_body(Zone zone) { return zone == Zone::Body || zone == Zone::TableCell || zone == Zone::TextBox; }

/// Characters of a line, and how many are small; runs of unknown or hidden size are left out.
struct LineSize {
  int chars = 0;
  int small = 0;
  double smallest = 0;
  bool is_small() const { return small * 2 > chars; }
};

LineSize measure(const Line& line, const Limits& limits) {
  LineSize size;
  for (const auto& run : line.runs) {
    if (run.size <= 0 || run.size < limits.hidden_size) continue;
    int chars = visible_chars(run.text);
    size.chars += chars;
    if (run.size < limits.min_size - 0.05 && chars > 0) {
      size.small += chars;
      size.smallest = size.smallest == 0 ? run.size : std::min(size.smallest, run.size);
    }
  }
  return size;
}

/// Consecutive small lines of one page and zone, reported together.
struct Block {
  size_t first = 0, last = 0;
  int lines = 0, bullets = 0;
  double smallest = 0, largest = 0;
  Location location;
};

class SmallFont final : public Rule {
 public:
  static constexpr RuleInfo kInfo{"L009", "small-font", Category::Layout, Severity::Warning,
                                  "Body text under 9 pt"};
  const RuleInfo& info() const override { return kInfo; }

  void check(const LintContext& context, DiagnosticSink& sink) const override {
    Limits limits{context.option<double>("min-size", 9.0), context.option<double>("hidden-size", 4.0),
                  context.option<double>("max-share", 0.2), context.option<int>("bullet-lines", 3)};
    const auto& lines = context.document.lines;
    int total = 0, small = 0;
    std::vector<Block> blocks;
    for (size_t i = 0; i < lines.size(); ++i) {
      if (!is_body(lines[i].zone)) continue;
      LineSize size = measure(lines[i], limits);
      total += size.chars;
      small += size.small;
      if (size.chars > 0 && size.is_small()) add_to_blocks(blocks, lines, i, size);
    }
    if (total == 0) return;
    double share = static_cast<double>(small) / total;
    for (const auto& block : blocks) report(context.document, block, share, limits, sink);
  }

 private:
  static void add_to_blocks(std::vector<Block>& blocks, const std::vector<Line>& lines, size_t i,
                            const LineSize& size) {
    const Line& line = lines[i];
    bool extends = !blocks.empty() && blocks.back().last + 1 == i &&
                   lines[blocks.back().last].location.page == line.location.page &&
                   lines[blocks.back().last].zone == line.zone;
    if (!extends) blocks.push_back(Block{i, i, 0, 0, size.smallest, size.smallest, line.location});
    Block& block = blocks.back();
    block.last = i;
    ++block.lines;
    if (line.list_item) ++block.bullets;
    block.smallest = std::min(block.smallest, size.smallest);
    block.largest = std::max(block.largest, size.smallest);
    if (block.location.box && line.location.box) block.location.box = union_box(*block.location.box, *line.location.box);
  }

  static void report(const Document& document, const Block& block, double share, const Limits& limits,
                     DiagnosticSink& sink) {
    bool widespread = share > limits.max_share;
    bool bullet_block = block.bullets >= limits.bullet_lines;
    Severity severity = widespread || bullet_block ? Severity::Warning : Severity::Info;
    std::string sizes = block.smallest == block.largest
                            ? points(block.smallest)
                            : fmt::format("{}–{}", points(block.smallest), points(block.largest));
    std::string span = block.lines == 1 ? block.location.describe()
                                        : fmt::format("{} lines from {}", block.lines, block.location.describe());
    std::string why = widespread ? fmt::format(" ({:.0f}% of the body text is this small)", share * 100) : "";
    sink.report(severity,
                fmt::format("text at {} ({}){}: under {} is hard to read on screen and in print; use at "
                            "least {} for body text",
                            sizes, span, why, points(limits.min_size), points(limits.min_size)),
                block.location, excerpt_of(document.lines[block.first].text));
  }
};

}  // namespace

std::unique_ptr<Rule> make_small_font() { return std::make_unique<SmallFont>(); }

}  // namespace atslint::rules
