// The DOCX front end on hand-written WordprocessingML (tests/data/docx, made by
// tools/make-docx-samples): every construct the reader must understand.
#include <doctest/doctest.h>

#include <algorithm>

#include "linter/error.h"
#include "linter/input.h"
#include "linter/layout/layout.h"
#include "linter/structure/structure.h"
#include "parsers/common/word_layout.h"
#include "parsers/frontend.h"

using namespace atslint;

namespace {

Document read_data(const std::string& name) {
  std::string path = std::string(ATSLINT_SOURCE_DIR) + "/tests/data/docx/" + name;
  return read_document(path, read_input(path));
}

Document read_sample(const std::string& name) {
  std::string path = std::string(ATSLINT_SOURCE_DIR) + "/samples/docx/" + name;
  return read_document(path, read_input(path));
}

const Line* find_line(const Document& document, std::string_view text) {
  for (const auto& line : document.lines)
    if (line.text.find(text) != std::string::npos) return &line;
  return nullptr;
}

int count_occurrences(const std::string& haystack, std::string_view needle) {
  int count = 0;
  for (size_t at = haystack.find(needle); at != std::string::npos; at = haystack.find(needle, at + 1)) ++count;
  return count;
}

std::vector<const LayoutObject*> objects_of(const Document& document, LayoutObject::Kind kind) {
  std::vector<const LayoutObject*> out;
  for (const auto& object : document.objects)
    if (object.kind == kind) out.push_back(&object);
  return out;
}

}  // namespace

TEST_CASE("a text box in mc:Choice with its VML copy in mc:Fallback is read exactly once") {
  auto document = read_data("alternate-content.docx");
  CHECK(count_occurrences(document.plain_text(), "Available from March") == 1);
  auto boxes = objects_of(document, LayoutObject::Kind::TextBox);
  REQUIRE(boxes.size() == 1);
  CHECK(boxes[0]->text == "Available from March");
  CHECK(boxes[0]->floating);
  CHECK(boxes[0]->location.paragraph == 1);
  const Line* line = find_line(document, "Available from March");
  REQUIRE(line);
  CHECK(line->zone == Zone::TextBox);
  CHECK(line->location.part == "text box");
  // The box's text follows the paragraph that anchors it.
  CHECK(document.lines[0].text == "Intro line");
}

TEST_CASE("a heading drawn in a floating shape is read before the paragraph that anchors it") {
  auto document = read_data("heading-shape.docx");
  std::vector<std::string> texts;
  for (const auto& line : document.lines) texts.push_back(line.text);
  auto heading = std::find(texts.begin(), texts.end(), "EXPERIENCIA LABORAL");
  REQUIRE(heading != texts.end());
  REQUIRE(heading + 1 != texts.end());
  CHECK(heading[1].starts_with("Técnico de mantenimiento"));
}

TEST_CASE("heading styles are found through names, localised names, outline levels and the basedOn chain") {
  auto document = read_data("localised-headings.docx");
  auto level = [&](std::string_view text) {
    const Line* line = find_line(document, text);
    REQUIRE(line);
    return line->heading ? line->heading_level : 0;
  };
  CHECK(level("Berufserfahrung") == 1);  // "Überschrift 1"
  CHECK(level("Formation") == 2);        // "Titre 2"
  CHECK(level("Vaardigheden") == 3);     // "Kop 3"
  CHECK(level("Projects") == 2);         // custom style based on Heading 2
  CHECK(level("Outline body") == 3);     // w:outlineLvl 2 in the style
  CHECK(level("Inline outline") == 1);   // w:outlineLvl 0 on the paragraph
  CHECK(level("Plain paragraph") == 0);
  CHECK(level("Jordan Blake") == 0);
}

TEST_CASE("list items carry the marker numbering.xml prints, whatever the glyph") {
  auto document = read_data("lists.docx");
  auto marker = [&](std::string_view text) {
    const Line* line = find_line(document, text);
    REQUIRE(line);
    return line->list_item ? line->list_marker : std::string("<none>");
  };
  CHECK(marker("Symbol bullet one") == "•");  // Symbol U+F0B7
  CHECK(marker("Courier sub item") == "◦");   // Courier New "o"
  CHECK(marker("First numbered") == "1.");
  CHECK(marker("Second numbered") == "2.");
  CHECK(marker("Lettered sub item") == "a)");
  CHECK(marker("Wingdings arrow") == "➢");
  CHECK(marker("Not a list item") == "<none>");
}

