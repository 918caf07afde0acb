/// Flags icon glyphs (Private Use Area code points, icon and dingbat fonts) standing in for words.
#include <fmt/format.h>
#include <unicode/uchar.h>

#include <algorithm>
#include <map>
#include <optional>
#include <set>

#include "linter/patterns.h"
#include "linter/rule.h"
#include "linter/text_util.h"
#include "rules/layout_support.h"

namespace atslint::rules {
namespace {

bool is_private_use(char32_t c) {
  return (c >= 0xE000 && c <= 0xF8FF) || (c >= 0xF0000 && c <= 0x10FFFF);
}

/// Fonts whose every glyph is a picture, matched in lower case without spaces or dashes.
bool is_icon_font_name(std::string_view font) {
  std::string name;
  for (char c : to_lower_ascii(font))
    if (c != ' ' && c != '-' && c != '_') name += c;
  static const char* const kIconFonts[] = {"fontawesome", "materialicons", "materialsymbols", "phosphor",
                                           "icomoon",     "wingdings",     "webdings",        "glyphicons",
                                           "ionicons",    "feathericons",  "bootstrapicons",  "remixicon",
                                           "lineicons",   "academicons",   "fontello",        "zapfdingbats"};
  return std::any_of(std::begin(kIconFonts), std::end(kIconFonts),
                     [&](const char* icon) { return name.find(icon) != std::string::npos; });
}

/// Glyphs Word and LaTeX use as bullets or separators when a dingbat font draws them
/// (Symbol U+F0B7, Wingdings dots/squares/arrows/checks and their ASCII stand-ins).
bool is_dingbat_bullet(char32_t c) {
  static const std::set<char32_t> kBullets = {0xF0B7, 0xF0A7, 0xF0D8, 0xF076, 0xF0FC, 0xF06E, 0xF06C,
                                              0xF0A8, 0xF0E8, 0xF071, 0xF0D5, 0xF09F, 0xF09E, U'§',
                                              U'Ø',   U'ü',   U'v',   U'l',   U'n',   U'q',   U'ð',
                                              U'•',   U'·',   U'▪',   U'●',   U'■',   U'◦'};
  return kBullets.contains(c);
}

const FontInfo* find_font(const Document& document, const std::string& name) {
  for (const auto& font : document.fonts)
    if (font.name == name) return &font;
  return nullptr;
}

/// What the run's font says about its glyphs, worked out once per run.
enum class RunFont { Plain, IconFont, ShortSymbolic };

RunFont run_font(const Document& document, const TextRun& run) {
  if (run.font.empty()) return RunFont::Plain;
  if (is_icon_font_name(run.font)) return RunFont::IconFont;
  const FontInfo* font = find_font(document, run.font);
  // A "symbolic" flag alone is common on ordinary subset fonts: only short runs of symbols count.
  if (font && font->symbolic && visible_chars(run.text) <= 2) return RunFont::ShortSymbolic;
  return RunFont::Plain;
}

/// Whether an ATS would read this code point of a run as a meaningless character.
bool is_icon(RunFont font, char32_t c) {
  if (u_isUWhiteSpace(static_cast<UChar32>(c)) || c == 0xF020) return false;  // F020: a Symbol-font space
  if (is_private_use(c)) return true;
  if (font == RunFont::IconFont) return true;
  return font == RunFont::ShortSymbolic && u_charType(static_cast<UChar32>(c)) == U_OTHER_SYMBOL;
}

struct LineIcons {
  std::vector<char32_t> glyphs;
  std::vector<std::string> pieces;  ///< consecutive icon characters of one run
  std::string font;
  Location location;
  bool meaningless = false;  ///< a private-use code or a letter drawn as a picture, not a real symbol
};

/// The first visible code point of a line, or 0.
char32_t leading_char(const Line& line) {
  for (const auto& run : line.runs)
    for (char32_t c : code_points(run.text))
      if (!u_isUWhiteSpace(static_cast<UChar32>(c))) return c;
  return 0;
}

/// Icon glyphs that start two or more lines are a template's bullets (moderncv's FontAwesome dot).
std::set<char32_t> icon_bullets(const Document& document) {
  std::map<char32_t, int> leads;
  for (const auto& line : document.lines) {
    char32_t c = leading_char(line);
    for (const auto& run : line.runs) {
      if (visible_chars(run.text) == 0) continue;
      if (is_icon(run_font(document, run), c)) ++leads[c];
      break;
    }
  }
  std::set<char32_t> bullets;
  for (auto [c, count] : leads)
    if (count >= 2) bullets.insert(c);
  return bullets;
}

LineIcons icons_on_line(const Document& document, const Line& line, const std::set<char32_t>& bullets) {
  LineIcons found;
  bool first_visible = true;
  std::optional<bool> contact;  // the regexes run only when a leading bullet-like icon needs them
  auto has_contact = [&] {
    if (!contact) contact = has_contact_detail(line.text);
    return *contact;
  };
  for (const auto& run : line.runs) {
    bool previous_was_icon = false;
    RunFont font = run_font(document, run);
    for (char32_t c : code_points(run.text)) {
      bool leading = first_visible && !u_isUWhiteSpace(static_cast<UChar32>(c));
      if (leading) first_visible = false;
      if (!is_icon(font, c) || is_dingbat_bullet(c)) {
        previous_was_icon = false;
        continue;
      }
      std::string glyph;
      append_utf8(glyph, c);
      bool marker = line.list_item && !line.list_marker.empty() && line.list_marker.find(glyph) != std::string::npos;
      if (marker || (leading && bullets.contains(c) && !has_contact())) {
        previous_was_icon = false;
        continue;
      }
      if (found.glyphs.empty()) {
        found.font = run.font;
        found.location = run.location;
      }
      if (!previous_was_icon) found.pieces.emplace_back();
      append_utf8(found.pieces.back(), c);
      previous_was_icon = true;
      found.glyphs.push_back(c);
      // A real Unicode symbol (U+2709 envelope) reads as itself; a private code or a
      // Wingdings "(" reads as nothing useful.
      if (is_private_use(c) || u_charType(static_cast<UChar32>(c)) != U_OTHER_SYMBOL) found.meaningless = true;
    }
  }
  return found;
}

/// The labels to write instead of the icons, from the contact details on the line.
std::string suggested_labels(const std::string& text) {
  std::vector<std::string> labels;
  if (!find_emails(text).empty()) labels.push_back("'Email:'");
  if (!find_phones(text).empty()) labels.push_back("'Phone:'");
  for (const auto& url : find_urls(text)) {
    auto lower = to_lower_ascii(url.text);
    labels.push_back(lower.find("linkedin") != std::string::npos ? "'LinkedIn:'"
                     : lower.find("github") != std::string::npos ? "'GitHub:'"
                                                                 : "'Website:'");
  }
  labels.erase(std::unique(labels.begin(), labels.end()), labels.end());
  return labels.empty() ? "'Phone:'/'Email:'/'Location:'" : join(labels, "/");
}

class IconFont final : public Rule {
 public:
  static constexpr RuleInfo kInfo{"L008", "icon-font", Category::Layout, Severity::Warning,
                                  "Icon glyphs standing in for words such as phone or email"};
  const RuleInfo& info() const override { return kInfo; }

