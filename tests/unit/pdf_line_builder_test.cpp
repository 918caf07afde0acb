// Grouping glyphs into runs and lines, on hand-made glyphs (no Poppler).
#include <doctest/doctest.h>

#include "parsers/pdf/page_content.h"

using namespace atslint;
using namespace atslint::pdf;

namespace {

// Lays out `text` from x on the baseline y, 6 pt per character at 10 pt.
void put(PageContent& page, const std::string& text, double x, double y, int font = 0, uint32_t color = 0) {
  for (char c : text) {
    Glyph glyph;
    glyph.text = std::string(1, c);
    glyph.box = Box{x, y - 8, x + 6, y + 2};
    glyph.baseline = y;
    glyph.size = 10;
    glyph.font = font;
    glyph.color = color;
    page.glyphs.push_back(glyph);
    x += 6;
  }
}

std::vector<Line> build(const PageContent& page, int* chars = nullptr) {
  std::vector<FontInfo> fonts(2);
  fonts[0].name = "Body";
  fonts[1].name = "Body-Bold";
  std::vector<FontStyle> styles(2);
  styles[1].bold = true;
  std::vector<Line> lines;
  int count = build_lines(page, 1, fonts, styles, lines);
  if (chars) *chars = count;
  return lines;
}

/// One glyph of `size` points on baseline 100, its box `width` wide from `x`.
Glyph glyph_at(const std::string& text, double x, double width, double size) {
  Glyph glyph;
  glyph.text = text;
  glyph.box = Box{x, 100 - 0.8 * size, x + width, 100 + 0.2 * size};
  glyph.baseline = 100;
  glyph.size = size;
  return glyph;
}

/// `text` turned a quarter up a side strip from (x, y): each letter `step` points above the one before.
void turn_up(PageContent& page, const std::string& text, double x, double y, double size, double step) {
  for (char c : text) {
    Glyph glyph;
    glyph.text = std::string(1, c);
    glyph.vertical = 1;
    glyph.baseline = x;
    glyph.size = size;
    glyph.box = Box{x - 0.8 * size, y - 6, x + 0.2 * size, y};
    page.glyphs.push_back(glyph);
    y -= step;
  }
}

PageContent letter_page() {
  PageContent page;
  page.width = 612;
  page.height = 792;
  return page;
}

}  // namespace

TEST_CASE("a tab-sized gap splits a line into runs, a word space does not") {
  PageContent page = letter_page();
  put(page, "Data Engineer", 50, 100);
  put(page, "2020", 400, 100);
  auto lines = build(page);
  REQUIRE(lines.size() == 1);
  REQUIRE(lines[0].runs.size() == 2);
  CHECK(lines[0].runs[0].text == "Data Engineer");
  CHECK(lines[0].runs[1].text == "2020");
  CHECK(lines[0].text == "Data Engineer 2020");
  CHECK(lines[0].runs[1].location.box->x0 == doctest::Approx(400));
}

TEST_CASE("lines come top to bottom, runs left to right, whatever the drawing order") {
  PageContent page = letter_page();
  put(page, "second", 50, 200);
  put(page, "right", 300, 100);
  put(page, "left", 50, 101);  // a point lower: still the same line
  auto lines = build(page);
  REQUIRE(lines.size() == 2);
  CHECK(lines[0].text == "left right");
  CHECK(lines[0].location.line == 1);
  CHECK(lines[1].text == "second");
  CHECK(lines[1].location.line == 2);
}

TEST_CASE("a style change starts a new run and keeps the style") {
  PageContent page = letter_page();
  put(page, "Skills:", 50, 100, 1);
  put(page, "Python", 98, 100, 0, 0xFF0000);
  auto lines = build(page);
  REQUIRE(lines.size() == 1);
  REQUIRE(lines[0].runs.size() == 2);
  CHECK(lines[0].runs[0].bold);
  CHECK(lines[0].runs[0].font == "Body-Bold");
  CHECK_FALSE(lines[0].runs[1].bold);
  CHECK(lines[0].runs[1].color == 0xFF0000);
}

TEST_CASE("text outside the page is marked off-page and not counted as visible") {
  PageContent page = letter_page();
  put(page, "seen", 50, 100);
  put(page, "unseen", 50, 900);
  int chars = 0;
  auto lines = build(page, &chars);
  REQUIRE(lines.size() == 2);
  CHECK_FALSE(lines[0].runs[0].off_page);
  CHECK(lines[1].runs[0].off_page);
  CHECK(chars == 4);
}

