#include "linter/config.h"

#include "linter/error.h"

namespace atslint {

ConfigResolver::ConfigResolver(CliRuleOverrides overrides) : overrides_(std::move(overrides)) {}

LintOptions ConfigResolver::options_for(const std::string&) const {
  LintOptions options;
  for (const auto& list : {overrides_.select, overrides_.ignore})
    for (const auto& selector : list)
      if (auto problem = check_rule_selector(selector)) throw AtsError("config", *problem);
  options.rules.select = overrides_.select;
  options.rules.ignore = overrides_.ignore;
  options.suppress = !overrides_.no_suppress;
  return options;
}

}  // namespace atslint
