/// Flags resumes longer than their owner's experience warrants.
#include <fmt/format.h>

#include <algorithm>
#include <chrono>

#include "linter/rule.h"

namespace atslint::rules {
namespace {

class PageCount final : public Rule {
 public:
  static constexpr RuleInfo kInfo{"S006", "page-count", Category::Structure, Severity::Warning,
                                  "More than two pages, or more than one with under five years of experience"};
  const RuleInfo& info() const override { return kInfo; }

  void check(const LintContext& context, DiagnosticSink& sink) const override {
    int pages = page_count(context.document);
    int max_pages = context.option<int>("max_pages", 2);
    int junior_years = context.option<int>("junior_years", 5);
    Location where;
    where.page = pages;
    if (pages > max_pages) {
      sink.report(fmt::format("the resume has {} pages: keep it to {} at most, cutting older and less relevant "
                              "roles first",
                              pages, max_pages),
                  where);
      return;
    }
    double years = experience_years(context.resume);
    if (pages > 1 && years > 0 && years < junior_years) {
      sink.report(Severity::Info,
                  fmt::format("{} pages for about {:.0f} years of experience: with under {} years, one page is the "
                              "common advice; keep the strongest bullets and drop the rest",
                              pages, years, junior_years),
                  where);
    }
  }

 private:
  /// Text and Markdown have no pages: estimate printed pages at 60 source lines each.
  static int page_count(const Document& document) {
    if (document.format != Format::Txt && document.format != Format::Md) return document.page_count();
    int lines = static_cast<int>(document.source_lines.size());
    return std::max(1, (lines + kLinesPerPage - 1) / kLinesPerPage);
  }
  static constexpr int kLinesPerPage = 60;

  /// Years covered by experience entries, overlaps counted once.
  static double experience_years(const Resume& resume) {
    std::vector<std::pair<int, int>> spans;
    int now = current_month();
    for (const auto& entry : resume.work) {
      if (entry.start.year == 0) continue;
      int start = entry.start.year * 12 + std::max(entry.start.month, 1) - 1;
      int end = entry.end.present ? now
                : entry.end.year ? entry.end.year * 12 + (entry.end.month ? entry.end.month - 1 : 11)
                                 : start + 1;
      if (end > start) spans.emplace_back(start, end);
    }
    std::sort(spans.begin(), spans.end());
    int total = 0, covered_to = -1;
    for (auto [start, end] : spans) {
      start = std::max(start, covered_to);
      if (end > start) total += end - start;
      covered_to = std::max(covered_to, end);
    }
    return total / 12.0;
  }

  static int current_month() {
    auto today = std::chrono::year_month_day(std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now()));
    return static_cast<int>(today.year()) * 12 + static_cast<int>(static_cast<unsigned>(today.month())) - 1;
  }
};

}  // namespace

std::unique_ptr<Rule> make_page_count() { return std::make_unique<PageCount>(); }

}  // namespace atslint::rules
