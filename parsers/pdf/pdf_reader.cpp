#include "linter/error.h"
#include "parsers/frontend.h"

namespace atslint {

// Placeholder until the PDF front end lands: a clear error, never a crash.
Document read_pdf(const std::string&, std::string_view) {
  throw AtsError("unsupported", "PDF reading is not available in this build yet");
}

}  // namespace atslint
