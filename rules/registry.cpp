// The one place rules are registered. Keep the list sorted by code.
#include "linter/rule_registry.h"

namespace atslint::rules {
std::unique_ptr<Rule> make_weak_opener();
std::unique_ptr<Rule> make_first_person();
std::unique_ptr<Rule> make_buzzword();
std::unique_ptr<Rule> make_placeholder_text();
std::unique_ptr<Rule> make_no_metric();
std::unique_ptr<Rule> make_tech_list();
std::unique_ptr<Rule> make_bullet_too_short();
std::unique_ptr<Rule> make_bullet_too_long();
std::unique_ptr<Rule> make_passive_voice();
std::unique_ptr<Rule> make_filler_words();
std::unique_ptr<Rule> make_vanity_metric();
std::unique_ptr<Rule> make_repeated_opener();
std::unique_ptr<Rule> make_tense_mismatch();
std::unique_ptr<Rule> make_bullet_count();
std::unique_ptr<Rule> make_undefined_acronym();
std::unique_ptr<Rule> make_missing_contact();
std::unique_ptr<Rule> make_no_text_layer();
std::unique_ptr<Rule> make_unmappable_text();
std::unique_ptr<Rule> make_multi_column();
std::unique_ptr<Rule> make_image();
std::unique_ptr<Rule> make_table_layout();
std::unique_ptr<Rule> make_header_footer_content();
std::unique_ptr<Rule> make_hidden_text();
std::unique_ptr<Rule> make_icon_font();
std::unique_ptr<Rule> make_small_font();
std::unique_ptr<Rule> make_font_not_embedded();
std::unique_ptr<Rule> make_text_box();
std::unique_ptr<Rule> make_tracked_changes();
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
      rules::make_weak_opener,  // B001
      rules::make_first_person,  // B002
      rules::make_buzzword,  // B003
      rules::make_placeholder_text,  // B004
      rules::make_no_metric,  // B005
      rules::make_tech_list,  // B006
      rules::make_bullet_too_short,  // B007
      rules::make_bullet_too_long,  // B008
      rules::make_passive_voice,  // B009
      rules::make_filler_words,  // B010
      rules::make_vanity_metric,  // B011
      rules::make_repeated_opener,  // B012
      rules::make_tense_mismatch,  // B013
      rules::make_bullet_count,  // B014
      rules::make_undefined_acronym,  // B015
      rules::make_missing_contact,  // C001
      rules::make_no_text_layer,  // L001
      rules::make_unmappable_text,  // L002
      rules::make_multi_column,  // L003
      rules::make_image,  // L004
      rules::make_table_layout,  // L005
      rules::make_header_footer_content,  // L006
      rules::make_hidden_text,  // L007
      rules::make_icon_font,  // L008
      rules::make_small_font,  // L009
      rules::make_font_not_embedded,  // L010
      rules::make_text_box,  // L011
      rules::make_tracked_changes,  // L012
      rules::make_missing_section,  // S001
      rules::make_nonstandard_heading,  // S002
      rules::make_section_order,  // S003
      rules::make_date_format,  // S004
      rules::make_date_order,  // S005
      rules::make_page_count,  // S006
  };
  return factories;
}

}  // namespace atslint
