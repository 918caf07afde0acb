#include "linter/error.h"
#include "parsers/frontend.h"

namespace atslint {

// Placeholder until the DOCX front end lands: a clear error, never a crash.
Document read_docx(const std::string&, std::string_view) {
  throw AtsError("unsupported", "DOCX reading is not available in this build yet");
}

}  // namespace atslint
