#pragma once
#include <string>

namespace atslint {

/// Largest input atslint reads; a bigger file is refused before it is read.
constexpr size_t kMaxInputBytes = 64u << 20;

/// Reads a whole file ("-" = standard input) read-only. Throws AtsError.
std::string read_input(const std::string& path);

}  // namespace atslint
