#pragma once
// The one exception type that crosses module boundaries. Front ends throw it
// for unreadable input; the pipeline turns it into a per-file error record.
#include <stdexcept>
#include <string>

namespace atslint {

class AtsError : public std::runtime_error {
 public:
  /// code: a stable kebab-case identifier ("encrypted", "not-a-pdf", ...).
  AtsError(std::string code, const std::string& message)
      : std::runtime_error(message), code_(std::move(code)) {}
  const std::string& code() const { return code_; }

 private:
  std::string code_;
};

}  // namespace atslint
