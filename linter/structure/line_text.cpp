#include "linter/structure/line_text.h"

#include <algorithm>
#include <cmath>
#include <regex>

#include "linter/structure/fields.h"
#include "linter/text_util.h"

namespace atslint {

static double gap_after(const TextRun& previous, const TextRun& run) {
  return run.location.box->x0 - previous.location.box->x1;
}

/// A bold label then regular text after a visible gap ("Back-end   Koa, Express"):
/// a label column, as in skills tables.
static bool label_break(const TextRun& previous, const TextRun& run) {
  return previous.bold && !run.bold && gap_after(previous, run) > std::max(4.0, previous.size * 0.6) &&
         !previous.text.ends_with(':');
}

/// "Fietsdeel  Amsterdam": an employer in bold, its town after it in smaller regular type, one space apart.
static bool place_break(const TextRun& previous, const TextRun& run) {
  auto place = trim(run.text);
  return previous.bold && !run.bold && run.size < previous.size - 1 && gap_after(previous, run) > 0 && is_location(place) &&
         !is_spoken_language(place.substr(0, place.find(',')));  // not "Languages" over "English, Spanish"
}

/// "Senior Product Manager Veloz Pagamentos, S.A.": a line opened in bold, going on in regular type of another colour
/// with no separator, sets two fields apart by their type alone (Standard Resume's title and grey employer).
/// So does a rail label in a colour of its own before the body's type, most of an em apart ("Berufserfahrung  Leiter
/// Controlling" in a Writer table).
static bool opening_type_break(const TextRun& previous, const TextRun& run) {
  if (previous.color == run.color || is_bullet_symbol(trim(previous.text)) || count_words(previous.text) == 0) return false;
  // Body type only, not a name in two colours set large and letter-spaced; not a lead word in a justified paragraph
  // ("Throughput: raised …", "Led a crew …").
  auto lead = trim(previous.text), rest = trim(run.text);
  if (previous.size >= 14 || lead.ends_with(':') || rest.empty() || starts_lower(rest)) return false;
  // Wider than a word space: "CARLOS SIRI REYES" in two colours is one name.
  return (previous.bold && !run.bold && gap_after(previous, run) > 0.3 * previous.size) ||
         gap_after(previous, run) > std::max(previous.size, run.size) * 0.8;
}

/// "**Auxiliaire d'enseignement**, *Polytechnique Montréal*": a bold title closed by its comma, then the employer in
/// italics: two fields, whatever the employer's name.
/// `at`: the run's index; LaTeX sets the comma between in roman, a run of its own.
static bool comma_type_break(const std::vector<TextRun>& runs, size_t at) {
  const TextRun& run = runs[at];
  if (run.bold || !run.italic) return false;
  auto bold_title = [](const TextRun& title) { return title.bold && count_words(title.text) <= 6; };
  if (at == 1) return bold_title(runs[0]) && trim(runs[0].text).ends_with(',');
  return at == 2 && bold_title(runs[0]) && trim(runs[1].text) == ",";
}

/// A calendar or map-pin glyph from an icon font ("z", "*" in FontAwesome) stands between
/// fields like a separator; it is no word of the entry.
static bool icon_run(const TextRun& run) {
  auto glyph = trim(run.text);
  // "○" marks a list item; an ASCII code ("{" for FontAwesome's calendar) is the icon's own.
  if (run.text.size() > 4 || glyph.empty() || (is_bullet_symbol(glyph) && !is_ascii_glyph(glyph))) return false;
  std::string font = fold_case(run.font);
  for (const char* icon : {"awesome", "academicons", "ionicons", "marvosym", "materialicons", "octicons", "fontello"})
    if (font.find(icon) != std::string::npos) return true;
  return false;
}

/// "Rubén  Sánchez-Escribano": OCR's word boxes hug the ink, so its word spaces measure up to an em and more.
static bool recognised_word_gap(const TextRun& previous, const TextRun& run) {
  return previous.recognised && run.recognised && gap_after(previous, run) <= 1.5 * std::max(previous.size, run.size);
}

/// Runs of one font and size parted by more than 0.45 em (about two word spaces): chips in a row, which
/// the PDF front end parts at 2.5 measured word spaces; a one-letter run (letter-spaced capitals) never is.
static bool chip_break(const TextRun& previous, const TextRun& run) {
  if (recognised_word_gap(previous, run)) return false;
  if (character_count(previous.text) < 2 || character_count(run.text) < 2) return false;  // "3  Studies", "Licence  B"
  if (std::string_view(".,;:!?").find(previous.text.back()) != std::string_view::npos) return false;
  if (std::all_of(previous.text.begin(), previous.text.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)) || c == '.'; }))
    return false;  // a section number
  return previous.font == run.font && std::abs(previous.size - run.size) < 0.05 * run.size &&
         gap_after(previous, run) > 0.45 * run.size;
}

