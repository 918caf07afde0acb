#include <doctest/doctest.h>

#include "layout_rules_test.h"

using namespace layout_test;

namespace {
TextRun coloured(std::string text, double x, uint32_t color) {
  auto run = pdf_run(std::move(text), x, 200);
  run.color = color;
  return run;
}

Document one_line(std::vector<TextRun> runs) {
  Document document = pdf_document();
  document.lines.push_back(pdf_text("Jane Doe", 1, 18));
  document.lines.push_back(pdf_line(std::move(runs), 12));
  return document;
}
}  // namespace

TEST_CASE("hidden-text: consecutive white runs on a line are one error with their text") {
  Document document = one_line({coloured("Led the team.", 56, 0x000000), coloured("python", 150, 0xFFFFFF),
                                coloured(" ", 190, 0xFFFFFF), coloured("kubernetes aws", 195, 0xFFFFFF)});
  auto found = lint(document, "hidden-text");
  REQUIRE(found.size() == 1);
  CHECK(found[0].severity == Severity::Error);
  CHECK(found[0].excerpt == "python kubernetes aws");
  CHECK(found[0].message.find("keyword stuffing") != std::string::npos);
  CHECK(found[0].message.find("#FFFFFF") != std::string::npos);
  REQUIRE(found[0].location.box.has_value());
  CHECK(found[0].location.box->x0 == doctest::Approx(150));
  CHECK(found[0].location.box->x1 > 195);
}

TEST_CASE("hidden-text: two hidden stretches split by visible text are two findings") {
  Document document = one_line({coloured("java", 56, 0xFFFFFF), coloured("Built APIs", 100, 0x222222),
                                coloured("golang", 200, 0xFFFFFF)});
  CHECK(lint(document, "hidden-text").size() == 2);
}

TEST_CASE("hidden-text: invisible, tiny and off-page runs are errors") {
  auto invisible = pdf_run("machine learning", 56, 200);
  invisible.hidden = true;
  auto tiny = pdf_run("terraform", 56, 200, 1.5);
  auto outside = pdf_run("react", -300, 200);
  outside.off_page = true;
  for (const auto& run : {invisible, tiny, outside}) {
    CAPTURE(run.text);
    auto found = lint(one_line({run}), "hidden-text");
    REQUIRE(found.size() == 1);
    CHECK(found[0].severity == Severity::Error);
    CHECK(found[0].excerpt == run.text);
  }
}

TEST_CASE("hidden-text: near-white counts, readable light grey does not") {
  CHECK(lint(one_line({coloured("x", 56, 0xF5F5F5)}), "hidden-text").size() == 1);
  CHECK(lint(one_line({coloured("x", 56, 0xE8E8E8)}), "hidden-text").size() == 1);  // contrast ~1.2
  CHECK(lint(one_line({coloured("x", 56, 0xCCCCCC)}), "hidden-text").empty());
  CHECK(lint(one_line({coloured("x", 56, 0x999999)}), "hidden-text").empty());
  CHECK(lint(one_line({coloured("x", 56, 0xE8E8E8)}), "hidden-text", {{"min-contrast", 1.1}}).empty());
}

TEST_CASE("hidden-text: white text on a dark panel or picture is visible") {
  Document document = one_line({coloured("Skills", 56, 0xFFFFFF)});
  LayoutObject panel;
  panel.kind = LayoutObject::Kind::Shape;
  panel.location.page = 1;
  panel.location.box = Box{0, 0, 200, 842};
  document.objects.push_back(panel);
  CHECK(lint(document, "hidden-text").empty());
}

TEST_CASE("hidden-text: white text in a DOCX table cell may be on shading, so only a warning") {
  Document document = docx_document();
  Line cell = docx_line("Skills", 4, Zone::TableCell);
  cell.runs[0].color = 0xFFFFFF;
  document.lines.push_back(cell);
  Line body = docx_line("keyword keyword", 5);
  body.runs[0].color = 0xFFFFFF;
  document.lines.push_back(body);
  auto found = lint(document, "hidden-text");
  REQUIRE(found.size() == 2);
  CHECK(found[0].severity == Severity::Warning);
  CHECK(found[1].severity == Severity::Error);
  CHECK(found[1].location.paragraph == 5);
}