TEST_CASE("tables: cells in order, nested tables, data table versus layout table") {
  auto document = read_data("tables.docx");
  auto text = document.plain_text();
  CHECK(text.find("Year\nRevenue\nGrowth\n2021") != std::string::npos);
  CHECK(text.find("Outer cell\nInner A\nInner B\nOuter right") != std::string::npos);
  CHECK(find_line(document, "Before tables")->zone == Zone::Body);
  CHECK(find_line(document, "Inner A")->zone == Zone::TableCell);
  auto tables = objects_of(document, LayoutObject::Kind::Table);
  REQUIRE(tables.size() == 3);
  auto data = std::find_if(tables.begin(), tables.end(), [](auto* t) { return t->rows == 4; });
  REQUIRE(data != tables.end());
  CHECK((*data)->columns == 3);
  CHECK((*data)->has_borders);
  CHECK_FALSE((*data)->layout_table);
}

TEST_CASE("tables: each cell's lines carry their table, row and grid column; a nested table's lines carry their own") {
  auto document = read_data("tables.docx");
  auto spot = [&](std::string_view text) { return find_line(document, text)->table_spot; };
  CHECK_FALSE(spot("Before tables").has_value());
  REQUIRE(spot("Revenue").has_value());
  CHECK(spot("Revenue")->row == 0);
  CHECK(spot("Revenue")->column == 1);
  CHECK(spot("$2.1M")->row == 3);
  CHECK(spot("$2.1M")->column == 1);
  CHECK(spot("Growth")->column == 2);
  REQUIRE(spot("Outer cell").has_value());
  CHECK(spot("Outer cell")->table != spot("Revenue")->table);
  CHECK(spot("Outer right")->column == 1);
  CHECK(spot("Inner B")->column == 1);
  CHECK(spot("Inner B")->table != spot("Outer right")->table);
  CHECK_FALSE(spot("After tables").has_value());
}

TEST_CASE("a borderless table holding whole sections is a layout table") {
  auto document = read_sample("layout-table.docx");
  auto tables = objects_of(document, LayoutObject::Kind::Table);
  REQUIRE(tables.size() == 1);
  CHECK(tables[0]->layout_table);
  CHECK_FALSE(tables[0]->has_borders);
  CHECK(tables[0]->rows == 1);
  CHECK(tables[0]->columns == 2);
  const Line* heading = find_line(document, "Experience");
  REQUIRE(heading);
  CHECK(heading->heading);
  CHECK(heading->zone == Zone::TableCell);
}

TEST_CASE("hyperlinks through relationships, simple and complex HYPERLINK fields, content controls, breaks") {
  auto document = read_data("inline.docx");
  auto link_of = [&](std::string_view text) {
    const Line* line = find_line(document, text);
    REQUIRE(line);
    REQUIRE_FALSE(line->runs.empty());
    return line->runs.front().link;
  };
  CHECK(link_of("my profile") == "https://www.linkedin.com/in/jordanblake");
  CHECK(link_of("GitHub") == "https://github.com/jblake");
  CHECK(link_of("Email me") == "mailto:jordan.blake@example.com");
  const Line* after = find_line(document, "Email me");
  CHECK(after->runs.back().link.empty());  // text after the field's end is not linked
  CHECK(find_line(document, "+1 (555) 014-2233"));  // read through w:sdt
  CHECK(find_line(document, "Line one")->text == "Line one");
  CHECK(find_line(document, "Line two")->text == "Line two\tTabbed");
  CHECK_FALSE(find_line(document, "Line two")->block_start);
  const auto& links = document.pages.at(0).links;
  CHECK(std::find(links.begin(), links.end(), "https://github.com/jblake") != links.end());
}

