#pragma once
// Two columns a word processor's user built with tab stops alone: each paragraph holds the sidebar's line, a tab, then
// the main column's line.
#include "linter/document.h"

namespace atslint::layout {

/// Where at least two lines open with a section's heading before their first tab and two more hold one right after it
/// ("KEY SKILLS⇥•⇥Ran the…", "⇥EMPLOYMENT HISTORY"), reads the text before the first tab as one column and the rest as
/// another: the lines above the first such line, then the left column, then the right.
void split_tab_columns(Document& document);

}  // namespace atslint::layout
