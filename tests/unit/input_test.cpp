// read_input: the size limit is applied from the file system's size, before reading.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "linter/error.h"
#include "linter/input.h"

TEST_CASE("a file over the size limit is refused by its size, which the message gives") {
  auto path = std::filesystem::temp_directory_path() / "atslint-input-test-70mib.pdf";
  std::ofstream(path).close();
  std::filesystem::resize_file(path, 70u << 20);  // sparse: costs no disk
  std::string code, message;
  try {
    (void)atslint::read_input(path.string());
  } catch (const atslint::AtsError& error) {
    code = error.code();
    message = error.what();
  }
  std::filesystem::remove(path);
  CHECK(code == "too-large");
  CHECK(message.find("70 MiB") != std::string::npos);
}
