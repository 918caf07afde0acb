// The one place rules are registered. Keep the list sorted by code.
#include "linter/rule_registry.h"

namespace atslint::rules {
std::unique_ptr<Rule> make_missing_contact();
std::unique_ptr<Rule> make_missing_section();
std::unique_ptr<Rule> make_nonstandard_heading();
std::unique_ptr<Rule> make_section_order();
std::unique_ptr<Rule> make_date_format();
std::unique_ptr<Rule> make_date_order();
std::unique_ptr<Rule> make_page_count();
}  // namespace atslint::rules

namespace atslint {

const std::vector<RuleFactory>& rule_factories() {
  static const std::vector<RuleFactory> factories = {
      rules::make_missing_contact,      // C001
      rules::make_missing_section,      // S001
      rules::make_nonstandard_heading,  // S002
      rules::make_section_order,        // S003
      rules::make_date_format,          // S004
      rules::make_date_order,           // S005
      rules::make_page_count,           // S006
  };
  return factories;
}

}  // namespace atslint
