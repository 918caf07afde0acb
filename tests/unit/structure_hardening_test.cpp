// Structure analysis on hostile text: a header line of many '|'-separated parts once made
// contact extraction quadratic (over 20 s). Speed is measured by tools/bench, not here; this
// checks the pathological input is still read correctly.
#include <doctest/doctest.h>

#include <string>

#include "linter/structure/structure.h"
#include "parsers/text/text_reader.h"

TEST_CASE("contact extraction reads lines made of thousands of '|' parts") {
  std::string line;
  while (line.size() < 4000) line += "a | ";
  std::string text = "Jane Doe\n";
  for (int i = 0; i < 20; ++i) text += line + "\n";
  auto document = atslint::read_text("pipes.txt", text, atslint::Format::Txt);
  auto resume = atslint::analyse_structure(document);
  CHECK(resume.contact.name == "Jane Doe");
}

TEST_CASE("Markdown links: a long unclosed '[a](' run is read in linear-ish time, and links still read") {
  std::string line;
  while (line.size() < 4000) line += "[a](";
  std::string text = "Jane Doe\n";
  for (int i = 0; i < 5; ++i) text += line + "\n";
  auto document = atslint::read_text("brackets.md", text, atslint::Format::Md);
  auto linked = atslint::read_text("link.md", "[Site](https://x.example/a \"Title\") and ![img](p.png)\n",
                                   atslint::Format::Md);
  REQUIRE(linked.lines.size() == 1);
  CHECK(linked.lines[0].text == "Site and img");
  CHECK(linked.lines[0].runs[0].link == "https://x.example/a");
}
