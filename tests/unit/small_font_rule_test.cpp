#include <doctest/doctest.h>

#include "layout_rules_test.h"

using namespace layout_test;

namespace {
/// A page of `normal` lines at 10.5 pt, then `small` bullet lines at `small_size`.
Document page_with(int normal, int small, double small_size) {
  Document document = pdf_document();
  int number = 1;
  for (int i = 0; i < normal; ++i)
    document.lines.push_back(pdf_text("Ordinary body text line number " + std::to_string(i), number++));
  for (int i = 0; i < small; ++i) {
    Line line = pdf_text("Tiny bullet text about work " + std::to_string(i), number++, small_size);
    line.list_item = true;
    line.list_marker = "•";
    document.lines.push_back(line);
  }
  return document;
}
}  // namespace

TEST_CASE("small-font: most of the body under 9 pt is a warning naming the size and lines") {
  auto found = lint(page_with(5, 10, 8), "small-font");
  REQUIRE(found.size() == 1);
  CHECK(found[0].severity == Severity::Warning);
  CHECK(found[0].message.find("8 pt") != std::string::npos);
  CHECK(found[0].message.find("page 1, lines 6–15") != std::string::npos);
  CHECK(found[0].message.find("% of the body text") != std::string::npos);
  REQUIRE(found[0].location.box.has_value());
  CHECK(found[0].location.box->y1 > found[0].location.box->y0 + 100);
}

TEST_CASE("small-font: an isolated small line is info") {
  Document document = page_with(30, 0, 8);
  document.lines.push_back(pdf_text("References available on request", 40, 7.5));
  auto found = lint(document, "small-font");
  REQUIRE(found.size() == 1);
  CHECK(found[0].severity == Severity::Info);
  CHECK(found[0].message.find("7.5 pt") != std::string::npos);
}

TEST_CASE("small-font: a run of small bullet lines is a warning even when the share is low") {
  auto found = lint(page_with(40, 3, 8.5), "small-font");
  REQUIRE(found.size() == 1);
  CHECK(found[0].severity == Severity::Warning);
}

TEST_CASE("small-font: headers, footers, footnotes and hidden-size text are not counted") {
  Document document = page_with(10, 0, 8);
  Line footer = pdf_text("Page 1 of 1", 50, 7);
  footer.zone = Zone::Footer;
  Line note = pdf_text("1 Figures audited", 49, 7);
  note.zone = Zone::Footnote;
  document.lines.push_back(footer);
  document.lines.push_back(note);
  document.lines.push_back(pdf_text("stuffing", 48, 2));
  CHECK(lint(document, "small-font").empty());
}

TEST_CASE("small-font: 9 pt text and sizeless text are fine, min-size raises the bar") {
  CHECK(lint(page_with(5, 5, 9), "small-font").empty());
  CHECK(lint(page_with(5, 5, 8.9), "small-font").empty());  // 9 pt as scaled by a PDF producer
  CHECK(!lint(page_with(5, 5, 8.8), "small-font").empty());
  auto strict = lint(page_with(5, 0, 8), "small-font", {{"min-size", 11.0}});
  REQUIRE(strict.size() == 1);
  CHECK(strict[0].severity == Severity::Warning);
  Document text;
  Line line;
  line.text = "Plain";
  line.runs.push_back(TextRun{});
  line.runs[0].text = "Plain";
  text.lines.push_back(line);
  CHECK(lint(text, "small-font").empty());
}

TEST_CASE("small-font: a DOCX table of small text is located by paragraph") {
  Document document = docx_document();
  for (int i = 1; i <= 4; ++i) document.lines.push_back(docx_line("Cell text in a table", i, Zone::TableCell, "document.xml", 7));
  auto found = lint(document, "small-font");
  REQUIRE(found.size() == 1);
  CHECK(found[0].severity == Severity::Warning);
  CHECK(found[0].location.paragraph == 1);
  CHECK(found[0].message.find("7 pt") != std::string::npos);
}

TEST_CASE("small-font: a widespread problem is one warning per page, naming every stretch") {
  Document document = page_with(2, 4, 8);
  Line heading = pdf_text("Education", 7, 13);
  document.lines.push_back(heading);
  document.lines.push_back(pdf_text("BSc Computer Science, Portland State University", 8, 8));
  Line second_page = pdf_text("More small text on the next page", 1, 7, 2);
  document.lines.push_back(second_page);
  auto found = lint(document, "small-font");
  REQUIRE(found.size() == 2);
  CHECK(found[0].message.find("page 1, lines 3–6, line 8") != std::string::npos);
  CHECK(found[1].message.find("7 pt on page 2, line 1") != std::string::npos);
  CHECK(count_at_least(found, Severity::Warning) == 2);
}

TEST_CASE("small-font: a whole DOCX paragraph of small prose is a warning, a short note is not") {
  Document document = docx_document();
  for (int i = 1; i <= 20; ++i)
    document.lines.push_back(docx_line("Normal sized body paragraph about the work I did at a company", i));
  document.lines.push_back(docx_line(std::string(170, 'x'), 21, Zone::Body, "document.xml", 7));
  document.lines.push_back(docx_line("Normal again", 22));
  document.lines.push_back(docx_line("Tagline in small print", 23, Zone::Body, "document.xml", 7));
  auto found = lint(document, "small-font");
  REQUIRE(found.size() == 2);
  CHECK(found[0].severity == Severity::Warning);
  CHECK(found[0].location.paragraph == 21);
  CHECK(found[1].severity == Severity::Info);
}
