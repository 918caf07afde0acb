// The DOCX reader on files made by python-docx (tests/data/docx/pydocx, written by
// tools/make-pydocx-checks): python-docx's template and XML, not only ours.
#include <doctest/doctest.h>

#include <algorithm>

#include "linter/input.h"
#include "parsers/frontend.h"

using namespace atslint;

namespace {

Document read_pydocx(const std::string& name) {
  std::string path = std::string(ATSLINT_SOURCE_DIR) + "/tests/data/docx/pydocx/" + name;
  return read_document(path, read_input(path));
}

const Line* line_with(const Document& document, std::string_view text) {
  for (const auto& line : document.lines)
    if (line.text.find(text) != std::string::npos) return &line;
  return nullptr;
}

const TextRun* run_with(const Document& document, std::string_view text) {
  for (const auto& line : document.lines)
    for (const auto& run : line.runs)
      if (run.text.find(text) != std::string::npos) return &run;
  return nullptr;
}

int count_kind(const Document& document, LayoutObject::Kind kind) {
  return static_cast<int>(std::count_if(document.objects.begin(), document.objects.end(),
                                        [&](const LayoutObject& o) { return o.kind == kind; }));
}

}  // namespace

TEST_CASE("python-docx clean resume: Heading styles, List Bullet items, tab-aligned dates, no objects") {
  auto document = read_pydocx("clean.docx");
  CHECK(document.objects.empty());
  REQUIRE(line_with(document, "Experience"));
  CHECK(line_with(document, "Experience")->heading);
  CHECK(line_with(document, "Experience")->heading_level == 1);
  CHECK_FALSE(line_with(document, "Casey Morgan")->heading);  // Title style is the name, not a section
  CHECK(line_with(document, "Built dashboards")->list_item);
  CHECK(line_with(document, "Built dashboards")->list_marker == "•");
  CHECK(line_with(document, "Acme Ltd")->text == "Data Analyst, Acme Ltd\tJan 2021 – Present");
  const TextRun* body = run_with(document, "SQL, Python");
  REQUIRE(body);
  CHECK(body->size >= 9.0);
  CHECK_FALSE(body->font.empty());
}

TEST_CASE("python-docx tables: a two-cell page layout versus data tables with and without a grid style") {
  auto layout = read_pydocx("layout-table.docx");
  REQUIRE(count_kind(layout, LayoutObject::Kind::Table) == 1);
  CHECK(layout.objects[0].layout_table);
  auto data = read_pydocx("data-table.docx");
  REQUIRE(count_kind(data, LayoutObject::Kind::Table) == 2);
  for (const auto& table : data.objects) CHECK_FALSE(table.layout_table);
  CHECK(data.objects[0].has_borders);  // 'Table Grid' borders come from the style
  CHECK_FALSE(data.objects[1].has_borders);
}

TEST_CASE("python-docx header, columns, picture, text box and tracked change") {
  auto header = read_pydocx("header.docx");
  REQUIRE(line_with(header, "casey.morgan@example.org"));
  CHECK(line_with(header, "casey.morgan@example.org")->zone == Zone::Header);
  CHECK(line_with(header, "Page 1")->zone == Zone::Footer);
  CHECK(count_kind(read_pydocx("columns.docx"), LayoutObject::Kind::ColumnRegion) == 1);
  auto photo = read_pydocx("photo.docx");
  REQUIRE(count_kind(photo, LayoutObject::Kind::Image) == 1);
  CHECK(photo.objects[0].description.find("86x86 pt") != std::string::npos);  // Inches(1.2)
  auto box = read_pydocx("textbox.docx");
  CHECK(count_kind(box, LayoutObject::Kind::TextBox) == 1);
  CHECK(line_with(box, "casey.morgan@example.org")->zone == Zone::TextBox);
  auto tracked = read_pydocx("tracked.docx");
  CHECK(tracked.tracked_changes);
  CHECK(line_with(tracked, "Added skill"));
  CHECK_FALSE(line_with(tracked, "Old skill"));
}

TEST_CASE("python-docx run properties: white, 1 pt, hidden, small, icon fonts") {
  auto hidden = read_pydocx("hidden.docx");
  const TextRun* white = run_with(hidden, "python java aws");
  REQUIRE(white);
  CHECK(white->color == 0xFFFFFFu);
  CHECK(white->size == doctest::Approx(1.0));
  CHECK(run_with(hidden, "hidden keywords")->hidden);
  CHECK(run_with(hidden, "tiny footnote")->size == doctest::Approx(6.0));
  auto icons = read_pydocx("icons.docx");
  int symbolic = 0, private_use = 0;
  for (const auto& font : icons.fonts) {
    if (font.symbolic) ++symbolic;
    private_use += font.private_use_glyphs;
  }
  CHECK(symbolic == 2);  // Wingdings by name, FontAwesome by name and private-use glyph
  CHECK(private_use == 1);
}
