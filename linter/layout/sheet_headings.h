#pragma once
// A spreadsheet printed with its row and column headings: the sheet's labels, no text of the document.
#include "linter/document.h"

namespace atslint::layout {

/// Drops Calc's or Excel's printed row numbers ("1", "2", … down the left edge) and column letters ("A   B   C" across
/// the top) from a PDF's lines, so that "11   EXPERIÊNCIA PROFISSIONAL" reads as the heading it is.
void drop_sheet_headings(Document& document);

}  // namespace atslint::layout
