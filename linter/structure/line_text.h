#pragma once
// A line's text with wide horizontal gaps between runs kept as a column gap
// ("   "), so entry parsing can split "Title      Jan 2020 – Present" the same
// way for PDF (positioned runs) as for text laid out with spaces.
#include <string>

#include "linter/document.h"

namespace atslint {

std::string layout_text(const Line& line);

}  // namespace atslint