TEST_CASE("run properties: vanish, colour, size in points, bold, symbol characters") {
  auto document = read_data("inline.docx");
  const Line* line = find_line(document, "Hidden");
  REQUIRE(line);
  auto run = [&](std::string_view text) {
    for (const auto& r : line->runs)
      if (r.text.find(text) != std::string::npos) return r;
    FAIL("no run " << text);
    return TextRun{};
  };
  CHECK(run("Hidden").hidden);
  CHECK_FALSE(run("white").hidden);
  CHECK(run("white").color == 0xFFFFFFu);
  CHECK(run("tiny").size == doctest::Approx(3.0));
  CHECK(run("auto").color == 0u);
  CHECK(run("auto").size == doctest::Approx(11.0));  // docDefaults w:sz 22 half-points
  CHECK(run("bold").bold);
  CHECK(run("auto").font == "Calibri");  // minorHAnsi resolved through theme1.xml
  const Line* phone = find_line(document, " phone");
  REQUIRE(phone);
  CHECK(phone->runs.front().font == "Wingdings");
  CHECK(phone->runs.front().text == "\uF028");  // kept in the private-use page for icon-font
  auto wingdings = std::find_if(document.fonts.begin(), document.fonts.end(),
                                [](const FontInfo& f) { return f.name == "Wingdings"; });
  REQUIRE(wingdings != document.fonts.end());
  CHECK(wingdings->symbolic);
  CHECK(wingdings->private_use_glyphs == 1);
  // A Wingdings bullet typed as a separator is a plain bullet, not an icon.
  const Line* separated = find_line(document, "0113 496 0000");
  REQUIRE(separated);
  CHECK(separated->text == "Leeds • 0113 496 0000");
  CHECK(wingdings->glyphs == 1);
}

TEST_CASE("headers and footers are read, flagged and described") {
  auto document = read_data("header-footer.docx");
  const Line* header = find_line(document, "Header Name Line");
  const Line* footer = find_line(document, "Footer page note");
  REQUIRE(header);
  REQUIRE(footer);
  CHECK(header->zone == Zone::Header);
  CHECK(header->location.part == "header1.xml");
  CHECK(header->location.paragraph == 1);
  CHECK(footer->zone == Zone::Footer);
  CHECK(find_line(document, "Body text only")->zone == Zone::Body);
  auto parts = objects_of(document, LayoutObject::Kind::HeaderFooter);
  REQUIRE(parts.size() == 2);
  CHECK(parts[0]->text == "Header Name Line");
  CHECK(parts[1]->text == "Footer page note");
}

TEST_CASE("drawings: inline picture, VML text box, chart, each with its size") {
  auto document = read_data("drawings.docx");
  auto images = objects_of(document, LayoutObject::Kind::Image);
  REQUIRE(images.size() == 1);
  CHECK_FALSE(images[0]->floating);
  CHECK(images[0]->description.find("108x144 pt") != std::string::npos);
  CHECK(images[0]->page_fraction == doctest::Approx(108.0 * 144.0 / (612.0 * 792.0)));
  auto boxes = objects_of(document, LayoutObject::Kind::TextBox);
  REQUIRE(boxes.size() == 1);
  CHECK(boxes[0]->text == "VML box text");
  CHECK(objects_of(document, LayoutObject::Kind::Chart).size() == 1);
  auto shapes = objects_of(document, LayoutObject::Kind::Shape);
  REQUIRE(shapes.size() == 1);
  CHECK(shapes[0]->description.find("SmartArt") != std::string::npos);
  CHECK(shapes[0]->text == "Plan\nBuild\nShip");
  CHECK(document.plain_text().find("Plan") == std::string::npos);  // not body text
}

TEST_CASE("a floating photo and newspaper columns become layout objects") {
  auto photo = read_sample("photo.docx");
  auto images = objects_of(photo, LayoutObject::Kind::Image);
  REQUIRE(images.size() == 1);
  CHECK(images[0]->floating);
  auto columns = read_sample("two-columns.docx");
  auto regions = objects_of(columns, LayoutObject::Kind::ColumnRegion);
  REQUIRE(regions.size() == 1);
  CHECK(regions[0]->description == "2 newspaper columns");
  REQUIRE(regions[0]->column_ranges.size() == 2);
  CHECK(regions[0]->column_ranges[0].first == doctest::Approx(72.0));
  CHECK(regions[0]->column_ranges[1].second == doctest::Approx(540.0));
  CHECK(objects_of(read_sample("clean.docx"), LayoutObject::Kind::ColumnRegion).empty());
  // The sample breaks columns by hand before Education: lines know their column.
  CHECK(find_line(columns, "Northwind Logistics")->column == 1);
  CHECK(find_line(columns, "Oregon State University")->column == 2);
  CHECK(find_line(read_sample("clean.docx"), "Oregon State University")->column == 0);
}

