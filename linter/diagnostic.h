#pragma once
#include <string>
#include <string_view>

#include "linter/document.h"

namespace atslint {

enum class Severity { Info = 0, Warning = 1, Error = 2 };
const char* severity_name(Severity severity);
/// Parses "info" / "warning" / "error"; false when unknown.
bool parse_severity(std::string_view text, Severity& out);

struct Diagnostic {
  std::string rule;  ///< kebab-case name
  std::string code;  ///< stable code, e.g. "S001"
  Severity severity = Severity::Warning;
  std::string message;
  Location location;
  std::string excerpt;  ///< the offending text, when there is one
};

}  // namespace atslint
