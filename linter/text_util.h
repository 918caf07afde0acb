#pragma once
// Small string helpers shared by front ends, structure and rules.
#include <string>
#include <string_view>
#include <vector>

namespace atslint {

std::string_view trim(std::string_view s);
/// Characters, not bytes: "Université" is ten wide.
size_t character_count(std::string_view text);
std::vector<std::string_view> split_lines(std::string_view s);
std::string to_lower_ascii(std::string_view s);
bool starts_with_icase(std::string_view s, std::string_view prefix);
/// Collapses runs of whitespace to one space and trims.
std::string collapse_spaces(std::string_view s);
/// Lower-cases and case-folds any Unicode text (ICU), for matching word lists.
std::string fold_case(std::string_view utf8);
/// "compétences" -> "competences": combining marks dropped after canonical decomposition.
std::string strip_accents(std::string_view text);
/// "Sønderby" → "Sonderby", "Straße" → "Strasse": Latin letters as an e-mail address spells them.
std::string to_ascii(std::string_view text);
/// Number of whitespace-separated words.
int count_words(std::string_view s);
/// The words between single spaces (runs of spaces part no empty word).
std::vector<std::string> split_words(std::string_view text);
/// The first code point is a lower-case letter ("été", "and"), by ICU.
bool starts_lower(std::string_view text);
/// "Centro, Curitiba / PR" -> "Curitiba / PR": the text after its last ", ", or the whole text without one.
std::string_view last_comma_piece(std::string_view text);
/// Any letter of any script (ICU): "Ñ" has one, "👩🏽‍💻" and "—" have none.
bool has_letter(std::string_view text);
/// Every letter a capital, three letters at least ("EXPÉRIENCE", not "IT").
bool is_upper_case_text(std::string_view text);
/// "•", "○", "-", a Wingdings bullet: a glyph printed as a list marker.
bool is_bullet_symbol(std::string_view glyph);
/// One ASCII character: in an icon font the code of a picture ("{" is FontAwesome's calendar), never a bullet.
bool is_ascii_glyph(std::string_view glyph);
/// The text's first character is a bullet symbol ("•Built", "• Built", "•").
bool opens_with_bullet_symbol(std::string_view text);
std::string join(const std::vector<std::string>& parts, std::string_view sep);
/// Appends `words` to `text`, a space between when both have some.
void append_word(std::string& text, std::string_view words);
/// Icon-font pictures (Private Use Area, U+E000-U+F8FF) as spaces of the same byte length: a map pin or calendar
/// before "Dublin" or "09/2019" stands for no text. Wingdings bullets stay unless `keep_bullets` is false.
std::string blank_icon_glyphs(std::string text, bool keep_bullets = true);

/// "E X P E R I E N C E" -> "EXPERIENCE", "W O R K  E X P E R I E N C E" -> "WORK EXPERIENCE": single letters
/// (a kerned pair now and then) parted by single spaces, words by wider gaps; other text is returned as it is.
std::string join_letter_spacing(const std::string& text);

/// Marks an item next to a marked one when `joins(item, neighbour)` holds, again until none joins: a mark spreads
/// along a run of items ("A n a" / "d e" beside a letter-spaced "Cruz"; a grid's column heads beside its rows).
template <class Joins>
void spread_marks(std::vector<bool>& marked, Joins joins) {
  for (bool grew = true; grew;) {
    grew = false;
    for (size_t k = 0; k < marked.size(); ++k)
      if (!marked[k] && ((k > 0 && marked[k - 1] && joins(k, k - 1)) || (k + 1 < marked.size() && marked[k + 1] && joins(k, k + 1))))
        marked[k] = grew = true;
  }
}

/// A line laid out in columns, cut at its wide gaps (three spaces or a tab).
std::vector<std::string> split_cells(std::string_view text);

/// Only rule characters (ASCII "+-=_~", minus signs, box drawing), three or more: a drawn line, no text. Not a
/// Markdown table's "| --- |" row, which the table reader needs.
bool is_drawn_rule(std::string_view line);

/// "dell'Emergenza" -> "Emergenza", "d’Oléron" -> "Oléron": a word after an elided article; the word itself otherwise.
std::string_view after_elision(std::string_view word);

/// "-----", "=====": three or more of `c` alone on the line (Markdown's setext underline).
bool is_setext_underline(std::string_view text, char c);
/// "---", "***", "~~~": a rule typed across a plain-text or Markdown document.
bool is_thematic_break(std::string_view text);

}  // namespace atslint
