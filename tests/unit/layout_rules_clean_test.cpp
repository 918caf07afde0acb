// A clean single-column resume, shaped as the PDF and DOCX front ends emit it,
// must raise none of the layout rules L004-L009 at warning or above.
#include <doctest/doctest.h>

#include "layout_rules_test.h"

using namespace layout_test;

namespace {
const char* const kLayoutRules[] = {"image", "table-layout", "header-footer-content", "hidden-text", "icon-font",
                                    "small-font"};

Line dated_line(std::string title, std::string dates, int number) {
  auto left = pdf_run(std::move(title), 56, 40 + 14.0 * number, 11, "Calibri-Bold");
  left.bold = true;
  auto right = pdf_run(std::move(dates), 470, 40 + 14.0 * number, 10.5);
  return pdf_line({left, right}, number);
}

Line bullet(std::string text, int number) {
  Line line = pdf_line({pdf_run("•", 60, 40 + 14.0 * number, 10.5), pdf_run(std::move(text), 72, 40 + 14.0 * number)},
                       number);
  line.list_item = true;
  line.list_marker = "•";
  return line;
}

Document clean_pdf() {
  Document document = pdf_document();
  document.fonts.push_back(FontInfo{"Calibri", true, true, false, 900, 0, 0});
  document.lines.push_back(pdf_text("Jane Doe", 1, 20));
  document.lines.push_back(pdf_text("jane@example.com | +1 555 014 2233 | linkedin.com/in/janedoe", 2, 10));
  Line heading = pdf_text("Experience", 4, 13);
  heading.heading = true;
  document.lines.push_back(heading);
  document.lines.push_back(dated_line("Senior Engineer, Acme Corp", "Jan 2020 – Present", 5));
  document.lines.push_back(bullet("Cut deployment time by 40% by rewriting the release pipeline", 6));
  document.lines.push_back(bullet("Led a team of five engineers across two time zones", 7));
  document.lines.push_back(dated_line("Engineer, Initech", "2016 – 2019", 8));
  document.lines.push_back(bullet("Built the billing service used by 2M customers", 9));
  Line skills = pdf_text("Skills", 11, 13);
  skills.heading = true;
  document.lines.push_back(skills);
  document.lines.push_back(pdf_text("Python, SQL, Kubernetes, Terraform", 12, 10.5));
  Line footer = pdf_text("Page 1 of 1", 55, 9);
  footer.zone = Zone::Footer;
  document.lines.push_back(footer);
  LayoutObject divider;  // a rule under the name
  divider.kind = LayoutObject::Kind::Shape;
  divider.location.page = 1;
  divider.location.box = Box{56, 75, 540, 75.75};
  divider.page_fraction = 0.0007;
  document.objects.push_back(divider);
  return document;
}
}  // namespace

TEST_CASE("a clean single-column resume raises no layout rule at warning or above") {
  Document document = clean_pdf();
  for (const char* rule : kLayoutRules) {
    CAPTURE(rule);
    auto found = lint(document, rule);
    for (const auto& d : found) MESSAGE(d.message);
    CHECK(count_at_least(found, Severity::Warning) == 0);
  }
}

TEST_CASE("the clean resume turns dirty when one hazard is added, so the clean check can fail") {
  SUBCASE("white keywords") {
    Document document = clean_pdf();
    document.lines[9].runs[0].color = 0xFFFFFF;  // the skills line, below the top band
    CHECK(count_at_least(lint(document, "hidden-text"), Severity::Warning) == 1);
  }
  SUBCASE("a photo") {
    Document document = clean_pdf();
    LayoutObject photo;
    photo.location.page = 1;
    photo.location.box = Box{460, 30, 550, 140};
    photo.page_fraction = 0.02;
    document.objects.push_back(photo);
    CHECK(count_at_least(lint(document, "image"), Severity::Warning) == 1);
  }
  SUBCASE("contact details only in a repeated header") {
    Document document = clean_pdf();
    document.lines[1].zone = Zone::Header;
    CHECK(count_at_least(lint(document, "header-footer-content"), Severity::Error) == 1);
  }
  SUBCASE("an icon before the email") {
    Document document = clean_pdf();
    document.lines[1].runs[0].text = "\uF0E0 " + document.lines[1].runs[0].text;
    CHECK(count_at_least(lint(document, "icon-font"), Severity::Warning) == 1);
  }
  SUBCASE("bullets shrunk to 7 pt") {
    Document document = clean_pdf();
    for (size_t i : {4, 5, 7})
      for (auto& run : document.lines[i].runs) run.size = 7;
    CHECK(count_at_least(lint(document, "small-font"), Severity::Warning) >= 1);
  }
  SUBCASE("the page laid out by a table") {
    Document document = clean_pdf();
    LayoutObject grid;
    grid.kind = LayoutObject::Kind::Table;
    grid.layout_table = true;
    grid.location.page = 1;
    grid.location.box = Box{40, 20, 570, 260};
    document.objects.push_back(grid);
    CHECK(count_at_least(lint(document, "table-layout"), Severity::Error) == 1);
  }
}
