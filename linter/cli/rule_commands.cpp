// `atslint rules` and `atslint explain`: the rule catalogue and its pages.
#include <fmt/format.h>

#include <nlohmann/json.hpp>
#include <ostream>

#include "linter/cli/cli.h"
#include "linter/cli/commands.h"
#include "linter/embedded_data.h"
#include "linter/rule_registry.h"

namespace atslint {

static std::string doc_key(std::string_view name) { return fmt::format("docs/rules/{}.md", name); }

int run_rules(const std::string& format, std::ostream& out) {
  if (format == "json") {
    nlohmann::json rules = nlohmann::json::array();
    for (const auto& rule : all_rules()) {
      const auto& info = rule->info();
      rules.push_back({{"code", info.code},
                       {"name", info.name},
                       {"category", category_name(info.category)},
                       {"severity", severity_name(info.default_severity)},
                       {"summary", info.summary},
                       {"docs", doc_key(info.name)}});
    }
    out << rules.dump(2) << '\n';
    return kExitClean;
  }
  out << fmt::format("{:<6} {:<24} {:<10} {:<8} {}\n", "CODE", "NAME", "CATEGORY", "SEVERITY", "SUMMARY");
  for (const auto& rule : all_rules()) {
    const auto& info = rule->info();
    out << fmt::format("{:<6} {:<24} {:<10} {:<8} {}\n", info.code, info.name, category_name(info.category),
                       severity_name(info.default_severity), info.summary);
  }
  return kExitClean;
}

int run_explain(const std::string& name, std::ostream& out, std::ostream& err) {
  const Rule* rule = find_rule(name);
  if (!rule) {
    auto suggestion = suggest_rule(name);
    err << fmt::format("atslint: error: unknown rule '{}'{}\n", name,
                       suggestion.empty() ? ": `atslint rules` lists them" : fmt::format(": did you mean '{}'?", suggestion));
    return kExitUsage;
  }
  auto page = data::file(doc_key(rule->info().name));
  if (!page) {
    err << fmt::format("atslint: error: rule '{}' has no documentation page\n", rule->info().name);
    return kExitUsage;
  }
  out << *page;
  return kExitClean;
}

}  // namespace atslint
