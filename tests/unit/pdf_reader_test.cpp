// The PDF front end and layout analysis over the generated samples in
// tests/data/pdf (written by tools/make-pdf-samples, whose source says what
// each page draws).
#include <doctest/doctest.h>

#include <algorithm>
#include <fstream>
#include <sstream>

#include "linter/error.h"
#include "linter/layout/layout.h"
#include "linter/text_util.h"
#include "parsers/frontend.h"
#include "parsers/pdf/page_content.h"

using namespace atslint;

namespace {

std::string bytes_of(const std::string& name) {
  std::ifstream in(std::string(ATSLINT_SOURCE_DIR) + "/tests/data/pdf/" + name, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

Document load(const std::string& name) {
  Document document = read_document(name, bytes_of(name));
  analyse_layout(document);
  return document;
}

const TextRun* find_run(const Document& document, std::string_view text) {
  for (const auto& line : document.raw_lines)
    for (const auto& run : line.runs)
      if (run.text.find(text) != std::string::npos) return &run;
  return nullptr;
}

const Line* find_line(const std::vector<Line>& lines, std::string_view text) {
  for (const auto& line : lines)
    if (line.text.find(text) != std::string::npos) return &line;
  return nullptr;
}

}  // namespace

TEST_CASE("runs carry box, font, size, style and colour") {
  Document document = load("model.pdf");
  REQUIRE(document.pages.size() == 1);
  CHECK(document.pages[0].width == doctest::Approx(612));
  CHECK(document.pages[0].height == doctest::Approx(792));
  const TextRun* name = find_run(document, "Alex Morgan");
  REQUIRE(name);
  CHECK(name->font == "Helvetica-Bold");
  CHECK(name->bold);
  CHECK(name->size == doctest::Approx(20));
  REQUIRE(name->location.box);
  // Drawn with its top at y=54 from the page top, 20 pt high.
  CHECK(name->location.box->x0 == doctest::Approx(54).epsilon(0.01));
  CHECK(name->location.box->y0 > 50);
  CHECK(name->location.box->y1 < 80);
  CHECK(name->location.page == 1);
  CHECK(name->location.line == 1);
  const TextRun* italic = find_run(document, "Worked remotely");
  REQUIRE(italic);
  CHECK(italic->italic);
  CHECK_FALSE(italic->bold);
  CHECK(italic->color == 0x336699);
}

TEST_CASE("hidden, tiny and off-page text are marked, not dropped") {
  Document document = load("model.pdf");
  const TextRun* white = find_run(document, "Kubernetes Terraform");
  REQUIRE(white);
  CHECK(white->color == 0xFFFFFF);
  CHECK_FALSE(white->hidden);
  const TextRun* invisible = find_run(document, "invisible keywords");
  REQUIRE(invisible);
  CHECK(invisible->hidden);
  const TextRun* tiny = find_run(document, "tiny print");
  REQUIRE(tiny);
  CHECK(tiny->size == doctest::Approx(3));
  const TextRun* outside = find_run(document, "outside the page");
  REQUIRE(outside);
  CHECK(outside->off_page);
  CHECK_FALSE(find_run(document, "Alex Morgan")->off_page);
}

TEST_CASE("link annotations give page links and run links") {
  Document document = load("model.pdf");
  const auto& links = document.pages[0].links;
  REQUIRE(links.size() == 1);
  CHECK(links[0] == "mailto:alex.morgan@example.com");
  CHECK(find_run(document, "alex.morgan@example.com")->link == "mailto:alex.morgan@example.com");
  CHECK(find_run(document, "Experience")->link.empty());
}

TEST_CASE("bullets become list markers and a page number is a footer") {
  Document document = load("model.pdf");
  const Line* bullet = find_line(document.lines, "Built a streaming pipeline");
  REQUIRE(bullet);
  CHECK(bullet->list_item);
  CHECK(bullet->list_marker == "•");
  CHECK(bullet->text == "Built a streaming pipeline in Python");
  const Line* heading = find_line(document.lines, "Experience");
  REQUIRE(heading);
  CHECK_FALSE(heading->list_item);
  CHECK(heading->block_start);
  const Line* second = find_line(document.lines, "Cut batch runtime");
  REQUIRE(second);
  const Line* page_number = &document.lines.back();
  CHECK(page_number->text == "1");
  CHECK(page_number->zone == Zone::Footer);
}

TEST_CASE("fonts record embedding and Unicode maps") {
  Document document = load("model.pdf");
  auto helvetica = std::find_if(document.fonts.begin(), document.fonts.end(),
                                [](const FontInfo& f) { return f.name == "Helvetica"; });
  REQUIRE(helvetica != document.fonts.end());
  CHECK_FALSE(helvetica->embedded);
  CHECK(helvetica->has_to_unicode);
  CHECK(helvetica->glyphs > 50);
  CHECK(helvetica->unmapped_glyphs == 0);
}

TEST_CASE("two columns are read column by column, raw order line by line") {
  Document document = load("two-column.pdf");
  auto index_of = [](const std::vector<Line>& lines, std::string_view text) {
    for (size_t i = 0; i < lines.size(); ++i)
      if (lines[i].text.find(text) != std::string::npos) return static_cast<long>(i);
    return -1L;
  };
  // Sidebar's last item comes before the main column's first job in reading order...
  long spanish = index_of(document.lines, "Spanish"), job = index_of(document.lines, "Senior Data Engineer");
  REQUIRE(spanish >= 0);
  REQUIRE(job >= 0);
  CHECK(spanish < job);
  // ...but after it in the line-by-line order an ATS may use.
  CHECK(index_of(document.raw_lines, "Spanish") > index_of(document.raw_lines, "Senior Data Engineer"));
  const Line* header = find_line(document.lines, "Alex Morgan");
  REQUIRE(header);
  CHECK(header->column == 0);
  CHECK(find_line(document.lines, "Spanish")->column == 1);
  CHECK(find_line(document.lines, "Northwind Analytics")->column == 2);
  auto region = std::find_if(document.objects.begin(), document.objects.end(),
                             [](const LayoutObject& o) { return o.kind == LayoutObject::Kind::ColumnRegion; });
  REQUIRE(region != document.objects.end());
  REQUIRE(region->column_ranges.size() == 2);
  CHECK(region->column_ranges[0].first == doctest::Approx(54).epsilon(0.02));
  CHECK(region->column_ranges[1].first == doctest::Approx(230).epsilon(0.02));
  REQUIRE(region->location.box);
  CHECK(region->location.box->y0 > 100);  // below the full-width header
}

TEST_CASE("a single-column page with right-aligned dates has no column region") {
  Document document = load("single-column.pdf");
  CHECK(std::none_of(document.objects.begin(), document.objects.end(),
                     [](const LayoutObject& o) { return o.kind == LayoutObject::Kind::ColumnRegion; }));
  CHECK(document.lines.size() == document.raw_lines.size());
}

TEST_CASE("a scanned page has an image and no text") {
  Document document = load("scanned.pdf");
  REQUIRE(document.pages.size() == 1);
  CHECK(document.pages[0].text_chars == 0);
  REQUIRE(document.objects.size() == 1);
  CHECK(document.objects[0].kind == LayoutObject::Kind::Image);
  CHECK(document.objects[0].page_fraction > 0.95);
}

TEST_CASE("repeated top lines on two pages are a header zone") {
  Document document = load("header-footer.pdf");
  REQUIRE(document.pages.size() == 2);
  int header_lines = 0, footer_lines = 0;
  for (const auto& line : document.raw_lines) {
    if (line.text.find("alex.morgan@example.com") != std::string::npos) {
      CHECK(line.zone == Zone::Header);
      ++header_lines;
    }
    if (line.text.find("Page ") == 0) {
      CHECK(line.zone == Zone::Footer);
      ++footer_lines;
    }
  }
  CHECK(header_lines == 2);
  CHECK(footer_lines == 2);
  CHECK(std::count_if(document.objects.begin(), document.objects.end(), [](const LayoutObject& o) {
          return o.kind == LayoutObject::Kind::HeaderFooter;
        }) == 4);
}

TEST_CASE("unreadable PDFs become one AtsError each") {
  auto code_of = [](const std::string& name) {
    try {
      read_document(name, bytes_of(name));
    } catch (const AtsError& error) {
      return error.code();
    }
    return std::string("read");
  };
  CHECK(code_of("encrypted.pdf") == "encrypted");
  CHECK(code_of("truncated.pdf") == "truncated");
  CHECK(code_of("owner-password-only.pdf") == "read");
  CHECK_THROWS_AS(read_pdf("junk.pdf", "%PDF-1.4\nnot really a pdf\n%%EOF\n"), AtsError);
}

TEST_CASE("a ruled grid with text is a bordered data table, its lines are table cells") {
  Document document = load("table.pdf");
  std::vector<const LayoutObject*> tables;
  for (const auto& object : document.objects)
    if (object.kind == LayoutObject::Kind::Table) tables.push_back(&object);
  // The section rules under the headings are single lines, not tables.
  REQUIRE(tables.size() == 1);
  CHECK(tables[0]->rows == 3);
  CHECK(tables[0]->columns == 3);
  CHECK(tables[0]->has_borders);
  CHECK_FALSE(tables[0]->layout_table);
  const Line* cell = find_line(document.lines, "Lincoln High");  // only in the grid
  REQUIRE(cell);
  CHECK(cell->zone == Zone::TableCell);
  CHECK(find_line(document.lines, "Experience")->zone == Zone::Body);
  // Table rows never count as page columns.
  CHECK(std::none_of(document.objects.begin(), document.objects.end(),
                     [](const LayoutObject& o) { return o.kind == LayoutObject::Kind::ColumnRegion; }));
}

TEST_CASE("glyphs mapped to the Private Use Area are counted and mark an icon font") {
  // The icon-font fixture draws FontAwesome-style glyphs mapped to the Private Use Area.
  std::string path = std::string(ATSLINT_SOURCE_DIR) + "/tests/fixtures/icon-font/fires.pdf";
  std::ifstream in(path, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  Document document = read_document(path, buffer.str());
  auto icons = std::find_if(document.fonts.begin(), document.fonts.end(),
                            [](const FontInfo& f) { return f.private_use_glyphs > 0; });
  REQUIRE(icons != document.fonts.end());
  CHECK(icons->private_use_glyphs == 3);
  CHECK(icons->symbolic);
}

TEST_CASE("a TeX accent drawn as its own glyph joins the letter under it") {
  Document document = load("model.pdf");
  const TextRun* run = find_run(document, "Wetenschappen");
  REQUIRE(run);
  CHECK(run->text == "Industriële Wetenschappen");
}

TEST_CASE("centred headings split a column region into bands read column by column") {
  Document document = load("banded-columns.pdf");
  auto index_of = [&](std::string_view text) {
    for (size_t i = 0; i < document.lines.size(); ++i)
      if (document.lines[i].text.find(text) != std::string::npos) return static_cast<long>(i);
    return -1L;
  };
  long experience = index_of("Experience"), left_job = index_of("Northwind"), right_job = index_of("Contoso"),
       projects = index_of("Projects"), left_project = index_of("Pipeline Toolkit"),
       right_bullet = index_of("schema breaks");
  REQUIRE(experience >= 0);
  CHECK(experience < left_job);
  CHECK(left_job < right_job);       // left entry whole, then the right one
  CHECK(right_bullet < projects);    // the band ends before the next heading
  CHECK(projects < left_project);
  const Line* heading = find_line(document.lines, "Projects");
  REQUIRE(heading);
  CHECK(heading->column == 0);
  CHECK(find_line(document.lines, "Contoso")->column == 2);
}

TEST_CASE("white text on a dark panel records the panel as its background") {
  Document document = load("sidebar-panel.pdf");
  const TextRun* skill = find_run(document, "Airflow");
  REQUIRE(skill);
  CHECK(skill->color == 0xFFFFFF);
  REQUIRE(skill->background.has_value());
  uint32_t red = *skill->background >> 16, blue = *skill->background & 0xFF;
  CHECK(red <= 0x1A);  // 0.1 0.15 0.3 rg, rounded by Poppler
  CHECK(blue == 0x4C);
  const TextRun* main = find_run(document, "Northwind Analytics");
  REQUIRE(main);
  CHECK(main->background.value_or(0xFFFFFF) == 0xFFFFFF);
  auto panel = std::find_if(document.objects.begin(), document.objects.end(),
                            [](const LayoutObject& o) { return o.kind == LayoutObject::Kind::Shape; });
  REQUIRE(panel != document.objects.end());
  CHECK(panel->location.box->width() == doctest::Approx(160).epsilon(0.01));
  // The panel does not change the column verdict.
  CHECK(std::any_of(document.objects.begin(), document.objects.end(),
                    [](const LayoutObject& o) { return o.kind == LayoutObject::Kind::ColumnRegion; }));
}

TEST_CASE("discs painted as shapes beside a job's lines mark them as bullets; a heading's square and a row of dots do not") {
  Document document = load("painted-bullets.pdf");
  const Line* first = find_line(document.lines, "New homes");
  const Line* last = find_line(document.lines, "Completed apprenticeship");
  const Line* heading = find_line(document.lines, "WORK HISTORY");
  const Line* education = find_line(document.lines, "EDUCATION");
  REQUIRE(first);
  REQUIRE(last);
  REQUIRE(heading);
  REQUIRE(education);
  CHECK(first->list_item);
  CHECK(last->list_item);
  CHECK(first->text == "New homes: rough-in and fit-off");  // the text layer has no glyph, and none is made up
  CHECK_FALSE(heading->list_item);
  CHECK_FALSE(education->list_item);
  CHECK_FALSE(find_line(document.lines, "Kerrigan Constructions")->list_item);
  REQUIRE(document.pages.size() == 1);
  CHECK(document.pages[0].list_marks.size() == 4);
}

TEST_CASE("a job's lone painted disc before a duty that wraps under itself is a bullet; a timeline's disc on its rule is not") {
  Document document = load("painted-bullets.pdf");
  const Line* duty = find_line(document.lines, "Fitted switchboards");
  const Line* timeline = find_line(document.lines, "Storeman and forklift");
  REQUIRE(duty);
  REQUIRE(timeline);
  CHECK(duty->list_item);
  CHECK_FALSE(timeline->list_item);
}

TEST_CASE("every run's weight agrees with its font's name on every page (a freed font's address is not trusted)") {
  for (const char* name : {"fonts-per-page.pdf", "header-footer.pdf", "model.pdf", "two-column.pdf", "sidebar-panel.pdf", "banded-columns.pdf",
                           "single-column.pdf", "table.pdf", "painted-bullets.pdf"}) {
    Document document = load(name);
    for (const auto& line : document.raw_lines)
      for (const auto& run : line.runs) {
        if (trim(run.text).empty()) continue;
        bool named_bold = run.font.find("Bold") != std::string::npos || run.font.find("bold") != std::string::npos;
        INFO(name, ": ", run.text, " in ", run.font);
        CHECK(run.bold == named_bold);
      }
  }
}

TEST_CASE("glyphs inside an ActualText span read as the span's text, not as their Private Use mapping") {
  // Chromium's old-style figures: each year glyph maps to the Private Use Area and is tagged with its digit.
  Document document = load("actual-text.pdf");
  CHECK(find_line(document.lines, "sep. 2019 - heden"));
  // One span over four glyphs: the text once, not once per glyph.
  CHECK(std::any_of(document.lines.begin(), document.lines.end(), [](const Line& line) { return line.text == "2019"; }));
  // A span over an icon and text in another font is left as drawn: the icon stays an icon.
  CHECK(std::any_of(document.lines.begin(), document.lines.end(), [](const Line& line) { return line.text == "\uF095 555-0100"; }));
  int private_use = 0;
  for (const auto& font : document.fonts) private_use += font.private_use_glyphs;
  CHECK(private_use == 1);  // that icon alone: the digits' Private Use mapping counts for nothing
}

TEST_CASE("TeX's AMS and Zapf symbol fonts are symbol fonts by name: MSAM10's 'I' is a bullet, no letter") {
  CHECK(pdf::is_symbol_font_name("MSAM10"));
  CHECK(pdf::is_symbol_font_name("MSBM7"));
  CHECK(pdf::is_symbol_font_name("PZDR"));
  CHECK_FALSE(pdf::is_symbol_font_name("Lato-Regular"));
}

TEST_CASE("a white box painted over old text hides it from the line's text; a coloured highlight hides nothing") {
  Document document = load("whiteout.pdf");
  const TextRun* old = find_run(document, "alex.old@example.net");
  REQUIRE(old);
  CHECK(old->covered);
  CHECK(old->hidden);  // still a run: hidden-text reports it, an ATS reads it
  const Line* contact = find_line(document.lines, "alex.morgan@example.com");
  REQUIRE(contact);
  CHECK(contact->text.find("alex.old") == std::string::npos);
  CHECK(contact->text.find("Portland, OR") != std::string::npos);
  const TextRun* highlighted = find_run(document, "Open to relocation");
  REQUIRE(highlighted);
  CHECK_FALSE(highlighted->covered);
  CHECK(find_line(document.lines, "Open to relocation"));
}

TEST_CASE("a fillable form's answers are read from its fields' widgets") {
  Document document = load("form-fields.pdf");
  const Line* name = find_line(document.lines, "Full name");
  REQUIRE(name);
  CHECK(name->text == "Full name Jordan Ellis");
  CHECK(find_line(document.lines, "jordan.ellis@example.org"));
  CHECK(find_line(document.lines, "(555) 014-7788"));
}
