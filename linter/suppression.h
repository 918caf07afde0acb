#pragma once
// Suppression is a filter after the rules run, so rules stay pure.
#include <vector>

#include "linter/diagnostic.h"
#include "linter/document.h"

namespace atslint {

struct LintOptions;

/// Drops findings silenced by `<!-- atslint-disable ... -->` comments (text
/// formats) or config [[suppress]] entries.
std::vector<Diagnostic> filter_suppressed(const Document& document, const LintOptions& options,
                                          std::vector<Diagnostic> diagnostics);

}  // namespace atslint
