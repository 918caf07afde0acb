#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "linter/document.h"

namespace atslint {

/// Decides a file's format by its content, never by its name alone. Throws
/// AtsError for unsupported formats (.doc, RTF, encrypted Office files) and for
/// a binary-format name (.pdf/.docx/.odt) over content of another kind. Adds a
/// notice when a real PDF/DOCX/ODT hides under a wrong or missing extension.
Format detect_format(std::string_view bytes, std::string_view path, std::vector<std::string>& notices);

/// The format a file name claims ("resume.PDF" -> Pdf), or Txt when it claims none.
Format format_from_extension(std::string_view path, bool& recognised);

/// True when `path` names a format atslint reads (used when walking folders).
bool is_resume_file_name(std::string_view path);

}  // namespace atslint
