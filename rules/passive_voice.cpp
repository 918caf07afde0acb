/// Flags a bullet whose main clause is passive ("Reports were generated", "Was given
/// ownership"): a form of "to be" followed by a past participle, with no action verb first.
#include <fmt/format.h>

#include <set>

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
      auto at = find_passive(view.tokens);
      // "Built a tool that was adopted by 12 teams": the main clause is active; fine.
      if (!at || !in_main_clause(view.tokens, *at)) continue;
      size_t participle = *at + 1;
      while (participle < view.tokens.size() && !is_past_participle(view.tokens[participle].lower)) ++participle;
      std::string verb = participle < view.tokens.size() ? view.tokens[participle].lower : "";
      std::string passive = fmt::format("{} {}", view.tokens[*at].text, verb);
      // "Was given ownership", "Got promoted": something done to you; say what earned it.
      std::string message =
          *at == first_word(view.tokens)
              ? fmt::format("passive voice (\"{}\") tells what happened to you, not what you did: open with "
                            "what earned it (\"Earned\", \"Won\", \"Took on\") and the result behind it",
                            passive)
              : fmt::format("passive voice (\"{}\") hides who did it: start with the verb in the active voice "
                            "(\"{}\") and make yourself the subject",
                            passive, active_suggestion(verb));
      sink.report(message, token_location(*view.bullet, view.tokens, *at), excerpt_of(*view.bullet));
    }
  }

 private:
  /// The passive is the bullet's main clause when no past-tense verb ("Built", "Revamped") and
  /// no relative word or conjunction ("that", "after") comes before its auxiliary.
  static bool in_main_clause(const std::vector<Token>& tokens, size_t auxiliary) {
    static const std::set<std::string, std::less<>> kClauseWords = {
        "that", "which", "who", "whom", "whose", "where", "when", "after", "before", "until", "while",
        "because", "so", "once", "since", "if"};
    for (size_t i = 0; i < auxiliary; ++i) {
      const std::string& word = tokens[i].lower;
      if (kClauseWords.contains(word)) return false;
      auto verb = lookup_verb(word);
      bool past = verb ? verb->is_past : (word.size() >= 5 && word.ends_with("ed"));
      if (past) return false;
    }
    return true;
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
