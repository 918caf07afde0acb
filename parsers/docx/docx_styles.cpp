#include "parsers/docx/docx_styles.h"

#include <fmt/format.h>

#include <cctype>
#include <charconv>

#include "linter/text_util.h"
#include "parsers/common/word_layout.h"
#include "parsers/common/xml_document.h"

namespace atslint::docx {
namespace {

std::optional<bool> on_off(const xmlNode* node) {
  if (!node) return std::nullopt;
  auto value = xml::attr(node, "val");
  return !(value == "0" || value == "false" || value == "off" || value == "none");
}

int to_int(std::string_view text, int fallback = 0) {
  int value = fallback;
  std::from_chars(text.data(), text.data() + text.size(), value);
  return value;
}

bool border_visible(const xmlNode* borders) {
  for (auto* edge : xml::children(borders)) {
    auto value = xml::attr(edge, "val");
    if (!value.empty() && value != "nil" && value != "none") return true;
  }
  return false;
}

}  // namespace

void RunProps::merge(const RunProps& over) {
  if (over.bold) bold = over.bold;
  if (over.italic) italic = over.italic;
  if (over.hidden) hidden = over.hidden;
  if (over.size) size = over.size;
  if (over.color) color = over.color;
  if (over.font) {
    font = over.font;
    if (!over.font_theme) font_theme.reset();  // direct fonts beat inherited theme fonts
  }
  if (over.font_theme) font_theme = over.font_theme;
}

RunProps parse_run_props(const xmlNode* rPr) {
  RunProps props;
  if (!rPr) return props;
  props.bold = on_off(xml::child(rPr, "b"));
  props.italic = on_off(xml::child(rPr, "i"));
  props.hidden = on_off(xml::child(rPr, "vanish"));
  if (auto* sz = xml::child(rPr, "sz")) {
    int half_points = to_int(xml::attr(sz, "val"), -1);
    if (half_points >= 0) props.size = half_points / 2.0;
  }
  if (auto* color = xml::child(rPr, "color")) {
    auto value = xml::attr(color, "val");
    if (value == "auto") props.color = 0;
    else if (value.size() == 6) {
      uint32_t rgb = 0;
      if (std::from_chars(value.data(), value.data() + 6, rgb, 16).ec == std::errc()) props.color = rgb;
    }
  }
  if (auto* fonts = xml::child(rPr, "rFonts")) {
    for (const char* key : {"ascii", "hAnsi", "cs", "eastAsia"}) {
      auto value = xml::attr(fonts, key);
      if (!value.empty()) { props.font = value; break; }
    }
    for (const char* key : {"asciiTheme", "hAnsiTheme"}) {
      auto value = xml::attr(fonts, key);
      if (!value.empty()) { props.font_theme = value; break; }
    }
  }
  return props;
}

NumberingRef parse_num_pr(const xmlNode* numPr) {
  NumberingRef ref;
  if (!numPr) return ref;
  if (auto* id = xml::child(numPr, "numId")) ref.num_id = xml::attr(id, "val");
  if (auto* level = xml::child(numPr, "ilvl")) ref.level = to_int(xml::attr(level, "val"), 0);
  return ref;
}

void Styles::load(const xmlNode* root) {
  if (auto* defaults = xml::child(root, "docDefaults"))
    if (auto* rpr_default = xml::child(defaults, "rPrDefault"))
      defaults_ = parse_run_props(xml::child(rpr_default, "rPr"));
  for (auto* node : xml::children(root, "style")) {
    Style style;
    style.id = xml::attr(node, "styleId");
    style.type = xml::attr(node, "type");
    if (auto* name = xml::child(node, "name")) style.name = xml::attr(name, "val");
    if (auto* base = xml::child(node, "basedOn")) style.based_on = xml::attr(base, "val");
    style.run = parse_run_props(xml::child(node, "rPr"));
    if (auto* pPr = xml::child(node, "pPr")) {
      if (auto* outline = xml::child(pPr, "outlineLvl")) style.outline_level = to_int(xml::attr(outline, "val"), -1);
      style.numbering = parse_num_pr(xml::child(pPr, "numPr"));
    }
    if (auto* tblPr = xml::child(node, "tblPr")) style.table_borders = border_visible(xml::child(tblPr, "tblBorders"));
    auto default_flag = xml::attr(node, "default");
    bool is_default = default_flag == "1" || default_flag == "true" || default_flag == "on";
    if (is_default && style.type == "paragraph") default_paragraph_ = style.id;
    if (is_default && style.type == "table") default_table_ = style.id;
    styles_[style.id] = std::move(style);
  }
}

std::vector<const Style*> Styles::chain(const std::string& style_id) const {
  std::vector<const Style*> out;
  std::string id = style_id;
  while (!id.empty() && out.size() < 20) {  // the cap breaks basedOn cycles
    auto it = styles_.find(id);
    if (it == styles_.end()) break;
    out.push_back(&it->second);
    id = it->second.based_on;
  }
  return out;
}

RunProps Styles::run_props(const std::string& style_id) const {
  RunProps props = defaults_;
  auto styles = chain(style_id);
  for (auto it = styles.rbegin(); it != styles.rend(); ++it) props.merge((*it)->run);
  return props;
}

int Styles::heading_level(const std::string& style_id) const {
  for (const Style* style : chain(style_id)) {
    if (style->outline_level >= 0) return style->outline_level < 9 ? style->outline_level + 1 : 0;
    if (int level = heading_level_from_name(style->name)) return level;
    if (int level = heading_level_from_name(style->id)) return level;
  }
  return 0;
}

NumberingRef Styles::numbering(const std::string& style_id) const {
  for (const Style* style : chain(style_id))
    if (!style->numbering.num_id.empty()) return style->numbering;
  return {};
}

bool Styles::table_borders(const std::string& style_id) const {
  for (const Style* style : chain(style_id))
    if (style->table_borders) return true;
  return false;
}

void Theme::load(const xmlNode* root) {
  auto typeface = [&](const char* scheme) {
    auto* font = xml::find(root, scheme);
    auto* latin = xml::child(font, "latin");
    return latin ? xml::attr(latin, "typeface") : std::string();
  };
  major = typeface("majorFont");
  minor = typeface("minorFont");
}

std::string Theme::resolve(const std::string& theme_font) const {
  if (theme_font.starts_with("major")) return major;
  if (theme_font.starts_with("minor")) return minor;
  return {};
}

void Numbering::load(const xmlNode* root) {
  auto read_level = [](const xmlNode* node, Level& level) {
    if (auto* format = xml::child(node, "numFmt")) level.format = xml::attr(format, "val");
    if (auto* text = xml::child(node, "lvlText")) level.text = xml::attr(text, "val");
    if (auto* start = xml::child(node, "start")) level.start = to_int(xml::attr(start, "val"), 1);
    auto props = parse_run_props(xml::child(node, "rPr"));
    if (props.font) level.font = *props.font;
  };
  for (auto* abstract : xml::children(root, "abstractNum")) {
    auto& levels = abstract_[xml::attr(abstract, "abstractNumId")];
    for (auto* node : xml::children(abstract, "lvl")) read_level(node, levels[to_int(xml::attr(node, "ilvl"))]);
  }
  for (auto* num : xml::children(root, "num")) {
    auto id = xml::attr(num, "numId");
    if (auto* abstract = xml::child(num, "abstractNumId")) nums_[id] = xml::attr(abstract, "val");
    for (auto* override_node : xml::children(num, "lvlOverride")) {
      if (auto* node = xml::child(override_node, "lvl")) {
        int index = to_int(xml::attr(override_node, "ilvl"));
        Level level = this->level(id, index) ? *this->level(id, index) : Level{};
        read_level(node, level);
        overrides_[id][index] = level;
      }
    }
  }
}

const Numbering::Level* Numbering::level(const std::string& num_id, int index) const {
  if (auto o = overrides_.find(num_id); o != overrides_.end())
    if (auto l = o->second.find(index); l != o->second.end()) return &l->second;
  auto num = nums_.find(num_id);
  if (num == nums_.end()) return nullptr;
  auto abstract = abstract_.find(num->second);
  if (abstract == abstract_.end()) return nullptr;
  auto l = abstract->second.find(index);
  return l == abstract->second.end() ? nullptr : &l->second;
}

namespace {

// Symbol-font bullets are private-use code points; print the glyph a reader sees.
std::string bullet_glyph(const std::string& text, const std::string& font) {
  if (text.empty()) return "•";
  if (to_lower_ascii(font).find("courier") != std::string::npos && text == "o") return "◦";
  unsigned char first = static_cast<unsigned char>(text[0]);
  char32_t c = first;
  if (first >= 0xC0) {  // decode one UTF-8 code point
    int extra = first >= 0xF0 ? 3 : first >= 0xE0 ? 2 : 1;
    c = first & (0x3F >> extra);
    for (int i = 1; i <= extra && i < static_cast<int>(text.size()); ++i)
      c = (c << 6) | (static_cast<unsigned char>(text[static_cast<size_t>(i)]) & 0x3F);
  }
  if (!is_symbol_font(font) && !(c >= 0xF000 && c <= 0xF0FF)) return text;
  return symbol_font_glyph(font, c).value_or("•");
}

std::string roman(int value, bool upper) {
  static const std::pair<int, const char*> kTable[] = {{1000, "m"}, {900, "cm"}, {500, "d"}, {400, "cd"},
                                                       {100, "c"},  {90, "xc"},  {50, "l"},  {40, "xl"},
                                                       {10, "x"},   {9, "ix"},   {5, "v"},   {4, "iv"}, {1, "i"}};
  std::string out;
  for (auto [n, s] : kTable)
    while (value >= n && out.size() < 20) { out += s; value -= n; }
  if (upper)
    for (auto& ch : out) ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
  return out;
}

std::string format_number(int value, const std::string& format) {
  if (format == "lowerLetter" || format == "upperLetter") {
    char base = format == "lowerLetter" ? 'a' : 'A';
    int index = (value - 1) % 26;
    return std::string(static_cast<size_t>((value - 1) / 26 + 1), static_cast<char>(base + (index < 0 ? 0 : index)));
  }
  if (format == "lowerRoman") return roman(value, false);
  if (format == "upperRoman") return roman(value, true);
  if (format == "decimalZero") return fmt::format("{:02}", value);
  return std::to_string(value);
}

}  // namespace

std::optional<std::string> Numbering::next_marker(const NumberingRef& ref) {
  if (ref.num_id.empty() || ref.num_id == "0") return std::nullopt;
  int index = ref.level < 0 ? 0 : std::min(ref.level, 8);
  const Level* current = level(ref.num_id, index);
  if (!current) return std::nullopt;
  if (current->format == "none") return std::nullopt;
  if (current->format == "bullet") return bullet_glyph(current->text, current->font);
  auto& counters = counters_[ref.num_id];
  counters.resize(9, 0);
  for (int i = 0; i < 9; ++i) {
    const Level* l = level(ref.num_id, i);
    if (i == index) counters[static_cast<size_t>(i)] = counters[static_cast<size_t>(i)] ? counters[static_cast<size_t>(i)] + 1 : (l ? l->start : 1);
    else if (i > index) counters[static_cast<size_t>(i)] = 0;
    else if (!counters[static_cast<size_t>(i)]) counters[static_cast<size_t>(i)] = l ? l->start : 1;
  }
  std::string marker;
  const std::string& pattern = current->text;
  for (size_t i = 0; i < pattern.size(); ++i) {
    if (pattern[i] == '%' && i + 1 < pattern.size() && pattern[i + 1] >= '1' && pattern[i + 1] <= '9') {
      int which = pattern[i + 1] - '1';
      const Level* l = level(ref.num_id, which);
      marker += format_number(counters[static_cast<size_t>(which)], l ? l->format : "decimal");
      ++i;
    } else {
      marker += pattern[i];
    }
  }
  return marker.empty() ? std::optional<std::string>("•") : marker;
}

}  // namespace atslint::docx
