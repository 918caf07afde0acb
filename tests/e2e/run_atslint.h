#pragma once
// Runs the built atslint binary as a user would and captures what it prints.
#include <string>
#include <vector>

namespace e2e {

struct RunResult {
  int exit_code = -1;
  std::string out;
  std::string err;
};

/// Runs `atslint ARGS...` (each argument shell-quoted) with NO_COLOR set.
RunResult run_atslint(const std::vector<std::string>& args, const std::string& stdin_file = "");

std::string source_path(const std::string& relative);
bool shared_available();
std::string shared_path(const std::string& relative);

}  // namespace e2e
