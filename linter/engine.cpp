#include "linter/engine.h"

#include <fmt/format.h>

#include <algorithm>

#include "linter/error.h"
#include "linter/input.h"
#include "linter/layout/layout.h"
#include "linter/rule_registry.h"
#include "linter/structure/structure.h"
#include "linter/suppression.h"
#include "linter/text_util.h"
#include "parsers/frontend.h"

namespace atslint {

static bool selector_matches(const std::string& selector, const RuleInfo& info) {
  auto wanted = to_lower_ascii(selector);
  Category category;
  if (wanted == "all") return true;
  if (parse_category(wanted, category)) return category == info.category;
  return wanted == info.name || wanted == to_lower_ascii(info.code);
}

bool RuleSelection::enabled(const Rule& rule) const {
  auto matches = [&](const std::string& selector) { return selector_matches(selector, rule.info()); };
  if (!select.empty() && std::none_of(select.begin(), select.end(), matches)) return false;
  return std::none_of(ignore.begin(), ignore.end(), matches);
}

std::optional<std::string> check_rule_selector(const std::string& selector) {
  Category category;
  if (to_lower_ascii(selector) == "all" || parse_category(selector, category) || find_rule(selector))
    return std::nullopt;
  auto suggestion = suggest_rule(selector);
  if (suggestion.empty()) return fmt::format("unknown rule '{}': `atslint rules` lists them", selector);
  return fmt::format("unknown rule '{}': did you mean '{}'?", selector, suggestion);
}

std::vector<Diagnostic> run_rules(const Document& document, const Resume& resume, const LintOptions& options) {
  static const nlohmann::json kNoOptions = nlohmann::json::object();
  std::vector<Diagnostic> diagnostics;
  for (auto factory : rule_factories()) {
    auto rule = factory();
    if (!options.rules.enabled(*rule)) continue;
    std::string name(rule->info().name);
    auto configured = options.rules.options.find(name);
    LintContext context{document, resume, configured != options.rules.options.end() ? configured->second : kNoOptions};
    size_t first_new = diagnostics.size();
    DiagnosticSink sink(rule->info(), diagnostics);
    rule->check(context, sink);
    if (auto severity = options.rules.severity.find(name); severity != options.rules.severity.end())
      for (size_t i = first_new; i < diagnostics.size(); ++i) diagnostics[i].severity = severity->second;
  }
  if (options.suppress) diagnostics = filter_suppressed(document, options, std::move(diagnostics));
  std::stable_sort(diagnostics.begin(), diagnostics.end(), [](const Diagnostic& a, const Diagnostic& b) {
    auto key = [](const Diagnostic& d) {
      return std::tuple(d.location.page, d.location.line, d.location.paragraph, d.location.column);
    };
    return key(a) < key(b);
  });
  return diagnostics;
}

Document load_document(const std::string& path) {
  std::string bytes = read_input(path);
  Document document = read_document(path, bytes);
  analyse_layout(document);
  return document;
}

FileResult lint_file(const std::string& path, const LintOptions& options) {
  FileResult result;
  result.path = path;
  try {
    Document document = load_document(path);
    result.format = document.format;
    result.pages = document.page_count();
    result.notices = document.notices;
    Resume resume = analyse_structure(document);
    result.diagnostics = run_rules(document, resume, options);
    result.score = score_findings(result.diagnostics);
  } catch (const AtsError& error) {
    result.error = FileError{error.code(), error.what()};
  } catch (const std::bad_alloc&) {
    result.error = FileError{"out-of-memory", "ran out of memory reading this file"};
  } catch (const std::exception& error) {
    result.error = FileError{"internal", fmt::format("internal error: {}", error.what())};
  }
  return result;
}

}  // namespace atslint
