#include "linter/rule_registry.h"

#include <algorithm>

#include "linter/text_util.h"

namespace atslint {

const std::vector<std::unique_ptr<Rule>>& all_rules() {
  static const std::vector<std::unique_ptr<Rule>> rules = [] {
    std::vector<std::unique_ptr<Rule>> made;
    for (auto factory : rule_factories()) made.push_back(factory());
    std::sort(made.begin(), made.end(),
              [](const auto& a, const auto& b) { return a->info().code < b->info().code; });
    return made;
  }();
  return rules;
}

const Rule* find_rule(std::string_view name_or_code) {
  auto wanted = to_lower_ascii(name_or_code);
  for (const auto& rule : all_rules()) {
    if (to_lower_ascii(rule->info().name) == wanted || to_lower_ascii(rule->info().code) == wanted)
      return rule.get();
  }
  return nullptr;
}

static size_t edit_distance(std::string_view a, std::string_view b) {
  std::vector<size_t> previous(b.size() + 1), current(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) previous[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    current[0] = i;
    for (size_t j = 1; j <= b.size(); ++j) {
      size_t substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
      current[j] = std::min({previous[j] + 1, current[j - 1] + 1, substitution});
    }
    std::swap(previous, current);
  }
  return previous[b.size()];
}

std::string suggest_rule(std::string_view unknown) {
  auto wanted = to_lower_ascii(unknown);
  std::string best;
  size_t best_distance = std::max<size_t>(3, wanted.size() / 3) + 1;
  for (const auto& rule : all_rules()) {
    if (wanted.size() >= 3 && rule->info().name.starts_with(wanted)) return std::string(rule->info().name);
    size_t distance = edit_distance(wanted, rule->info().name);
    if (distance < best_distance) {
      best_distance = distance;
      best = rule->info().name;
    }
  }
  return best;
}

}  // namespace atslint