  void check(const LintContext& context, DiagnosticSink& sink) const override {
    auto bullets = icon_bullets(context.document);
    for (const auto& line : context.document.lines) {
      LineIcons icons = icons_on_line(context.document, line, bullets);
      if (icons.glyphs.empty()) continue;
      Location location = icons.location;
      if (location.page == 0 && location.line == 0 && location.paragraph == 0) location = line.location;
      std::string what = fmt::format("icon {}{} at {}", glyph_list(icons.pieces), font_note(icons.font),
                                     location.describe());
      if (icons.meaningless)
        sink.report(fmt::format("{}: the ATS reads a meaningless character here; write {} or drop the icon", what,
                                suggested_labels(line.text)),
                    location, excerpt_of(line.text));
      else
        sink.report(Severity::Info,
                    fmt::format("{}: the ATS reads a symbol, not a word; write {} to be sure it files the "
                                "detail correctly",
                                what, suggested_labels(line.text)),
                    location, excerpt_of(line.text));
    }
  }

 private:
  /// "U+F0E0, U+F095" for private codes and symbols; a quoted string for an icon font's
  /// letters ("HOUSE-CHIMNEY"); at most four pieces.
  static std::string glyph_list(const std::vector<std::string>& pieces) {
    std::vector<std::string> names;
    for (const auto& piece : pieces) {
      auto cps = code_points(piece);
      bool letters = std::any_of(cps.begin(), cps.end(), [](char32_t c) { return u_isalnum(static_cast<UChar32>(c)); });
      if (letters) {
        names.push_back(fmt::format("\"{}\"", excerpt_of(piece, 24)));
        continue;
      }
      for (char32_t c : cps) names.push_back(code_point_name(c));
    }
    std::vector<std::string> unique;
    for (auto& name : names)
      if (std::find(unique.begin(), unique.end(), name) == unique.end()) unique.push_back(name);
    if (unique.size() > 4) return join({unique.begin(), unique.begin() + 4}, ", ") + ", …";
    return join(unique, ", ");
  }
  static std::string font_note(const std::string& font) {
    // Front ends name a font they cannot name "(unnamed)"; that helps nobody.
    return font.empty() || font.starts_with("(") ? std::string() : fmt::format(" (font {})", font);
  }
};

}  // namespace

std::unique_ptr<Rule> make_icon_font() { return std::make_unique<IconFont>(); }

}  // namespace atslint::rules
