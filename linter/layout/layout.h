#pragma once
#include "linter/document.h"

namespace atslint {

/// Works out columns, reading order, header/footer zones and grids from the
/// positioned text a paged front end produced. Formats that carry their own
/// order (text, DOCX) pass through unchanged.
void analyse_layout(Document& document);

}  // namespace atslint
