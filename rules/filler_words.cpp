/// Flags words that add length but no information ("various", "successfully", "etc.").
#include <fmt/format.h>

#include "linter/text_util.h"
#include "rules/bullet_context.h"

namespace atslint::rules {
namespace {

using namespace bullets;

class FillerWords final : public Rule {
 public:
  static constexpr RuleInfo kInfo{"B010", "filler-words", Category::Bullet, Severity::Warning,
                                  "A bullet uses filler (\"various\", \"successfully\", \"etc.\")",
                                  "extra-filler-words:strings"};
  const RuleInfo& info() const override { return kInfo; }

  void check(const LintContext& context, DiagnosticSink& sink) const override {
    static const PhraseList base = PhraseList::from_file("rules/data/bullets/filler_words.txt");
    const PhraseList fillers = with_extra_phrases(base, context, "extra-filler-words");
    for (const auto& view : accomplishment_bullets(context.resume)) {
      auto hits = fillers.find(view.tokens);
      if (hits.empty()) continue;
      std::vector<std::string> words;
      for (const auto& hit : hits) words.push_back(fmt::format("\"{}\"", hit.phrase));
      sink.report(fmt::format("filler {}: cut {}, or replace a vague amount with the real one "
                              "(\"various teams\" -> \"4 teams\")",
                              join(words, ", "), hits.size() == 1 ? "it" : "them"),
                  token_location(*view.bullet, view.tokens, hits.front().token), excerpt_of(*view.bullet));
    }
  }
};

}  // namespace

std::unique_ptr<Rule> make_filler_words() { return std::make_unique<FillerWords>(); }

}  // namespace atslint::rules
