/// Flags cliches ("results-driven", "team player", "synergy") in bullets and the summary.
#include <fmt/format.h>

#include <algorithm>

#include "linter/text_util.h"
#include "rules/bullet_context.h"

namespace atslint::rules {
namespace {

using namespace bullets;

class Buzzword final : public Rule {
 public:
  static constexpr RuleInfo kInfo{"B003", "buzzword", Category::Bullet, Severity::Warning,
                                  "A bullet or the summary leans on a cliche (\"results-driven\", \"synergy\")",
                                  "extra-buzzwords:strings"};
  const RuleInfo& info() const override { return kInfo; }

  void check(const LintContext& context, DiagnosticSink& sink) const override {
    static const PhraseList base = PhraseList::from_file("rules/data/bullets/buzzwords.txt");
    const PhraseList words = with_extra_phrases(base, context, "extra-buzzwords");
    for (const auto& view : accomplishment_bullets(context.resume))
      check_text(view.bullet->text, view.tokens, words, sink, [&](size_t token) {
        return token_location(*view.bullet, view.tokens, token);
      });
    for (const auto& section : context.resume.sections) {
      if (section.canonical != "summary") continue;
      for (size_t i = section.first_line; i < section.end_line && i < context.document.lines.size(); ++i) {
        const Line& line = context.document.lines[i];
        auto tokens = tokenize(line.text);
        check_text(line.text, tokens, words, sink, [&](size_t) { return line.location; });
      }
    }
  }

 private:
  template <typename LocationOf>
  static void check_text(const std::string& text, const std::vector<Token>& tokens, const PhraseList& words,
                         DiagnosticSink& sink, LocationOf location_of) {
    static const PhraseList soft = PhraseList::from_file("rules/data/bullets/buzzwords_soft.txt");
    auto hits = words.find(tokens);
    if (!has_metric(tokens)) {  // "robust" with no evidence is a claim; beside a number, a description
      auto soft_hits = soft.find(tokens);
      hits.insert(hits.end(), soft_hits.begin(), soft_hits.end());
      std::sort(hits.begin(), hits.end(), [](const auto& a, const auto& b) { return a.token < b.token; });
    }
    if (hits.empty()) return;
    std::vector<std::string> quoted;
    for (const auto& hit : hits) {
      const Token& last = tokens[hit.token + hit.length - 1];
      quoted.push_back(fmt::format("\"{}\"", text.substr(tokens[hit.token].offset, last.offset + last.text.size() - tokens[hit.token].offset)));
    }
    sink.report(fmt::format("{} {} a claim a recruiter skips: replace {} with evidence, what you did and what it "
                            "changed (\"Cut support tickets 30%\")",
                            join(quoted, ", "), quoted.size() == 1 ? "is" : "are", quoted.size() == 1 ? "it" : "them"),
                location_of(hits.front().token), shorten(text));
  }
};

}  // namespace

std::unique_ptr<Rule> make_buzzword() { return std::make_unique<Buzzword>(); }

}  // namespace atslint::rules
