/// Flags the same verb opening many bullets of one role ("Developed ... Developed ...").
#include <fmt/format.h>

#include <map>

#include "rules/bullet_context.h"

namespace atslint::rules {
namespace {

using namespace bullets;

class RepeatedOpener final : public Rule {
 public:
  static constexpr RuleInfo kInfo{"B012", "repeated-opener", Category::Bullet, Severity::Info,
                                  "The same verb opens many bullets of one role", "max-repeats:int"};
  const RuleInfo& info() const override { return kInfo; }

  void check(const LintContext& context, DiagnosticSink& sink) const override {
    int max_repeats = context.option<int>("max-repeats", 2);
    std::map<std::pair<std::string, std::string>, int> seen;  // (role, opener) -> count
    for (const auto& view : accomplishment_bullets(context.resume)) {
      size_t first = first_word(view.tokens);
      if (first >= view.tokens.size() || view.tokens[first].kind != Token::Kind::Word) continue;
      std::string opener = lemma(view.tokens[first].lower);
      Role role = role_of(context, *view.bullet);
      std::string role_key = role.id >= 0 ? std::to_string(role.id) : view.bullet->section;
      int count = ++seen[{role_key, opener}];
      if (count <= max_repeats) continue;
      sink.report(fmt::format("\"{}\" opens {} bullets of this role: vary the verb so each bullet reads as its "
                              "own achievement (\"Led\", \"Built\", \"Cut\", \"Launched\")",
                              view.tokens[first].text, count),
                  view.bullet->location, excerpt_of(*view.bullet));
    }
  }

 private:
  static std::string lemma(const std::string& word) {
    auto verb = lookup_verb(word);
    return verb ? verb->base : word;
  }
};

}  // namespace

std::unique_ptr<Rule> make_repeated_opener() { return std::make_unique<RepeatedOpener>(); }

}  // namespace atslint::rules
