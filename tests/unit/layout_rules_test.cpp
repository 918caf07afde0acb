// The PDF layout rules on hand-built documents: messages say where and what.
#include <doctest/doctest.h>

#include <tuple>

#include "layout_rules_test.h"
#include "linter/layout/zones.h"
#include "linter/rule_registry.h"

using namespace atslint;

namespace {

std::vector<Diagnostic> check_rule(const char* rule_name, const Document& document) {
  const Rule* rule = find_rule(rule_name);
  REQUIRE(rule);
  Resume resume;
  nlohmann::json options = nlohmann::json::object();
  LintContext context{document, resume, options};
  std::vector<Diagnostic> out;
  DiagnosticSink sink(rule->info(), out);
  rule->check(context, sink);
  return out;
}

TextRun run_in(const std::string& font) {
  TextRun run;
  run.font = font;
  run.text.push_back('x');  // not = "x": GCC 12 -Wrestrict false positive
  run.location.page = 1;
  run.location.line = 3;
  return run;
}

}  // namespace

TEST_CASE("multi-column names the x ranges and page of a PDF column region") {
  Document document;
  document.format = Format::Pdf;
  LayoutObject region;
  region.kind = LayoutObject::Kind::ColumnRegion;
  region.location.page = 2;
  region.location.box = Box{36, 100, 560, 700};
  region.column_ranges = {{36, 200}, {230, 560}};
  document.objects.push_back(region);
  auto found = check_rule("multi-column", document);
  REQUIRE(found.size() == 1);
  CHECK(found[0].severity == Severity::Warning);
  CHECK(found[0].message.find("page 2") != std::string::npos);
  CHECK(found[0].message.find("x 36-200 pt, x 230-560 pt") != std::string::npos);
  CHECK(found[0].location.box.has_value());
}

TEST_CASE("multi-column explains DOCX newspaper columns that have no x ranges") {
  Document document;
  document.format = Format::Docx;
  LayoutObject section;
  section.kind = LayoutObject::Kind::ColumnRegion;
  section.columns = 2;
  section.location.paragraph = 4;
  document.objects.push_back(section);
  auto found = check_rule("multi-column", document);
  REQUIRE(found.size() == 1);
  CHECK(found[0].message.find("2 newspaper columns set on the section") != std::string::npos);
  CHECK(found[0].location.paragraph == 4);
}

TEST_CASE("no-text-layer ignores a nearly empty last page but not a scanned one") {
  Document document;
  document.format = Format::Pdf;
  document.pages.resize(2);
  document.pages[0] = Page{1, 612, 792, 0, 900, {}, {}};
  document.pages[1] = Page{2, 612, 792, 0, 5, {}, {}};
  CHECK(check_rule("no-text-layer", document).empty());
  LayoutObject scan;
  scan.kind = LayoutObject::Kind::Image;
  scan.location.page = 2;
  scan.page_fraction = 0.97;
  document.objects.push_back(scan);
  auto found = check_rule("no-text-layer", document);
  REQUIRE(found.size() == 1);
  CHECK(found[0].location.page == 2);
  CHECK(found[0].severity == Severity::Error);
}

TEST_CASE("unmappable-text and font-not-embedded report per font") {
  Document document;
  document.format = Format::Pdf;
  Line line;
  for (const char* font : {"Garbled", "Calibri", "Helvetica"}) line.runs.push_back(run_in(font));
  document.raw_lines.push_back(line);
  FontInfo garbled{"Garbled", true, false, false, 100, 0, 100};
  FontInfo calibri{"Calibri", false, true, false, 50, 0, 0};
  FontInfo helvetica{"Helvetica", false, true, false, 50, 0, 0};
  document.fonts = {garbled, calibri, helvetica};
  auto unmapped = check_rule("unmappable-text", document);
  REQUIRE(unmapped.size() == 1);
  CHECK(unmapped[0].message.find("\"Garbled\": 100 of 100") != std::string::npos);
  CHECK(unmapped[0].location.line == 3);
  auto embedded = check_rule("font-not-embedded", document);
  REQUIRE(embedded.size() == 2);
  CHECK(embedded[0].severity == Severity::Warning);
  CHECK(embedded[0].message.find("Calibri") != std::string::npos);
  CHECK(embedded[1].severity == Severity::Info);
  CHECK(embedded[1].message.find("Helvetica") != std::string::npos);
}

