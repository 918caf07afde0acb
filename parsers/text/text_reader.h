#pragma once
#include <string>
#include <string_view>

#include "linter/document.h"

namespace atslint {

/// Reads a plain-text or Markdown resume into the document model: one Line per
/// source line, list items and Markdown headings marked, inline markup removed.
Document read_text(const std::string& path, std::string_view bytes, Format format);

}  // namespace atslint
