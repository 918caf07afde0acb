#pragma once
#include <iosfwd>
#include <string>
#include <vector>

namespace atslint {

/// Exit codes users of ruff and ShellCheck already know.
enum ExitCode : int { kExitClean = 0, kExitFindings = 1, kExitUsage = 2 };

/// The whole command line; returns the process exit code. Only this layer prints.
int run_cli(std::vector<std::string> args, std::ostream& out, std::ostream& err);

}  // namespace atslint