TEST_CASE("zones: a page number at the foot is a footer, a year alone there is text") {
  Document document;
  document.format = Format::Pdf;
  document.pages.push_back(Page{1, 595, 842, 0, 100, {}, {}});
  for (const char* text : {"2017", "3"}) {
    Line line;
    line.text = text;
    line.location.page = 1;
    line.location.box = Box{240, 771, 262, 782};
    document.raw_lines.push_back(line);
  }
  layout::mark_zones(document);
  CHECK(document.raw_lines[0].zone != Zone::Footer);  // a timeline's date above its last entry
  CHECK(document.raw_lines[1].zone == Zone::Footer);
}

namespace {

/// A two-page PDF-shaped document for the zone tests.
Document two_pages() {
  Document document;
  document.format = Format::Pdf;
  for (int page = 1; page <= 2; ++page) document.pages.push_back(Page{page, 595, 842, 0, 100, {}, {}});
  return document;
}

/// A line of two cells, one at the left margin and one at the right, `top` points down the page.
Line two_cell_line(int page, const std::string& left, const std::string& right, double top) {
  return layout_test::pdf_line({layout_test::pdf_run(left, 72, top, 9), layout_test::pdf_run(right, 460, top, 9)}, 1, page);
}

}  // namespace

TEST_CASE("zones: a running head that names the current section beside the name is a header on every page") {
  auto document = two_pages();
  // Texinfo's head: "Berufserfahrung … Tobias Hägele" on page 1, "Sprachen … Tobias Hägele" on page 2.
  document.raw_lines = {two_cell_line(1, "Berufserfahrung", "Tobias Hägele", 40), two_cell_line(2, "Sprachen", "Tobias Hägele", 40)};
  Line title;  // the name as the first page's title, below the band: body text
  title.text = "Tobias Hägele";
  title.location.page = 1;
  title.location.box = Box{72, 120, 200, 140};
  document.raw_lines.push_back(title);
  layout::mark_zones(document);
  CHECK(document.raw_lines[0].zone == Zone::Header);
  CHECK(document.raw_lines[1].zone == Zone::Header);
  CHECK(document.raw_lines[2].zone == Zone::Body);
  // Guard: an entry's "Kasa … Seoul, S.Korea" atop each page, its title right under it, is the entry's text.
  document.raw_lines = {two_cell_line(1, "Kasa", "Tobias Hägele", 40), two_cell_line(2, "ShitOne Corp.", "Tobias Hägele", 40)};
  for (int page = 1; page <= 2; ++page) {
    Line role;
    role.text = "Founding Member";
    role.location.page = page;
    role.location.box = Box{72, 52, 200, 62};
    document.raw_lines.push_back(role);
  }
  layout::mark_zones(document);
  CHECK(document.raw_lines[0].zone == Zone::Body);
  CHECK(document.raw_lines[1].zone == Zone::Body);
}

TEST_CASE("zones review 39: entries at the foot of each page whose dates repeat in shape are no footer") {
  auto document = two_pages();
  document.raw_lines = {two_cell_line(1, "Acme Corp", "2016 – 2018", 760), two_cell_line(2, "Globex Ltd", "2012 – 2015", 760)};
  layout::mark_zones(document);
  CHECK(document.raw_lines[0].zone == Zone::Body);
  CHECK(document.raw_lines[1].zone == Zone::Body);
}

TEST_CASE("zones review 39: a list's last row high on each page, a row above it, is no running head") {
  auto document = two_pages();
  // The last row is followed by blank space (the list ends there), but rows stand above it.
  document.raw_lines = {two_cell_line(1, "Staff, Hacking Camp", "S.Korea", 40),
                        two_cell_line(1, "Problem Writer, Hacking Competition", "S.Korea", 52),
                        two_cell_line(2, "Organizer, Hackathon", "S.Korea", 40),
                        two_cell_line(2, "Staff and Problem Writer, Hacking Competition", "S.Korea", 52)};
  layout::mark_zones(document);
  for (const auto& line : document.raw_lines) CHECK(line.zone == Zone::Body);
}
