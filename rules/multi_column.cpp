/// Flags text laid out in side-by-side columns, which line-by-line readers interleave.
#include <fmt/format.h>

#include "linter/rule.h"

namespace atslint::rules {
namespace {

class MultiColumn final : public Rule {
 public:
  static constexpr RuleInfo kInfo{"L003", "multi-column", Category::Layout, Severity::Warning,
                                  "Text in two or more side-by-side columns"};
  const RuleInfo& info() const override { return kInfo; }

  void check(const LintContext& context, DiagnosticSink& sink) const override {
    for (const auto& object : context.document.objects) {
      if (object.kind != LayoutObject::Kind::ColumnRegion) continue;
      sink.report(message(object), object.location);
    }
  }

 private:
  static std::string message(const LayoutObject& object) {
    const char* advice = "an ATS that reads line by line will interleave them; use one column";
    if (object.column_ranges.empty())
      return fmt::format("{}{} newspaper columns set on the section: {}",
                         object.location.page > 0 ? fmt::format("page {}: ", object.location.page) : "",
                         object.columns > 0 ? std::to_string(object.columns) : std::string("several"), advice);
    std::string ranges;
    for (const auto& [x0, x1] : object.column_ranges)
      ranges += fmt::format("{}x {:.0f}-{:.0f} pt", ranges.empty() ? "" : ", ", x0, x1);
    return fmt::format("page {}: {} text columns side by side ({}): {}", object.location.page,
                       object.column_ranges.size(), ranges, advice);
  }
};

}  // namespace

std::unique_ptr<Rule> make_multi_column() { return std::make_unique<MultiColumn>(); }

}  // namespace atslint::rules
