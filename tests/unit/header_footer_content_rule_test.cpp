#include <doctest/doctest.h>

#include "layout_rules_test.h"

using namespace layout_test;

namespace {
Document body_document(std::vector<std::string> body) {
  Document document = docx_document();
  int paragraph = 1;
  for (auto& text : body) document.lines.push_back(docx_line(text, paragraph++));
  return document;
}

void add_zone(Document& document, std::string text, Zone zone, std::string part, int paragraph = 1) {
  document.lines.push_back(docx_line(std::move(text), paragraph, zone, std::move(part)));
}
}  // namespace

TEST_CASE("header-footer-content: contact details only in the header are an error") {
  Document document = body_document({"Jane Doe", "Experience", "Engineer at Acme, 2020 – 2024"});
  add_zone(document, "jane@example.com · +1 (555) 014-2233", Zone::Header, "header1.xml");
  auto found = lint(document, "header-footer-content");
  REQUIRE(found.size() == 1);
  CHECK(found[0].severity == Severity::Error);
  CHECK(found[0].message.find("email jane@example.com") != std::string::npos);
  CHECK(found[0].message.find("phone") != std::string::npos);
  CHECK(found[0].message.find("move your email/phone into the body") != std::string::npos);
  CHECK(found[0].location.part == "header1.xml");
}

TEST_CASE("header-footer-content: contact details repeated in the body raise nothing") {
  Document document = body_document({"Jane Doe", "JANE@example.com | 555.014.2233", "Experience"});
  add_zone(document, "jane@example.com · +1 (555) 014-2233", Zone::Header, "header1.xml");
  CHECK(lint(document, "header-footer-content").empty());
}

TEST_CASE("header-footer-content: an email only reachable through a body link counts as in the body") {
  Document document = body_document({"Jane Doe", "Email me", "Experience"});
  document.lines[1].runs[0].link = "mailto:jane@example.com";
  add_zone(document, "jane@example.com", Zone::Footer, "footer1.xml");
  CHECK(lint(document, "header-footer-content").empty());
}

TEST_CASE("header-footer-content: page numbers, dates and a repeated name stay quiet") {
  Document document = pdf_document(2);
  document.lines.push_back(pdf_text("Jane Doe", 1, 18));
  document.lines.push_back(pdf_text("Experience", 3, 13));
  for (int page = 1; page <= 2; ++page) {
    Line footer = pdf_text("Page " + std::to_string(page) + " of 2", 50, 9, page);
    footer.zone = Zone::Footer;
    document.lines.push_back(footer);
    Line header = pdf_text("Jane Doe – Résumé – March 2025", 0, 9, page);
    header.zone = Zone::Header;
    document.lines.push_back(header);
  }
  CHECK(count_at_least(lint(document, "header-footer-content"), Severity::Info) == 0);
}

TEST_CASE("header-footer-content: a name or heading only in the header is a warning") {
  Document document = body_document({"Experience", "Engineer at Acme, 2020 – 2024"});
  add_zone(document, "Jane Doe", Zone::Header, "header1.xml");
  auto found = lint(document, "header-footer-content");
  REQUIRE(found.size() == 1);
  CHECK(found[0].severity == Severity::Warning);
  CHECK(found[0].message.find("\"Jane Doe\" appears only in the page header") != std::string::npos);

  Document heading = body_document({"Jane Doe", "Engineer at Acme, 2020 – 2024"});
  add_zone(heading, "Experience", Zone::Header, "header1.xml");
  auto heading_found = lint(heading, "header-footer-content");
  REQUIRE(heading_found.size() == 1);
  CHECK(heading_found[0].severity == Severity::Warning);
}

TEST_CASE("header-footer-content: one stray word in a footer is only info") {
  Document document = body_document({"Jane Doe", "Experience"});
  add_zone(document, "Confidential", Zone::Footer, "footer1.xml");
  auto found = lint(document, "header-footer-content");
  REQUIRE(found.size() == 1);
  CHECK(found[0].severity == Severity::Info);
  CHECK(found[0].message.find("page footer") != std::string::npos);
}

TEST_CASE("header-footer-content: header text given only as a layout object is read too") {
  Document document = body_document({"Jane Doe", "Experience"});
  LayoutObject header;
  header.kind = LayoutObject::Kind::HeaderFooter;
  header.location.part = "header2.xml";
  header.text = "Jane Doe\nlinkedin.com/in/janedoe";
  document.objects.push_back(header);
  auto found = lint(document, "header-footer-content");
  REQUIRE(found.size() == 1);
  CHECK(found[0].severity == Severity::Error);
  CHECK(found[0].message.find("linkedin.com/in/janedoe") != std::string::npos);
}

TEST_CASE("header-footer-content: text formats have no header zone") {
  Document document;
  document.format = Format::Txt;
  Line line;
  line.text = "jane@example.com";
  line.location.line = 1;
  document.lines.push_back(line);
  CHECK(lint(document, "header-footer-content").empty());
}

TEST_CASE("header-footer-content: a PDF name repeated at the top of every page is only a note") {
  Document document = pdf_document(2);
  document.lines.push_back(pdf_text("Experience", 3, 13));
  document.lines.push_back(pdf_text("Engineer at Acme, 2020 – 2024", 4));
  for (int page = 1; page <= 2; ++page) {
    Line header = pdf_text("Jordan Avery", 0, 16, page);
    header.zone = Zone::Header;
    document.lines.push_back(header);
  }
  auto found = lint(document, "header-footer-content");
  REQUIRE(found.size() == 1);
  CHECK(found[0].severity == Severity::Info);
}
