#pragma once
#include "linter/document.h"

namespace atslint::layout {

/// Marks lines repeated in the top or bottom band of several pages, and page
/// numbers, as Zone::Header / Zone::Footer, and records a HeaderFooter object
/// per page and zone.
void mark_zones(Document& document);

}  // namespace atslint::layout
