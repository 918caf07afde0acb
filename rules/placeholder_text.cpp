/// Flags template text left in the resume: "[N]", "XX%", "$X", "Lorem ipsum", "Company Name".
#include <fmt/format.h>

#include <regex>

#include "rules/bullet_context.h"

namespace atslint::rules {
namespace {

using namespace bullets;

class PlaceholderText final : public Rule {
 public:
  static constexpr RuleInfo kInfo{"B004", "placeholder-text", Category::Bullet, Severity::Error,
                                  "Template text was left in (\"[N]\", \"XX%\", \"Lorem ipsum\", \"Company Name\")"};
  const RuleInfo& info() const override { return kInfo; }

  void check(const LintContext& context, DiagnosticSink& sink) const override {
    for (const Line& line : context.document.lines) {
      auto found = find_placeholder(line.text);
      if (found.empty()) continue;
      sink.report(fmt::format("\"{}\" is template text: replace it with the real value, or delete it", found),
                  line.location, shorten(line.text));
    }
  }

 private:
  static std::string find_placeholder(const std::string& text) {
    // Brackets holding words only ("[N]", "[Client Name]", "<metric>"), TBD, or X/N standing for a figure.
    static const std::regex patterns(
        R"(\[[A-Za-z][A-Za-z ._/-]{0,30}\]|<[A-Za-z][A-Za-z ]{0,30}>|\{[A-Za-z][A-Za-z ]{0,30}\}|\b(TBD|TODO|FIXME)\b|(^|[^A-Za-z0-9])(X{1,3}|N{1,2}|#)\s?%|(\$|€|£)\s?(X+|N)\b|\bX{2,}\b|\b(YYYY|MM/YYYY|MM/YY|(19|20)XX)\b)");
    std::smatch match;
    if (std::regex_search(text, match, patterns)) return std::string(trim_left(match.str()));
    static const PhraseList phrases = PhraseList::from_file("rules/data/bullets/placeholders.txt");
    auto tokens = tokenize(text);
    auto hits = phrases.find(tokens);
    if (hits.empty()) return "";
    const Token& first = tokens[hits.front().token];
    const Token& last = tokens[hits.front().token + hits.front().length - 1];
    return text.substr(first.offset, last.offset + last.text.size() - first.offset);
  }
  static std::string_view trim_left(const std::string& s) {
    std::string_view view(s);
    while (!view.empty() && !std::isalnum(static_cast<unsigned char>(view.front())) && view.front() != '[' && view.front() != '<' && view.front() != '{' &&
           view.front() != '$' && view.front() != '#' && static_cast<unsigned char>(view.front()) < 0x80)
      view.remove_prefix(1);
    return view;
  }
};

}  // namespace

std::unique_ptr<Rule> make_placeholder_text() { return std::make_unique<PlaceholderText>(); }

}  // namespace atslint::rules