TEST_CASE("small-capital fonts that map the capital I to 'i' read as capitals, mixed case stays") {
  PageContent page = letter_page();
  put(page, "SENiOR ENGiNEER", 50, 100);
  put(page, "iOS and Android", 50, 130);
  put(page, "Engineer, ALVOR RAiL SYSTEMS, 2 GiB", 50, 160);  // word by word inside mixed-case text
  auto lines = build(page);
  REQUIRE(lines.size() == 3);
  CHECK(lines[0].text == "SENIOR ENGINEER");
  CHECK(lines[1].text == "iOS and Android");
  CHECK(lines[2].text == "Engineer, ALVOR RAIL SYSTEMS, 2 GiB");
}

TEST_CASE("skill chips set in a row part into runs at a gap three word spaces wide, a sentence's end does not") {
  PageContent page = letter_page();
  // Letters are 6 pt wide at 10 pt: word spaces of 2.5 pt, gaps between chips of 7 pt.
  put(page, "Wound", 50, 100);
  put(page, "Care", 82.5, 100);
  put(page, "Epic", 113.5, 100);
  put(page, "EHR", 140, 100);
  put(page, "Led", 50, 130);
  put(page, "audits.", 70.5, 130);
  put(page, "Cut", 119.5, 130);
  auto lines = build(page);
  REQUIRE(lines.size() == 2);
  REQUIRE(lines[0].runs.size() == 2);
  CHECK(lines[0].runs[0].text == "Wound Care");
  CHECK(lines[0].runs[1].text == "Epic EHR");
  REQUIRE(lines[1].runs.size() == 1);
  CHECK(lines[1].runs[0].text == "Led audits. Cut");
}

namespace {
/// One glyph of a letter-spaced line: `gap` after the pen, 0.6 em wide, in font 0 so glyphs may join a chunk.
void put_tracked(PageContent& page, const std::string& glyph, double& x, double gap, double size);

void put_sized(PageContent& page, const std::string& text, double x, double y, double size) {
  for (char c : text) {
    Glyph glyph;
    glyph.text = std::string(1, c);
    glyph.box = Box{x, y - 0.8 * size, x + 0.6 * size, y + 0.2 * size};
    glyph.baseline = y;
    glyph.size = size;
    page.glyphs.push_back(glyph);
    x += 0.6 * size;
  }
}

void put_tracked(PageContent& page, const std::string& glyph, double& x, double gap, double size) {
  x += gap;
  put_sized(page, glyph, x, 100, size);
  page.glyphs.back().font = 0;
  x += 0.6 * size;
}
}  // namespace

TEST_CASE("a raised superscript stays on its base's line; small text beside a giant letter does not join it") {
  PageContent page = letter_page();
  put(page, "62,000 m", 50, 100);                 // ends at x = 98
  put_sized(page, "2", 98.5, 96.5, 7);            // raised 3.5 pt, set at 7 pt
  put(page, " of floor space", 103, 100);
  auto lines = build(page);
  REQUIRE(lines.size() == 1);
  CHECK(lines[0].text.find("m2") != std::string::npos);

  PageContent rotated = letter_page();
  put_sized(rotated, "M", 10, 300, 40);           // a letter of a vertical banner, 40 pt
  put_sized(rotated, "I.", 35, 290, 9);           // a section number beside it, 10 pt higher
  CHECK(build(rotated).size() == 2);
}

TEST_CASE("a footnote's number raised after a word is dropped, and no space opens before the full stop after it") {
  PageContent page = letter_page();
  put(page, "da Justica", 50, 100);               // ends at x = 110
  put_sized(page, "1", 110.2, 96, 7);             // the mark, raised 4 pt at 7 pt
  put(page, ". Next", 114.5, 100);
  put_sized(page, "1", 50, 396, 7);               // the note at the foot of the page, its number raised
  put(page, "Inscrita desde 2017", 55, 400);
  auto lines = build(page);
  REQUIRE(!lines.empty());
  CHECK(lines[0].text == "da Justica. Next");
  PageContent area = letter_page();               // "62,000 m²": a unit's power, two letters before it, stays
  put(area, "in km", 50, 100);
  put_sized(area, "2", 80.5, 96.5, 7);
  CHECK(build(area)[0].text.find("km2") != std::string::npos);
  PageContent brand = letter_page();              // "Agentur Raum³": no note at the foot numbered 3, a brand's figure
  put(brand, "Agentur Raum", 50, 100);
  put_sized(brand, "3", 122.2, 96, 7);
  put(brand, "Seite 3", 50, 400);
  CHECK(build(brand)[0].text == "Agentur Raum3");
}

