/// Flags a bullet that opens with a duty or a presence ("Responsible for", "Worked on",
/// "Helped with") instead of an action verb with a result.
#include <fmt/format.h>

#include <map>

#include "rules/bullet_context.h"

namespace atslint::rules {
namespace {

using namespace bullets;

struct WeakOpeners {
  PhraseList phrases{std::vector<std::string>{}};
  std::map<std::string, std::string> suggestion;  ///< by phrase
};

const WeakOpeners& weak_openers() {
  static const WeakOpeners openers = [] {
    WeakOpeners made;
    for (const auto& row : data_lines("rules/data/bullets/weak_openers.tsv")) {
      auto tab = row.find('\t');
      std::string phrase = row.substr(0, tab);
      made.phrases.add(phrase);
      auto hit = made.phrases.match_at(tokenize(phrase), 0);
      if (hit) made.suggestion[hit->phrase] = tab == std::string::npos ? "Led / Built" : row.substr(tab + 1);
    }
    return made;
  }();
  return openers;
}

class WeakOpener final : public Rule {
 public:
  static constexpr RuleInfo kInfo{"B001", "weak-opener", Category::Bullet, Severity::Warning,
                                  "A bullet opens with a duty (\"Responsible for\", \"Worked on\") instead of an action verb",
                                  "extra-weak-openers:strings"};
  const RuleInfo& info() const override { return kInfo; }

  void check(const LintContext& context, DiagnosticSink& sink) const override {
    PhraseList extra(string_list_option(context, "extra-weak-openers"));
    for (const auto& view : accomplishment_bullets(context.resume)) {
      auto tokens = without_adverbs(view.tokens);
      size_t first = opener_index(tokens);
      if (first >= tokens.size()) continue;
      std::string suggestion = "Led / Built / Cut";
      auto hit = weak_openers().phrases.match_at(tokens, first);
      if (hit) suggestion = weak_openers().suggestion.at(hit->phrase);
      else hit = extra.match_at(tokens, first);
      if (!hit) hit = nominal_opener(tokens, first, suggestion);
      if (!hit) continue;
      // "Handled $2M in payments": a plain verb with a measured object already states a result.
      size_t after = hit->token + hit->length;
      if (hit->length == 1 && after < tokens.size() && is_metric_token(tokens, after)) continue;
      std::string opener = view.bullet->text.substr(tokens[first].offset, end_of(tokens, *hit) - tokens[first].offset);
      sink.report(fmt::format("bullet opens with \"{}\", which names a duty, not an achievement: start with an "
                              "action verb such as \"{}\" and say what changed",
                              opener, suggestion),
                  view.bullet->location, excerpt_of(*view.bullet));
    }
  }

 private:
  /// Skips a leading "I" / "We": "I helped with" opens with "helped with".
  static size_t opener_index(const std::vector<Token>& tokens) {
    size_t first = first_word(tokens);
    if (first < tokens.size() && (tokens[first].lower == "i" || tokens[first].lower == "we")) ++first;
    return first;
  }
  /// "Development of", "Involvement in": a noun where the verb should be ("Developed", "Managed").
  static std::optional<PhraseList::Hit> nominal_opener(const std::vector<Token>& tokens, size_t first,
                                                       std::string& suggestion) {
    if (first + 1 >= tokens.size()) return std::nullopt;
    const std::string& preposition = tokens[first + 1].lower;
    if (preposition != "of" && preposition != "in" && preposition != "with") return std::nullopt;
    const std::string& noun = tokens[first].lower;
    // A verb used as a noun ("Launch of", "Review of") is the verb itself.
    if (auto verb = lookup_verb(noun); verb && verb->is_base) {
      suggestion = capitalised(verb->past);
      return PhraseList::Hit{first, 2, noun + " " + preposition};
    }
    bool nominal = false;
    for (const char* suffix : {"tion", "sion", "ment", "ance", "ence"}) nominal = nominal || noun.ends_with(suffix);
    if (!nominal || noun.size() < 7) return std::nullopt;
    for (std::string base : {noun.substr(0, noun.size() - 4), noun.substr(0, noun.size() - 5) + "e",
                             noun.substr(0, noun.size() - 3) + "e", noun.substr(0, noun.size() - 3),
                             noun.substr(0, noun.size() - 5)}) {
      if (auto verb = lookup_verb(base); verb && verb->is_base) {
        suggestion = capitalised(verb->past);
        break;
      }
    }
    return PhraseList::Hit{first, 2, noun + " " + preposition};
  }
  static std::string capitalised(std::string word) {
    if (!word.empty()) word[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(word[0])));
    return word;
  }
  /// "Worked closely with" reads as "Worked with": adverbs in the first words are skipped.
  static std::vector<Token> without_adverbs(const std::vector<Token>& tokens) {
    std::vector<Token> kept;
    for (size_t i = 0; i < tokens.size(); ++i) {
      bool adverb = i > 0 && i < 4 && tokens[i].kind == Token::Kind::Word && tokens[i].lower.size() > 4 &&
                    tokens[i].lower.ends_with("ly");
      if (!adverb) kept.push_back(tokens[i]);
    }
    return kept;
  }
  static size_t end_of(const std::vector<Token>& tokens, const PhraseList::Hit& hit) {
    const Token& last = tokens[hit.token + hit.length - 1];
    return last.offset + last.text.size();
  }
};

}  // namespace

std::unique_ptr<Rule> make_weak_opener() { return std::make_unique<WeakOpener>(); }

}  // namespace atslint::rules
