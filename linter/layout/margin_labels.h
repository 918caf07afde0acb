#pragma once
// Labels printed in a page's margins that are no text of the document: a spreadsheet's row numbers and column
// letters, a thumb index's tabs.
#include "linter/document.h"

namespace atslint::layout {

/// Drops Calc's or Excel's printed row numbers ("1", "2", … down the left edge) and column letters ("A   B   C" across
/// the top) from a PDF's lines, so that "11   EXPERIÊNCIA PROFISSIONAL" reads as the heading it is.
void drop_sheet_headings(Document& document);

/// Drops a thumb index's tabs: a section's name alone at the page's right edge, set apart from the body's lines
/// ("Education" at the end of a job's line), which would otherwise run into the text beside it.
void drop_thumb_tabs(Document& document);

}  // namespace atslint::layout
