// Gutter detection: a vertical band that no run crosses over a tall stretch
// of consecutive lines, with real text flows on both sides. Right-aligned
// dates, narrow label rails and small grids also leave such bands, so each
// candidate must also look like two independent columns.
#include "linter/layout/columns.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <optional>

#include "linter/structure/dates.h"
#include "linter/structure/headings.h"
#include "linter/structure/line_text.h"
#include "linter/structure/table_entries.h"
#include "linter/text_util.h"

namespace atslint::layout {
namespace {

constexpr double kHalfBand = 4.0;          // gutter at least 8 pt wide
constexpr double kMinRegionShare = 0.30;   // of the page's text height
constexpr int kMinLinesPerSide = 6;

struct Extent {
  double x0 = 1e9, x1 = -1e9, y0 = 1e9, y1 = -1e9;
  void add(const Box& b) {
    x0 = std::min(x0, b.x0); x1 = std::max(x1, b.x1);
    y0 = std::min(y0, b.y0); y1 = std::max(y1, b.y1);
  }
  double width() const { return x1 - x0; }
  double height() const { return y1 - y0; }
};

bool counts(const TextRun& run) {
  return run.location.box && !run.hidden && !run.off_page &&
         run.text.find_first_not_of(' ') != std::string::npos;
}

// A table row spans its grid, so table cells never form page columns.
bool crosses(const Line& line, double x) {
  if (line.zone == Zone::TableCell) return true;
  return std::any_of(line.runs.begin(), line.runs.end(), [&](const TextRun& run) {
    return counts(run) && run.location.box->x0 < x + kHalfBand && run.location.box->x1 > x - kHalfBand;
  });
}

// A short centred line (a section heading over a two-column band) crosses the
// gutter without ending the column region: the columns go on beneath it.
bool is_centred_heading(const Line& line, double x, const Extent& text) {
  if (!line.location.box || line.zone == Zone::TableCell) return false;
  const Box& b = *line.location.box;
  double centre = (text.x0 + text.x1) / 2;
  return b.width() < 0.35 * text.width() && std::abs((b.x0 + b.x1) / 2 - centre) < 0.04 * text.width() &&
         std::abs(x - centre) < 0.1 * text.width();
}

struct SideStats {
  int lines = 0;
  int chars = 0;
  int words = 0;
  std::vector<double> starts, ends;
  std::vector<double> ends_below_headings;  // ends of the parts that are no lone heading: a label rail's own
  std::vector<Box> boxes;  // this side's part of each line, top to bottom
  int bulleted = 0;        // parts that open with a bullet glyph
  int lone_headings = 0;   // bold parts with nothing beside them: section headings over a date rail
  int lone_short = 0;      // parts of three words or fewer with nothing beside them, bold or not
  int contact_runs = 0;    // runs holding an e-mail or a web address: a sidebar's, never a label rail's
  double contact_bottom = 0;  // the lowest of them
  Extent extent;
};

struct Candidate {
  size_t first = 0, last = 0;
  double x = 0;
  SideStats left, right;
  int paired = 0;  // lines with text on both sides
  int level_pairs = 0;  // of those, lines whose two sides align top, bottom or centre (a label and its value)
  int paired_words_left = 0, paired_words_right = 0;  // words on those lines, per side
  std::vector<double> level_pair_tops;  // the top of each of those level pairs
};

void add_part(SideStats& side, const Extent& part) {
  Box box{part.x0, part.y0, part.x1, part.y1};
  ++side.lines;
  side.starts.push_back(part.x0);
  side.ends.push_back(part.x1);
  side.boxes.push_back(box);
  side.extent.add(box);
}

bool holds_contact(std::string_view text) {
  return text.find('@') != std::string_view::npos || text.find("www.") != std::string_view::npos ||
         text.find("linkedin") != std::string_view::npos || text.find("http") != std::string_view::npos;
}

void collect_sides(const std::vector<const Line*>& lines, const Extent& text, Candidate& c) {
  for (size_t i = c.first; i <= c.last; ++i) {
    if (crosses(*lines[i], c.x) || is_centred_heading(*lines[i], c.x, text)) continue;
    Extent l, r;
    int words_before[2] = {c.left.words, c.right.words};
    bool opened[2] = {false, false};
    bool all_bold = true;
    for (const auto& run : lines[i]->runs) {
      if (!counts(run)) continue;
      all_bold = all_bold && run.bold;
      bool left = run.location.box->x1 <= c.x;
      if (!opened[left ? 0 : 1]) {
        opened[left ? 0 : 1] = true;
        if (opens_with_bullet_symbol(run.text)) ++(left ? c.left : c.right).bulleted;
      }
      (left ? l : r).add(*run.location.box);
      SideStats& side = left ? c.left : c.right;
      if (holds_contact(run.text)) {
        ++side.contact_runs;
        side.contact_bottom = std::max(side.contact_bottom, run.location.box->y1);
      }
      side.chars += static_cast<int>(run.text.size());
      side.words += static_cast<int>(std::count(run.text.begin(), run.text.end(), ' ')) + 1;
    }
    if (l.x0 < l.x1) add_part(c.left, l);
    if (r.x0 < r.x1) add_part(c.right, r);
    bool lone_heading = all_bold && (l.x0 < l.x1) != (r.x0 < r.x1);
    if (lone_heading) ++(l.x0 < l.x1 ? c.left : c.right).lone_headings;
    if ((l.x0 < l.x1) != (r.x0 < r.x1)) {
      SideStats& side = l.x0 < l.x1 ? c.left : c.right;
      side.lone_short += side.words - words_before[&side == &c.left ? 0 : 1] <= 3 ? 1 : 0;
    }
    if (l.x0 < l.x1 && !lone_heading) c.left.ends_below_headings.push_back(l.x1);
    if (l.x0 < l.x1 && r.x0 < r.x1) {
      ++c.paired;
      double centres = std::abs((l.y0 + l.y1) - (r.y0 + r.y1)) / 2;
      bool level = std::min({std::abs(l.y0 - r.y0), std::abs(l.y1 - r.y1), centres}) <= 1.0;
      c.level_pairs += level ? 1 : 0;
      if (level) c.level_pair_tops.push_back(std::min(l.y0, r.y0));
      c.paired_words_left += c.left.words - words_before[0];
      c.paired_words_right += c.right.words - words_before[1];
    }
  }
}

/// The candidate cut to lines `first`..`last`, its sides measured again.
Candidate recut(const Candidate& c, size_t first, size_t last, const std::vector<const Line*>& lines, const Extent& text) {
  Candidate cut;
  cut.first = first;
  cut.last = last;
  cut.x = c.x;
  collect_sides(lines, text, cut);
  return cut;
}

// Share of values within 2.5 pt of the most common value.
double aligned_share(const std::vector<double>& values) {
  if (values.empty()) return 0;
  size_t best = 0;
  for (double v : values) {
    size_t n = std::count_if(values.begin(), values.end(), [&](double w) { return std::abs(v - w) <= 2.5; });
    best = std::max(best, n);
  }
  return static_cast<double>(best) / values.size();
}

// Right-aligned dates and locations on title lines: the right side's text is
// aligned on its right edge, not its left, and sits on lines of the left side.
bool right_side_is_annotation(const Candidate& c) {
  double by_start = aligned_share(c.right.starts), by_end = aligned_share(c.right.ends);
  bool attached = c.paired >= 0.7 * c.right.lines;
  return by_end > by_start + 0.1 && (attached || by_end >= 0.6);
}

// A narrow rail of dates or section names on the left of a single flow; a
// real sidebar is wider than a fifth of the text width.
bool left_side_is_rail(const Candidate& c, double text_width) {
  double width = c.left.extent.width();
  // Labels set flush right against the flow (Europass): a rail however wide; sidebars align left.
  // Section headings over the label grid (an ATS's "Vaardigheden en talen" over "Vaardigheden", "Talen") align left.
  bool flush_right = (aligned_share(c.left.ends) >= 0.8 ||
                      (c.left.lone_headings > 0 && aligned_share(c.left.ends_below_headings) >= 0.9)) &&
                     aligned_share(c.left.ends) > aligned_share(c.left.starts) + 0.2;
  // Labels wrapped over two or three lines ("Name und Adresse des" / "Arbeitgebers") pair only by their first
  // line, but every pair is level, as a label and its value are.
  // Labels are a few words each; a sidebar set flush right holds phrases and sentences.
  bool labels_level = aligned_share(c.left.ends) >= 0.9 && c.level_pairs >= 0.5 * c.left.lines && c.level_pairs >= 0.9 * c.paired &&
                      c.left.words <= 3 * c.left.lines && c.left.contact_runs == 0;
  // A sidebar of contact details under headings of its own, its lines at their own pitch, is no rail however narrow.
  // So is one where most lines have nothing beside them: labels pair with their values, a sidebar's items do not.
  // Not moderncv's contact block set flush right at the top of its rail of labels, above the first label.
  auto labels_below_contact = std::count_if(c.level_pair_tops.begin(), c.level_pair_tops.end(), [&](double top) { return top >= c.left.contact_bottom; });
  // Below it the rail holds labels, each level with its section's first line (a sidebar's lists run on unpaired).
  auto lines_below_contact = std::count_if(c.left.boxes.begin(), c.left.boxes.end(), [&](const Box& b) { return b.y0 >= c.left.contact_bottom; });
  bool contact_heads_rail = flush_right && labels_below_contact >= 2 && lines_below_contact <= 2 * labels_below_contact;
  bool sidebar = c.left.contact_runs > 0 && !contact_heads_rail &&
                 ((c.left.lone_headings >= 2 && c.level_pairs * 2 < c.paired) || c.paired * 5 <= c.left.lines * 3);
  if (sidebar && width >= 0.15 * text_width) return false;
  return width < 0.20 * text_width || (width < 0.24 * text_width && c.left.lines < 0.5 * c.right.lines) ||
         (flush_right && (c.left.lines < 0.75 * c.right.lines || c.level_pairs >= 0.6 * (c.left.lines - c.left.lone_headings) || labels_level) &&
          width < 0.4 * text_width);
}

bool right_side_is_rail(const Candidate& c, double text_width) {
  return c.right.extent.width() < 0.15 * text_width && c.right.lines < 0.5 * c.left.lines;
}

// Dates, labels or grid cells beside a single flow sit on that flow's lines;
// a real column has its own line pitch, so many of its lines pair with nothing.
// Lockstep columns of sentences (entries side by side in a grid) are still
// two text flows.
bool prose(const SideStats& side) {
  return side.lines >= 8 && side.words >= 4 * side.lines;
}

// A short column (a newspaper column that ends early) is one unbroken block of
// multi-word lines at a steady pitch beside prose; dates, levels, values and
// labels beside a flow are one or two words, or come a line or two at a time,
// and lists set side by side open their lines with bullets.
bool is_text_block(const SideStats& side, double text_width) {
  if (side.lines < kMinLinesPerSide || side.extent.width() < 0.25 * text_width) return false;
  if (side.words < 2.5 * side.lines || aligned_share(side.starts) < 0.8) return false;
  if (side.bulleted * 2 >= side.lines) return false;  // lists side by side in one section
  std::vector<double> heights;
  for (const Box& b : side.boxes) heights.push_back(b.height());
  std::nth_element(heights.begin(), heights.begin() + heights.size() / 2, heights.end());
  double pitch = heights[heights.size() / 2];
  for (size_t i = 1; i < side.boxes.size(); ++i)
    if (side.boxes[i].y0 - side.boxes[i - 1].y1 > 1.5 * pitch) return false;
  return true;
}

bool is_short_column(const Candidate& c, double text_width) {
  bool right_minor = c.right.lines < c.left.lines;
  const SideStats& minor = right_minor ? c.right : c.left;
  int partner_words = right_minor ? c.paired_words_left : c.paired_words_right;
  return is_text_block(minor, text_width) && partner_words >= 3.5 * c.paired;
}

bool minor_side_is_attached(const Candidate& c, double text_width) {
  const SideStats& minor = c.left.lines < c.right.lines ? c.left : c.right;
  if (is_short_column(c, text_width)) return false;
  // "Ausbildung" over "10/2013 – 09/2015  Master of Science" in a narrow date rail: headings
  // count for neither side (a sidebar's headings are its own).
  // Tilda's heading rail beside a rail of dates set flush right: the headings count for neither side however wide the
  // two rails are together.
  // Asked last: this runs for every candidate band, and the shares are quadratic in the side's lines.
  auto heading_rail_beside_dates = [&] {
    if (&minor != &c.left || c.left.ends_below_headings.size() < 2 || c.left.contact_runs > 0) return false;
    double ends = aligned_share(c.left.ends_below_headings);
    return ends >= 0.9 && ends > aligned_share(c.left.starts) + 0.2;
  };
  int headings = minor.lone_headings > 0 && (minor.extent.width() < 0.25 * text_width || heading_rail_beside_dates()) ? minor.lone_headings : 0;
  // A table of labels and dates beside their values, each level with its value's first line (make4ht's Lebenslauf),
  // under headings in plain type on rows of their own (and maybe below the contact lines): those lines count for
  // neither side. A sidebar's lines pair by chance, a few points off.
  auto pairs_below_contact = std::count_if(c.level_pair_tops.begin(), c.level_pair_tops.end(), [&](double top) { return top >= c.left.contact_bottom; });
  if (headings == 0 && &minor == &c.left && pairs_below_contact >= 5 && c.level_pairs == c.paired && c.left.words <= 3 * c.left.lines)
    headings = c.left.lone_short;
  // Dates and labels sit level with their line (or centred on it); a sidebar at a pitch close to the flow's
  // pairs with its lines by chance, a few points off, and carries headings of its own (a nurse's CV's
  // "CERTIFICATIONS", "CLINICAL SKILLS" beside her jobs).
  bool own_pitch = c.paired >= 8 && c.level_pairs * 4 < c.paired && minor.lone_headings >= 2;
  return c.paired >= 0.75 * (minor.lines - headings) && !(prose(c.left) && prose(c.right)) && !own_pitch;
}

bool is_columns(const Candidate& c, double text_width, double text_height) {
  double height = std::max(c.left.extent.y1, c.right.extent.y1) - std::min(c.left.extent.y0, c.right.extent.y0);
  if (c.left.lines < kMinLinesPerSide || c.right.lines < kMinLinesPerSide) return false;
  if (height < kMinRegionShare * text_height) return false;
  // Cheapest tests first: this runs for every candidate band.
  if (minor_side_is_attached(c, text_width) || left_side_is_rail(c, text_width) || right_side_is_rail(c, text_width) ||
      right_side_is_annotation(c))
    return false;
  return true;
}

double region_height(const Candidate& c) {
  return std::max(c.left.extent.y1, c.right.extent.y1) - std::min(c.left.extent.y0, c.right.extent.y0);
}

double gutter_width(const Candidate& c) { return c.right.extent.x0 - c.left.extent.x1; }

// The tallest region wins; among equally tall ones the widest gutter, which
// keeps centred headings out of either column.
bool better(const Candidate& c, const Candidate& best) {
  double dh = region_height(c) - region_height(best);
  return dh > 0.5 || (dh > -0.5 && gutter_width(c) > gutter_width(best) + 0.5);
}

/// Which sides of the gutter line `k` holds text on: bit 1 left, bit 2 right.
int sides_of(const Line& line, double x) {
  int sides = 0;
  for (const auto& run : line.runs)
    if (counts(run)) sides |= run.location.box->x1 <= x ? 1 : 2;
  return sides;
}

/// "Graz, im März 2025" / "Markus Leitgeb" under a CV's label rail: a few lines on one side past the other side's
/// last one close the page's single flow. Columns only because of them are none.
bool columns_only_by_tail(const Candidate& c, const std::vector<const Line*>& lines, const Extent& text) {
  size_t tail = 0;
  int side = 0;
  for (size_t k = c.last; k > c.first && tail <= 3; --k, ++tail) {
    int here = sides_of(*lines[k], c.x);
    if (here != 1 && here != 2) break;
    if (side != 0 && here != side) break;
    side = here;
  }
  if (tail == 0 || tail > 3) return false;
  Candidate head = recut(c, c.first, c.last - tail, lines, text);
  return !is_columns(head, text.width(), text.height());
}

std::optional<Candidate> best_split(const std::vector<const Line*>& lines, size_t from, size_t to,
                                    const Extent& text) {
  std::optional<Candidate> best;
  double lo = text.x0 + 0.12 * text.width(), hi = text.x1 - 0.12 * text.width();
  for (double x = lo; x <= hi; x += 1.0) {  // gutters are wider than 10 pt
    size_t i = from;
    while (i < to) {
      auto heading = [&](size_t k) { return is_centred_heading(*lines[k], x, text); };
      while (i < to && (crosses(*lines[i], x) || heading(i))) ++i;  // a region starts and ends on column text
      size_t j = i;
      while (j < to && (!crosses(*lines[j], x) || heading(j))) ++j;
      while (j > i && (crosses(*lines[j - 1], x) || heading(j - 1))) --j;
      bool tall = j - i >= 2 * kMinLinesPerSide &&
                  lines[j - 1]->location.box->y1 - lines[i]->location.box->y0 >= kMinRegionShare * text.height();
      if (tall) {
        Candidate c;
        c.first = i;
        c.last = j - 1;
        c.x = x;
        collect_sides(lines, text, c);
        if (is_columns(c, text.width(), text.height()) && (!best || better(c, *best)) && !columns_only_by_tail(c, lines, text))
          best = c;
      }
      i = std::max(j, i + 1);
    }
  }
  return best;
}

ColumnSplit to_split(const Candidate& c) {
  ColumnSplit split;
  split.first = c.first;
  split.last = c.last;
  split.gutter_x0 = c.left.extent.x1;
  split.gutter_x1 = c.right.extent.x0;
  split.left = {c.left.extent.x0, c.left.extent.x1};
  split.right = {c.right.extent.x0, c.right.extent.x1};
  split.region = Box{c.left.extent.x0, std::min(c.left.extent.y0, c.right.extent.y0), c.right.extent.x1,
                     std::max(c.left.extent.y1, c.right.extent.y1)};
  return split;
}

// A line that can join a proven column region: no run reaches across into the right column
// (a word hyphenated at the left edge may reach into the gutter; tag boxes read as table cells
// still sit on one side), and no number is set flush right unless it starts at the right
// column's edge (right-aligned dates of a single flow must stay on their title's line).
bool joins_region(const Line& line, double x, double right_edge, double right_margin) {
  // "Jefe de Operaciones   mar. 2019 – a la fecha" opening at the right column's edge: its dates are that column's.
  bool opens_right_column = std::any_of(line.runs.begin(), line.runs.end(), [&](const TextRun& run) {
    return counts(run) && std::abs(run.location.box->x0 - right_edge) <= 3;
  });
  return std::none_of(line.runs.begin(), line.runs.end(), [&](const TextRun& run) {
    if (!counts(run)) return false;
    const Box& box = *run.location.box;
    bool across = box.x1 > right_edge - 1 && box.x0 < right_edge - 3;
    // Flush right means set short against the margin: a long line of the right column is no date.
    bool numeric_right = box.x0 > std::max(x, (right_edge + right_margin) / 2) && std::abs(box.x0 - right_edge) > 3 && box.x1 > right_margin - 3 &&
                         std::any_of(run.text.begin(), run.text.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
    return across || (numeric_right && !opens_right_column);
  });
}

// The sidebar's first lines (tags, short labels) may not prove a column on their own:
// once a region is proven, the lines above and below that keep the gutter empty join it.
void widen(Candidate& c, const std::vector<const Line*>& lines, size_t from, size_t to) {
  double middle = (c.left.extent.x1 + c.right.extent.x0) / 2;  // the scan's x may hug one side
  while (c.first > from && joins_region(*lines[c.first - 1], middle, c.right.extent.x0, c.right.extent.x1)) --c.first;
  while (c.last + 1 < to && joins_region(*lines[c.last + 1], middle, c.right.extent.x0, c.right.extent.x1)) ++c.last;
}

/// A tagline centred under the name, on one side of the gutter and well above both columns' first lines, is
/// the banner's: the columns start below it ("burgerlijk ingenieur bouwkunde" over a sidebar and a main column).
void drop_banner_lines(Candidate& c, const std::vector<const Line*>& lines, const Extent& text) {
  size_t first = c.first;
  for (; first < c.last && lines[first]->location.box; ++first) {
    const Box& box = *lines[first]->location.box;
    int side = sides_of(*lines[first], c.x);
    bool centred = std::abs((box.x0 + box.x1) / 2 - (text.x0 + text.x1) / 2) < 0.04 * text.width();
    if (!centred || (side != 1 && side != 2)) break;
    // Apart from both columns: the next line on either side starts well below it.
    auto far_below = [&](int sides) {
      size_t next = first + 1;
      while (next <= c.last && !(sides_of(*lines[next], c.x) & sides)) ++next;
      return next <= c.last && lines[next]->location.box && lines[next]->location.box->y0 - box.y1 >= 2 * box.height();
    };
    if (!far_below(side) || !far_below(3 - side)) break;
  }
  if (first == c.first) return;
  c = recut(c, first, c.last, lines, text);
}

/// Right of the gutter, only dates set flush right against the margin, away from the right column's edge; left
/// of it, text from the left column's edge: a line of the page's single flow ("Voluntária de Comunicação   2018 –").
bool dates_flush_right(const Line& line, const Candidate& c) {
  double edge = c.right.extent.x0, margin = c.right.extent.x1;
  bool from_left_edge = false, dated = false, right = false;
  for (const auto& run : line.runs) {
    if (!counts(run)) continue;
    const Box& box = *run.location.box;
    if (box.x1 <= c.x) {
      from_left_edge = from_left_edge || std::abs(box.x0 - c.left.extent.x0) <= 3;
      continue;
    }
    right = true;
    if (box.x0 <= (edge + margin) / 2 || std::abs(box.x0 - edge) <= 3 || box.x1 < margin - 3) return false;
    dated = dated || find_date(run.text).has_value();  // a level "Básico (A2)" holds a digit but no date
  }
  return from_left_edge && right && dated;
}

/// "VOLUNTARIADO" alone on the left, then "Voluntária de Comunicação   2018 – presente" below a two-column band
/// (LibreOffice section columns, Reactive Resume's "Lingue" beside "Certificazioni"): the single flow resumes at
/// that heading. Returns the band's last line above it.
std::optional<size_t> single_flow_resumes(const Candidate& c, const std::vector<const Line*>& lines) {
  for (size_t k = c.first + 3; k <= c.last; ++k) {
    const Line& heading = *lines[k - 1];
    if (sides_of(heading, c.x) == 1 && count_words(heading.text) <= 4 && dates_flush_right(*lines[k], c)) return k - 2;
  }
  return std::nullopt;
}

/// One side's part of line `k` (left of the gutter or right of it), empty where that side holds nothing.
Extent side_part(const Line& line, double x, bool left) {
  Extent part;
  for (const auto& run : line.runs)
    if (counts(run) && (run.location.box->x1 <= x) == left) part.add(*run.location.box);
  return part;
}

bool has_digit(const Line& line) {
  return std::any_of(line.text.begin(), line.text.end(), [](char ch) { return std::isdigit(static_cast<unsigned char>(ch)); });
}

/// Tufte's margin: a contact block at its top, then only notes (the jobs' dates) each level with a line of the
/// flow. The columns end under the contact block's paragraph; below it the notes stay on their lines. Returns the
/// region's new last line.
std::optional<size_t> margin_notes_start(const Candidate& c, const std::vector<const Line*>& lines) {
  bool left = c.left.lines < c.right.lines;
  const SideStats& minor = left ? c.left : c.right;
  if (minor.contact_runs == 0) return std::nullopt;
  size_t block_end = c.first;
  std::optional<Extent> previous;
  int notes = 0, level_dated = 0, flow_lines = 0;
  for (size_t k = c.first; k <= c.last; ++k) {
    Extent part = side_part(*lines[k], c.x, left), other = side_part(*lines[k], c.x, !left);
    bool in_block = !notes;
    if (part.width() > 0) {
      // The block runs at its own pitch; a gap taller than a line ends it.
      if (previous && part.y0 - previous->y1 > previous->height()) in_block = false;
      if (in_block) {
        block_end = k;
        previous = part;
      } else {
        ++notes;
        bool level = other.width() > 0 && std::min(std::abs(part.y0 - other.y0), std::abs(part.y1 - other.y1)) <= 1.5;
        level_dated += level && has_digit(*lines[k]) ? 1 : 0;
      }
    }
    if (!in_block && other.width() > 0) ++flow_lines;
  }
  if (previous && previous->y1 < minor.contact_bottom) return std::nullopt;
  if (notes < 3 || level_dated * 3 < notes * 2 || notes * 3 > flow_lines) return std::nullopt;
  // The flow's paragraph beside the block's last line goes with it.
  size_t last = block_end;
  while (last < c.last && sides_of(*lines[last + 1], c.x) == (left ? 2 : 1) && lines[last + 1]->location.box &&
         lines[last + 1]->location.box->y0 - lines[last]->location.box->y1 <= 0.8 * lines[last]->location.box->height())
    ++last;
  return last;
}

// "PERIODO   PUESTO / EMPRESA   FUNCIONES Y LOGROS" in the region: a table's header row names a column of
// fields on each side of the gap, so the rows below are a table's, read across, not two page columns.
bool opens_with_table_header(const Candidate& candidate, const std::vector<const Line*>& lines) {
  // Anywhere in it: the region may open on short lines of text above the table (a cell's gap is no gutter).
  for (size_t k = candidate.first > 0 ? candidate.first - 1 : 0; k <= candidate.last && k < lines.size(); ++k) {
    auto cells = cells_of(*lines[k]);
    bool left = false, right = false;
    for (const auto& cell : cells) {
      left = left || cell.x1 <= candidate.x;
      right = right || cell.x0 >= candidate.x;
    }
    if (cells.size() >= 3 && left && right &&
        std::all_of(cells.begin(), cells.end(), [](const Cell& cell) { return names_table_column(trim(cell.text)); }))
      return true;
  }
  return false;
}

std::optional<Extent> lone_known_heading(const Line& line, bool whole = true);

/// "Werkervaring" alone on the left below where a box beside the personal details ended, its first job's header lines
/// short enough to keep the gutter empty, then its bullets across the page: the page's single flow resumed at that
/// heading. Returns the region's last line above it.
std::optional<size_t> flow_resumes_at_heading(const Candidate& c, const std::vector<const Line*>& lines, size_t to) {
  if (c.last + 1 >= to) return std::nullopt;  // the region runs to the page's foot: a column, not a band
  double right_bottom = 0;
  for (size_t k = c.first; k <= c.last; ++k)
    if (auto part = side_part(*lines[k], c.x, false); part.width() > 0) right_bottom = std::max(right_bottom, part.y1);
  for (size_t k = c.first + 2; k <= c.last; ++k)
    if (sides_of(*lines[k], c.x) == 1 && lines[k]->location.box->y0 > right_bottom && lone_known_heading(*lines[k])) return k - 1;
  return std::nullopt;
}

void search(const std::vector<const Line*>& lines, size_t from, size_t to, const Extent& text,
            std::vector<ColumnSplit>& out, int depth) {
  if (from >= to || depth > 3) return;
  auto best = best_split(lines, from, to, text);
  if (!best) return;
  if (opens_with_table_header(*best, lines)) {
    search(lines, from, best->first, text, out, depth + 1);
    search(lines, best->last + 1, to, text, out, depth + 1);
    return;
  }
  widen(*best, lines, from, to);
  drop_banner_lines(*best, lines, text);
  if (auto last = single_flow_resumes(*best, lines)) best = recut(*best, best->first, *last, lines, text);
  if (auto last = margin_notes_start(*best, lines)) best = recut(*best, best->first, *last, lines, text);
  if (auto last = flow_resumes_at_heading(*best, lines, to)) best = recut(*best, best->first, *last, lines, text);
  search(lines, from, best->first, text, out, depth + 1);
  out.push_back(to_split(*best));
  search(lines, best->last + 1, to, text, out, depth + 1);
}

// A line set bold and larger than the line under it: "Formação Acadêmica   Habilidades" over two cards.
bool set_as_headings(const Line& line, const Line& below) {
  double size = 0, body = 0;
  for (const auto& run : line.runs) {
    if (!counts(run)) continue;
    if (!run.bold || (size > 0 && std::abs(run.size - size) > 0.1)) return false;
    size = run.size;
  }
  for (const auto& run : below.runs)
    if (counts(run)) body = std::max(body, run.size);
  return size > 0 && body > 0 && size >= 1.1 * body;
}

// Text under the second heading starts where it starts (or a tag's padding, or a list marker's indent, inside it) within the next
// three lines, not flush right with it: a column's left edge, not a company pushed to the right margin.
bool heads_a_column(const std::vector<const Line*>& lines, size_t at, const Extent& heading) {
  for (size_t k = at + 1; k < lines.size() && k <= at + 3; ++k)
    for (const auto& run : lines[k]->runs) {
      if (!counts(run)) continue;
      const Box& box = *run.location.box;
      if (box.x0 >= heading.x0 - 2 && box.x0 <= heading.x0 + 18 && std::abs(box.x1 - heading.x1) > 2) return true;
    }
  return false;
}

// "COMPETÊNCIAS        IDIOMAS": two headings set side by side in capitals (or bold, larger than the
// text under them, each over a column of its own) open two columns however short. Returns the span
// between the two headings, where the gutter lies.
std::optional<std::pair<double, double>> heading_pair_gap(const std::vector<const Line*>& lines, size_t at, bool known_only) {
  const Line& line = *lines[at];
  std::vector<Extent> parts;
  std::vector<std::string> texts;
  const TextRun* previous = nullptr;
  bool styled = at + 1 < lines.size() && set_as_headings(line, *lines[at + 1]), lower_case = false;
  for (const auto& run : line.runs) {
    if (!counts(run)) continue;
    // "05 COMPETÊNCIAS   06 LÍNGUAS": a numbered heading's number is no part of its name.
    auto number = trim(run.text);
    if (!number.empty() && number.size() <= 3 && std::all_of(number.begin(), number.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)) || c == '.'; }) &&
        std::isdigit(static_cast<unsigned char>(number.front())))
      continue;
    bool lower = std::any_of(run.text.begin(), run.text.end(), [](char c) { return std::islower(static_cast<unsigned char>(c)); });
    bool digits = std::any_of(run.text.begin(), run.text.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
    bool capitalised = !run.text.empty() && !std::islower(static_cast<unsigned char>(trim(run.text).front()));
    // "Formations & attestations": only a heading's first word need be capitalised.
    bool continues = previous && run.location.box->x0 - previous->location.box->x1 <= 40;
    // Capitals only: a bold title beside its dates, a table's header row, labels and values are no pair.
    if ((lower && !(styled && (capitalised || continues))) || digits || run.text.find(':') != std::string::npos) return std::nullopt;
    lower_case = lower_case || lower;
    if (!previous || run.location.box->x0 - previous->location.box->x1 > 40) {
      parts.emplace_back();
      texts.emplace_back();
    }
    // Glyph by glyph ("F", "or", "m"): a space only where the pen moved on.
    bool word_gap = !previous || run.location.box->x0 - previous->location.box->x1 > 0.15 * run.size;
    parts.back().add(*run.location.box);
    texts.back() += (word_gap ? " " : "") + run.text;
    previous = &run;
  }
  // Each a heading's words: not a lone letter of a title set down the margin.
  auto heading_words = [](const std::string& text) { return trim(text).size() >= 4 && count_words(text) <= 3; };
  // "VAARDIGHEDEN   TALEN   HOBBY'S": three headings side by side part first between the first two; the other two
  // stay together on the right, their own gutter left for the right side to keep.
  if (parts.size() < 2 || parts.size() > 3 || !std::all_of(texts.begin(), texts.end(), heading_words)) return std::nullopt;
  // On a short page a table's header row ("YEAR   TITLE", "SPRACHE   NIVEAU") looks the same: only known sections.
  auto known = [](const std::string& text) { return canonical_section(trim(text)).exact; };
  if ((known_only || parts.size() == 3) && !std::all_of(texts.begin(), texts.end(), known)) return std::nullopt;
  if (lower_case && !heads_a_column(lines, at, parts[1])) return std::nullopt;
  return std::pair{parts[0].x1, parts[1].x0};
}

// A line's counted text as one extent, when it is a known section's heading alone: in capitals or bold, a few words;
// `whole`: a synonym whole, no compound ("Cursussen en certificaten").
std::optional<Extent> lone_known_heading(const Line& line, bool whole) {
  Extent extent;
  std::string text;
  for (const auto& run : line.runs) {
    if (!counts(run)) continue;
    bool lower = std::any_of(run.text.begin(), run.text.end(), [](char c) { return std::islower(static_cast<unsigned char>(c)); });
    if (lower && !run.bold) return std::nullopt;
    extent.add(*run.location.box);
    text += " " + run.text;
  }
  auto section = canonical_section(trim(text));
  if (extent.width() <= 0 || count_words(text) > (whole ? 3 : 5) || !(whole ? section.exact : !section.canonical.empty()))
    return std::nullopt;
  return extent;
}

// "VAARDIGHEDEN" with "TALEN" a few points lower on its right: a Writer section's two columns each open with a
// heading, set at their own heights so the lines are read apart. Returns the span between them.
std::optional<std::pair<double, double>> staggered_heading_gap(const std::vector<const Line*>& lines, size_t at) {
  if (at + 1 >= lines.size()) return std::nullopt;
  auto left = lone_known_heading(*lines[at]), right = lone_known_heading(*lines[at + 1]);
  if (!left || !right || right->x0 - left->x1 < 40) return std::nullopt;
  bool beside = right->y0 > left->y0 && right->y0 - left->y1 < left->height();
  return beside ? std::optional{std::pair{left->x1, right->x0}} : std::nullopt;
}

// "CURSUSSEN EN CERTIFICATEN" on the left below where the right column ended: a section across the page, no
// column's. The region ends above it.
size_t last_beside_right_side(const std::vector<const Line*>& lines, size_t at, size_t last, double x) {
  size_t right_last = at;
  for (size_t k = at; k <= last; ++k)
    if (sides_of(*lines[k], x) & 2) right_last = k;
  for (size_t k = at + 2; k <= last; ++k)
    if (k > right_last && lone_known_heading(*lines[k], false)) return k - 1;
  return last;
}

// The lines under a heading pair that keep a gutter between the headings empty form a column
// region; the gutter that runs longest wins (icons may sit left of the second heading).
std::optional<ColumnSplit> heading_pair_region(const std::vector<const Line*>& lines, size_t at, bool known_only) {
  auto gap = heading_pair_gap(lines, at, known_only);
  if (!gap) gap = staggered_heading_gap(lines, at);
  if (!gap) return std::nullopt;
  std::optional<double> x;
  size_t last = at;
  for (double candidate = gap->second - kHalfBand; candidate >= gap->first + kHalfBand; candidate -= 2) {
    size_t end = at;
    while (end + 1 < lines.size() && !crosses(*lines[end + 1], candidate)) ++end;
    if (end > last) {
      last = end;
      x = candidate;
    }
  }
  if (!x || last < at + 2) return std::nullopt;
  last = std::min(last, last_beside_right_side(lines, at, last, *x));
  Candidate c;
  c.first = at;
  c.last = last;
  c.x = *x;
  auto measure = [&] {
    c.left.extent = c.right.extent = {};
    for (size_t i = at; i <= c.last; ++i)
      for (const auto& run : lines[i]->runs)
        if (counts(run)) (run.location.box->x1 <= *x ? c.left : c.right).extent.add(*run.location.box);
  };
  measure();
  if (auto resumes = single_flow_resumes(c, lines)) {
    c.last = *resumes;
    measure();
  }
  if (c.left.extent.width() <= 0 || c.right.extent.width() <= 0) return std::nullopt;
  return to_split(c);
}

void add_heading_pairs(const std::vector<const Line*>& lines, std::vector<ColumnSplit>& out, bool known_only) {
  for (size_t i = 0; i < lines.size(); ++i) {
    bool covered = std::any_of(out.begin(), out.end(), [&](const ColumnSplit& s) { return i >= s.first && i <= s.last; });
    if (covered || !lines[i]->location.box) continue;
    auto split = heading_pair_region(lines, i, known_only);
    if (!split) continue;
    bool overlaps = std::any_of(out.begin(), out.end(), [&](const ColumnSplit& s) { return s.first <= split->last && split->first <= s.last; });
    if (overlaps) continue;
    out.push_back(*split);
    i = split->last;
  }
  std::sort(out.begin(), out.end(), [](const ColumnSplit& a, const ColumnSplit& b) { return a.first < b.first; });
}

}  // namespace

