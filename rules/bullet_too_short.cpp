/// Flags a bullet too short to say what was done and what it achieved.
#include <fmt/format.h>

#include "rules/bullet_context.h"

namespace atslint::rules {
namespace {

using namespace bullets;

class BulletTooShort final : public Rule {
 public:
  static constexpr RuleInfo kInfo{"B007", "bullet-too-short", Category::Bullet, Severity::Warning,
                                  "A bullet has too few words to show an action and a result", "min-words:int"};
  const RuleInfo& info() const override { return kInfo; }

  void check(const LintContext& context, DiagnosticSink& sink) const override {
    int minimum = context.option<int>("min-words", 5);
    for (const auto& view : accomplishment_bullets(context.resume)) {
      int words = word_count(view.tokens);
      if (words == 0 || words >= minimum) continue;
      sink.report(fmt::format("bullet has {} word{} (at least {} expected): say what you did, how, and the result "
                              "(\"Fixed bugs\" -> \"Fixed 40 checkout bugs, cutting failed orders 12%\")",
                              words, words == 1 ? "" : "s", minimum),
                  view.bullet->location, excerpt_of(*view.bullet));
    }
  }
};

}  // namespace

std::unique_ptr<Rule> make_bullet_too_short() { return std::make_unique<BulletTooShort>(); }

}  // namespace atslint::rules
