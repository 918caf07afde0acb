// Rails: narrow strips left of a single text flow, holding section labels ("PROFILO") or an entry's dates and town.
#include "linter/layout/rails.h"

#include <unicode/utf8.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <map>
#include <optional>

#include "linter/structure/dates.h"
#include "linter/text_util.h"

namespace atslint::layout {

Line line_side(const Line& line, bool left, double gutter) {
  Line part = line;
  part.runs.clear();
  part.text.clear();
  std::optional<Box> box;
  for (const auto& run : line.runs) {
    double center = (run.location.box->x0 + run.location.box->x1) / 2;
    if ((center < gutter) != left) continue;
    const Box& b = *run.location.box;
    if (!part.runs.empty() && word_break_between(part.runs.back(), run)) part.text += ' ';
    part.text += run.text;
    box = box ? united(*box, b) : b;
    part.runs.push_back(run);
  }
  part.location.box = box;
  part.column = left ? 1 : 2;
  return part;
}

namespace {

// "PROFILO" in a left rail, set a little lower than the first line of its block: one to three
// words in bold or capitals, no figures, wholly left of the text beside it.
bool is_rail_label(const Line& line) {
  if (!line.location.box || line.column != 0 || line.zone != Zone::Body || count_words(line.text) > 3) return false;
  bool digits = std::any_of(line.text.begin(), line.text.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
  bool lower = std::any_of(line.text.begin(), line.text.end(), [](char c) { return std::islower(static_cast<unsigned char>(c)); });
  bool bold = std::all_of(line.runs.begin(), line.runs.end(), [](const TextRun& run) { return run.bold; });
  auto letters = std::count_if(line.text.begin(), line.text.end(), [](char c) { return std::isalpha(static_cast<unsigned char>(c)); });
  return !digits && (bold || !lower) && letters >= 3;  // not a lone "•" beside an entry
}

// Whether `line` lies right of the rail label `rail`, on its page, level with it or just below.
bool beside_rail(const Line& line, const Box& rail, int page) {
  if (!line.location.box || line.location.page != page || line.column != 0) return false;
  const Box& box = *line.location.box;
  return box.x0 >= rail.x1 + 4 && box.y0 < rail.y1 + box.height();
}

// The line where the block a rail label sits beside begins: the label overlaps the line above it
// and the line below it, its top falls within two and a half lines of the block's first line,
// and every line between lies right of the label.
std::optional<size_t> rail_block_start(const std::vector<Line>& lines, size_t label) {
  const Box& rail = *lines[label].location.box;
  int page = lines[label].location.page;
  if (label + 1 >= lines.size() || !beside_rail(lines[label + 1], rail, page)) return std::nullopt;
  bool overlaps_above = false;
  for (size_t k = label; k-- > 0 && label - k <= 4;) {
    const Line& line = lines[k];
    if (is_rail_label(line) && line.location.box->x1 < rail.x1 + 2) continue;  // the label's first line
    if (!beside_rail(line, rail, page)) return std::nullopt;
    const Box& box = *line.location.box;
    overlaps_above = overlaps_above || rail.y0 < box.y1;
    // A label in a larger type than the block ("Experiencia" at 19 pt) may top its first line by a few points.
    double higher = std::max(1.0, rail.height() - box.height());
    if (!overlaps_above || rail.y0 < box.y0 - higher || rail.y0 - box.y0 > 2.5 * box.height()) return std::nullopt;
    size_t above = k;
    while (above > 0 && is_rail_label(lines[above - 1]) && lines[above - 1].location.box->x1 < box.x0) --above;
    // Past the line right above the label only to a block its first part already heads ("ESPERIENZA" /
    // "PROFESSIONALE"), never up past a heading over a label beside a two-line value.
    if (k + 1 < label && above == k) return std::nullopt;
    if (above == 0) return k;
    const Line& previous = lines[above - 1];
    if (!previous.location.box || previous.location.page != page) return k;
    if (box.y0 - previous.location.box->y1 > 0.6 * box.height()) return k;
  }
  return std::nullopt;
}

}  // namespace

void lift_rail_labels(std::vector<Line>& lines) {
  for (size_t i = 1; i < lines.size(); ++i) {
    if (!is_rail_label(lines[i])) continue;
    auto start = rail_block_start(lines, i);
    if (!start || *start >= i) continue;
    std::rotate(lines.begin() + static_cast<std::ptrdiff_t>(*start), lines.begin() + static_cast<std::ptrdiff_t>(i),
                lines.begin() + static_cast<std::ptrdiff_t>(i) + 1);
  }
}

namespace {

// A line's runs in the rail (wholly left of the flow, a gap between) and in the flow; `crossing` when a run
// straddles the gap, as a sentence set from the page's margin does.
struct RailSplit {
  Line rail, flow;
  bool crossing = false;
};

constexpr double kRailGap = 6;  // points between the rail's right edge and the flow's left edge

RailSplit split_at_rail(const Line& line, double flow_x) {
  RailSplit split{line_side(line, true, flow_x - kRailGap / 2), line_side(line, false, flow_x - kRailGap / 2), false};
  for (const auto& run : line.runs)
    split.crossing = split.crossing || (run.location.box && run.location.box->x1 > flow_x - kRailGap && run.location.box->x0 < flow_x - 2);
  split.rail.column = split.flow.column = 0;
  return split;
}

// The left edge of the flow beside a rail: where the text resumes after a wide gap on lines whose first part ends
// in the left third of the text (a rail's date, label or logo beside the flow), when three or more such lines agree.
std::optional<double> flow_left(const std::vector<Line>& lines) {
  double left = 1e9, right = -1e9;
  for (const auto& line : lines)
    if (line.location.box) left = std::min(left, line.location.box->x0), right = std::max(right, line.location.box->x1);
  std::map<long, std::pair<int, double>> starts;  // bucket of 3 points → lines, leftmost start
  for (const auto& line : lines) {
    if (line.zone != Zone::Body || line.column != 0) continue;
    for (size_t k = 1; k < line.runs.size(); ++k) {
      const auto &before = line.runs[k - 1].location.box, &after = line.runs[k].location.box;
      if (!before || !after || after->x0 - before->x1 < 12 || before->x1 > left + 0.3 * (right - left)) continue;
      auto& bucket = starts[std::lround(after->x0 / 3)];
      bucket.second = bucket.first++ ? std::min(bucket.second, after->x0) : after->x0;
      break;
    }
  }
  auto most = std::max_element(starts.begin(), starts.end(), [](const auto& a, const auto& b) { return a.second.first < b.second.first; });
  if (most == starts.end() || most->second.first < 3) return std::nullopt;
  return most->second.second;
}

double body_size(const std::vector<Line>& lines) {
  std::vector<double> sizes;
  for (const auto& line : lines)
    for (const auto& run : line.runs)
      if (run.size > 0) sizes.push_back(run.size);
  if (sizes.empty()) return 0;
  std::nth_element(sizes.begin(), sizes.begin() + static_cast<std::ptrdiff_t>(sizes.size() / 2), sizes.end());
  return sizes[sizes.size() / 2];
}

double max_size(const Line& line) {
  double size = 0;
  for (const auto& run : line.runs) size = std::max(size, run.size);
  return size;
}

// One rail entry: its lines (indices into the page), the parts of them in the rail, and whether one holds a date.
struct RailGroup {
  std::vector<size_t> lines;
  std::vector<Line> parts;
  bool dated = false;
};

// A page's lines cut at the rail, with what each tells: rail part, crossing line, flow part opening a block.
struct RailPage {
  std::vector<RailSplit> splits;
  std::vector<bool> part, opens_block;
  std::vector<bool> titled;  // the flow part opens in bold or in type larger than the body's
};

// A rail part: runs wholly in the rail, no larger than the body text (a heading set from the margin is larger).
bool is_rail_part(const RailSplit& split, double text_size) {
  return !split.crossing && !split.rail.runs.empty() && max_size(split.rail) <= text_size + 0.5;
}

RailPage cut_page(const std::vector<Line>& lines, double flow_x) {
  RailPage page;
  double text_size = body_size(lines);
  std::optional<Box> previous;
  for (const auto& line : lines) {
    bool body = line.location.box && line.zone == Zone::Body && line.column == 0;
    page.splits.push_back(body ? split_at_rail(line, flow_x) : RailSplit{Line{}, line, false});
    const auto& split = page.splits.back();
    page.part.push_back(body && is_rail_part(split, text_size));
    // A flow line opens a block after a gap of more than half a line, or after a heading or a page break.
    const auto& flow = split.flow.location.box;
    bool opens = flow && (!previous || split.crossing || flow->y0 - previous->y1 > 0.6 * flow->height() || flow->y0 < previous->y0);
    page.opens_block.push_back(opens);
    const auto& runs = split.flow.runs;
    page.titled.push_back(!runs.empty() && (runs.front().bold || runs.front().size > text_size + 0.5));
    if (flow) previous = flow;
    else if (!page.part.back()) previous.reset();
  }
  return page;
}

// "mar 2021 – atual", "Feb 2021", "Present": a date or the word for a range still running.
// Not a logo's "NU" (Dutch "nu", now).
bool names_date(const std::string& text) { return find_date(text).has_value() || (trim(text).size() >= 4 && names_present(trim(text))); }

// "10/2016 –", "mar 2021 – atual": a range or its opening half, not "07/2017" closing the range above it.
bool starts_range(const std::string& text) {
  auto date = find_date(text);
  return date && (date->range || trim(text).ends_with("–") || trim(text).ends_with("-"));
}

// Rail parts read together: one below the other within two and a half lines, no heading and no new flow block
// between them (the next entry's rail starts beside the next entry).
std::vector<RailGroup> rail_groups(const RailPage& page) {
  std::vector<RailGroup> groups;
  const Line* last = nullptr;
  for (size_t i = 0; i < page.splits.size(); ++i) {
    const auto& split = page.splits[i];
    if (!page.part[i]) {
      if (!split.rail.runs.empty() || split.crossing || page.opens_block[i]) last = nullptr;
      continue;
    }
    const Box& box = *split.rail.location.box;
    bool dated = names_date(split.rail.text);
    // One entry's rail holds one date: "04/2015 –" / "09/2016" under "10/2016 –" / "07/2017" is the next entry's.
    bool joins = last && box.y0 - last->location.box->y1 < 2.5 * box.height() && box.y0 > last->location.box->y0 &&
                 !page.opens_block[i] && !(dated && groups.back().dated && starts_range(split.rail.text));
    if (!joins) groups.emplace_back();
    groups.back().lines.push_back(i);
    groups.back().parts.push_back(split.rail);
    groups.back().dated = groups.back().dated || dated;
    last = &groups.back().parts.back();
  }
  return groups;
}

// The flow lines from `start` on that lie above the group's first date.
int flow_lines_above_date(const std::vector<Line>& lines, const RailPage& page, const RailGroup& group, size_t start) {
  auto date = std::find_if(group.parts.begin(), group.parts.end(), [](const Line& part) { return names_date(part.text); });
  if (date == group.parts.end()) return 0;
  const Box& box = *date->location.box;
  int above = 0;
  for (size_t i = start; i < lines.size(); ++i) {
    const auto& flow = page.splits[i].flow.location.box;
    if (flow && lines[i].location.page == date->location.page && flow->y0 < box.y0 - 0.5 * box.height()) ++above;
  }
  return above;
}

// The flow line opening the block the group's first part sits beside, when that part is lower than the block's
// first line; nullopt when it is level with it (read right already) or a heading comes between.
std::optional<size_t> lifted_over(const std::vector<Line>& lines, const RailPage& page, const RailGroup& group) {
  const Box& top = *group.parts.front().location.box;
  std::optional<size_t> start;
  for (size_t i = 0; i <= group.lines.front(); ++i) {
    const auto& flow = page.splits[i].flow.location.box;
    if (!flow) {
      if (!page.part[i]) start.reset();
      continue;
    }
    if (page.splits[i].crossing || lines[i].location.page != group.parts.front().location.page) start.reset();
    else if (flow->y0 > top.y0 + 0.5 * top.height()) break;
    else if (page.opens_block[i]) start = i;
  }
  if (!start) return std::nullopt;
  // Beside the entry's first lines, not far down its duties.
  double below = top.y0 - page.splits[*start].flow.location.box->y0;
  if (below < 0.5 * top.height() || below > 5 * top.height()) return std::nullopt;
  // The dates sit past the entry's title and employer, beside its duties: level with the employer's line
  // ("jan 2018 – fev 2021   Petrobras") they are read with it already.
  return flow_lines_above_date(lines, page, group, *start) >= 2 ? start : std::nullopt;
}

// Whether the group's first part, or a date in it, sits level with a flow line opening a block or set as a title.
bool level_with_block(const std::vector<Line>& lines, const RailPage& page, const RailGroup& group) {
  for (const auto& part : group.parts) {
    if (&part != &group.parts.front() && !names_date(part.text)) continue;
    const Box& box = *part.location.box;
    for (size_t i = 0; i < lines.size(); ++i) {
      const auto& flow = page.splits[i].flow.location.box;
      bool heads = page.opens_block[i] || page.titled[i];
      if (flow && heads && lines[i].location.page == part.location.page && std::abs(flow->y0 - box.y0) < 0.5 * box.height())
        return true;
    }
  }
  return false;
}

// "• Responsável …", "- Led …": a line opening on a list's glyph, alone or glued to the first word.
bool opens_with_bullet(std::string_view text) {
  int32_t length = 0;
  UChar32 c;
  U8_NEXT(reinterpret_cast<const uint8_t*>(text.data()), length, static_cast<int32_t>(text.size()), c);
  return c > 0 && is_bullet_symbol(text.substr(0, static_cast<size_t>(length)));
}

// The entry's second line in the flow, from its first at `start`: "Product Manager" / "Nu Pagamentos S.A.", "MBA em
// Gestão" / "Fundação Getulio Vargas". The rail is read after both, as dates under a title and employer are.
size_t second_flow_line(const RailPage& page, size_t start) {
  for (size_t i = start + 1; i < page.splits.size(); ++i) {
    const auto& flow = page.splits[i].flow;
    if (!flow.location.box) continue;
    // A one-line header ("Title, Company" over its duties): the rail goes under it, not between the duties.
    return opens_with_bullet(trim(flow.text)) || starts_lower(trim(flow.text)) ? start : i;
  }
  return start;
}

}  // namespace

void lift_rail_dates(std::vector<Line>& lines) {
  auto flow_x = flow_left(lines);
  if (!flow_x) return;
  auto page = cut_page(lines, *flow_x);
  auto groups = rail_groups(page);
  // Where any entry's dates sit level with its first line, the rail is aligned with the flow: each line reads right.
  if (std::any_of(groups.begin(), groups.end(), [&](const RailGroup& group) { return group.dated && level_with_block(lines, page, group); }))
    return;
  std::map<size_t, std::vector<const RailGroup*>> after;  // flow line → the groups read just after it
  std::vector<bool> moved(lines.size());
  for (const auto& group : groups) {
    auto anchor = group.dated ? lifted_over(lines, page, group) : std::nullopt;
    if (!anchor) continue;
    after[second_flow_line(page, *anchor)].push_back(&group);
    for (size_t i : group.lines) moved[i] = true;
  }
  if (after.empty()) return;
  std::vector<Line> out;
  for (size_t i = 0; i < lines.size(); ++i) {
    if (!moved[i]) out.push_back(std::move(lines[i]));
    else if (!page.splits[i].flow.runs.empty()) out.push_back(std::move(page.splits[i].flow));
    if (auto read = after.find(i); read != after.end())
      for (const auto* group : read->second) out.insert(out.end(), group->parts.begin(), group->parts.end());
  }
  lines = std::move(out);
}

}  // namespace atslint::layout
