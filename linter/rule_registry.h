#pragma once
#include <memory>
#include <string_view>
#include <vector>

#include "linter/rule.h"

namespace atslint {

using RuleFactory = std::unique_ptr<Rule> (*)();

/// Every rule atslint has, sorted by code (defined in rules/registry.cpp).
const std::vector<RuleFactory>& rule_factories();

/// One instance of every rule (rules are stateless, so instances may be shared).
const std::vector<std::unique_ptr<Rule>>& all_rules();

/// A rule by name or code, or nullptr.
const Rule* find_rule(std::string_view name_or_code);

/// The closest rule name for a "did you mean", or "" when none is close.
std::string suggest_rule(std::string_view unknown);

}  // namespace atslint
