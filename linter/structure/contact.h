#pragma once
#include <vector>

#include "linter/document.h"
#include "linter/structure/resume.h"

namespace atslint {

/// Name, email, phone, location and profile URLs. `header_end` is the first
/// line of the first section: the contact block is read above it first.
Contact extract_contact(const Document& document, size_t header_end);

}  // namespace atslint