TEST_CASE("hidden-text: ordinary text and plain-text documents raise nothing") {
  CHECK(lint(one_line({pdf_run("Shipped the billing service", 56, 200)}), "hidden-text").empty());
  Document text;
  Line line;
  line.text = "Plain text";
  line.runs.push_back(TextRun{});
  line.runs[0].text = "Plain text";
  text.lines.push_back(line);
  CHECK(lint(text, "hidden-text").empty());
}

TEST_CASE("hidden-text: white text filling a column or the top banner is probably on a panel: info") {
  Document document = pdf_document();
  for (int i = 0; i < 6; ++i) {
    Line side = pdf_line({coloured("Sidebar item " + std::to_string(i), 30, 0xFFFFFF)}, 20 + i);
    side.column = 1;
    document.lines.push_back(side);
    Line main = pdf_line({pdf_run("Main column text " + std::to_string(i), 250, 300)}, 20 + i);
    main.column = 2;
    document.lines.push_back(main);
  }
  auto banner = pdf_line({pdf_run("Jordan Avery", 56, 40, 24)}, 1);
  banner.runs[0].color = 0xFFFFFF;
  document.lines.push_back(banner);
  auto found = lint(document, "hidden-text");
  CHECK(found.size() == 7);
  CHECK(count_at_least(found, Severity::Warning) == 0);

  // The same white line among dark lines of its column is an error again.
  document.lines[0].column = 2;
  document.lines[2].column = 2;
  document.lines[4].column = 2;
  CHECK(count_at_least(lint(document, "hidden-text"), Severity::Error) == 3);
}

TEST_CASE("hidden-text: tiny or white glyphs without letters (bullets, icons) are not stuffing") {
  Document document = one_line({pdf_run("\uF111", 56, 200, 3.3), pdf_run("Achievement one", 70, 200)});
  CHECK(lint(document, "hidden-text").empty());
}

TEST_CASE("hidden-text: a known background decides: white on navy is fine, navy on navy is hidden") {
  auto on_navy = coloured("Skills", 56, 0xFFFFFF);
  on_navy.background = 0x1F2A44;
  CHECK(lint(one_line({on_navy}), "hidden-text").empty());
  auto same = coloured("python java", 56, 0x1F2A44);
  same.background = 0x1F2A44;
  auto found = lint(one_line({same}), "hidden-text");
  REQUIRE(found.size() == 1);
  CHECK(found[0].severity == Severity::Error);
  CHECK(found[0].message.find("#1F2A44 background") != std::string::npos);
}

TEST_CASE("hidden-text: white contact details are a design choice on a dark panel, not stuffing") {
  auto found = lint(one_line({coloured("jane@example.com", 56, 0xFFFFFF)}), "hidden-text");
  REQUIRE(found.size() == 1);
  CHECK(found[0].severity == Severity::Info);
}

TEST_CASE("hidden-text: white lines next to a white contact line form one card: info") {
  Document document = pdf_document();
  document.lines.push_back(pdf_text("Jordan Avery", 1, 18));
  document.lines.push_back(pdf_line({coloured("jordan@example.com", 56, 0xFFFFFF)}, 14));
  document.lines.push_back(pdf_line({coloured("Born 22 July 1984", 56, 0xFFFFFF)}, 15));
  document.lines.push_back(pdf_text("Experience", 16, 13));
  for (int i = 17; i < 29; ++i) document.lines.push_back(pdf_text("Ordinary dark body line", i));
  document.lines.push_back(pdf_line({coloured("python java aws", 56, 0xFFFFFF)}, 30));
  auto found = lint(document, "hidden-text");
  REQUIRE(found.size() == 3);
  CHECK(found[0].severity == Severity::Info);
  CHECK(found[1].severity == Severity::Info);
  CHECK(found[2].severity == Severity::Error);  // apart from the card, among dark lines
}

TEST_CASE("hidden-text: a page number clipped just past the bottom edge is only info") {
  auto clipped = pdf_run("Page 1", 544, 795);
  clipped.off_page = true;
  auto found = lint(one_line({clipped}), "hidden-text");
  REQUIRE(found.size() == 1);
  CHECK(found[0].severity == Severity::Info);
}