TEST_CASE("tracked changes: inserted text read, deleted text dropped, comments counted") {
  auto document = read_data("tracked.docx");
  auto text = document.plain_text();
  CHECK(text.find("Inserted words") != std::string::npos);
  CHECK(text.find("Removed words") == std::string::npos);
  CHECK(document.tracked_changes);
  CHECK(document.comments == 2);
  CHECK_FALSE(read_sample("clean.docx").tracked_changes);
}

TEST_CASE("white keyword stuffing and w:vanish text are read and flagged") {
  auto document = read_sample("white-keywords.docx");
  const Line* stuffing = find_line(document, "Kubernetes AWS Azure");
  REQUIRE(stuffing);
  CHECK(stuffing->runs.front().color == 0xFFFFFFu);
  CHECK(stuffing->runs.front().size == doctest::Approx(2.0));
  const Line* vanished = find_line(document, "Principal Architect");
  REQUIRE(vanished);
  CHECK(vanished->runs.front().hidden);
}

TEST_CASE("the clean sample: headings, tab-aligned dates, bullets, page size from sectPr, page count from app.xml") {
  auto document = read_sample("clean.docx");
  CHECK(document.format == Format::Docx);
  CHECK(document.objects.empty());
  CHECK(find_line(document, "Experience")->heading);
  CHECK(find_line(document, "Northwind Logistics")->text.find("\tMar 2020") != std::string::npos);
  CHECK(find_line(document, "Cut order-routing")->list_marker == "•");
  REQUIRE(document.pages.size() == 1);
  CHECK(document.pages[0].width == doctest::Approx(612));
  CHECK(document.pages[0].height == doctest::Approx(792));
  CHECK(document.pages[0].text_chars > 500);
}

TEST_CASE("hostile packages are refused with a clear error") {
  auto refused = [](const std::string& name) {
    try {
      read_data(name);
    } catch (const AtsError& error) {
      return error.code();
    }
    return std::string("read");
  };
  CHECK(refused("billion-laughs.docx") == "unsafe-xml");
  CHECK(refused("external-entity.docx") == "unsafe-xml");
  CHECK(refused("zip-bomb.docx") == "zip-bomb");
  CHECK(refused("zip-bomb-lying-header.docx") == "zip-bomb");  // stops at the size the header claims
  CHECK(refused("encrypted.docx") == "encrypted");
}

TEST_CASE("footnotes are read after the body in the footnote zone, separators skipped") {
  auto document = read_data("footnotes.docx");
  REQUIRE(document.lines.size() == 2);
  CHECK(document.lines[0].text == "AWS Solutions Architect");
  CHECK(document.lines[1].text == "Certified in 2019 by the issuing board.");
  CHECK(document.lines[1].zone == Zone::Footnote);
  CHECK(document.lines[1].location.part == "footnotes.xml");
}

TEST_CASE("a drop cap's framed letter opens the first word of the paragraph after it") {
  auto document = read_data("drop-cap.docx");
  auto* first = find_line(document, "xperienced");
  REQUIRE(first != nullptr);
  CHECK(first->text.starts_with("Experienced community pharmacist"));
  REQUIRE(find_line(document, "orked as") != nullptr);
  CHECK(find_line(document, "orked as")->text == "Worked as pharmacist-in-charge.");
  // The letter is no line of its own.
  CHECK(std::none_of(document.lines.begin(), document.lines.end(), [](const Line& line) { return line.text == "E" || line.text == "W"; }));
}

