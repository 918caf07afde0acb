#include "linter/layout/tab_columns.h"

#include <string>
#include <vector>

#include "linter/structure/headings.h"
#include "linter/text_util.h"

namespace atslint::layout {
namespace {

bool names_section(std::string_view text) {
  text = trim(text);
  return !text.empty() && is_upper_case_text(text) && canonical_section(text).exact;
}

/// `line` cut to `text` (one side of its first tab), in the type of its first run.
Line side_of(const Line& line, std::string_view text, int column) {
  Line side = line;
  side.text = std::string(trim(text));
  side.column = column;
  side.runs.clear();
  if (!line.runs.empty()) {
    TextRun run = line.runs.front();
    run.text = side.text;
    side.runs.push_back(std::move(run));
  }
  return side;
}

}  // namespace

void split_tab_columns(Document& document) {
  int left_headings = 0, right_headings = 0;
  size_t first = document.lines.size();
  for (size_t i = 0; i < document.lines.size(); ++i) {
    const auto& text = document.lines[i].text;
    auto tab = text.find('\t');
    if (tab == std::string::npos || document.lines[i].zone != Zone::Body || document.lines[i].table_spot) continue;
    auto left = std::string_view(text).substr(0, tab);
    auto right = std::string_view(text).substr(tab + 1);
    bool left_heading = names_section(left), right_heading = names_section(right.substr(0, right.find('\t')));
    left_headings += left_heading ? 1 : 0;
    right_headings += right_heading ? 1 : 0;
    if (left_heading || right_heading) first = std::min(first, i);
  }
  if (left_headings < 2 || right_headings < 2) return;
  std::vector<Line> top, left, right, rest;
  for (size_t i = 0; i < document.lines.size(); ++i) {
    Line& line = document.lines[i];
    auto tab = line.text.find('\t');
    if (i < first || line.zone != Zone::Body || line.table_spot) {  // a footer or a table keeps its place after the columns
      (i < first ? top : rest).push_back(std::move(line));
      continue;
    }
    if (tab == std::string::npos) {  // the sidebar's line, the main column empty beside it
      line.column = 1;
      left.push_back(std::move(line));
      continue;
    }
    auto text = line.text;
    if (!trim(std::string_view(text).substr(0, tab)).empty()) left.push_back(side_of(line, std::string_view(text).substr(0, tab), 1));
    if (!trim(std::string_view(text).substr(tab + 1)).empty()) right.push_back(side_of(line, std::string_view(text).substr(tab + 1), 2));
  }
  document.lines = std::move(top);
  for (auto* part : {&left, &right, &rest})
    for (auto& line : *part) document.lines.push_back(std::move(line));
}

}  // namespace atslint::layout
