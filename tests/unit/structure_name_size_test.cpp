// The name when a sidebar is read before the header: the largest name-shaped line on page 1.
#include <doctest/doctest.h>

#include "linter/structure/structure.h"

using namespace atslint;

namespace {

Line sized_line(int number, const std::string& text, double size) {
  Line line;
  line.text = text;
  line.location.page = 1;
  line.location.line = number;
  double y = 40.0 + number * 14;
  line.location.box = Box{40, y, 300, y + size};
  TextRun run;
  run.text = text;
  run.size = size;
  run.location = line.location;
  line.runs.push_back(run);
  line.block_start = true;
  return line;
}

Document sidebar_first(double name_size) {
  Document document;
  document.format = Format::Pdf;
  Page page;
  page.width = 612;
  page.height = 792;
  document.pages.push_back(page);
  int n = 0;
  for (auto [text, size] : std::vector<std::pair<std::string, double>>{
           {"Profiles", 12}, {"msolberg", 10}, {"GitHub", 9}, {"Skills", 12}, {"Go, Rust, Zig", 10},
           {"Mira Solberg", name_size}, {"Tromsø, Norway   mira@example.no   +47 555 01 234", 10},
           {"Experience", 12}, {"Backend Engineer | Polar Grid AS   2020 – 2023", 10}})
    document.lines.push_back(sized_line(++n, text, size));
  return document;
}

}  // namespace

TEST_CASE("a sidebar read first: the largest name-shaped line is the name") {
  auto resume = analyse_structure(sidebar_first(22));
  CHECK(resume.contact.name == "Mira Solberg");
  CHECK(resume.contact.location_text == "Tromsø, Norway");
}

TEST_CASE("no name is guessed when nothing stands out by size") {
  auto resume = analyse_structure(sidebar_first(10));
  CHECK(resume.contact.name != "Mira Solberg");
}
