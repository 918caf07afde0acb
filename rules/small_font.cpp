/// Flags body text set smaller than a recruiter (or a screen-reading ATS preview) can comfortably read.
#include <fmt/format.h>

#include <algorithm>

#include "linter/rule.h"
#include "linter/text_util.h"
#include "rules/layout_support.h"

namespace atslint::rules {
namespace {

struct Limits {
  double min_size;     ///< text under this is small
  double hidden_size;  ///< text under this is hidden-text's finding
  double max_share;    ///< share of body characters that may be small
  int bullet_lines;    ///< this many small bullet lines in a row are a warning on their own
  int block_chars;     ///< a small stretch this long (a paragraph of prose) is a warning too
};

/// Producers scale sizes (Quartz writes 9 pt as 8.9): a hair under the limit is the limit.
constexpr double kRounding = 0.15;

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
    if (run.size < limits.min_size - kRounding && chars > 0) {
      size.small += chars;
      size.smallest = size.smallest == 0 ? run.size : std::min(size.smallest, run.size);
    }
  }
  return size;
}

/// Consecutive small lines of one page and zone, reported together.
struct Block {
  size_t first = 0, last = 0;
  int lines = 0, bullets = 0, chars = 0;
  double smallest = 0, largest = 0;
  Location location;
};

/// "line 4", "lines 4–10" or "paragraphs 4–10", from the block's first and last line.
std::string span_of(const std::vector<Line>& lines, const Block& block) {
  const Location& a = lines[block.first].location;
  const Location& b = lines[block.last].location;
  bool by_line = a.line > 0;
  int from = by_line ? a.line : a.paragraph, to = by_line ? b.line : b.paragraph;
  if (from <= 0) return block.lines == 1 ? "1 line" : fmt::format("{} lines", block.lines);
  const char* unit = by_line ? "line" : "paragraph";
  if (to <= from) return fmt::format("{} {}", unit, from);
  return fmt::format("{}s {}–{}", unit, from, to);
}

std::string sizes_of(double smallest, double largest) {
  return smallest == largest ? points(smallest) : fmt::format("{}–{}", points(smallest), points(largest));
}

class SmallFont final : public Rule {
 public:
  static constexpr RuleInfo kInfo{"L009", "small-font", Category::Layout, Severity::Warning,
                                  "Body text under 9 pt",
                                  "hidden-size:number max-share:number min-size:number block-chars:int bullet-lines:int"};
  const RuleInfo& info() const override { return kInfo; }

  void check(const LintContext& context, DiagnosticSink& sink) const override {
    Limits limits{context.option<double>("min-size", 9.0), context.option<double>("hidden-size", 4.0),
                  context.option<double>("max-share", 0.2), context.option<int>("bullet-lines", 3),
                  context.option<int>("block-chars", 150)};
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
    if (total == 0 || blocks.empty()) return;
    double share = static_cast<double>(small) / total;
    if (share > limits.max_share) report_pages(context.document, blocks, share, limits, sink);
    else
      for (const auto& block : blocks) report_block(context.document, block, limits, sink);
  }

 private:
  static void add_to_blocks(std::vector<Block>& blocks, const std::vector<Line>& lines, size_t i,
                            const LineSize& size) {
    const Line& line = lines[i];
    bool extends = !blocks.empty() && blocks.back().last + 1 == i &&
                   lines[blocks.back().last].location.page == line.location.page &&
                   lines[blocks.back().last].zone == line.zone;
    if (!extends) blocks.push_back(Block{i, i, 0, 0, 0, size.smallest, size.smallest, line.location});
    Block& block = blocks.back();
    block.last = i;
    ++block.lines;
    block.chars += size.small;
    if (line.list_item) ++block.bullets;
    block.smallest = std::min(block.smallest, size.smallest);
    block.largest = std::max(block.largest, size.smallest);
    if (block.location.box && line.location.box) block.location.box = union_box(*block.location.box, *line.location.box);
  }

  static std::string advice(const Limits& limits) {
    return fmt::format("under {} is hard to read on screen and in print; use at least {} for body text",
                       points(limits.min_size), points(limits.min_size));
  }

  /// Much of the body is small: one warning per page, listing where.
  static void report_pages(const Document& document, const std::vector<Block>& blocks, double share,
                           const Limits& limits, DiagnosticSink& sink) {
    for (size_t first = 0; first < blocks.size();) {
      int page = blocks[first].location.page;
      size_t end = first;
      Block all = blocks[first];
      std::vector<std::string> spans;
      for (; end < blocks.size() && blocks[end].location.page == page; ++end) {
        spans.push_back(span_of(document.lines, blocks[end]));
        all.smallest = std::min(all.smallest, blocks[end].smallest);
        all.largest = std::max(all.largest, blocks[end].largest);
        if (all.location.box && blocks[end].location.box)
          all.location.box = union_box(*all.location.box, *blocks[end].location.box);
      }
      if (spans.size() > 6) {
        spans.resize(6);
        spans.push_back("…");
      }
      std::string where = page > 0 ? fmt::format("page {}, ", page) : std::string();
      sink.report(fmt::format("{:.0f}% of the body text is under {}: text at {} on {}{}; {}", share * 100,
                              points(limits.min_size), sizes_of(all.smallest, all.largest), where,
                              join(spans, ", "), advice(limits)),
                  all.location, excerpt_of(document.lines[all.first].text));
      first = end;
    }
  }

  /// Little of the body is small: a stretch of bullets or prose warns, a stray line is a note.
  static void report_block(const Document& document, const Block& block, const Limits& limits,
                           DiagnosticSink& sink) {
    bool substantial = block.bullets >= limits.bullet_lines || block.chars >= limits.block_chars;
    sink.report(substantial ? Severity::Warning : Severity::Info,
                fmt::format("text at {} ({}): {}", sizes_of(block.smallest, block.largest),
                            block.location.describe() +
                                (block.lines > 1 ? fmt::format(", {}", span_of(document.lines, block)) : ""),
                            advice(limits)),
                block.location, excerpt_of(document.lines[block.first].text));
  }
};

}  // namespace

std::unique_ptr<Rule> make_small_font() { return std::make_unique<SmallFont>(); }

}  // namespace atslint::rules
