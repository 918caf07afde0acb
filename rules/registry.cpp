// The one place rules are registered. Keep the list sorted by code.
#include "linter/rule_registry.h"

namespace atslint::rules {
std::unique_ptr<Rule> make_no_text_layer();
std::unique_ptr<Rule> make_unmappable_text();
std::unique_ptr<Rule> make_multi_column();
std::unique_ptr<Rule> make_font_not_embedded();
std::unique_ptr<Rule> make_text_box();
std::unique_ptr<Rule> make_tracked_changes();
std::unique_ptr<Rule> make_missing_section();
}  // namespace atslint::rules

namespace atslint {

const std::vector<RuleFactory>& rule_factories() {
  static const std::vector<RuleFactory> factories = {
      rules::make_no_text_layer,  // L001
      rules::make_unmappable_text,  // L002
      rules::make_multi_column,  // L003
      rules::make_font_not_embedded,  // L010
      rules::make_text_box,  // L011
      rules::make_tracked_changes,  // L012
      rules::make_missing_section,  // S001
  };
  return factories;
}

}  // namespace atslint