/// "Education  PhD in Ecology": a margin label in its own type (small capitals, a larger size), then the body's
/// type after a gap of most of an em.
static bool type_break(const TextRun& previous, const TextRun& run) {
  if (is_bullet_symbol(trim(previous.text))) return false;  // "•  Plan …": a list's glyph, no label
  bool other_type = (previous.font != run.font && !previous.font.empty()) || std::abs(previous.size - run.size) > 0.1 * run.size;
  double larger = std::max(previous.size, run.size), smaller = std::min(previous.size, run.size);
  // "Sanne ter Horst   I N T E R I E U R …": a name, then a tagline at half its size, parted by well over a word space.
  bool far_smaller = smaller > 0 && larger >= 1.5 * smaller && gap_after(previous, run) > 0.5 * larger;
  return other_type && (gap_after(previous, run) > larger * 0.8 || far_smaller);
}

std::string layout_text(const Line& line) {
  if (line.runs.size() < 2 || line.text.find("   ") != std::string::npos) return line.text;
  bool positioned = std::all_of(line.runs.begin(), line.runs.end(), [](const TextRun& run) { return run.location.box.has_value(); });
  if (!positioned) return line.text;
  // "Senior   Mechanical   Engineer,   Thermotechniki …": a justified line stretches its word spaces like chips',
  // but chips carry no commas between them.
  bool commas = std::any_of(line.runs.begin(), line.runs.end() - 1, [](const TextRun& run) { return trim(run.text).ends_with(','); });
  auto has_digit = [](const TextRun& run) { return std::any_of(run.text.begin(), run.text.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); }); };
  // A date before the words ("03/2021–Present   Senior …") is still set apart.
  // "Competenze professionali" before "Progettazione esecutiva,   direzione lavori,   …": a first run without the comma
  // every item between carries is a rail label, its gap a column's however like the stretched ones.
  auto ends_item = [](const TextRun& run) { return trim(run.text).ends_with(','); };
  bool items_after_label = line.runs.size() >= 3 && !ends_item(line.runs.front()) &&
                           std::all_of(line.runs.begin() + 1, line.runs.end() - 1, ends_item);
  // "Formation   Master of Science en Management, HEC …": a first run in a size of its own is moderncv's rail label.
  const auto& first = line.runs.front();
  bool label_in_own_size = std::abs(first.size - line.runs[1].size) > 0.1 * line.runs[1].size && type_break(first, line.runs[1]);
  auto stretched = [&](const TextRun& previous) {
    return commas && !has_digit(previous) && !((items_after_label || label_in_own_size) && &previous == &first);
  };
  auto chip = [&](const TextRun& previous, const TextRun& run) { return !stretched(previous) && chip_break(previous, run); };
  // Only wide gaps change anything; otherwise the front end's text is right.
  bool wide = std::any_of(line.runs.begin(), line.runs.end(), icon_run);
  for (size_t i = 1; i < line.runs.size(); ++i)
    wide = wide || gap_after(line.runs[i - 1], line.runs[i]) > std::max(6.0, line.runs[i - 1].size * 0.8) ||
           label_break(line.runs[i - 1], line.runs[i]) || chip(line.runs[i - 1], line.runs[i]) ||
           place_break(line.runs[i - 1], line.runs[i]) || type_break(line.runs[i - 1], line.runs[i]) ||
           (i == 1 && opening_type_break(first, line.runs[1])) || comma_type_break(line.runs, i);
  if (!wide) return line.text;
  // There a gap no wider than the line's usual one is a stretched word space, however wide ("03/2021–Present" before
  // the title stays a column gap).
  std::vector<double> gaps;
  for (size_t i = label_in_own_size ? 2 : 1; commas && i < line.runs.size(); ++i) gaps.push_back(gap_after(line.runs[i - 1], line.runs[i]));
  std::sort(gaps.begin(), gaps.end());
  double word_space = gaps.size() < 4 ? 0 : gaps[gaps.size() / 2];  // too few gaps to tell a word space from a column
  std::string text;
  const TextRun* previous = nullptr;
  bool after_icon = false;  // an icon stands for a column gap; the next run must not trim it away
  for (const auto& run : line.runs) {
    if (run.hidden) continue;
    if (icon_run(run)) {
      if (!text.empty()) text += "   ";
      after_icon = true;
      continue;
    }
    if (previous && !after_icon) {
      double size = std::max(previous->size, 6.0);
      double gap = gap_after(*previous, run);
      while (!text.empty() && text.back() == ' ') text.pop_back();
      if (stretched(*previous) && word_space > 0 && gap > 1 && gap <= word_space * 1.3 + 0.5) text += " ";
      else if (gap > std::max(12.0, size * 1.5) || label_break(*previous, run) || chip(*previous, run) || place_break(*previous, run) ||
          type_break(*previous, run) || (previous == &first && opening_type_break(first, run)) ||
          comma_type_break(line.runs, static_cast<size_t>(&run - line.runs.data())))
        text += "   ";  // a column gap
      else if (gap > size * 0.8 && !recognised_word_gap(*previous, run)) text += "  ";  // a word gap in letter-spaced text
      else if (word_break_between(*previous, run) || (!run.text.empty() && run.text.front() == ' ')) text += " ";
    }
    text += run.text;
    previous = &run;
    after_icon = false;
  }
  return text;
}

