#include <doctest/doctest.h>

#include "layout_rules_test.h"
#include "parsers/frontend.h"

using namespace layout_test;

TEST_CASE("icon-font: a private-use glyph before an email is a warning that suggests 'Email:'") {
  Document document = pdf_document();
  document.lines.push_back(pdf_line({pdf_run("\uF0E0", 56, 60, 10, "FontAwesome5Free-Solid"),
                                     pdf_run("jane@example.com", 70, 60)},
                                    2));
  auto found = lint(document, "icon-font");
  REQUIRE(found.size() == 1);
  CHECK(found[0].severity == Severity::Warning);
  CHECK(found[0].message.find("U+F0E0") != std::string::npos);
  CHECK(found[0].message.find("'Email:'") != std::string::npos);
  CHECK(found[0].message.find("meaningless character") != std::string::npos);
  CHECK(found[0].location.page == 1);
  CHECK(found[0].excerpt.find("jane@example.com") != std::string::npos);
}

TEST_CASE("icon-font: icon fonts are caught by name even when their glyphs map to letters") {
  Document document = docx_document();
  Line line = docx_line("(", 2);
  line.runs[0].font = "Wingdings";
  TextRun number = line.runs[0];
  number.font = "Calibri";
  number.text = " +44 20 7946 0958";
  line.runs.push_back(number);
  line.text = "( +44 20 7946 0958";
  document.lines.push_back(line);
  auto found = lint(document, "icon-font");
  REQUIRE(found.size() == 1);
  CHECK(found[0].message.find("'Phone:'") != std::string::npos);
  CHECK(found[0].message.find("Wingdings") != std::string::npos);
  CHECK(found[0].location.paragraph == 2);
}

TEST_CASE("icon-font: several icons on one contact line are one finding") {
  Document document = pdf_document();
  document.lines.push_back(pdf_line({pdf_run("\uF0E0 jane@example.com \uF095 +1 555 014 2233 \uF041 Portland", 56, 60)}, 2));
  auto found = lint(document, "icon-font");
  REQUIRE(found.size() == 1);
  CHECK(found[0].message.find("U+F0E0, U+F095, U+F041") != std::string::npos);
  CHECK(found[0].message.find("'Email:'/'Phone:'") != std::string::npos);
}

TEST_CASE("icon-font: list markers drawn in Symbol or Wingdings do not fire") {
  Document document = pdf_document();
  Line marked = pdf_line({pdf_run("\uF0B7", 56, 100, 10, "Symbol"), pdf_run("Led a team of five", 70, 100)}, 5);
  marked.list_item = true;
  marked.list_marker = "\uF0B7";
  document.lines.push_back(marked);
  // The same glyph at the start of a line the layout did not mark as a list item.
  document.lines.push_back(pdf_line({pdf_run("\uF0B7", 56, 114, 10, "Symbol"), pdf_run("Cut costs by 20%", 70, 114)}, 6));
  Line wingdings = pdf_line({pdf_run("§", 56, 128, 10, "Wingdings-Regular"), pdf_run("Shipped v2", 70, 128)}, 7);
  wingdings.list_item = true;
  wingdings.list_marker = "§";
  document.lines.push_back(wingdings);
  Line bullet = pdf_line({pdf_run("Wrote the docs", 70, 142)}, 8);
  bullet.list_item = true;
  bullet.list_marker = "•";
  document.lines.push_back(bullet);
  CHECK(lint(document, "icon-font").empty());
}

TEST_CASE("icon-font: ordinary text in a font flagged symbolic, and Greek in Symbol, do not fire") {
  Document document = pdf_document();
  document.fonts.push_back(FontInfo{"ABCDEF+Calibri", true, true, true, 400, 0, 0});
  document.lines.push_back(pdf_line({pdf_run("Senior engineer — 2020 – now", 56, 60, 10.5, "ABCDEF+Calibri")}, 2));
  document.lines.push_back(pdf_line({pdf_run("Measured 5 ", 56, 74), pdf_run("μ", 110, 74, 10.5, "Symbol")}, 3));
  CHECK(lint(document, "icon-font").empty());
}

TEST_CASE("icon-font: a real Unicode symbol in a symbolic or dingbat font is only info") {
  Document document = pdf_document();
  document.fonts.push_back(FontInfo{"XYZ+CustomGlyphs", true, true, true, 3, 0, 0});
  document.lines.push_back(pdf_line({pdf_run("✉", 56, 60, 10, "XYZ+CustomGlyphs"), pdf_run("jane@example.com", 70, 60)}, 2));
  document.lines.push_back(pdf_line({pdf_run("✆", 56, 74, 10, "ZapfDingbatsITC"), pdf_run("+1 555 014 2233", 70, 74)}, 3));
  auto found = lint(document, "icon-font");
  REQUIRE(found.size() == 2);
  CHECK(count_at_least(found, Severity::Warning) == 0);
  CHECK(found[1].message.find("'Phone:'") != std::string::npos);
}

TEST_CASE("icon-font: an icon glyph leading several non-contact lines is a bullet") {
  Document document = pdf_document();
  for (int i = 0; i < 3; ++i)
    document.lines.push_back(pdf_line({pdf_run("\uF111", 56, 100.0 + 14 * i, 3.3, "FontAwesome"),
                                       pdf_run("Achievement number " + std::to_string(i), 70, 100.0 + 14 * i)},
                                      5 + i));
  CHECK(lint(document, "icon-font").empty());
  // The same glyph leading contact lines is still an icon.
  document.lines[0].runs[1].text = "jane@example.com";
  document.lines[0].text = "\uF111 jane@example.com";
  CHECK(lint(document, "icon-font").size() == 1);
}

TEST_CASE("icon-font: Symbol-font spaces and Wingdings separator dots are not icons") {
  Document document = docx_document();
  Line line = docx_line("Portland \uF09F jane@example.com\uF020", 2);
  line.runs[0].font = "Calibri";
  document.lines.push_back(line);
  CHECK(lint(document, "icon-font").empty());
}

TEST_CASE("icon-font: the Markdown front end keeps a private-use icon and the rule sees it") {
  Document document = read_document("cv.md", "# Jane Doe\n\n\uF0E0 jane@example.com\n\n## Skills\n\n- Python\n");
  auto found = lint(document, "icon-font");
  REQUIRE(found.size() == 1);
  CHECK(found[0].location.line == 3);
  CHECK(lint(read_document("cv.md", "# Jane Doe\n\nEmail: jane@example.com\n\n• Python\n"), "icon-font").empty());
}

TEST_CASE("icon-font: an icon font whose glyphs map to names is quoted, and long lists are cut") {
  Document document = pdf_document();
  document.lines.push_back(pdf_line({pdf_run("HOUSE-CHIMNEY", 56, 60, 10, "FontAwesome6Free-Solid"),
                                     pdf_run(" Portland, OR ", 120, 60), pdf_run("\uF0E0\uF095\uF041\uF10B\uF0AC", 200, 60),
                                     pdf_run(" jane@example.com", 260, 60)},
                                    2));
  auto found = lint(document, "icon-font");
  REQUIRE(found.size() == 1);
  CHECK(found[0].message.find("\"HOUSE-CHIMNEY\", U+F0E0, U+F095, U+F041, …") != std::string::npos);
}
