/// Flags "I", "my", "we", "our" in a bullet: resumes are written in implied first person.
#include <fmt/format.h>

#include <set>

#include "rules/bullet_context.h"

namespace atslint::rules {
namespace {

using namespace bullets;

class FirstPerson final : public Rule {
 public:
  static constexpr RuleInfo kInfo{"B002", "first-person", Category::Bullet, Severity::Warning,
                                  "A bullet uses \"I\", \"my\", \"we\" or \"our\""};
  const RuleInfo& info() const override { return kInfo; }

  void check(const LintContext& context, DiagnosticSink& sink) const override {
    for (const auto& view : accomplishment_bullets(context.resume)) {
      for (size_t i = 0; i < view.tokens.size(); ++i) {
        if (!is_pronoun(view.tokens, i)) continue;
        sink.report(fmt::format("bullet uses \"{}\": drop the pronoun and start with the action verb "
                                "(\"I built the pipeline\" -> \"Built the pipeline\")",
                                view.tokens[i].text),
                    token_location(*view.bullet, view.tokens, i), excerpt_of(*view.bullet));
        break;  // one finding per bullet is enough to act on
      }
    }
  }

 private:
  static bool is_pronoun(const std::vector<Token>& tokens, size_t i) {
    static const std::set<std::string, std::less<>> kPronouns = {
        "i", "me", "my", "mine", "myself", "i'm", "i’m", "i've", "i’ve", "i'd", "i’d", "i'll", "i’ll",
        "we", "our", "ours", "ourselves", "we're", "we’re", "we've", "we’ve"};
    const Token& token = tokens[i];
    if (token.text == "us") return true;  // lower case only: "US" is a country
    if (!kPronouns.contains(token.lower)) return false;
    if (token.lower != "i") return true;
    // "Phase I", "Type I": a Roman numeral, not a pronoun.
    static const std::set<std::string, std::less<>> kNumbered = {"phase", "type", "level", "tier", "stage", "grade", "part", "class"};
    return i == 0 || !kNumbered.contains(tokens[i - 1].lower);
  }
};

}  // namespace

std::unique_ptr<Rule> make_first_person() { return std::make_unique<FirstPerson>(); }

}  // namespace atslint::rules