TEST_CASE("a heading whose paragraph mark Word's style separator hides runs in on the next paragraph's line") {
  auto document = read_data("style-separator.docx");
  auto* role = find_line(document, "Projektleiter Elektrotechnik");
  REQUIRE(role != nullptr);
  CHECK(role->text.starts_with("Projektleiter Elektrotechnik – Elektro Brandl GmbH & Co. KG"));
  CHECK_FALSE(role->heading);
  CHECK(find_line(document, "Obermonteur")->text.find("09/2016") != std::string::npos);
  auto resume = analyse_structure(document);
  REQUIRE(resume.work.size() == 2);
  CHECK(resume.work[0].position == "Projektleiter Elektrotechnik");
  CHECK(resume.work[0].company == "Elektro Brandl GmbH & Co. KG");
  CHECK(resume.work[1].position == "Obermonteur");
}

TEST_CASE("two columns built with tab stops alone are read as two columns, the sidebar's first") {
  auto document = read_data("tab-columns.docx");
  analyse_layout(document);  // as the engine runs it
  auto resume = analyse_structure(document);
  CHECK(resume.contact.phone == "0412 776 309");
  REQUIRE(resume.work.size() == 1);
  CHECK(resume.work[0].position == "Kindergarten Teacher");
  CHECK(resume.work[0].company == "Merri River Kindergarten");
  CHECK(resume.work[0].highlights.size() == 2);
  REQUIRE(resume.skills.size() == 1);
  CHECK(resume.skills[0].keywords == std::vector<std::string>{"Play-based learning", "Family partnerships"});
  REQUIRE(resume.education.size() == 1);
  CHECK(resume.education[0].institution == "Federation University Australia");
}

TEST_CASE("a template's 'Job Heading' style heads one entry, no section; 'Section Heading' still heads a section") {
  CHECK(heading_level_from_name("Job Heading") == 0);
  CHECK(heading_level_from_name("Entry Heading 2") == 0);
  CHECK(heading_level_from_name("Section Heading") == 1);
  CHECK(heading_level_from_name("CV Heading 2") == 2);
}

TEST_CASE("review: a section style naming a job's history or a position stays a heading") {
  CHECK(heading_level_from_name("Job History Heading") == 1);
  CHECK(heading_level_from_name("Position Heading") == 1);
  CHECK(heading_level_from_name("Heading Item") == 1);
}

namespace {

Line cell_line(const std::string& text, int column, bool bullet = false) {
  Line line;
  line.text = text;
  TextRun run;
  run.text = text;
  line.runs.push_back(run);
  line.list_item = bullet;
  line.table_spot = TableSpot{0, 0, column};
  return line;
}

}  // namespace

TEST_CASE("a job's row: the right cell's dates and town set beside the left cell's header lines, before its bullets") {
  std::vector<Line> lines = {cell_line("Gerocultora", 0), cell_line("Residencia Los Tilos", 0),
                             cell_line("Aseo y acompañamiento de residentes", 0, true), cell_line("Talleres de estimulación", 0, true),
                             cell_line("Jul. 2017 – Ene. 2019", 1), cell_line("Benavente (Zamora)", 1)};
  set_date_cell_beside(lines, 0, 4);
  REQUIRE(lines.size() == 4);
  CHECK(lines[0].text == "Gerocultora\tJul. 2017 – Ene. 2019");
  CHECK(lines[1].text == "Residencia Los Tilos\tBenavente (Zamora)");
  CHECK(lines[2].list_item);
  // A title alone over its bullets: the town goes under the title, before the bullets.
  std::vector<Line> short_header = {cell_line("TCAE", 0), cell_line("Atención directa a 22 residentes", 0, true),
                                    cell_line("Feb. 2019 – Sep. 2021", 1), cell_line("Benavente (Zamora)", 1)};
  set_date_cell_beside(short_header, 0, 2);
  REQUIRE(short_header.size() == 3);
  CHECK(short_header[0].text == "TCAE\tFeb. 2019 – Sep. 2021");
  CHECK(short_header[1].text == "Benavente (Zamora)");
  CHECK(short_header[2].list_item);
  // A data table's row, one line a cell, stays as Word wrote it.
  std::vector<Line> data = {cell_line("Bachillerato de Ciencias", 0), cell_line("2010 – 2012", 1)};
  set_date_cell_beside(data, 0, 1);
  REQUIRE(data.size() == 2);
  CHECK(data[0].text == "Bachillerato de Ciencias");
}
