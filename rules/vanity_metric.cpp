/// Flags a bullet whose only number counts effort (lines of code, commits, endpoints,
/// tickets) rather than an outcome.
#include <fmt/format.h>

#include <set>

#include "rules/bullet_context.h"

namespace atslint::rules {
namespace {

using namespace bullets;

class VanityMetric final : public Rule {
 public:
  static constexpr RuleInfo kInfo{"B011", "vanity-metric", Category::Bullet, Severity::Warning,
                                  "A bullet's only number counts effort (lines of code, commits, endpoints)"};
  const RuleInfo& info() const override { return kInfo; }

  void check(const LintContext& context, DiagnosticSink& sink) const override {
    static const PhraseList units = PhraseList::from_file("rules/data/bullets/vanity_units.txt");
    for (const auto& view : accomplishment_bullets(context.resume)) {
      const auto& tokens = view.tokens;
      std::optional<std::string> vanity;
      bool outcome = false;
      size_t vanity_at = 0;
      for (size_t i = 0; i < tokens.size(); ++i) {
        if (!is_metric_token(tokens, i) || is_time_window(tokens, i)) continue;
        auto unit = counted_unit(tokens, i, units);
        if (unit && !vanity) vanity = *unit, vanity_at = i;
        if (!unit) outcome = outcome || !part_of_vanity_number(tokens, i, units);
      }
      if (!vanity || outcome) continue;
      sink.report(fmt::format("the only number counts {}, which measures effort, not impact: show what the work "
                              "achieved (users served, time or money saved, errors cut)",
                              *vanity),
                  token_location(*view.bullet, tokens, vanity_at), excerpt_of(*view.bullet));
    }
  }

 private:
  /// The vanity unit counted by the number at `i` ("50,000 lines of code", "40 REST endpoints").
  static std::optional<std::string> counted_unit(const std::vector<Token>& tokens, size_t i, const PhraseList& units) {
    int words = 0;
    for (size_t j = i + 1; j < tokens.size() && words <= 3; ++j) {
      if (tokens[j].text == "," || tokens[j].text == ".") break;
      if (auto hit = units.match_at(tokens, j)) return hit->phrase;
      if (tokens[j].is_word()) ++words;
    }
    return std::nullopt;
  }
  /// "in one year", "over 6 months": the time frame of the effort, not a result.
  static bool is_time_window(const std::vector<Token>& tokens, size_t i) {
    static const std::set<std::string, std::less<>> kBefore = {"in", "over", "within", "during", "across"};
    static const std::set<std::string, std::less<>> kUnits = {"day", "days", "week", "weeks", "month", "months",
                                                              "quarter", "quarters", "year", "years"};
    return i > 0 && i + 1 < tokens.size() && kBefore.contains(tokens[i - 1].lower) && kUnits.contains(tokens[i + 1].lower);
  }
  /// "over 50 thousand lines": a number word right after a vanity number is the same figure.
  static bool part_of_vanity_number(const std::vector<Token>& tokens, size_t i, const PhraseList& units) {
    for (size_t back = i; back-- > 0 && back + 2 >= i;)
      if (is_metric_token(tokens, back) && counted_unit(tokens, back, units)) return true;
    return false;
  }
};

}  // namespace

std::unique_ptr<Rule> make_vanity_metric() { return std::make_unique<VanityMetric>(); }

}  // namespace atslint::rules
