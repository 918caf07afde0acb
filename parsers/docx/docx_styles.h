#pragma once
// What a DOCX says about formatting outside the body: styles.xml (with the
// basedOn chain), numbering.xml (list markers) and the theme's fonts.
#include <libxml/tree.h>  // parsers-only header

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace atslint::docx {

/// Run properties as written; unset fields inherit.
struct RunProps {
  std::optional<bool> bold, italic, hidden;
  std::optional<double> size;  ///< points
  std::optional<uint32_t> color;
  std::optional<std::string> font, font_theme;

  void merge(const RunProps& over);
};
RunProps parse_run_props(const xmlNode* rPr);

struct NumberingRef {
  std::string num_id;
  int level = -1;  ///< -1 = not given
};
NumberingRef parse_num_pr(const xmlNode* numPr);

struct Style {
  std::string id, name, based_on, type;
  RunProps run;
  int outline_level = -1;  ///< w:outlineLvl, 0-based; 9 = body text
  NumberingRef numbering;
  bool table_borders = false;
};

class Styles {
 public:
  void load(const xmlNode* root);
  /// Run properties from docDefaults and this style's chain (base first).
  RunProps run_props(const std::string& style_id) const;
  /// 1-based heading level from outline levels or heading-like names in the chain; 0 = body.
  int heading_level(const std::string& style_id) const;
  NumberingRef numbering(const std::string& style_id) const;
  bool table_borders(const std::string& style_id) const;
  const std::string& default_paragraph() const { return default_paragraph_; }
  const std::string& default_table() const { return default_table_; }

 private:
  std::vector<const Style*> chain(const std::string& style_id) const;
  std::map<std::string, Style> styles_;
  RunProps defaults_;
  std::string default_paragraph_, default_table_;
};

struct Theme {
  std::string major, minor;  ///< latin typefaces
  void load(const xmlNode* root);
  std::string resolve(const std::string& theme_font) const;
};

/// numbering.xml: turns (numId, level) into the marker Word prints.
class Numbering {
 public:
  void load(const xmlNode* root);
  /// The marker for the next item ("•", "3.", "b)"), advancing counters;
  /// nullopt when the reference is no list.
  std::optional<std::string> next_marker(const NumberingRef& ref);

 private:
  struct Level {
    std::string format = "decimal", text, font;
    int start = 1;
  };
  std::map<std::string, std::map<int, Level>> abstract_;  ///< abstractNumId -> levels
  std::map<std::string, std::string> nums_;               ///< numId -> abstractNumId
  std::map<std::string, std::map<int, Level>> overrides_; ///< numId -> level overrides
  std::map<std::string, std::vector<int>> counters_;      ///< numId -> counter per level
  const Level* level(const std::string& num_id, int level) const;
};

}  // namespace atslint::docx
