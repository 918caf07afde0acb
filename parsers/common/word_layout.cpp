#include "parsers/common/word_layout.h"

#include <fmt/format.h>
#include <unicode/normalizer2.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <regex>
#include <charconv>
#include <cstdlib>

#include "linter/structure/dates.h"
#include "linter/structure/headings.h"
#include "linter/text_util.h"

namespace atslint {

static bool looks_numeric(std::string_view text) {
  int digits = 0, letters = 0;
  for (unsigned char c : text) {
    if (std::isdigit(c)) ++digits;
    else if (std::isalpha(c)) ++letters;
  }
  return digits > 0 && digits >= letters;
}

void add_table_cell(TableShape& shape, std::vector<Line>& lines, size_t first, int column) {
  std::string text;
  int count = 0;
  for (size_t i = first; i < lines.size(); ++i) {
    auto& line = lines[i];
    if (!line.table_spot) line.table_spot = TableSpot{shape.id, shape.rows - 1, column};
    ++count;
    // A section name typed in a cell ("EXPERIENCE") is a heading whatever its style.
    bool names_section = count_words(line.text) <= 4 && !canonical_section(trim(line.text)).canonical.empty();
    if (line.heading || line.list_item) ++shape.headings;
    if (names_section) ++shape.section_names;
    if (!text.empty()) text += '\n';
    text += line.text;
  }
  shape.max_cell_lines = std::max(shape.max_cell_lines, count);
  shape.cell_texts.push_back(std::move(text));
}

void set_date_cell_beside(std::vector<Line>& lines, size_t left, size_t right) {
  if (right >= lines.size() || right - left < 2 || lines.size() - right > 3 || !find_date(lines[right].text)) return;
  for (size_t i = right; i < lines.size(); ++i)
    if (count_words(lines[i].text) > 6 || lines[i].list_item) return;
  for (size_t i = left; i < right; ++i)
    if (!lines[i].table_spot || !lines[left].table_spot || lines[i].table_spot->table != lines[left].table_spot->table)
      return;  // a table nested in the cell
  size_t moved = 0;
  for (; right + moved < lines.size() && left + moved < right; ++moved) {
    Line& beside = lines[left + moved];
    Line& cell = lines[right + moved];
    if (beside.list_item) break;  // the bullets start: the rest of the cell stays under them
    beside.text += "\t" + cell.text;
    if (!cell.runs.empty()) cell.runs.front().text.insert(0, "\t");
    for (auto& run : cell.runs) beside.runs.push_back(std::move(run));
  }
  lines.erase(lines.begin() + static_cast<std::ptrdiff_t>(right), lines.begin() + static_cast<std::ptrdiff_t>(right + moved));
  // The cell's lines past the left cell's header ("Benavente (Zamora)" beside the first bullet) go under that header.
  std::rotate(lines.begin() + static_cast<std::ptrdiff_t>(left + moved), lines.begin() + static_cast<std::ptrdiff_t>(right), lines.end());
}

LayoutObject table_object(const TableShape& shape, const Location& where) {
  LayoutObject object;
  object.kind = LayoutObject::Kind::Table;
  object.location = where;
  object.rows = shape.rows;
  object.columns = shape.columns;
  object.has_borders = shape.has_borders;
  size_t longest = 0, total = 0, filled = 0, numeric = 0;
  for (const auto& cell : shape.cell_texts) {
    auto text = trim(cell);
    if (text.empty()) continue;
    ++filled;
    total += text.size();
    longest = std::max(longest, text.size());
    if (looks_numeric(text)) ++numeric;
  }
  double average = filled ? static_cast<double>(total) / static_cast<double>(filled) : 0;
  // Cells holding headings, lists or whole paragraphs of prose are page layout;
  // a grid of short cells (or a bordered grid) is data.
  // One cell reading "Language" heads a data column; two section names are a page layout.
  bool holds_sections = shape.headings > 0 || shape.section_names >= 2 || longest >= 200 || shape.max_cell_lines >= 4;
  bool data_grid = shape.rows >= 2 && shape.columns >= 2 && average <= 40;
  if (holds_sections) object.layout_table = true;
  else if (shape.has_borders) object.layout_table = false;
  else object.layout_table = !(data_grid || (filled > 0 && numeric * 2 >= filled));
  object.description = fmt::format("{} table {}x{}{}", object.layout_table ? "layout" : "data", shape.rows,
                                   shape.columns, shape.has_borders ? " with borders" : " without borders");
  for (const auto& cell : shape.cell_texts) {
    auto text = trim(cell);
    if (text.empty()) continue;
    if (!object.text.empty()) object.text += '\n';
    object.text += text;
  }
  return object;
}

int heading_level_from_name(const std::string& raw) {
  auto name = fold_case(raw);
  // Split a trailing level number: "heading 2", "Heading2", "berschrift1".
  size_t end = name.size();
  while (end > 0 && std::isdigit(static_cast<unsigned char>(name[end - 1]))) --end;
  int level = end < name.size() ? std::atoi(name.c_str() + end) : 0;
  auto base = std::string(trim(std::string_view(name).substr(0, end)));
  static const char* const kHeadingWords[] = {
      "heading", "überschrift", "ueberschrift", "berschrift", "titre", "kop", "titolo", "título", "titulo",
      "encabezado", "nagłówek", "rubrik", "overskrift", "otsikko", "заголовок", "nadpis", "başlık", "kopje"};
  for (const char* word : kHeadingWords)
    if (base == word) return level > 0 && level <= 9 ? level : 1;
  // Custom styles whose name says heading: "Section Heading", "CV Heading 2", "Heading 3 Pages". Not a template's
  // "Job Heading" or "Entry Heading": the header of one entry inside a section, no section's own.
  static const std::regex kEntryStyle{R"(^(?:job|entry|role|employer|company)\s*heading\s*\d*$)"};
  bool entry = std::regex_match(name, kEntryStyle);
  if (name.find("heading") != std::string::npos && name.find("char") == std::string::npos && !entry) {
    auto digit = name.find_first_of("123456789", name.find("heading"));
    if (level == 0 && digit != std::string::npos && digit <= name.find("heading") + 8) level = name[digit] - '0';
    return level > 0 && level <= 9 ? level : 1;
  }
  return 0;
}

bool is_symbol_font(std::string_view font) {
  auto name = to_lower_ascii(font);
  for (const char* icon : {"wingdings", "webdings", "symbol", "fontawesome", "font awesome", "material icons",
                           "material symbols", "icomoon", "glyphicons", "segoe mdl2", "segoe ui symbol",
                           "zapf dingbats", "zapfdingbats", "dingbats", "marlett", "bootstrap-icons", "ionicons"})
    if (name.find(icon) != std::string::npos) return true;
  return false;
}

bool is_private_use(char32_t c) {
  return (c >= 0xE000 && c <= 0xF8FF) || (c >= 0xF0000 && c <= 0xFFFFD) || (c >= 0x100000 && c <= 0x10FFFD);
}

std::optional<std::string> symbol_font_glyph(std::string_view font, char32_t code) {
  auto name = to_lower_ascii(font);
  unsigned low = static_cast<unsigned>(code & 0xFF);
  if (code > 0xFF && (code < 0xF000 || code > 0xF0FF)) return std::nullopt;
  if (name.find("wingdings") != std::string::npos) {
    switch (low) {
      case 0x9E: return "·";
      case 0x9F: return "•";
      case 0xA7: return "▪";
      case 0x6C: return "●";
      case 0x6E: return "■";
      case 0x71: return "❑";
      case 0x76: return "❖";
      case 0x77: return "⬥";
      case 0xA1: return "○";
      case 0xD8: return "➢";
      case 0xE8: return "➔";
      case 0xFC: return "✓";
      default: return std::nullopt;
    }
  }
  if (name == "symbol") {
    switch (low) {
      case 0xB7: return "•";
      case 0x2D: return "−";
      case 0xD7: return "⋅";
      case 0xA8: return "♦";
      default: return std::nullopt;
    }
  }
  return std::nullopt;
}

void FontTally::add(const std::string& font, std::string_view utf8) {
  if (font.empty() || utf8.empty()) return;
  auto& info = fonts_[font];
  if (info.name.empty()) {
    info.name = font;
    info.symbolic = info.named_symbolic = is_symbol_font(font);
  }
  int32_t i = 0, length = static_cast<int32_t>(utf8.size());
  while (i < length) {
    UChar32 c;
    U8_NEXT(utf8.data(), i, length, c);
    if (c < 0 || c == ' ' || c == '\t') continue;
    ++info.glyphs;
    if (is_private_use(static_cast<char32_t>(c))) ++info.private_use_glyphs;
  }
}

std::vector<FontInfo> FontTally::fonts() const {
  std::vector<FontInfo> out;
  for (const auto& [name, info] : fonts_) {
    out.push_back(info);
    // A font whose glyphs all sit in the Private Use Area is an icon font whatever its name.
    if (info.glyphs > 0 && info.private_use_glyphs == info.glyphs) out.back().symbolic = true;
  }
  return out;
}

std::string normalise_text(std::string_view utf8) {
  if (std::all_of(utf8.begin(), utf8.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; }))
    return std::string(utf8);
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfkc = icu::Normalizer2::getNFKCInstance(status);
  if (U_FAILURE(status)) return std::string(utf8);
  icu::UnicodeString text = icu::UnicodeString::fromUTF8(icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
  if (nfkc->isNormalized(text, status) && U_SUCCESS(status)) return std::string(utf8);
  status = U_ZERO_ERROR;
  icu::UnicodeString normal = nfkc->normalize(text, status);
  if (U_FAILURE(status)) return std::string(utf8);
  std::string out;
  normal.toUTF8String(out);
  return out;
}

void append_utf8(std::string& out, char32_t c) {
  char buffer[4];
  int32_t length = 0;
  UBool error = false;
  U8_APPEND(buffer, length, 4, static_cast<UChar32>(c), error);
  if (!error) out.append(buffer, static_cast<size_t>(length));
}

double length_to_points(std::string_view text) {
  text = trim(text);
  double value = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc()) return 0;
  std::string_view unit(end, static_cast<size_t>(text.data() + text.size() - end));
  unit = trim(unit);
  if (unit == "pt" || unit.empty()) return value;
  if (unit == "in") return value * 72;
  if (unit == "cm") return value * 72 / 2.54;
  if (unit == "mm") return value * 72 / 25.4;
  if (unit == "px") return value * 0.75;
  if (unit == "pc") return value * 12;
  return 0;
}

}  // namespace atslint