TEST_CASE("review: a browser's superscript at 83 % of its base joins the base's line") {
  PageContent page = letter_page();
  put(page, "Rank: 2", 50, 100);                   // ends at x = 92
  put_sized(page, "e", 92.2, 96.2, 8.34);         // 10 / 8.34 is just under 1.2
  put(page, " of 28", 98, 100);
  auto lines = build(page);
  REQUIRE(lines.size() == 1);
  CHECK(lines[0].text.find("2e") != std::string::npos);
}

TEST_CASE("letter-spaced capitals read as their words, parted where a space widens the tracking") {
  PageContent page = letter_page();
  // Letters 6 pt wide, 2 pt apart (tracking); a space glyph, then the next word 5.5 pt on.
  auto spaced = [&](const std::string& word, double x, double y) {
    for (char c : word) {
      put(page, std::string(1, c), x, y);
      x += 8;
    }
    return x - 2;  // the last letter's right edge
  };
  double end = spaced("GIULIA", 50, 100);
  Glyph space;
  space.text = " ";
  space.box = Box{end, 92, end + 3, 102};
  space.baseline = 100;
  space.size = 10;
  space.font = 0;
  page.glyphs.push_back(space);
  spaced("FERRERO", end + 5.5, 100);
  spaced("ANNA", 50, 130);  // one word: stays one run
  auto lines = build(page);
  REQUIRE(lines.size() == 2);
  REQUIRE(lines[0].runs.size() == 1);
  CHECK(lines[0].runs[0].text == "GIULIA FERRERO");
  REQUIRE(lines[1].runs.size() == 1);
  CHECK(lines[1].runs[0].text == "ANNA");
}

TEST_CASE("small capitals with tracking: a kerned pair stays in its word, a word space parts two words") {
  PageContent page = letter_page();
  // "Sander van": 17 pt letters, tracking 2.6 pt (a gap read as a space between plain letters), "va" kerned to
  // 1.2 pt, the word space 8 pt; no space glyph.
  double x = 50;
  auto letter = [&](const std::string& text, double gap) { put_tracked(page, text, x, gap, 17); };
  letter("S", 0);
  for (const char* c : {"a", "n", "d", "e", "r"}) letter(c, 2.6);
  letter("v", 8.1);
  letter("a", 1.2);
  letter("n", 2.6);
  auto lines = build(page);
  REQUIRE(lines.size() == 1);
  CHECK(lines[0].text == "Sander van");
}

TEST_CASE("evenly spaced single glyphs wider apart than tracking stay apart (rating dots, grades)") {
  PageContent page = letter_page();
  double x = 50;
  for (const char* grade : {"A", "B", "C", "D", "E", "F"}) {
    put(page, grade, x, 100);
    x += 6 + 4;  // a 4 pt gap at 10 pt: wider than tracking
  }
  auto lines = build(page);
  REQUIRE(lines.size() == 1);
  CHECK(lines[0].text == "A B C D E F");
}

TEST_CASE("review: a two-character word ('C1') before a tab is no letter-spacing; the line stays one run") {
  PageContent page = letter_page();
  // Letters 6 pt wide, spaces 2.5 pt; after "C1 " the next word starts 7 pt on, under a tab's width.
  double x = 50;
  auto type = [&](const std::string& text) {
    for (char c : text) {
      put(page, std::string(1, c), x, 100);
      x += c == ' ' ? 2.5 : 6;
    }
  };
  type("Lingue: inglese C1 ");
  x += 4.5;
  type("tedesco B2");
  auto lines = build(page);
  REQUIRE(lines.size() == 1);
  CHECK(lines[0].runs.size() == 1);
}