bool crosses_gutter(const Line& line, const ColumnSplit& split) {
  double gutter = (split.gutter_x0 + split.gutter_x1) / 2;
  return std::any_of(line.runs.begin(), line.runs.end(), [&](const TextRun& run) {
    if (!run.location.box || run.location.box->x0 >= gutter || run.location.box->x1 <= gutter) return false;
    // "Liderazgo de equipos en turnos 24/7" run a few points into a narrow gutter: still the sidebar's line.
    double overflow = run.location.box->x1 - split.gutter_x0;
    if (overflow <= std::min(6.0, 0.6 * (split.gutter_x1 - split.gutter_x0)) && run.location.box->x0 < split.gutter_x0) return false;
    bool hyphenated = run.text.ends_with("-") || run.text.ends_with("\u2010") || run.text.ends_with("\u00AD");
    return !(hyphenated && run.location.box->x1 < split.gutter_x1 - 1);
  });
}

namespace {

constexpr double kEntryIndent = 24.0;  // a third of an inch: entries set in under their heading

/// Page 2 of a sidebar layout: the main column runs on, the sidebar ends a few lines down ("ITIL 4 Foundation",
/// "Langues", two languages), too few to prove columns alone. The previous page's columns, run to its foot, carry
/// over when both sides start where they started there (the main column's lines at its edge or set in from it under
/// their headings) and no line crosses their gutter.
std::optional<ColumnSplit> continued_region(const std::vector<const Line*>& lines, const ColumnSplit& carried, const Extent& text) {
  size_t end = 0;
  while (end < lines.size() && !crosses_gutter(*lines[end], carried)) ++end;
  if (end < 2) return std::nullopt;
  Candidate c;
  c.first = 0;
  c.last = end - 1;
  c.x = (carried.gutter_x0 + carried.gutter_x1) / 2;
  collect_sides(lines, text, c);
  auto from_edge = [](const SideStats& side, double edge) {
    return std::count_if(side.starts.begin(), side.starts.end(), [&](double x) { return std::abs(x - edge) <= 3.0; });
  };
  // The main column's entries may sit indented under its headings (the previous page's edge was a bullet's).
  auto at_or_indented = [](const SideStats& side, double edge) {
    return std::count_if(side.starts.begin(), side.starts.end(), [&](double x) { return x >= edge - 3.0 && x <= edge + kEntryIndent; });
  };
  constexpr int kMinCarriedLines = 3;
  if (c.left.lines < kMinCarriedLines || c.right.lines < kMinCarriedLines || right_side_is_annotation(c)) return std::nullopt;
  // Some at the edge itself: a key's values set all a little in from it are a list of fields, no main column.
  if (3 * at_or_indented(c.right, carried.right.first) < 2 * c.right.lines || 4 * from_edge(c.right, carried.right.first) < c.right.lines ||
      from_edge(c.left, carried.left.first) == 0)
    return std::nullopt;
  return to_split(c);
}

}  // namespace

std::vector<ColumnSplit> find_columns(const std::vector<const Line*>& lines, const ColumnSplit* carried) {
  Extent text;
  for (const Line* line : lines)
    for (const auto& run : line->runs)
      if (counts(run)) text.add(*run.location.box);
  std::vector<ColumnSplit> out;
  if (text.width() <= 0) return out;
  // A short page can still open with two headings side by side (page 2's skills beside languages).
  bool short_page = lines.size() < 2 * kMinLinesPerSide;
  if (!short_page) search(lines, 0, lines.size(), text, out, 0);
  if (carried && (out.empty() || out.front().first > 0))
    if (auto region = continued_region(lines, *carried, text)) {
      std::erase_if(out, [&](const ColumnSplit& split) { return split.first <= region->last; });
      out.insert(out.begin(), *region);
    }
  add_heading_pairs(lines, out, short_page);
  return out;
}

}  // namespace atslint::layout
