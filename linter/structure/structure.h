#pragma once
#include "linter/document.h"
#include "linter/structure/resume.h"

namespace atslint {

/// Finds sections, contact details, entries and bullets in a document.
Resume analyse_structure(const Document& document);

}  // namespace atslint
