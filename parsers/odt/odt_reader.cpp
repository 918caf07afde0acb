#include "linter/error.h"
#include "parsers/frontend.h"

namespace atslint {

// Placeholder until the ODT front end lands: a clear error, never a crash.
Document read_odt(const std::string&, std::string_view) {
  throw AtsError("unsupported", "ODT reading is not available in this build yet");
}

}  // namespace atslint
