#include "linter/suppression.h"

#include "linter/engine.h"

namespace atslint {

std::vector<Diagnostic> filter_suppressed(const Document&, const LintOptions&, std::vector<Diagnostic> diagnostics) {
  return diagnostics;
}

}  // namespace atslint
