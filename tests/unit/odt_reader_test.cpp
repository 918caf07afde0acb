// The ODT front end on hand-written OpenDocument XML (tests/data/docx/frame-table.odt).
#include <doctest/doctest.h>

#include "linter/input.h"
#include "parsers/frontend.h"

using namespace atslint;

TEST_CASE("ODT: headings, lists, links, frames, tables, hidden text, header") {
  std::string path = std::string(ATSLINT_SOURCE_DIR) + "/tests/data/docx/frame-table.odt";
  auto document = read_document(path, read_input(path));
  CHECK(document.format == Format::Odt);
  auto line = [&](std::string_view text) -> const Line& {
    for (const auto& l : document.lines)
      if (l.text.find(text) != std::string::npos) return l;
    FAIL("no line " << text);
    return document.lines.front();
  };
  CHECK(line("Experience").heading);
  CHECK(line("Experience").heading_level == 1);
  CHECK(line("Cut order-routing").list_item);
  CHECK(line("Cut order-routing").list_marker == "•");
  CHECK(line("Jordan Avery Blake").runs.front().bold);
  CHECK(line("Jordan Avery Blake").runs.front().size == doctest::Approx(11.0));
  CHECK(line("github.com/jblake").runs.back().link == "https://github.com/jblake");
  CHECK(line("Open to relocation").zone == Zone::TextBox);
  CHECK(line("Kafka").zone == Zone::TableCell);
  CHECK(line("Header line of the ODT").zone == Zone::Header);
  CHECK(line("hidden stuffing").runs.back().hidden);
  CHECK_FALSE(line("hidden stuffing").runs.front().hidden);
  int boxes = 0, tables = 0, headers = 0;
  for (const auto& object : document.objects) {
    if (object.kind == LayoutObject::Kind::TextBox) {
      ++boxes;
      CHECK(object.text == "Open to relocation\nDriving licence B");
    }
    if (object.kind == LayoutObject::Kind::Table) {
      ++tables;
      CHECK(object.rows == 1);
      CHECK(object.columns == 2);
    }
    if (object.kind == LayoutObject::Kind::HeaderFooter) ++headers;
  }
  CHECK(boxes == 1);
  CHECK(tables == 1);
  CHECK(headers == 1);
  REQUIRE(document.pages.size() == 1);
  CHECK(document.pages[0].width == doctest::Approx(595.3).epsilon(0.01));
}

TEST_CASE("ODT: section columns, tracked changes and annotations") {
  std::string path = std::string(ATSLINT_SOURCE_DIR) + "/tests/data/docx/columns-tracked.odt";
  auto document = read_document(path, read_input(path));
  auto text = document.plain_text();
  CHECK(text.find("Left column text") != std::string::npos);
  CHECK(text.find("Deleted sentence") == std::string::npos);  // the change record is not text
  CHECK(text.find("Reviewer note") == std::string::npos);     // nor is the comment
  CHECK(document.tracked_changes);
  CHECK(document.comments == 1);
  int regions = 0;
  for (const auto& object : document.objects)
    if (object.kind == LayoutObject::Kind::ColumnRegion) {
      ++regions;
      CHECK(object.description == "2 newspaper columns");
    }
  CHECK(regions == 1);
}

TEST_CASE("ODT: a cell covered by a row span above still takes its grid column") {
  std::string path = std::string(ATSLINT_SOURCE_DIR) + "/tests/data/docx/covered-cells.odt";
  auto document = read_document(path, read_input(path));
  auto spot_of = [&](std::string_view text) -> std::optional<TableSpot> {
    for (const auto& line : document.lines)
      if (line.text.find(text) != std::string::npos) return line.table_spot;
    return std::nullopt;
  };
  REQUIRE(spot_of("Year in Industry").has_value());
  CHECK(spot_of("Year in Industry")->column == 1);  // the school's cell above spans two rows
  CHECK(spot_of("2018 – 2019")->column == 2);
  CHECK(spot_of("University of Manchester")->column == 0);
}
