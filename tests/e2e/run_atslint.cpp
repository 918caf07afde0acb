#include "run_atslint.h"

#include <sys/wait.h>

#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace e2e {

static std::string quote(const std::string& arg) {
  std::string quoted = "'";
  for (char c : arg) {
    if (c == '\'') quoted.append("'\\''");
    else quoted.push_back(c);
  }
  quoted.push_back('\'');
  return quoted;
}

static std::string slurp(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

RunResult run_atslint(const std::vector<std::string>& args, const std::string& stdin_file) {
  auto dir = std::filesystem::temp_directory_path() /
             ("atslint-e2e-" + std::to_string(::getpid()) + "-" + std::to_string(std::rand()));
  std::filesystem::create_directories(dir);
  std::string command = "NO_COLOR=1 " + quote(ATSLINT_BIN);
  for (const auto& arg : args) {
    command.push_back(' ');
    command.append(quote(arg));
  }
  command += " >" + quote((dir / "out").string()) + " 2>" + quote((dir / "err").string());
  command += " <" + (stdin_file.empty() ? std::string("/dev/null") : quote(stdin_file));
  int status = std::system(command.c_str());
  RunResult result;
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  result.out = slurp(dir / "out");
  result.err = slurp(dir / "err");
  std::filesystem::remove_all(dir);
  return result;
}

std::string source_path(const std::string& relative) { return std::string(ATSLINT_SOURCE_DIR) + "/" + relative; }

bool shared_available() { return std::filesystem::is_directory(ATSLINT_SHARED_DIR); }

std::string shared_path(const std::string& relative) { return std::string(ATSLINT_SHARED_DIR) + "/" + relative; }

}  // namespace e2e
