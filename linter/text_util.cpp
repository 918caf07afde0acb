#include "linter/text_util.h"

#include <unicode/normalizer2.h>
#include <unicode/translit.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cstring>
#include <memory>
#include <regex>
#include <cctype>

namespace atslint {

static bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v'; }

size_t character_count(std::string_view text) {
  return static_cast<size_t>(std::count_if(text.begin(), text.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_space(s.back())) s.remove_suffix(1);
  return s;
}

std::vector<std::string_view> split_lines(std::string_view s) {
  std::vector<std::string_view> lines;
  size_t start = 0;
  while (start <= s.size()) {
    size_t end = s.find('\n', start);
    if (end == std::string_view::npos) {
      if (start < s.size()) lines.push_back(s.substr(start));
      break;
    }
    lines.push_back(s.substr(start, end - start));
    start = end + 1;
  }
  return lines;
}

std::string to_lower_ascii(std::string_view s) {
  std::string out(s);
  for (auto& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

bool starts_with_icase(std::string_view s, std::string_view prefix) {
  if (s.size() < prefix.size()) return false;
  return to_lower_ascii(s.substr(0, prefix.size())) == to_lower_ascii(prefix);
}

std::string collapse_spaces(std::string_view s) {
  std::string out;
  bool pending_space = false;
  for (char c : trim(s)) {
    if (is_space(c)) {
      pending_space = true;
      continue;
    }
    if (pending_space) out.push_back(' ');
    pending_space = false;
    out.push_back(c);
  }
  return out;
}

std::string fold_case(std::string_view utf8) {
  auto text = icu::UnicodeString::fromUTF8(icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
  text.foldCase();
  std::string out;
  text.toUTF8String(out);
  return out;
}

std::vector<std::string> split_words(std::string_view text) {
  std::vector<std::string> words;
  size_t start = 0;
  while (start < text.size()) {
    size_t space = text.find(' ', start);
    if (space == std::string_view::npos) space = text.size();
    if (space > start) words.emplace_back(text.substr(start, space - start));
    start = space + 1;
  }
  return words;
}

int count_words(std::string_view s) {
  int words = 0;
  bool in_word = false;
  for (char c : s) {
    if (is_space(c)) {
      in_word = false;
    } else if (!in_word) {
      in_word = true;
      ++words;
    }
  }
  return words;
}

std::string join(const std::vector<std::string>& parts, std::string_view sep) {
  std::string out;
  for (size_t i = 0; i < parts.size(); ++i) {
    if (i) out += sep;
    out += parts[i];
  }
  return out;
}

void append_word(std::string& text, std::string_view words) {
  if (!text.empty() && !words.empty()) text += ' ';
  text.append(words);
}

bool is_bullet_symbol(std::string_view glyph) {
  static const std::string_view bullets[] = {"•", "◦", "▪", "‣", "●", "➢", "-", "*", "–", "—", "·", "■", "□", "○", "◆", "❖", "►",
                                             "▶", "✓", "✔", "➤", "→", "∙", "›", "»", "⋄", "◇", "\u2212",  // groff's minus for a dash
                                             "\uF0B7", "\uF0A7", "\uF076", "\uF0D8", "\uF0FC",  // Symbol/Wingdings bullets without a Unicode map
                                             "{"};  // a LaTeX en dash in OT1 type, read without a Unicode map
  if (std::find(std::begin(bullets), std::end(bullets), glyph) != std::end(bullets)) return true;
  // Any other lone shape or arrow ("▸", "◾", "⇨", "➔") marks an item the same way.
  int32_t at = 0;
  UChar32 c;
  U8_NEXT(reinterpret_cast<const uint8_t*>(glyph.data()), at, static_cast<int32_t>(glyph.size()), c);
  if (c < 0 || at != static_cast<int32_t>(glyph.size())) return false;
  auto block = ublock_getCode(c);
  return block == UBLOCK_GEOMETRIC_SHAPES || block == UBLOCK_ARROWS || block == UBLOCK_SUPPLEMENTAL_ARROWS_A ||
         block == UBLOCK_SUPPLEMENTAL_ARROWS_B || (block == UBLOCK_DINGBATS && c >= 0x2794);
}

std::string blank_icon_glyphs(std::string text, bool keep_bullets) {
  for (size_t i = 0; i + 2 < text.size(); ++i) {
    auto lead = static_cast<unsigned char>(text[i]), next = static_cast<unsigned char>(text[i + 1]);
    // Spaces of the same byte length: offsets measured on the line (a rail label's width) stay true.
    if ((lead == 0xEE || (lead == 0xEF && next < 0xA4)) && !(keep_bullets && is_bullet_symbol(std::string_view(text).substr(i, 3))))
      text.replace(i, 3, "   ");
  }
  return text;
}

bool has_letter(std::string_view text) {
  int32_t at = 0;
  while (at < static_cast<int32_t>(text.size())) {
    UChar32 c;
    U8_NEXT(reinterpret_cast<const uint8_t*>(text.data()), at, static_cast<int32_t>(text.size()), c);
    if (c >= 0 && u_isalpha(c)) return true;
  }
  return false;
}

bool is_ascii_glyph(std::string_view glyph) { return glyph.size() == 1 && static_cast<unsigned char>(glyph[0]) < 0x80; }

bool is_upper_case_text(std::string_view text) {
  auto unicode = icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
  int letters = 0;
  for (int32_t i = 0; i < unicode.length();) {
    UChar32 c = unicode.char32At(i);
    i += U16_LENGTH(c);
    if (!u_isalpha(c)) continue;
    if (u_islower(c)) return false;
    ++letters;
  }
  return letters >= 3;
}

bool starts_lower(std::string_view text) {
  if (text.empty()) return false;
  int32_t at = 0;
  UChar32 c;
  U8_NEXT(reinterpret_cast<const uint8_t*>(text.data()), at, static_cast<int32_t>(text.size()), c);
  return c >= 0 && u_islower(c);
}

std::string_view last_comma_piece(std::string_view text) {
  auto comma = text.rfind(", ");
  return comma == std::string_view::npos ? text : text.substr(comma + 2);
}

bool opens_with_bullet_symbol(std::string_view text) {
  if (text.empty()) return false;
  int32_t end = 0;
  UChar32 c;
  U8_NEXT(reinterpret_cast<const uint8_t*>(text.data()), end, static_cast<int32_t>(text.size()), c);
  return c >= 0 && is_bullet_symbol(text.substr(0, static_cast<size_t>(end)));
}

namespace {

std::string join_spaced_letters(const std::string& text) {
  std::vector<std::string> words{""};
  int letters = 0, pairs = 0;  // "F O R M AT I O N": a kerned pair ("AT", "TA") prints without its gap
  for (size_t i = 0; i < text.size();) {
    if (text[i] == ' ') {
      size_t run = text.find_first_not_of(' ', i);
      if (run == std::string::npos) break;
      if (run - i >= 2 && !words.back().empty()) words.emplace_back();
      i = run;
      continue;
    }
    size_t next = text.find(' ', i);
    if (next == std::string::npos) next = text.size();
    auto glyph = text.substr(i, next - i);
    auto unicode = icu::UnicodeString::fromUTF8(glyph);
    auto count = unicode.countChar32();
    if (count > 2) return text;  // a real word: not letter-spaced
    pairs += count == 2 ? 1 : 0;
    words.back() += glyph;
    ++letters;
    i = next;
  }
  if (letters < 4 || pairs * 4 > letters) return text;
  return join(words, " ");
}

/// Letters standing alone between spaces: a cheap test before cutting a line into cells.
int single_glyphs(std::string_view text) {
  int count = 0;
  for (size_t i = 0; i < text.size(); ++i)
    if (text[i] != ' ' && (i == 0 || text[i - 1] == ' ') && (i + 1 == text.size() || text[i + 1] == ' ')) ++count;
  return count;
}

}  // namespace

std::string join_letter_spacing(const std::string& text) {
  auto joined = join_spaced_letters(text);
  if (joined != text || text.find("     ") == std::string::npos || single_glyphs(text) < 4) return joined;
  // "G A R E T H   P R Y C E                   Signalling Tester": a spaced name in its cell beside other text; a
  // wide gap (five spaces or more) parts the cells, a spaced word's gap is two or three.
  static const std::regex kCellGap{R"( {5,}|\t+)"};
  std::string out;
  bool cell = true;  // the pieces alternate: a cell, the gap after it, the next cell …
  for (std::sregex_token_iterator it(text.begin(), text.end(), kCellGap, {-1, 0}), end; it != end; ++it, cell = !cell)
    out += cell ? join_spaced_letters(it->str()) : it->str();
  return out;
}

std::vector<std::string> split_cells(std::string_view text) {
  std::vector<std::string> cells;
  static const std::regex kGap{R"(\s{3,}|\t+)"};
  std::string line(trim(text));
  for (std::sregex_token_iterator it(line.begin(), line.end(), kGap, -1), end; it != end; ++it)
    if (auto cell = trim(std::string_view(it->first, it->second)); !cell.empty()) cells.emplace_back(cell);
  return cells;
}

bool is_setext_underline(std::string_view text, char c) {
  text = trim(text);
  if (text.size() < 3) return false;
  for (char ch : text)
    if (ch != c) return false;
  return true;
}

/// Only rule characters (ASCII "+-=_~", minus signs, box drawing), three or more: a drawn line, no text.
bool is_drawn_rule(std::string_view line) {
  // Most lines hold a letter or digit: no rule, and no need to decode them.
  if (std::any_of(line.begin(), line.end(), [](char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; })) return false;
  auto text = icu::UnicodeString::fromUTF8(icu::StringPiece(line.data(), static_cast<int32_t>(line.size())));
  int rules = 0, drawn = 0;
  for (int32_t k = 0; k < text.length();) {
    UChar32 c = text.char32At(k);
    k += U16_LENGTH(c);
    if (c == ' ') continue;
    bool box = c >= 0x2500 && c <= 0x257F;
    bool rule = box || (c < 0x80 && std::strchr("+-=_~", static_cast<int>(c)) != nullptr) || c == 0x2212 || c == 0x2013 || c == 0x2014;
    if (!rule) return false;
    ++rules;
    drawn += box ? 1 : 0;
  }
  return rules >= 3 || (drawn > 0 && drawn == rules);  // "│      │": a box-drawn table's empty row
}

std::string_view after_elision(std::string_view word) {
  size_t from = 0;
  for (std::string_view apostrophe : {"'", "’"})
    if (auto at = word.rfind(apostrophe); at != std::string_view::npos && at + apostrophe.size() < word.size())
      from = std::max(from, at + apostrophe.size());
  return word.substr(from);
}

bool is_thematic_break(std::string_view text) {
  return is_setext_underline(text, '-') || is_setext_underline(text, '*') || is_setext_underline(text, '_') ||
         is_setext_underline(text, '=') || is_setext_underline(text, '~');
}

std::string strip_accents(std::string_view text) {
  UErrorCode status = U_ZERO_ERROR;
  const auto* nfd = icu::Normalizer2::getNFDInstance(status);
  auto unicode = icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
  if (U_FAILURE(status)) return std::string(text);
  auto decomposed = nfd->normalize(unicode, status);
  if (U_FAILURE(status)) return std::string(text);
  icu::UnicodeString kept;
  for (int32_t i = 0; i < decomposed.length();) {
    UChar32 c = decomposed.char32At(i);
    i += U16_LENGTH(c);
    if (u_charType(c) != U_NON_SPACING_MARK) kept.append(c);
  }
  std::string utf8;
  kept.toUTF8String(utf8);
  return utf8;
}

std::string to_ascii(std::string_view text) {
  // One transliterator a thread: ICU's are not safe to share while they run.
  thread_local std::unique_ptr<icu::Transliterator> latin_ascii = [] {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::Transliterator> made{icu::Transliterator::createInstance("Latin-ASCII", UTRANS_FORWARD, status)};
    return U_SUCCESS(status) ? std::move(made) : nullptr;
  }();
  if (!latin_ascii) return strip_accents(text);
  auto unicode = icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
  latin_ascii->transliterate(unicode);
  std::string utf8;
  unicode.toUTF8String(utf8);
  return utf8;
}

}  // namespace atslint