TEST_CASE("letter-spaced words set as chunks of their own (Chromium): short words read whole, the name one run") {
  PageContent page = letter_page();
  // "Ana de la Cruz" at 24 pt with 0.2 em tracking, each word drawn apart after a space glyph.
  double x = 50;
  auto word = [&](const std::string& text) {
    for (size_t k = 0; k < text.size(); ++k) put_tracked(page, std::string(1, text[k]), x, k == 0 ? 0 : 4.8, 24);
    x += 4.8;  // the tracking after the word's last letter, before its space
    Glyph space;
    space.text = " ";
    space.box = Box{x, 80, x + 6, 104};
    space.baseline = 100;
    space.size = 24;
    space.font = 0;
    page.glyphs.push_back(space);
    x += 6 + 4.8;
  };
  for (const char* w : {"Ana", "de", "la", "Cruz"}) word(w);
  auto lines = build(page);
  REQUIRE(lines.size() == 1);
  CHECK(lines[0].text == "Ana de la Cruz");
  CHECK(lines[0].runs.size() == 1);
}


TEST_CASE("guard: letter-spaced dates with space glyphs between their words read as words ('SET 2018 - FEB 2021')") {
  PageContent page = letter_page();
  // 7.5 pt glyphs, tracking 1.2 pt (0.16 em: a space between plain letters); a space glyph between words.
  double x = 50;
  for (const std::string word : {"SET", "2018", "-", "FEB", "2021"}) {
    if (x > 50) {
      page.glyphs.push_back(glyph_at(" ", x, 2, 7.5));
      x += 2;
    }
    for (char c : word) put_tracked(page, std::string(1, c), x, 1.2, 7.5);
  }
  auto lines = build(page);
  REQUIRE(lines.size() == 1);
  CHECK(lines[0].text == "SET 2018 - FEB 2021");
}

TEST_CASE("a glyph drawn again over itself (a shadow, a double strike) prints once; a letter repeated beside it stays") {
  PageContent page = letter_page();
  put(page, "Lotte Vermeulen", 100, 100);
  put(page, "Lotte Vermeulen", 100.4, 100.3);  // the title drawn again a fraction of a point off
  put(page, "Anna", 100, 130);
  auto lines = build(page);
  REQUIRE(lines.size() == 2);
  CHECK(lines[0].text == "Lotte Vermeulen");
  CHECK(lines[1].text == "Anna");  // its two n's side by side are two glyphs
}

TEST_CASE("a double slash whose glyph boxes overhang their advance stays two slashes") {
  PageContent page = letter_page();
  put(page, "https:", 100, 100);
  for (double x : {136.0, 137.2}) page.glyphs.push_back(glyph_at("/", x, 6, 10));  // a narrow "/" 1.2 pt on, its box 6 pt wide
  put(page, "example.com", 138.4, 100);
  auto lines = build(page);
  REQUIRE(lines.size() == 1);
  CHECK(lines[0].text.find("https://") != std::string::npos);
}

TEST_CASE("a TeX word space under a seventh of an em, no space glyph drawn, still parts two words; kerning does not") {
  PageContent page = letter_page();
  // "Ka Vo" at 24 pt: the letters a kern apart (0.5 pt), the words 3.5 pt (0.146 em).
  double x = 60;
  for (auto [letter, gap] : {std::pair{"K", 0.0}, {"a", 0.5}, {"V", 3.5}, {"o", 0.5}}) put_tracked(page, letter, x, gap, 24);
  auto lines = build(page);
  REQUIRE(lines.size() == 1);
  CHECK(lines[0].text == "Ka Vo");
}

TEST_CASE("review: letters spread by tracking at 0.14 em stay one word; the tighter word gap is for untracked text") {
  PageContent page = letter_page();
  // "Tao" at 24 pt with 3.4 pt (0.142 em) of tracking between its letters, a word too short to read as spread.
  double x = 60;
  for (auto [letter, gap] : {std::pair{"T", 0.0}, {"a", 3.4}, {"o", 3.4}}) put_tracked(page, letter, x, gap, 24);
  auto lines = build(page);
  REQUIRE(lines.size() == 1);
  CHECK(lines[0].text == "Tao");
}

TEST_CASE("TeX's accented dotless i ('\\'\\i', a dotless i then a combining acute) reads as the accented letter") {
  PageContent page;
  page.width = 612;
  page.height = 792;
  put(page, "Aoife N", 72, 100);
  for (const char* piece : {"\xC4\xB1", "\xCC\x81"}) {  // ı, then a combining acute set over it
    page.glyphs.push_back(glyph_at(piece, 72 + 7 * 6, 3, 10));
    page.glyphs.back().font = 0;
  }
  put(page, " Bhriain", 72 + 7 * 6 + 3, 100);
  auto lines = build(page);
  REQUIRE(lines.size() == 1);
  CHECK(lines[0].text == "Aoife N\xC3\xAD Bhriain");  // Ní
}

