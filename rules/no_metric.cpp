/// Flags a bullet with no number, percentage, money, duration, count or scale.
#include <fmt/format.h>

#include "rules/bullet_context.h"

namespace atslint::rules {
namespace {

using namespace bullets;

class NoMetric final : public Rule {
 public:
  static constexpr RuleInfo kInfo{"B005", "no-metric", Category::Bullet, Severity::Warning,
                                  "A bullet has no number showing the size of the result"};
  const RuleInfo& info() const override { return kInfo; }

  void check(const LintContext& context, DiagnosticSink& sink) const override {
    for (const auto& view : accomplishment_bullets(context.resume)) {
      if (has_metric(view.tokens) || word_count(view.tokens) == 0) continue;
      sink.report("no number shows the result: add a count, percentage, money, time saved or scale "
                  "(\"cut load time 40%\", \"for 12 clients\", \"saving $30k a year\")",
                  view.bullet->location, excerpt_of(*view.bullet));
    }
  }
};

}  // namespace

std::unique_ptr<Rule> make_no_metric() { return std::make_unique<NoMetric>(); }

}  // namespace atslint::rules
