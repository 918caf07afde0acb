#pragma once
// Rails: narrow strips of labels or dates left of a single text flow, read with the flow beside them.
#include <vector>

#include "linter/document.h"

namespace atslint::layout {

/// The runs of `line` whose middles lie left (or right) of `x`, as a line of their own in column 1 (or 2).
Line line_side(const Line& line, bool left, double x);

/// Puts each rail label ("PROFILO") before the block it heads, so the heading precedes its first line.
void lift_rail_labels(std::vector<Line>& lines);

/// A rail's dates set level with an entry's bullets rather than its first line ("mar 2021 – atual" in a box
/// beside the second bullet): the rail's lines are read after the entry's first two lines, as dates under a title and
/// employer are.
void lift_rail_dates(std::vector<Line>& lines);

}  // namespace atslint::layout
