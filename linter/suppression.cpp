#include "linter/suppression.h"

#include <algorithm>
#include <regex>
#include <set>

#include "linter/engine.h"
#include "linter/rule_registry.h"
#include "linter/text_util.h"

namespace atslint {
namespace {

/// The rules a comment names ("weak-opener, B005"); empty = every rule.
using RuleSet = std::set<std::string>;

RuleSet parse_rule_list(const std::string& text) {
  RuleSet rules;
  std::string current;
  for (char c : text + ",") {
    if (c == ',' || c == ' ' || c == '\t') {
      if (!current.empty()) rules.insert(to_lower_ascii(current));
      current.clear();
    } else {
      current += c;
    }
  }
  rules.erase("all");
  return rules;
}

bool names(const RuleSet& rules, const Diagnostic& diagnostic) {
  if (rules.empty()) return true;
  if (rules.contains(diagnostic.rule) || rules.contains(to_lower_ascii(diagnostic.code))) return true;
  const Rule* rule = find_rule(diagnostic.rule);
  return rule && rules.contains(to_lower_ascii(category_name(rule->info().category)));
}

/// Which source lines (1-based) silence which rules, from `<!-- atslint-... -->` comments.
class CommentSuppressions {
 public:
  explicit CommentSuppressions(const std::vector<std::string>& source) {
    static const std::regex comment(R"(<!--\s*atslint-(disable-next-line|disable|enable)\b([^>]*?)\s*-->)");
    std::vector<RuleSet> active;  // open disable blocks
    bool next_line_pending = false;
    RuleSet next_line_rules;
    per_line_.resize(source.size() + 2);
    for (size_t i = 0; i < source.size(); ++i) {
      const std::string& line = source[i];
      bool is_comment_line = false;
      for (auto it = std::sregex_iterator(line.begin(), line.end(), comment); it != std::sregex_iterator(); ++it) {
        is_comment_line = true;
        std::string kind = (*it)[1];
        RuleSet rules = parse_rule_list((*it)[2]);
        if (kind == "disable") active.push_back(rules);
        else if (kind == "enable") enable(active, rules);
        else next_line_pending = true, next_line_rules = rules;
      }
      per_line_[i + 1] = active;
      bool blank = trim(std::regex_replace(line, comment, "")).empty();
      if (next_line_pending && !is_comment_line && !blank) {
        per_line_[i + 1].push_back(next_line_rules);
        next_line_pending = false;
      }
    }
    at_end_ = active;
  }

  bool silences(const Diagnostic& diagnostic) const {
    int line = diagnostic.location.line;
    // A finding about the whole file (no line) is silenced by a block left open to the end.
    const auto& blocks = line > 0 && static_cast<size_t>(line) < per_line_.size() ? per_line_[line] : at_end_;
    return std::any_of(blocks.begin(), blocks.end(), [&](const RuleSet& rules) { return names(rules, diagnostic); });
  }

 private:
  /// `atslint-enable` closes every block; `atslint-enable rule` closes the blocks naming it.
  static void enable(std::vector<RuleSet>& active, const RuleSet& rules) {
    if (rules.empty()) {
      active.clear();
      return;
    }
    // An empty block means "every rule"; it stays open until a bare `atslint-enable`.
    std::erase_if(active, [&](RuleSet& block) {
      if (block.empty()) return false;
      for (const auto& rule : rules) block.erase(rule);
      return block.empty();
    });
  }

  std::vector<std::vector<RuleSet>> per_line_;
  std::vector<RuleSet> at_end_;
};

bool contains_icase(const std::string& haystack, const std::string& needle) {
  return fold_case(haystack).find(fold_case(needle)) != std::string::npos;
}

/// A config [[suppress]] entry: {rule?, text}; the text is looked for in the excerpt and message.
bool config_silences(const nlohmann::json& entries, const Diagnostic& diagnostic) {
  for (const auto& entry : entries) {
    if (entry.contains("rule") && !names(parse_rule_list(entry["rule"].get<std::string>()), diagnostic)) continue;
    std::string text = entry.value("text", "");
    if (!text.empty() && (contains_icase(diagnostic.excerpt, text) || contains_icase(diagnostic.message, text)))
      return true;
  }
  return false;
}

}  // namespace

std::vector<Diagnostic> filter_suppressed(const Document& document, const LintOptions& options,
                                          std::vector<Diagnostic> diagnostics) {
  bool text_format = document.format == Format::Txt || document.format == Format::Md;
  std::optional<CommentSuppressions> comments;
  if (text_format && !document.source_lines.empty()) comments.emplace(document.source_lines);
  std::erase_if(diagnostics, [&](const Diagnostic& diagnostic) {
    return (comments && comments->silences(diagnostic)) || config_silences(options.suppressions, diagnostic);
  });
  return diagnostics;
}

}  // namespace atslint
