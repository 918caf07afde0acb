#pragma once
#include <string>
#include <string_view>

#include "linter/document.h"

namespace atslint {

/// Longest line a front end may hand on. std::regex (used by structure and rules)
/// recurses once per matched character (stack overflow near 30,000) and several
/// patterns are quadratic in line length; real resume lines stay under 1,000, so
/// longer input is refused, not cut silently.
constexpr size_t kMaxLineBytes = 4000;

/// Throws AtsError("line-too-long") when `text` is longer than kMaxLineBytes.
void check_line_length(std::string_view text, int line_number);

/// Detects the format of `bytes` and reads them with the matching front end.
/// Throws AtsError when the input cannot be read.
Document read_document(const std::string& path, std::string_view bytes);

// One entry point per front end (parsers/<format>/).
Document read_pdf(const std::string& path, std::string_view bytes);
Document read_docx(const std::string& path, std::string_view bytes);
Document read_odt(const std::string& path, std::string_view bytes);

}  // namespace atslint
