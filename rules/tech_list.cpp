/// Flags a bullet that is only a list of technologies ("Python, Django, PostgreSQL"):
/// tools belong in Skills; a bullet says what was built with them and what it achieved.
#include <fmt/format.h>

#include <algorithm>
#include <set>

#include "linter/text_util.h"
#include "rules/bullet_context.h"

namespace atslint::rules {
namespace {

using namespace bullets;

class TechList final : public Rule {
 public:
  static constexpr RuleInfo kInfo{"B006", "tech-list", Category::Bullet, Severity::Warning,
                                  "A bullet is only a list of technologies, with no action or outcome"};
  const RuleInfo& info() const override { return kInfo; }

  void check(const LintContext& context, DiagnosticSink& sink) const override {
    for (const auto& view : accomplishment_bullets(context.resume)) {
      if (!is_tech_list(view.bullet->text) || under_skills_label(context.document, view.bullet->line)) continue;
      sink.report("bullet only lists technologies: move them to Skills, or say what you built with them and "
                  "what it achieved (\"Built a Django API serving 2M requests a day\")",
                  view.bullet->location, excerpt_of(*view.bullet));
    }
  }

 private:
  static bool is_tech_list(std::string_view text) {
    auto items = split_items(strip_label(text));
    if (items.size() < 3) return false;
    int known = 0, name_like = 0;
    for (const auto& item : items) {
      auto tokens = tokenize(item);
      int words = word_count(tokens);
      if (words == 0) continue;
      if (words > 4 || opens_with_verb(tokens)) return false;  // a clause, not a name
      if (is_technology(item)) ++known;
      if (looks_like_name(tokens)) ++name_like;
    }
    // Most items are names and at least one is a technology we know; or a longer list of
    // nothing but short names ("Vite, Zustand, tRPC, Prisma").
    int total = static_cast<int>(items.size());
    if (known >= 1 && (known + name_like) * 10 >= total * 8) return true;
    return total >= 4 && name_like == total;
  }

  /// A list under a "Technical Skills:" line that the structure pass did not see as a heading
  /// is a skills list, not an experience bullet.
  static bool under_skills_label(const Document& document, size_t line) {
    for (size_t i = std::min(line, document.lines.size()); i-- > 0;) {
      if (document.lines[i].list_item) continue;
      std::string label = fold_case(trim(document.lines[i].text));
      if (count_words(label) > 4) return false;
      for (const char* word : {"skill", "technolog", "tools", "stack", "languages", "competenc", "proficienc"})
        if (label.find(word) != std::string::npos) return true;
      return false;
    }
    return false;
  }

  /// "Tech stack: Python, Go" or "Tools – Python, Go" -> "Python, Go".
  static std::string_view strip_label(std::string_view text) {
    for (std::string_view separator : {":", " – ", " — ", " - "}) {
      auto at = text.find(separator);
      if (at != std::string_view::npos && count_words(text.substr(0, at)) <= 3 && text.substr(0, at).find(',') == std::string_view::npos)
        return trim(text.substr(at + separator.size()));
    }
    return trim(text);
  }

  static std::vector<std::string> split_items(std::string_view text) {
    static constexpr std::string_view kSeparators[] = {" and ", " & ", " | ", "|", ";", " / ", "/", "·", "•"};
    std::string normalised;
    for (size_t i = 0; i < text.size();) {
      auto separator = std::find_if(std::begin(kSeparators), std::end(kSeparators),
                                    [&](std::string_view s) { return text.substr(i).starts_with(s); });
      if (separator == std::end(kSeparators)) {
        normalised += text[i++];
      } else {
        normalised += ',';
        i += separator->size();
      }
    }
    std::vector<std::string> items;
    size_t start = 0;
    for (size_t comma; start <= normalised.size(); start = comma + 1) {
      comma = normalised.find(',', start);
      if (comma == std::string::npos) comma = normalised.size();
      auto item = trim(std::string_view(normalised).substr(start, comma - start));
      while (!item.empty() && (item.back() == '.' || item.back() == ';')) item.remove_suffix(1);
      if (!item.empty()) items.emplace_back(item);
    }
    return items;
  }

  static bool opens_with_verb(const std::vector<Token>& tokens) {
    size_t first = first_word(tokens);
    if (first >= tokens.size()) return false;
    auto verb = lookup_verb(tokens[first].lower);
    return verb && (verb->is_past || verb->is_third || verb->is_gerund) && !is_technology(tokens[first].lower);
  }

  static bool is_technology(std::string_view item) {
    static const std::set<std::string, std::less<>> names = [] {
      auto lines = data_lines("rules/data/bullets/technologies.txt");
      return std::set<std::string, std::less<>>(lines.begin(), lines.end());
    }();
    return names.contains(fold_case(item));
  }

  /// "BigQuery", "gRPC", "Node.js", "S3": capitalised, or with a digit or symbol inside.
  static bool looks_like_name(const std::vector<Token>& tokens) {
    return std::all_of(tokens.begin(), tokens.end(), [](const Token& token) {
      if (!token.is_word()) return true;
      unsigned char c = static_cast<unsigned char>(token.text.front());
      return std::isupper(c) || std::isdigit(c) || token.text.find_first_of("ABCDEFGHIJKLMNOPQRSTUVWXYZ.#+") != std::string::npos;
    });
  }
};

}  // namespace

std::unique_ptr<Rule> make_tech_list() { return std::make_unique<TechList>(); }

}  // namespace atslint::rules
