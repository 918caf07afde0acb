#pragma once
#include <string>
#include <string_view>

#include "linter/document.h"

namespace atslint {

/// Detects the format of `bytes` and reads them with the matching front end.
/// Throws AtsError when the input cannot be read.
Document read_document(const std::string& path, std::string_view bytes);

// One entry point per front end (parsers/<format>/).
Document read_pdf(const std::string& path, std::string_view bytes);
Document read_docx(const std::string& path, std::string_view bytes);
Document read_odt(const std::string& path, std::string_view bytes);

}  // namespace atslint
