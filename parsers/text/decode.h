#pragma once
#include <string>
#include <string_view>

namespace atslint {

/// Decodes text bytes to NFKC-normalised UTF-8 with '\n' line ends. Handles
/// UTF-8 / UTF-16 with or without BOM and legacy single-byte encodings
/// (Latin-1, Windows-1252) through ICU's charset detector. Throws AtsError for
/// binary data and for UTF-8 that is broken rather than another encoding.
std::string decode_text(std::string_view bytes);

}  // namespace atslint
