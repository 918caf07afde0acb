#pragma once
#include <utility>
#include <vector>

#include "linter/document.h"
#include "linter/structure/resume.h"

namespace atslint {

/// Name, email, phone, location and profile URLs. `header_end` is the first
/// line of the first section: the contact block is read above it first, then in
/// `contact_section` ([first, end) lines of a "Contact" section, e.g. in a sidebar).
Contact extract_contact(const Document& document, size_t header_end, std::pair<size_t, size_t> contact_section = {0, 0});

}  // namespace atslint