std::vector<std::string> pipe_cells(std::string_view text, bool unframed) {
  text = trim(text);
  if ((!text.starts_with('|') && !unframed) || std::count(text.begin(), text.end(), '|') < 2) return {};
  if (text.starts_with('|')) text.remove_prefix(1);
  if (text.ends_with('|')) text.remove_suffix(1);
  std::vector<std::string> cells;
  for (size_t start = 0;;) {
    auto bar = text.find('|', start);
    cells.emplace_back(trim(text.substr(start, bar == std::string_view::npos ? bar : bar - start)));
    if (bar == std::string_view::npos) return cells;
    start = bar + 1;
  }
}

bool is_delimiter_row(const std::vector<std::string>& cells) {
  static const std::regex kDelimiter{R"(:?-{3,}:?)"};
  return !cells.empty() && std::all_of(cells.begin(), cells.end(), [](const std::string& cell) { return std::regex_match(cell, kDelimiter); });
}

constexpr double kCellGap = 8;  // points: wider than any word space, narrower than a cell's padding

std::vector<Cell> cells_of(const Line& line) {
  std::vector<Cell> cells;
  const TextRun* previous = nullptr;
  for (const auto& run : line.runs) {
    if (!run.location.box || trim(run.text).empty()) continue;
    const Box& box = *run.location.box;
    if (cells.empty() || box.x0 - cells.back().x1 > kCellGap) {
      cells.push_back({box.x0, box.x1, std::string(trim(run.text))});
    } else {
      if (previous && word_break_between(*previous, run)) cells.back().text += ' ';
      cells.back().text += trim(run.text);
      cells.back().x1 = std::max(cells.back().x1, box.x1);
    }
    previous = &run;
  }
  return cells;
}

Style style_of(const Line& line) {
  Style style;
  style.bold = !line.runs.empty();
  for (const auto& run : line.runs) {
    if (trim(run.text).empty()) continue;
    style.size = std::max(style.size, run.size);
    style.bold = style.bold && run.bold;
  }
  return style;
}

bool same_style(const Style& a, const Style& b) { return a.bold == b.bold && std::abs(a.size - b.size) <= 0.3; }

bool same_type(const Line& a, const Line& b) { return same_style(style_of(a), style_of(b)); }

/// `below` goes on in the type `above` ends in: weight, size, font and colour.
bool same_look(const Line& above, const Line& below) {
  if (above.runs.empty() || below.runs.empty()) return false;
  const auto &last = above.runs.back(), &first = below.runs.front();
  return same_type(above, below) && last.font == first.font && last.color == first.color;
}

bool ends_sentence(std::string_view text) {
  text = trim(text);
  return !text.empty() && (text.back() == '.' || text.back() == ';' || text.back() == ':' || text.back() == '!');
}

}  // namespace atslint
