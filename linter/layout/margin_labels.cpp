// Margin labels: row numbers and column letters a spreadsheet prints around its cells when asked to ("Print: column
// and row headers"), and a thumb index's tabs down the right edge.
#include "linter/layout/margin_labels.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <map>
#include <string>
#include <vector>

#include "linter/layout/rails.h"
#include "linter/structure/headings.h"
#include "linter/text_util.h"

namespace atslint::layout {
namespace {

constexpr int kMinRows = 8;  // fewer numbered lines are a numbered list, not a sheet's margin

/// The row number a run prints ("12"), or -1.
int row_number(const TextRun& run) {
  auto text = trim(run.text);
  if (text.empty() || text.size() > 3 || !std::all_of(text.begin(), text.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); }))
    return -1;
  return std::stoi(std::string(text));
}

/// The leftmost run of a line with a box, or nullptr.
const TextRun* first_run(const Line& line) {
  const TextRun* first = nullptr;
  for (const auto& run : line.runs)
    if (run.location.box && !trim(run.text).empty() && (!first || run.location.box->x0 < first->location.box->x0)) first = &run;
  return first;
}

/// "A   B   C   D": three or more single capitals in alphabetical order, and nothing else.
bool column_letters(const Line& line) {
  if (line.text.size() < 5 || line.text.size() > 200 || line.text[0] != 'A' || line.text[1] != ' ') return false;  // most lines: at once
  std::vector<std::string> words = split_words(line.text);
  if (words.size() < 3) return false;
  for (size_t k = 0; k < words.size(); ++k)
    if (words[k].size() != 1 || words[k][0] != static_cast<char>('A' + k)) return false;
  return true;
}

/// Row numbers at the page's left edge, rising down the page: the lines (by index) that open on one.
std::vector<size_t> numbered_rows(const std::vector<Line>& lines, const std::vector<size_t>& page_lines) {
  std::vector<std::pair<double, size_t>> numbered;  // (top, line)
  double left = 1e9;
  for (size_t i : page_lines)
    if (const TextRun* run = first_run(lines[i]); run && row_number(*run) >= 1) left = std::min(left, run->location.box->x0);
  for (size_t i : page_lines)
    if (const TextRun* run = first_run(lines[i]); run && row_number(*run) >= 1 && run->location.box->x1 < left + 20)
      numbered.emplace_back(run->location.box->y0, i);
  if (numbered.size() < kMinRows) return {};
  std::sort(numbered.begin(), numbered.end());
  int rising = 0, previous = -1;
  for (const auto& [top, i] : numbered) {
    int number = row_number(*first_run(lines[i]));
    rising += number > previous ? 1 : 0;
    previous = number;
  }
  // Most numbers follow a smaller one down the page (a wrapped cell may print its row's number below its first line).
  if (rising * 10 < static_cast<int>(numbered.size()) * 9) return {};
  std::vector<size_t> rows;
  for (const auto& entry : numbered) rows.push_back(entry.second);
  return rows;
}

}  // namespace

void drop_sheet_headings(Document& document) {
  std::map<int, std::vector<size_t>> pages;
  for (size_t i = 0; i < document.raw_lines.size(); ++i)
    if (document.raw_lines[i].location.box) pages[document.raw_lines[i].location.page].push_back(i);
  std::vector<bool> drop(document.raw_lines.size(), false);
  for (const auto& [page, page_lines] : pages) {
    // The sheet prints both or neither: numbers down a page with no column letters over them are a list's ("1   Smith,
    // J. (2021) …"), kept.
    std::vector<size_t> letters;
    for (size_t i : page_lines)
      if (column_letters(document.raw_lines[i])) letters.push_back(i);
    auto rows = letters.empty() ? std::vector<size_t>{} : numbered_rows(document.raw_lines, page_lines);
    if (rows.empty()) continue;
    for (size_t i : letters) drop[i] = true;
    for (size_t i : rows) {
      Line& line = document.raw_lines[i];
      const TextRun* number = first_run(line);
      bool alone = std::count_if(line.runs.begin(), line.runs.end(), [](const TextRun& run) { return !trim(run.text).empty(); }) == 1;
      if (alone) {
        drop[i] = true;
        continue;
      }
      int column = line.column;
      line = line_side(line, false, number->location.box->x1 + 0.5);
      line.column = column;
    }
  }
  std::vector<Line> kept;
  for (size_t i = 0; i < document.raw_lines.size(); ++i)
    if (!drop[i]) kept.push_back(std::move(document.raw_lines[i]));
  document.raw_lines = std::move(kept);
}

void drop_thumb_tabs(Document& document) {
  for (auto& line : document.raw_lines) {
    if (!line.location.box || line.runs.empty()) continue;
    auto page = static_cast<size_t>(line.location.page);
    if (page < 1 || page > document.pages.size()) continue;
    // In the page's outer margin, where no text of the body reaches (a heading set flush right keeps the margin).
    double width = document.pages[page - 1].width;
    const TextRun& last = line.runs.back();
    if (!last.location.box || last.location.box->x0 < width * 0.88 || last.location.box->x1 < width - 18 ||
        count_words(last.text) != 1 || !canonical_section(last.text).exact)
      continue;
    // Alone on its line, or a wide gap (three ems) past the body's text beside it.
    bool apart = line.runs.size() == 1 || last.location.box->x0 - line.runs[line.runs.size() - 2].location.box->x1 > 3 * last.size;
    if (!apart) continue;
    if (line.runs.size() == 1) {
      line.runs.clear();  // the line goes below
      continue;
    }
    int column = line.column;
    line = line_side(line, true, last.location.box->x0 - 0.5);
    line.column = column;
  }
  std::erase_if(document.raw_lines, [](const Line& line) { return line.runs.empty(); });
}

}  // namespace atslint::layout