TEST_CASE("text turned a quarter up a left strip reads as its own lines, before the page; its letters stay together") {
  PageContent page;
  page.width = 595;
  page.height = 842;
  put(page, "Lebenslauf", 120, 60);
  // "ANNA BERG" from the bottom of the strip upwards, letters 8 pt apart along y, letter-spaced by 2 pt, a space glyph
  // between the words; its tagline on the next baseline to the right.
  turn_up(page, "ANNA BERG", 30, 700, 20, 8);
  turn_up(page, "Pflege", 50, 700, 10, 8);
  put(page, "Berufserfahrung", 120, 90);
  auto lines = build(page);
  REQUIRE(lines.size() == 4);
  CHECK(lines[0].text == "ANNA BERG");
  CHECK(lines[1].text == "Pflege");
  CHECK(lines[2].text == "Lebenslauf");
  CHECK(lines[0].location.box->y1 == doctest::Approx(700));
  CHECK(lines[0].location.box->height() > lines[0].location.box->width());
}

TEST_CASE("headings turned up a left strip, one beside each section, are read where their sections start") {
  PageContent page;
  page.width = 595;
  page.height = 842;
  // TikZ draws a dark box down the left of each section and sets its heading bottom-up in it, near the box's foot.
  page.paths.push_back(PathBox{Box{60, 200, 76, 300}, true, 0x1f3a5f});
  page.paths.push_back(PathBox{Box{60, 310, 76, 590}, true, 0x1f3a5f});
  turn_up(page, "PERSONAL", 72, 290, 9, 7);
  turn_up(page, "EXPERIENCE", 72, 490, 9, 7);
  put(page, "Jane Roe", 95, 100);
  put(page, "Phone 0171 4429805", 95, 212);
  put(page, "2019 Shift Lead", 95, 325);
  put(page, "Acme GmbH", 95, 340);
  auto lines = build(page);
  REQUIRE(lines.size() == 6);
  CHECK(lines[0].text == "Jane Roe");
  CHECK(lines[1].text == "PERSONAL");
  CHECK(lines[2].text == "Phone 0171 4429805");
  CHECK(lines[3].text == "EXPERIENCE");
  CHECK(lines[4].text == "2019 Shift Lead");
  CHECK(lines[5].location.line == 6);
}

TEST_CASE("an icon letter, then a no-break space drawn as a glyph, then the address in another font: two words") {
  // make4ht's marvosym icons come out as letters ("k" for the envelope); the no-break space after one is drawn with
  // its width, so the address starts right where the icon's box ends.
  PageContent page = letter_page();
  Glyph icon = glyph_at("k", 72, 6, 12), nbsp = glyph_at("\u00a0", 78, 3, 12);
  icon.font = nbsp.font = 1;
  page.glyphs.push_back(icon);
  page.glyphs.push_back(nbsp);
  put(page, "frauke@posteo.de", 81, 100);
  auto lines = build(page);
  REQUIRE(lines.size() == 1);
  CHECK(lines[0].text == "k frauke@posteo.de");
}

TEST_CASE("a soft hyphen drawn between letters reads as the hyphen it shows") {
  PageContent page = letter_page();
  put(page, "Sint", 50, 100);
  page.glyphs.push_back(glyph_at("\u00ad", 74, 4, 10));
  page.glyphs.back().font = 0;
  put(page, "Jozef", 78, 100);
  auto lines = build(page);
  REQUIRE(lines.size() == 1);
  CHECK(lines[0].text == "Sint-Jozef");
}

TEST_CASE("Chromium's soft hyphen, with no advance (the next letter starts on it), is no hyphen and no character") {
  PageContent page = letter_page();
  put(page, "Stutt", 50, 100);
  page.glyphs.push_back(glyph_at("\u00ad", 80, 4, 10));
  page.glyphs.back().font = 0;
  put(page, "gart", 80, 100);
  auto lines = build(page);
  REQUIRE(lines.size() == 1);
  CHECK(lines[0].text == "Stuttgart");
}

