#pragma once
// Finds side-by-side text columns on one PDF page from its visual lines.
#include <optional>
#include <vector>

#include "linter/document.h"

namespace atslint::layout {

struct ColumnSplit {
  size_t first = 0, last = 0;  ///< range of lines [first, last] the columns cover
  double gutter_x0 = 0, gutter_x1 = 0;  ///< the empty band between the columns
  Box region;                  ///< box of the column region
  std::pair<double, double> left, right;  ///< x ranges of the two columns
};

/// `lines` are one page's body lines, top to bottom. Returns column regions,
/// top to bottom, that do not overlap. `carried`: the previous page's columns when they ran to its foot.
std::vector<ColumnSplit> find_columns(const std::vector<const Line*>& lines, const ColumnSplit* carried = nullptr);

/// A line read across both columns (a centred heading): one of its runs covers the gutter's
/// middle. A word hyphenated into the gutter from the left column ("UNIVER-") stays in its column.
bool crosses_gutter(const Line& line, const ColumnSplit& split);

}  // namespace atslint::layout
