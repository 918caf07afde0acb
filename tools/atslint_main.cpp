// The atslint executable: everything else lives in the atslint_core library.
#include <iostream>

#include "linter/cli/cli.h"

int main(int argc, char** argv) {
  std::ios::sync_with_stdio(false);
  return atslint::run_cli(std::vector<std::string>(argv, argv + argc), std::cout, std::cerr);
}