namespace {

/// Sets `words` from x = 100 to x = 400 on baseline `y`, the space between them stretched alike (a justified line drawn
/// word by word, as LibreOffice exports it).
void justify(PageContent& page, const std::vector<std::string>& words, double y) {
  double letters = 0;
  for (const auto& word : words) letters += 6.0 * static_cast<double>(word.size());
  double gap = (300 - letters) / static_cast<double>(words.size() - 1), x = 100;
  for (const auto& word : words) {
    put(page, word, x, y);
    x += 6.0 * static_cast<double>(word.size()) + gap;
  }
}

}  // namespace

TEST_CASE("a justified paragraph drawn word by word reads with single spaces; its last line and a row of boxed chips do not") {
  PageContent page = letter_page();
  justify(page, {"Statische", "Berechnung", "und", "Bemessung"}, 100);
  justify(page, {"Fachliche", "Betreuung", "von", "zwei"}, 114);
  put(page, "Werkstudierenden", 100, 128);
  justify(page, {"Vertiefung", "Wasserbau", "und"}, 142);  // three words, the paragraph going on below at their start
  put(page, "Kuesteningenieurwesen", 100, 156);
  justify(page, {"Python", "Excel", "AutoCAD", "Revit"}, 200);  // chips spaced between, each in its box
  for (const auto& glyph : page.glyphs)
    if (glyph.baseline == 200 && (page.paths.empty() || page.paths.back().box.x1 < glyph.box.x0 - 3))
      page.paths.push_back(PathBox{Box{glyph.box.x0 - 3, 190, glyph.box.x0 + 200, 204}, true, 0xdddddd});
  for (auto& path : page.paths) {  // each box as wide as its chip
    double end = path.box.x0;
    for (const auto& glyph : page.glyphs)
      if (glyph.baseline == 200 && glyph.box.x0 >= path.box.x0 && glyph.box.x0 - end < 7) end = glyph.box.x1;
    path.box.x1 = end + 3;
  }
  auto lines = build(page);
  REQUIRE(lines.size() == 6);
  CHECK(lines[0].text == "Statische Berechnung und Bemessung");
  CHECK(lines[0].runs.size() == 1);
  CHECK(lines[1].runs.size() == 1);
  CHECK(lines[3].text == "Vertiefung Wasserbau und");
  CHECK(lines[3].runs.size() == 1);
  CHECK(lines[5].runs.size() == 4);  // the chips stay apart
}

TEST_CASE("three evenly spaced words ending on the margin, no list glyph before them and no paragraph below, stay apart") {
  PageContent page = letter_page();
  justify(page, {"Statische", "Berechnung", "und", "Bemessung"}, 100);
  justify(page, {"Fachliche", "Betreuung", "von", "zwei"}, 114);
  justify(page, {"Deutsch", "Englisch", "Dänisch"}, 200);
  auto lines = build(page);
  REQUIRE(lines.size() == 3);
  CHECK(lines[2].runs.size() == 3);
}

TEST_CASE("a sidebar's line a little higher opens the line: a title on its chip's baseline joins it; an icon lower still does not") {
  PageContent page = letter_page();
  put_sized(page, "Institute email", 40, 327.75, 7.2);
  put_sized(page, "Design Intern", 200, 330.75, 9.2);
  put_sized(page, "Internship", 280, 330.0, 7.2);
  auto lines = build(page);
  REQUIRE(lines.size() == 1);
  CHECK(lines[0].text.find("Design Intern") != std::string::npos);

  PageContent icons = letter_page();
  put_sized(icons, "Fleet Mechanic", 200, 495, 10);
  put_sized(icons, "VicRoads", 400, 498, 7.6);
  put_sized(icons, "MS", 160, 499.5, 10);  // a logo's initials set lower, beside the title
  CHECK(build(icons).size() == 2);
}

TEST_CASE("review 51: a row of capitalised chips spread evenly to the margin, no box drawn, is no justified line") {
  PageContent page = letter_page();
  justify(page, {"Statische", "Berechnung", "und", "Bemessung"}, 100);
  justify(page, {"Fachliche", "Betreuung", "von", "zwei"}, 114);
  justify(page, {"Kotlin", "Java", "Python", "PostgreSQL"}, 200);
  auto lines = build(page);
  REQUIRE(lines.size() == 3);
  CHECK(lines[0].runs.size() == 1);
  CHECK(lines[2].runs.size() == 4);
}
