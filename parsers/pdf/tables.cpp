// Ruled tables from vector rules: thin horizontal and vertical strokes (or the
// edges of cell rectangles) that cross each other form a grid.
#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <numeric>

#include "parsers/pdf/page_content.h"

namespace atslint::pdf {
namespace {

constexpr double kThin = 2.5;    // a rule is at most this thick
constexpr double kTouch = 2.0;   // rules this close meet

struct Rule {
  bool horizontal = false;
  double at = 0;        // y of a horizontal rule, x of a vertical one
  double from = 0, to = 0;
};

void add_edges(const PathBox& path, std::vector<Rule>& rules) {
  const Box& b = path.box;
  if (b.height() <= kThin && b.width() >= 10) {
    rules.push_back({true, (b.y0 + b.y1) / 2, b.x0, b.x1});
  } else if (b.width() <= kThin && b.height() >= 8) {
    rules.push_back({false, (b.x0 + b.x1) / 2, b.y0, b.y1});
  } else if (!path.filled && b.width() >= 10 && b.height() >= 8) {  // a stroked cell rectangle
    rules.push_back({true, b.y0, b.x0, b.x1});
    rules.push_back({true, b.y1, b.x0, b.x1});
    rules.push_back({false, b.x0, b.y0, b.y1});
    rules.push_back({false, b.x1, b.y0, b.y1});
  }
}

bool meet(const Rule& h, const Rule& v) {
  return v.at >= h.from - kTouch && v.at <= h.to + kTouch && h.at >= v.from - kTouch && h.at <= v.to + kTouch;
}

int find(std::vector<int>& parent, int i) {
  while (parent[i] != i) i = parent[i] = parent[parent[i]];
  return i;
}

int distinct(std::vector<double> values) {
  std::sort(values.begin(), values.end());
  int count = 0;
  for (size_t i = 0; i < values.size(); ++i)
    if (i == 0 || values[i] - values[i - 1] > kTouch) ++count;
  return count;
}

bool inside(const Box& outer, const Box& inner) {
  double cx = (inner.x0 + inner.x1) / 2, cy = (inner.y0 + inner.y1) / 2;
  return cx > outer.x0 && cx < outer.x1 && cy > outer.y0 && cy < outer.y1;
}

void add_table(const std::vector<const Rule*>& grid, const PageContent& page, int page_number,
               std::vector<Line>& lines, std::vector<LayoutObject>& objects) {
  std::vector<double> ys, xs;
  Box box{1e9, 1e9, -1e9, -1e9};
  for (const Rule* rule : grid) {
    (rule->horizontal ? ys : xs).push_back(rule->at);
    Box b = rule->horizontal ? Box{rule->from, rule->at, rule->to, rule->at} : Box{rule->at, rule->from, rule->at, rule->to};
    box = united(box, b);
  }
  int rows = distinct(ys) - 1, columns = distinct(xs) - 1;
  if (rows < 1 || columns < 2) return;  // one framed box is not a table
  int text_lines = 0;
  for (const auto& line : lines) text_lines += line.location.box && inside(box, *line.location.box);
  if (text_lines < 2) return;  // an empty grid is a drawing
  for (auto& line : lines)
    if (line.location.box && inside(box, *line.location.box) && line.zone == Zone::Body) {
      line.zone = Zone::TableCell;
      for (auto& run : line.runs) run.zone = Zone::TableCell;
    }
  LayoutObject table;
  table.kind = LayoutObject::Kind::Table;
  table.location.page = page_number;
  table.location.box = box;
  table.rows = rows;
  table.columns = columns;
  table.has_borders = true;
  double page_area = std::max(page.width * page.height, 1.0);
  table.page_fraction = box.area() / page_area;
  // A grid holding a large part of the page lays the resume out; a small one holds data.
  table.layout_table = table.page_fraction > 0.35 || box.height() > 0.4 * page.height || text_lines > 30;
  table.description = fmt::format("{}table {}x{} with borders", table.layout_table ? "layout " : "", rows, columns);
  objects.push_back(std::move(table));
}

}  // namespace

void find_tables(const PageContent& page, int page_number, std::vector<Line>& lines,
                 std::vector<LayoutObject>& objects) {
  std::vector<Rule> rules;
  for (const auto& path : page.paths) add_edges(path, rules);
  if (rules.size() < 4 || rules.size() > 5000) return;  // bounded: O(n^2) below
  std::vector<int> parent(rules.size());
  std::iota(parent.begin(), parent.end(), 0);
  for (size_t i = 0; i < rules.size(); ++i)
    for (size_t j = 0; j < rules.size(); ++j)
      if (rules[i].horizontal && !rules[j].horizontal && meet(rules[i], rules[j]))
        parent[find(parent, static_cast<int>(i))] = find(parent, static_cast<int>(j));
  std::vector<std::vector<const Rule*>> grids(rules.size());
  for (size_t i = 0; i < rules.size(); ++i) grids[find(parent, static_cast<int>(i))].push_back(&rules[i]);
  for (const auto& grid : grids)
    if (grid.size() >= 4) add_table(grid, page, page_number, lines, objects);
}

}  // namespace atslint::pdf
