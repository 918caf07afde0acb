/// Flags a bullet so long a recruiter skimming for six seconds will not finish it.
#include <fmt/format.h>

#include "rules/bullet_context.h"

namespace atslint::rules {
namespace {

using namespace bullets;

class BulletTooLong final : public Rule {
 public:
  static constexpr RuleInfo kInfo{"B008", "bullet-too-long", Category::Bullet, Severity::Warning,
                                  "A bullet is too long to skim", "max-words:int"};
  const RuleInfo& info() const override { return kInfo; }

  void check(const LintContext& context, DiagnosticSink& sink) const override {
    int maximum = context.option<int>("max-words", 35);
    for (const auto& view : accomplishment_bullets(context.resume)) {
      int words = word_count(view.tokens);
      if (words <= maximum) continue;
      sink.report(fmt::format("bullet has {} words (at most {} expected): keep one achievement per bullet, "
                              "split the rest into its own bullet or cut the detail",
                              words, maximum),
                  view.bullet->location, excerpt_of(*view.bullet));
    }
  }
};

}  // namespace

std::unique_ptr<Rule> make_bullet_too_long() { return std::make_unique<BulletTooLong>(); }

}  // namespace atslint::rules
