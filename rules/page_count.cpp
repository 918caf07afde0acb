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
                                  "More than two pages, or more than one with under five years of experience",
                                  "max-pages:int junior-years:int"};
  const RuleInfo& info() const override { return kInfo; }

  void check(const LintContext& context, DiagnosticSink& sink) const override {
    int pages = page_count(context.document);
    int max_pages = context.option<int>("max-pages", 2);
    int junior_years = context.option<int>("junior-years", 5);
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
  /// Text and Markdown have no pages: form feeds mark them when present, else
  /// estimate printed pages at 50 lines of text each.
  static int page_count(const Document& document) {
    if (document.format != Format::Txt && document.format != Format::Md) return document.page_count();
    int feeds = 0, text_lines = 0;
    for (const auto& line : document.source_lines) {
      feeds += static_cast<int>(std::count(line.begin(), line.end(), '\f'));
      text_lines += line.find_first_not_of(" \t\f") != std::string::npos;
    }
    if (feeds > 0) return feeds + (document.source_lines.empty() || document.source_lines.back().find('\f') == std::string::npos ? 1 : 0);
    return std::max(1, (text_lines + kLinesPerPage - 1) / kLinesPerPage);
  }
  static constexpr int kLinesPerPage = 50;

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
