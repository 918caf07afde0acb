/// Flags a bullet whose main clause is passive ("Reports were generated", "Was given
/// ownership"): a form of "to be" followed by a past participle, with no action verb first.
#include <fmt/format.h>

#include "rules/bullet_context.h"

namespace atslint::rules {
namespace {

using namespace bullets;

class PassiveVoice final : public Rule {
 public:
  static constexpr RuleInfo kInfo{"B009", "passive-voice", Category::Bullet, Severity::Warning,
                                  "A bullet is in the passive voice, hiding who did the work"};
  const RuleInfo& info() const override { return kInfo; }

  void check(const LintContext& context, DiagnosticSink& sink) const override {
    for (const auto& view : accomplishment_bullets(context.resume)) {
      // "Built a tool that was adopted by 12 teams": the main clause is active; fine.
      if (opens_with_action_verb(view.tokens)) continue;
      auto at = find_passive(view.tokens);
      if (!at) continue;
      size_t participle = *at + 1;
      while (participle < view.tokens.size() && !is_past_participle(view.tokens[participle].lower)) ++participle;
      std::string verb = participle < view.tokens.size() ? view.tokens[participle].lower : "";
      sink.report(fmt::format("passive voice (\"{} {}\") hides who did it: start with the verb in the active voice "
                              "(\"{}\") and make yourself the subject",
                              view.tokens[*at].text, verb, active_suggestion(verb)),
                  token_location(*view.bullet, view.tokens, *at), excerpt_of(*view.bullet));
    }
  }

 private:
  static bool opens_with_action_verb(const std::vector<Token>& tokens) {
    size_t first = first_word(tokens);
    if (first < tokens.size() && (tokens[first].lower == "i" || tokens[first].lower == "we")) ++first;
    if (first >= tokens.size()) return false;
    // A verb we know, or any regular past ("Revamped") that is not itself an auxiliary.
    const std::string& word = tokens[first].lower;
    if (is_be_form(word) || word == "got") return false;
    // "Reports were generated": a noun subject followed by its auxiliary, not a verb.
    if (first + 1 < tokens.size() && (is_be_form(tokens[first + 1].lower) || tokens[first + 1].lower == "got"))
      return false;
    return lookup_verb(word).has_value() || (word.size() >= 5 && word.ends_with("ed"));
  }
  /// "migrated" -> "Migrated", "given" -> "Gave"; unknown verbs get a generic "Led".
  static std::string active_suggestion(const std::string& participle) {
    auto verb = lookup_verb(participle);
    std::string past = verb ? verb->past : participle;
    if (past.empty()) return "Led";
    past[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(past[0])));
    return past;
  }
};

}  // namespace

std::unique_ptr<Rule> make_passive_voice() { return std::make_unique<PassiveVoice>(); }

}  // namespace atslint::rules
