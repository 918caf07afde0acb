#pragma once
#include "linter/document.h"

namespace atslint {

/// Works out columns, reading order, header/footer zones and grids from the
/// positioned text a paged front end produced. Formats that carry their own
/// order (text, DOCX) pass through unchanged.
void analyse_layout(Document& document);

/// A small dot painted in the space just left of a word, level with its letters, marks the word's line
/// as a list item (Chromium paints list discs as shapes, with no text glyph).
bool dot_marks_word(const Box& dot, const Box& word, double font_size);

}  // namespace atslint
