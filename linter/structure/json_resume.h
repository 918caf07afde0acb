#pragma once
#include <nlohmann/json.hpp>

#include "linter/document.h"
#include "linter/structure/resume.h"

namespace atslint {

/// The resume as JSON Resume (jsonresume.org schema), with atslint's own
/// findings about sections under meta.atslint.
nlohmann::json to_json_resume(const Document& document, const Resume& resume);

}  // namespace atslint
