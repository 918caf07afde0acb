/// Flags an acronym in a bullet that is never spelled out, unless everyone knows it (API, SQL).
#include <fmt/format.h>

#include <regex>
#include <set>

#include "rules/bullet_context.h"

namespace atslint::rules {
namespace {

using namespace bullets;

class UndefinedAcronym final : public Rule {
 public:
  static constexpr RuleInfo kInfo{"B015", "undefined-acronym", Category::Bullet, Severity::Info,
                                  "An acronym is never spelled out and is not widely known",
                                  "extra-acronyms:strings"};
  const RuleInfo& info() const override { return kInfo; }

  void check(const LintContext& context, DiagnosticSink& sink) const override {
    std::set<std::string, std::less<>> known = exempt();
    for (const auto& extra : string_list_option(context, "extra-acronyms")) known.insert(extra);
    std::set<std::string, std::less<>> defined = defined_acronyms(context.document), reported;
    for (const auto& view : accomplishment_bullets(context.resume)) {
      for (size_t i = 0; i < view.tokens.size(); ++i) {
        std::string word = view.tokens[i].text;
        if (!looks_like_acronym(word)) continue;
        if (i > 0 && view.tokens[i - 1].kind == Token::Kind::Number) continue;  // a unit: "12 TB"
        std::string singular = word.ends_with('s') ? word.substr(0, word.size() - 1) : word;
        if (known.contains(word) || known.contains(singular) || defined.contains(singular)) continue;
        if (!reported.insert(singular).second) continue;  // once per acronym
        sink.report(fmt::format("\"{}\" is never spelled out: write it in full once, "
                                "\"Full Name ({})\", so a recruiter and a keyword search both understand it",
                                word, singular),
                    token_location(*view.bullet, view.tokens, i), excerpt_of(*view.bullet));
      }
    }
  }

 private:
  static std::set<std::string, std::less<>> exempt() {
    static const std::set<std::string, std::less<>> words = [] {
      std::set<std::string, std::less<>> made;
      for (const auto& line : data_lines("rules/data/bullets/acronyms.txt")) made.insert(line);
      for (const auto& line : data_lines("rules/data/bullets/technologies.txt")) {
        std::string upper = line;
        for (auto& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
        made.insert(upper);
      }
      return made;
    }();
    return words;
  }

  /// "Warehouse Management System (WMS)" or "WMS (Warehouse Management System)" anywhere.
  static std::set<std::string, std::less<>> defined_acronyms(const Document& document) {
    static const std::regex in_parens(R"(\(([A-Z][A-Za-z0-9&]{1,7})s?\))");
    static const std::regex before_parens(R"(\b([A-Z][A-Z0-9&]{1,7})s?\s*\([A-Za-z])");
    std::set<std::string, std::less<>> defined;
    for (const Line& line : document.lines) {
      for (const auto* pattern : {&in_parens, &before_parens})
        for (std::sregex_iterator it(line.text.begin(), line.text.end(), *pattern), end; it != end; ++it)
          defined.insert((*it)[1].str());
    }
    return defined;
  }
};

}  // namespace

std::unique_ptr<Rule> make_undefined_acronym() { return std::make_unique<UndefinedAcronym>(); }

}  // namespace atslint::rules
