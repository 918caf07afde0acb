// Reading order for paged documents: header/footer zones, column regions
// read column by column, list markers and paragraph starts.
#include "linter/layout/layout.h"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <map>
#include <optional>
#include <set>
#include <utility>

#include "linter/layout/columns.h"
#include "linter/layout/rails.h"
#include "linter/layout/margin_labels.h"
#include "linter/layout/tab_columns.h"
#include "linter/layout/zones.h"
#include "linter/structure/dates.h"
#include "linter/structure/fields.h"
#include "linter/text_util.h"

namespace atslint {
namespace {

using layout::ColumnSplit;

std::vector<std::vector<Line*>> lines_by_page(Document& document) {
  std::vector<std::vector<Line*>> pages(document.pages.size() + 1);
  for (auto& line : document.raw_lines) {
    auto page = static_cast<size_t>(std::max(line.location.page, 1));
    if (page >= pages.size()) pages.resize(page + 1);
    pages[page].push_back(&line);
  }
  return pages;
}

void add_column_object(const ColumnSplit& split, int page, Document& document) {
  LayoutObject object;
  object.kind = LayoutObject::Kind::ColumnRegion;
  object.location.page = page;
  object.location.box = split.region;
  object.columns = 2;
  object.column_ranges = {split.left, split.right};
  object.description = fmt::format("2 columns: x {:.0f}-{:.0f} pt and {:.0f}-{:.0f} pt", split.left.first,
                                   split.left.second, split.right.first, split.right.second);
  document.objects.push_back(std::move(object));
}

// Body lines of a page in reading order; zones keep their place (top, bottom). `carried` comes in as the previous
// page's column region that ran to its foot, and goes out as this page's.
std::vector<Line> order_page(const std::vector<Line*>& page_lines, int page, Document& document,
                             std::optional<ColumnSplit>& carried) {
  std::vector<const Line*> body;
  for (const Line* line : page_lines)
    if (line->zone != Zone::Header && line->zone != Zone::Footer) body.push_back(line);
  auto splits = layout::find_columns(body, carried ? &*carried : nullptr);
  carried.reset();
  if (!splits.empty() && splits.back().last + 1 == body.size()) carried = splits.back();
  std::vector<Line> out;
  for (const Line* line : page_lines)
    if (line->zone == Zone::Header) out.push_back(*line);
  size_t next = 0;
  for (const auto& split : splits) {
    for (; next < split.first; ++next) out.push_back(*body[next]);
    double gutter = (split.gutter_x0 + split.gutter_x1) / 2;
    // Lines crossing the gutter (centred headings) split the region into bands,
    // each read column by column.
    size_t band = split.first;
    for (size_t i = split.first; i <= split.last + 1; ++i) {
      bool full_width = i <= split.last && layout::crosses_gutter(*body[i], split);
      if (i <= split.last && !full_width) continue;
      for (bool left : {true, false})
        for (size_t k = band; k < i; ++k) {
          Line part = layout::line_side(*body[k], left, gutter);
          if (!part.runs.empty()) out.push_back(std::move(part));
        }
      if (full_width) out.push_back(*body[i]);
      band = i + 1;
    }
    next = split.last + 1;
    add_column_object(split, page, document);
  }
  for (; next < body.size(); ++next) out.push_back(*body[next]);
  for (const Line* line : page_lines)
    if (line->zone == Zone::Footer) out.push_back(*line);
  return out;
}

bool is_number_marker(std::string_view marker) {
  if (marker.size() < 2 || marker.size() > 4) return false;
  char last = marker.back();
  if (last != '.' && last != ')') return false;
  return std::all_of(marker.begin(), marker.end() - 1, [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
}

// "Ene 2021   Contadora General" / "– Actual   Grupo Industrial …": a dash opening a short run set
// apart from the rest of its line ends a date range in a rail, it marks no bullet.
bool ends_rail_range(const Line& line, std::string_view marker) {
  if ((marker != "–" && marker != "—" && marker != "-") || line.runs.size() < 2) return false;
  const TextRun& first = line.runs.front();
  const TextRun& next = line.runs[1];
  if (!first.location.box || !next.location.box || trim(first.text) == marker || count_words(first.text) > 3) return false;
  double gap = next.location.box->x0 - first.location.box->x1;
  // "– aujourd’hui   La Fabrique du Jardin": a range's end in a narrow rail needs no wider gap than an em.
  return gap > 2 * first.size || (gap > first.size && range_end_at_start(trim(first.text)));
}

// A dot painted just left of the line's first word, level with it (see the PDF reader's list marks).
const Box* painted_mark(const Line& line, const std::vector<Box>& marks) {
  if (line.runs.empty() || !line.runs.front().location.box || !line.location.box) return nullptr;
  const TextRun& first = line.runs.front();
  const Box& word = *first.location.box;
  auto found = std::find_if(marks.begin(), marks.end(), [&](const Box& dot) { return dot_marks_word(dot, word, first.size); });
  return found == marks.end() ? nullptr : &*found;
}

std::set<std::string> symbolic_fonts(const Document& document) {
  std::set<std::string> symbolic;
  for (const auto& font : document.fonts)
    if (font.symbolic) symbolic.insert(font.name);
  return symbolic;
}

// "Zürich, Switzerland", "Waltham, USA": a known town first or a country last (not "Helm, Ansible, Python").
bool names_known_place(std::string_view text) {
  text = trim(text);
  auto comma = text.find(", ");
  auto last = text.rfind(", ");
  return !city_country(text.substr(0, comma)).empty() || (last != std::string_view::npos && !country_code(text.substr(last + 2)).empty());
}

// The glyph of an icon font without Unicode opening a line reads as a stray letter ("Ă Planung …"); one that opens
// three lines or more of several words each is the list's bullet (a pin before a town, a calendar before dates, no list).
std::set<std::string> icon_bullets(const Document& document, const std::set<std::string>& symbolic) {
  struct Use {
    int lines = 0, words = 0;
    int in_a_row = 0;          // lines opening with it right after a line that does: a list runs on
    int placed = 0;            // lines whose next words name a place ("[pin] Zürich, Switzerland   Robotic Systems Lab")
    int dated = 0;             // short lines of dates ("[calendar] depuis sept. 2021")
    bool beside_icon = false;  // "P Jan 2022 – Ongoing Ȱ Trondheim": a row of icons and details, no list
  };
  std::map<std::string, Use> uses;
  std::string previous;  // the glyph the line before opened with
  for (const auto& line : document.raw_lines) {
    std::string opened = std::exchange(previous, "");
    // Not a running footer's icons ("[icon] jdoe • additional information 1/4" on every page).
    if (line.zone != Zone::Body || line.runs.size() < 2 || !symbolic.count(line.runs.front().font)) continue;
    auto glyph = std::string(trim(line.runs.front().text));
    if (glyph.empty() || glyph.size() > 4 || glyph.find(' ') != std::string::npos) continue;
    previous = glyph;
    auto& use = uses[glyph];
    ++use.lines;
    use.in_a_row += opened == glyph ? 1 : 0;
    use.placed += names_known_place(line.runs[1].text) ? 1 : 0;
    use.dated += count_words(line.text) <= 7 && find_date(line.text) ? 1 : 0;
    use.words += count_words(line.text) - 1;
    // A link icon before a web address or e-mail marks a contact detail, not a duty.
    bool detail = line.text.find("://") != std::string::npos || line.text.find("www.") != std::string::npos ||
                  line.text.find('@') != std::string::npos;
    use.beside_icon = use.beside_icon || detail || std::any_of(line.runs.begin() + 1, line.runs.end(), [&](const TextRun& run) { return symbolic.count(run.font) > 0; });
  }
  std::set<std::string> bullets;
  for (const auto& [glyph, use] : uses) {
    // A map pin before each job's town opens one line per job, never two in a row.
    bool pin = use.in_a_row == 0 && use.placed * 2 >= use.lines;
    bool calendar = use.in_a_row == 0 && use.dated * 2 >= use.lines;  // a calendar before each job's dates
    if (use.lines >= 3 && use.words >= 4 * use.lines && !use.beside_icon && !pin && !calendar) bullets.insert(glyph);
  }
  return bullets;
}

// A bullet glyph or "1." at the start of a line becomes the line's marker; so does a painted dot.
void mark_list_item(Line& line, const std::vector<Box>& marks, const std::set<std::string>& icon_markers,
                    const std::set<std::string>& symbolic) {
  if (const Box* dot = painted_mark(line, marks)) {
    line.list_item = true;
    line.list_marker = "•";
    line.painted_marker_x = dot->x0;  // wrapped lines hang past it, as past a glyph
    return;
  }
  size_t space = line.text.find(' ');
  std::string_view first = std::string_view(line.text).substr(0, space);
  std::string_view marker;
  // FontAwesome's calendar is coded "{", a LaTeX en dash's code: in an icon font it marks a list only as its bullet.
  bool icon_code = !line.runs.empty() && symbolic.count(line.runs.front().font) && is_ascii_glyph(first);
  if ((is_bullet_symbol(first) && !icon_code) || is_number_marker(first) || icon_markers.count(std::string(first))) {
    marker = first;
  } else {
    for (std::string_view glyph : {"•", "●", "▪", "◦", "➢", "■", "►", "➤", "\uF0B7", "\uF0A7"})
      if (first.starts_with(glyph) && first.size() > glyph.size()) marker = glyph;
    // "–Plan and deliver …": a dash in a run of its own (a stylesheet's list marker) set tight against a capitalised
    // word; not "–2019" or "–heute", a range's end.
    bool own_run = line.runs.size() >= 2 && (trim(line.runs.front().text) == "–" || trim(line.runs.front().text) == "—");
    if (marker.empty() && own_run && first.size() > 3 && std::isupper(static_cast<unsigned char>(first[3]))) marker = first.substr(0, 3);
  }
  if (marker.empty() || (space == std::string::npos && marker == first) || ends_rail_range(line, marker)) return;
  line.list_item = true;
  line.list_marker = std::string(marker);
  line.text = std::string(trim(std::string_view(line.text).substr(marker.size())));
}

void mark_blocks(std::vector<Line>& lines) {
  const Line* previous = nullptr;
  for (auto& line : lines) {
    if (!line.location.box) continue;
    const Box& box = *line.location.box;
    bool starts = !previous || previous->location.page != line.location.page || previous->column != line.column ||
                  previous->zone != line.zone;
    if (!starts) {
      const Box& prev = *previous->location.box;
      double gap = box.y0 - prev.y1;
      starts = gap > 0.6 * std::max(box.height(), prev.height()) || gap < -2 * box.height();
    }
    line.block_start = starts || line.list_item;
    previous = &line;
  }
}

}  // namespace

bool dot_marks_word(const Box& dot, const Box& word, double font_size) {
  double gap = word.x0 - dot.x1, middle = (dot.y0 + dot.y1) / 2;
  // Headings' larger squares are no bullet.
  return gap >= 1 && gap <= std::min(1.5 * font_size, 12.0) && middle > word.y0 + 0.2 * word.height() && middle < word.y1 &&
         std::min(dot.width(), dot.height()) <= 0.5 * font_size;
}

void analyse_layout(Document& document) {
  if (document.format == Format::Docx || document.format == Format::Odt) layout::split_tab_columns(document);
  if (document.format != Format::Pdf || document.raw_lines.empty()) return;
  layout::drop_sheet_headings(document);
  layout::drop_thumb_tabs(document);
  layout::mark_zones(document);
  auto pages = lines_by_page(document);
  std::vector<Line> ordered;
  const auto symbolic = symbolic_fonts(document);
  const auto icon_markers = icon_bullets(document, symbolic);
  std::optional<ColumnSplit> carried;
  for (size_t page = 1; page < pages.size(); ++page) {
    auto lines = order_page(pages[page], static_cast<int>(page), document, carried);
    layout::lift_rail_labels(lines);
    layout::lift_rail_dates(lines);
    for (auto& line : lines) ordered.push_back(std::move(line));
  }
  for (auto* list : {&ordered, &document.raw_lines}) {
    for (auto& line : *list) {
      auto page = static_cast<size_t>(line.location.page);
      static const std::vector<Box> kNoMarks;
      mark_list_item(line, page >= 1 && page <= document.pages.size() ? document.pages[page - 1].list_marks : kNoMarks, icon_markers,
                     symbolic);
    }
    mark_blocks(*list);
  }
  document.lines = std::move(ordered);
}

}  // namespace atslint
