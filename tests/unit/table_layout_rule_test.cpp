#include <doctest/doctest.h>

#include "layout_rules_test.h"

using namespace layout_test;

namespace {
LayoutObject table(bool layout, int rows = 1, int columns = 2) {
  LayoutObject object;
  object.kind = LayoutObject::Kind::Table;
  object.location.page = 1;
  object.location.paragraph = 3;
  object.location.part = "document.xml";
  object.layout_table = layout;
  object.rows = rows;
  object.columns = columns;
  return object;
}

Document docx_with_cells(std::vector<std::string> cells) {
  Document document = docx_document();
  document.lines.push_back(docx_line("Jane Doe", 1));
  int paragraph = 2;
  for (auto& text : cells) {
    Line line = docx_line(text, paragraph++, Zone::TableCell);
    line.heading = text == "Experience" || text == "Skills" || text == "Education";
    document.lines.push_back(line);
  }
  return document;
}
}  // namespace

TEST_CASE("table-layout: a layout table holding several sections is an error") {
  Document document = docx_with_cells({"Skills", "Python, SQL", "Experience", "Engineer at Acme, 2020 – 2024"});
  document.objects.push_back(table(true));
  auto found = lint(document, "table-layout");
  REQUIRE(found.size() == 1);
  CHECK(found[0].severity == Severity::Error);
  CHECK(found[0].message.find("2 sections") != std::string::npos);
  CHECK(found[0].location.paragraph == 3);
}

TEST_CASE("table-layout: a layout table holding the contact details is an error") {
  Document document = docx_with_cells({"jane@example.com | +1 555 014 2233", "Portland, OR"});
  document.objects.push_back(table(true));
  auto found = lint(document, "table-layout");
  REQUIRE(found.size() == 1);
  CHECK(found[0].severity == Severity::Error);
  CHECK(found[0].message.find("contact details") != std::string::npos);
  CHECK(found[0].excerpt.find("jane@example.com") != std::string::npos);
}

TEST_CASE("table-layout: a layout table with ordinary content is a warning") {
  Document document = docx_with_cells({"Acme Corp", "2020 – 2024"});
  document.objects.push_back(table(true));
  auto found = lint(document, "table-layout");
  REQUIRE(found.size() == 1);
  CHECK(found[0].severity == Severity::Warning);
}

TEST_CASE("table-layout: a data table raises nothing, unless it holds contact details (info)") {
  Document document = docx_with_cells({"Year", "Revenue", "2023", "1.2M"});
  document.objects.push_back(table(false, 2, 2));
  CHECK(lint(document, "table-layout").empty());

  Document contact = docx_with_cells({"Email", "jane@example.com"});
  contact.objects.push_back(table(false, 1, 2));
  auto found = lint(contact, "table-layout");
  REQUIRE(found.size() == 1);
  CHECK(found[0].severity == Severity::Info);
}

TEST_CASE("table-layout: on a PDF page each table reads only the lines inside its box") {
  Document document = pdf_document();
  document.lines.push_back(pdf_text("Acme Corp 2020 – 2024", 10));
  document.lines.push_back(pdf_text("jane@example.com", 30));
  auto first = table(true);
  first.location = Location{};
  first.location.page = 1;
  first.location.box = Box{50, 150, 550, 200};  // holds line 10 (y 180)
  auto second = table(true);
  second.location = Location{};
  second.location.page = 1;
  second.location.box = Box{50, 450, 550, 500};  // holds line 30 (y 460)
  document.objects = {first, second};
  auto found = lint(document, "table-layout");
  REQUIRE(found.size() == 2);
  CHECK(found[0].severity == Severity::Warning);
  CHECK(found[1].severity == Severity::Error);
}

TEST_CASE("table-layout: with several DOCX tables and no boxes, each table's own text decides") {
  Document document = docx_with_cells({"Acme Corp", "Experience", "Skills"});
  auto sections = table(true);
  sections.text = "Experience\nAcme Corp — Engineer\nSkills\nPython";
  auto plain = table(true);
  plain.text = "Acme Corp\n2020 – 2024";
  document.objects = {sections, plain};
  auto found = lint(document, "table-layout");
  REQUIRE(found.size() == 2);
  CHECK(found[0].severity == Severity::Error);
  CHECK(found[1].severity == Severity::Warning);
}
