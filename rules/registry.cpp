// The one place rules are registered. Keep the list sorted by code.
#include "linter/rule_registry.h"

namespace atslint::rules {
std::unique_ptr<Rule> make_image();
std::unique_ptr<Rule> make_table_layout();
std::unique_ptr<Rule> make_header_footer_content();
std::unique_ptr<Rule> make_hidden_text();
std::unique_ptr<Rule> make_icon_font();
std::unique_ptr<Rule> make_small_font();
std::unique_ptr<Rule> make_missing_section();
}  // namespace atslint::rules

namespace atslint {

const std::vector<RuleFactory>& rule_factories() {
  static const std::vector<RuleFactory> factories = {
      rules::make_image,                  // L004
      rules::make_table_layout,           // L005
      rules::make_header_footer_content,  // L006
      rules::make_hidden_text,            // L007
      rules::make_icon_font,              // L008
      rules::make_small_font,             // L009
      rules::make_missing_section,        // S001
  };
  return factories;
}

}  // namespace atslint
