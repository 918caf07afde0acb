/// Flags unaccepted tracked changes and comments left in a word-processor file.
#include <fmt/format.h>

#include "linter/rule.h"

namespace atslint::rules {
namespace {

class TrackedChanges final : public Rule {
 public:
  static constexpr RuleInfo kInfo{"L012", "tracked-changes", Category::Layout, Severity::Warning,
                                  "Unaccepted tracked changes or comments in the document"};
  const RuleInfo& info() const override { return kInfo; }

  void check(const LintContext& context, DiagnosticSink& sink) const override {
    const auto& document = context.document;
    if (!document.tracked_changes && document.comments == 0) return;
    std::string what;
    if (document.tracked_changes) what = "unaccepted tracked changes";
    if (document.comments > 0) {
      if (!what.empty()) what += " and ";
      what += fmt::format("{} comment{}", document.comments, document.comments == 1 ? "" : "s");
    }
    sink.report(fmt::format("the document holds {} (many ATS read deleted text and comments as if they were "
                            "part of the resume): accept or reject all changes and delete comments before exporting",
                            what),
                Location{});
  }
};

}  // namespace

std::unique_ptr<Rule> make_tracked_changes() { return std::make_unique<TrackedChanges>(); }

}  // namespace atslint::rules
