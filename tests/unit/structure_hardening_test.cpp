// Structure analysis on hostile text must stay fast: a header line of many
// '|'-separated parts once made contact extraction quadratic (over 20 s).
#include <doctest/doctest.h>

#include <chrono>
#include <string>

#include "linter/structure/structure.h"
#include "parsers/text/text_reader.h"

TEST_CASE("contact extraction stays fast on lines made of thousands of '|' parts") {
  std::string line;
  while (line.size() < 4000) line += "a | ";
  std::string text = "Jane Doe\n";
  for (int i = 0; i < 20; ++i) text += line + "\n";
  auto document = atslint::read_text("pipes.txt", text, atslint::Format::Txt);
  auto start = std::chrono::steady_clock::now();
  auto resume = atslint::analyse_structure(document);
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  CHECK(seconds < 3.0);  // was over 20 s
  CHECK(resume.contact.name == "Jane Doe");
}
