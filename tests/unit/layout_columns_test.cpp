// Column regions on synthetic pages: positioned lines as the PDF front end makes them.
#include <doctest/doctest.h>

#include <algorithm>
#include <map>
#include <tuple>

#include "linter/layout/columns.h"
#include "linter/layout/layout.h"
#include "linter/layout/margin_labels.h"

using namespace atslint;

namespace {

Line positioned(const std::string& text, double x0, double x1, double y, Zone zone = Zone::Body) {
  Line line;
  line.text = text;
  line.zone = zone;
  line.location.page = 1;
  line.location.box = Box{x0, y, x1, y + 10};
  TextRun run;
  run.text = text;
  run.size = 10;
  run.location = line.location;
  line.runs.push_back(run);
  return line;
}

/// `line` with `text` set beside it from x0 to x1 on its baseline (dates or a level flush right).
Line with_run_beside(Line line, const std::string& text, double x0, double x1) {
  TextRun run = line.runs.front();
  run.text = text;
  run.location.box = Box{x0, line.location.box->y0, x1, line.location.box->y1};
  line.runs.push_back(run);
  line.text += "   " + text;
  line.location.box->x1 = x1;
  return line;
}

/// An empty PDF-shaped document with one A4 page.
Document a4_pdf() {
  Document document;
  document.format = Format::Pdf;
  Page page;
  page.width = 595;
  page.height = 842;
  document.pages.push_back(page);
  return document;
}

/// Adds a proven two-column region (sentences beside a sidebar of its own line pitch) below
/// `lines`, then finds the page's column regions.
std::vector<layout::ColumnSplit> columns_under(std::vector<Line>& lines) {
  for (int i = 0; i < 14; ++i) {
    lines.push_back(positioned("Built and shipped the pricing service used by every store team", 40, 320, 140 + i * 13));
    if (i % 2 == 0) lines.push_back(positioned("Certified cloud practitioner and mentor for new analysts", 380, 560, 146 + i * 13));
  }
  std::sort(lines.begin(), lines.end(), [](const Line& a, const Line& b) { return a.location.box->y0 < b.location.box->y0; });
  std::vector<const Line*> page;
  for (const auto& line : lines) page.push_back(&line);
  return layout::find_columns(page);
}

/// The previous page's columns as `order_page` carries them: the left column from `left_x0` to the gutter, the right
/// from it to `right_x1`.
layout::ColumnSplit carried_columns(double left_x0, double gutter_x0, double gutter_x1, double right_x1) {
  layout::ColumnSplit carried;
  carried.gutter_x0 = gutter_x0;
  carried.gutter_x1 = gutter_x1;
  carried.left = {left_x0, gutter_x0};
  carried.right = {gutter_x1, right_x1};
  return carried;
}

}  // namespace

TEST_CASE("tag boxes atop a proven sidebar join the column region") {
  std::vector<Line> lines;
  // Two tag rows (drawn in boxes, read as table cells) at the top of a right sidebar...
  lines.push_back(positioned("Python SQL R", 380, 520, 100, Zone::TableCell));
  lines.push_back(positioned("Spark Databricks Airflow", 380, 540, 120, Zone::TableCell));
  auto splits = columns_under(lines);
  REQUIRE(splits.size() == 1);
  CHECK(splits[0].first == 0);  // the tag rows are read with the sidebar, not across the page
  CHECK(splits[0].last == lines.size() - 1);
}

TEST_CASE("widening stops at a right-aligned date of a single flow above the sidebar") {
  std::vector<Line> lines;
  // A single-column entry whose date is set flush right, past where the gutter will be...
  lines.push_back(positioned("Data Engineer at Northwind Logistics", 40, 250, 100));
  {
    Line& title = lines.back();
    TextRun date = title.runs.front();
    date.text = "2019 - 2021";
    date.location.box = Box{500, 100, 560, 110};
    title.runs.push_back(date);
    title.text += "   2019 - 2021";
  }
  // ...a row of tag boxes (table cells) at the sidebar's top, then a proven region below.
  lines.push_back(positioned("Python SQL R", 380, 520, 120, Zone::TableCell));
  auto splits = columns_under(lines);
  REQUIRE(splits.size() == 1);
  CHECK(splits[0].first == 1);  // the tags join; the dated title line above keeps its date
}

TEST_CASE("a word hyphenated into the gutter does not cross it, a centred heading does") {
  layout::ColumnSplit split;
  split.gutter_x0 = 207.6;  // Deedy's narrow gutter: left column to 207.6 pt, right from 219.4 pt
  split.gutter_x1 = 219.4;
  CHECK_FALSE(layout::crosses_gutter(positioned("CARNEGIE MELLON UNIVER\u2010", 35, 214, 197), split));
  CHECK(layout::crosses_gutter(positioned("CARNEGIE MELLON UNIVERSITY", 35, 214, 197), split));  // a word, not a break
  CHECK(layout::crosses_gutter(positioned("PUBLICATIONS", 180, 250, 400), split));
  CHECK_FALSE(layout::crosses_gutter(positioned("Sep. 2019 - Present", 35, 197, 153), split));
}

TEST_CASE("labels set flush right against the flow (Europass) are a rail, not a column") {
  std::vector<Line> lines;
  for (int i = 0; i < 24; ++i) {
    lines.push_back(positioned("Gestão da qualidade de fornecedores de peças injetadas e estampadas", 200, 560, 100 + i * 13));
    if (i % 4 == 0) lines.push_back(positioned(i % 8 == 0 ? "EXPERIÊNCIA PROFISSIONAL" : "março 2019 – presente", i % 8 == 0 ? 60 : 95, 185, 100 + i * 13));
  }
  std::sort(lines.begin(), lines.end(), [](const Line& a, const Line& b) { return a.location.box->y0 < b.location.box->y0; });
  std::vector<const Line*> page;
  for (const auto& line : lines) page.push_back(&line);
  auto splits = layout::find_columns(page);
  for (auto& s : splits) MESSAGE(s.first, " ", s.last, " ", s.gutter_x0, " ", s.gutter_x1);
  CHECK(splits.empty());
}

TEST_CASE("a narrow date rail with bold section headings of its own is no column") {
  std::vector<Line> lines;
  auto bold = [](Line line) {
    for (auto& run : line.runs) run.bold = true;
    return line;
  };
  double y = 80;
  for (int section = 0; section < 3; ++section) {
    lines.push_back(bold(positioned("Ausbildung", 65, 130, y)));
    y += 30;
    for (int entry = 0; entry < 2; ++entry) {
      Line row = positioned("10/2013 – 09/2015", 65, 156, y);
      TextRun content = row.runs.front();
      content.text = "Master of Science Betriebswirtschaftslehre";
      content.location.box = Box{173, y, 396, y + 10};
      row.runs.push_back(content);
      row.text += " " + content.text;
      lines.push_back(row);
      lines.push_back(positioned("Universität Hohenheim, Stuttgart, Schwerpunkt Controlling und Rechnungslegung", 173, 506, y + 14));
      y += 43;
    }
  }
  std::vector<const Line*> page;
  for (const auto& line : lines) page.push_back(&line);
  auto splits = layout::find_columns(page);
  for (auto& s : splits) MESSAGE(s.first, " ", s.last, " ", s.gutter_x0, " ", s.gutter_x1);
  CHECK(splits.empty());
}

TEST_CASE("a Europass rail dense with wrapped labels (two in three flow lines) is still a rail") {
  std::vector<Line> lines;
  const char* labels[] = {"01/2019 – alla data attuale", "Nome e indirizzo del datore di", "lavoro", "",
                          "Tipo di attività o settore", ""};
  for (int i = 0; i < 30; ++i) {
    lines.push_back(positioned("redazione e verifica di progetti esecutivi, capitolati speciali e computi", 200, 560, 100 + i * 13));
    std::string label = labels[i % 6];
    if (!label.empty()) lines.push_back(positioned(label, 185 - 4.5 * static_cast<double>(label.size()), 185, 100 + i * 13));
  }
  std::sort(lines.begin(), lines.end(), [](const Line& a, const Line& b) { return a.location.box->y0 < b.location.box->y0; });
  std::vector<const Line*> page;
  for (const auto& line : lines) page.push_back(&line);
  auto splits = layout::find_columns(page);
  for (auto& s : splits) MESSAGE(s.first, " ", s.last, " ", s.gutter_x0, " ", s.gutter_x1);
  CHECK(splits.empty());
}

namespace {

/// One line of runs at height `y`: each pair is a run's text and its x range.
Line runs_at(double y, const std::vector<std::tuple<std::string, double, double>>& runs) {
  Line line = positioned(std::get<0>(runs.front()), std::get<1>(runs.front()), std::get<2>(runs.back()), y);
  line.runs.clear();
  for (const auto& [text, x0, x1] : runs) {
    TextRun run;
    run.text = text;
    run.size = 10;
    run.location = line.location;
    run.location.box = Box{x0, y, x1, y + 10};
    line.runs.push_back(run);
  }
  return line;
}

std::vector<layout::ColumnSplit> columns_of(const std::vector<Line>& lines) {
  std::vector<const Line*> page;
  for (const auto& line : lines) page.push_back(&line);
  return layout::find_columns(page);
}

}  // namespace

TEST_CASE("two headings in capitals side by side open a short column region below them") {
  std::vector<Line> lines;
  for (int i = 0; i < 12; ++i) lines.push_back(positioned("A full-width line of the experience section above", 40, 560, 40 + i * 13));
  lines.push_back(runs_at(210, {{"COMPETÊNCIAS", 66, 170}, {"IDIOMAS", 331, 387}}));
  lines.push_back(runs_at(230, {{"Gestão de Projetos", 66, 140}, {"PMO", 150, 170}, {"Inglês – Avançado", 308, 400}}));
  lines.push_back(runs_at(243, {{"Espanhol – Intermediário", 308, 420}}));
  lines.push_back(runs_at(256, {{"Primavera P6", 66, 120}, {"Excel Avançado (VBA)", 180, 270}}));
  auto splits = columns_of(lines);
  REQUIRE(splits.size() == 1);
  CHECK(splits[0].first == 12);
  CHECK(splits[0].last == 15);
  CHECK(splits[0].gutter_x0 >= 270);
  CHECK(splits[0].gutter_x1 <= 308);
  // A bold title beside its dates, or a lone letter of a title set down the margin, opens nothing.
  std::vector<Line> dated = lines;
  dated[12] = runs_at(210, {{"ANALISTA SÊNIOR", 66, 170}, {"JAN 2017 – FEV 2020", 331, 420}});
  CHECK(columns_of(dated).empty());
  dated[12] = runs_at(210, {{"R", 20, 26}, {"UNIVERSIDAD NACIONAL", 331, 420}});
  CHECK(columns_of(dated).empty());
}

TEST_CASE("a short last page opening with two headings side by side still splits into columns") {
  std::vector<Line> lines;
  lines.push_back(runs_at(40, {{"COMPÉTENCES", 57, 130}, {"LANGUES", 330, 380}}));
  lines.push_back(runs_at(60, {{"Gestion de projet (PMI, PRINCE2)", 66, 200}, {"Français : langue maternelle", 340, 460}}));
  lines.push_back(runs_at(73, {{"Méthodes Agile (Scrum, Kanban)", 66, 200}, {"Néerlandais : B2", 340, 420}}));
  lines.push_back(runs_at(86, {{"MS Project, Jira, Confluence", 66, 190}, {"CENTRES D'INTÉRÊT", 330, 430}}));
  lines.push_back(runs_at(99, {{"Power BI, Excel avancé", 66, 170}, {"Course à pied, théâtre amateur", 330, 470}}));
  auto splits = columns_of(lines);  // five lines: too few for a gutter search, enough for a heading pair
  REQUIRE(splits.size() == 1);
  CHECK(splits[0].first == 0);
  CHECK(splits[0].last == 4);
  CHECK(splits[0].gutter_x1 <= 330);
  // A table's header row on a short page is no pair of sections: its cells stay on their rows.
  std::vector<Line> table;
  table.push_back(runs_at(40, {{"YEAR", 57, 90}, {"TITLE", 330, 370}}));
  table.push_back(runs_at(60, {{"2021", 57, 80}, {"Permeable pavements under subtropical rainfall", 330, 520}}));
  table.push_back(runs_at(73, {{"2019", 57, 80}, {"Stormwater reuse in dense suburbs", 330, 500}}));
  table.push_back(runs_at(86, {{"2017", 57, 80}, {"Culvert capacity under blockage", 330, 480}}));
  CHECK(columns_of(table).empty());
}

TEST_CASE("a Europass rail labelling nearly every flow line, each label on its value's line, is still a rail") {
  std::vector<Line> lines;
  const char* labels[] = {"Dal 09/2020 ad oggi", "Nome e indirizzo del datore di", "lavoro", "Tipo di azienda o settore",
                          "Principali mansioni e responsabilità", ""};
  const std::string value = "Definizione del piano marketing annuale e gestione di un budget";
  for (int i = 0; i < 30; ++i) {
    double y = 100 + i * 13;
    std::string label = labels[i % 6];
    if (label.empty()) lines.push_back(runs_at(y, {{value, 200, 560}}));
    else lines.push_back(runs_at(y, {{label, 185 - 4.5 * static_cast<double>(label.size()), 185}, {value, 200, 560}}));
  }
  CHECK(columns_of(lines).empty());
  // A sidebar set flush right at a line pitch of its own pairs with the main column only by chance: two columns.
  std::vector<Line> sidebar;
  const char* items[] = {"Financial modelling", "IFRS reporting", "SAP FICO", "Power BI", "jane.doe@example.com"};
  for (int i = 0; i < 30; ++i) {  // two in three sidebar lines land within 3 pt of a main line, none level with it
    double y = 100 + i * 13;
    std::string item = items[i % 5];
    Line side = runs_at(y + (i % 3 == 2 ? 6.5 : 2), {{item, 185 - 7 * static_cast<double>(item.size()), 185}});
    Line main = runs_at(y, {{value, 200, 560}});
    if (i % 3 == 2) {
      sidebar.push_back(main);
      sidebar.push_back(side);
    } else {
      main.runs.insert(main.runs.begin(), side.runs.front());
      sidebar.push_back(main);
    }
  }
  CHECK_FALSE(columns_of(sidebar).empty());
}

TEST_CASE("two headings side by side, bold and larger than the text under them, open a short column region") {
  std::vector<Line> lines;
  for (int i = 0; i < 12; ++i) lines.push_back(positioned("A full-width line of the experience section above", 40, 560, 40 + i * 13));
  auto heading_row = [](double y, double size, bool bold) {
    Line row = runs_at(y, {{"Formação Acadêmica", 45, 150}, {"Habilidades", 321, 380}});
    for (auto& run : row.runs) {
      run.size = size;
      run.bold = bold;
    }
    return row;
  };
  lines.push_back(heading_row(210, 11, true));
  lines.push_back(runs_at(230, {{"Bacharelado em Sistemas de Informação", 45, 230}, {"React", 321, 345}, {"TypeScript", 355, 400}}));
  lines.push_back(runs_at(243, {{"Pontifícia Universidade Católica de Minas Gerais", 45, 273}}));
  lines.push_back(runs_at(256, {{"2016 – 2020", 45, 99}, {"Storybook", 321, 370}}));
  auto splits = columns_of(lines);
  REQUIRE(splits.size() == 1);
  CHECK(splits[0].first == 12);
  CHECK(splits[0].last == 15);
  // The same words set like the text under them (a bold title beside its employer) open nothing.
  lines[12] = heading_row(210, 10, true);
  CHECK(columns_of(lines).empty());
  lines[12] = heading_row(210, 11, false);
  CHECK(columns_of(lines).empty());
  // A bold larger title with its employer pushed to the right margin, over short lines: nothing starts under
  // the employer, so no column opens.
  std::vector<Line> job(lines.begin(), lines.begin() + 12);
  Line title = runs_at(210, {{"Senior Software Engineer", 45, 200}, {"Acme Corporation", 450, 560}});
  for (auto& run : title.runs) {
    run.size = 12;
    run.bold = true;
  }
  job.push_back(title);
  job.push_back(runs_at(230, {{"Jan 2019 – Present", 45, 130}}));
  job.push_back(runs_at(243, {{"Built billing APIs", 60, 150}}));
  job.push_back(runs_at(256, {{"Led a team of four", 60, 160}}));
  CHECK(columns_of(job).empty());
}

namespace {

/// A PDF page whose raw lines are `lines`, run through the layout pass.
Document laid_out(const std::vector<Line>& lines) {
  Document document;
  document.format = Format::Pdf;
  document.pages.push_back(Page{1, 595, 842, 0, 2500, {}, {}});
  document.raw_lines = lines;
  analyse_layout(document);
  return document;
}

/// The text of `lines` in reading order.
std::vector<std::string> reading_order(const std::vector<Line>& lines) {
  Document document = laid_out(lines);
  std::vector<std::string> texts;
  for (const auto& line : document.lines) texts.push_back(line.text);
  return texts;
}

Line bold(Line line) {
  for (auto& run : line.runs) run.bold = true;
  return line;
}

}  // namespace

TEST_CASE("a label in a left rail set a little below its block's first line is read before that line") {
  std::vector<Line> lines;
  lines.push_back(bold(positioned("Chiara Benedetti", 142, 342, 43)));
  lines.push_back(positioned("Architetto con otto anni di esperienza in progettazione residenziale", 142, 550, 136));
  lines.push_back(bold(positioned("PROFILO", 90, 130, 143)));
  lines.push_back(positioned("edifici esistenti, dalla fase preliminare alla direzione lavori.", 142, 550, 148));
  lines.push_back(positioned("Architetto senior – Project Architect   03/2020 – oggi", 142, 550, 182));
  lines.push_back(bold(positioned("ESPERIENZA", 72, 130, 189)));
  lines.push_back(positioned("Studio Ferri Zanardi Architetti Associati – Bologna", 142, 355, 194));
  lines.push_back(bold(positioned("PROFESSIONALE", 54, 130, 200)));
  lines.push_back(positioned("– Progettazione definitiva ed esecutiva di interventi residenziali", 142, 509, 210));
  auto order = reading_order(lines);
  REQUIRE(order.size() == 9);
  CHECK(order[1] == "PROFILO");
  CHECK(order[2].starts_with("Architetto con otto"));
  CHECK(order[4] == "ESPERIENZA");
  CHECK(order[5] == "PROFESSIONALE");
  CHECK(order[6].starts_with("Architetto senior"));
  // A heading flush with the text's left edge under a centred header stays where it is.
  std::vector<Line> centred;
  centred.push_back(bold(positioned("Jordan Avery", 254, 357, 43)));
  centred.push_back(positioned("Columbus, Ohio | (614) 555-0137 | jordan.avery@example.com", 197, 416, 63));
  centred.push_back(bold(positioned("EXPERIENCE", 43, 108, 81)));
  centred.push_back(bold(positioned("Software Engineer", 43, 113, 100)));
  centred.push_back(positioned("Globex Corp · Austin, TX · Jan 2016 - Dec 2018", 43, 211, 110));
  CHECK(reading_order(centred)[2] == "EXPERIENCE");
  // A label beside a two-line value under a heading in the text column is never lifted above that heading.
  std::vector<Line> beside;
  beside.push_back(bold(positioned("Jane Doe", 248, 348, 44)));
  beside.push_back(positioned("jane.doe@example.com · +44 20 7946 0958 · London, UK", 153, 444, 70));
  beside.push_back(bold(positioned("Experience", 165, 240, 92)));
  beside.push_back(positioned("Senior Accountant, Acme Ltd, London", 156, 382, 108));
  beside.push_back(bold(positioned("ACME", 117, 146, 116)));
  beside.push_back(positioned("Jan 2019 – Present", 156, 267, 122));
  auto kept = reading_order(beside);
  REQUIRE(kept.size() == 6);
  CHECK(kept[2] == "Experience");
  CHECK(kept[3].starts_with("Senior Accountant"));
  // A lone bullet mark set beside an entry is no label.
  std::vector<Line> marked;
  marked.push_back(positioned("Contact line of the header, London", 142, 400, 100));
  marked.push_back(positioned("Bachelor of Science, University of Leeds", 142, 550, 136));
  marked.push_back(bold(positioned("•", 120, 126, 140)));
  marked.push_back(positioned("Graduated with first-class honours", 142, 550, 148));
  CHECK(reading_order(marked)[2] == "•");
}

TEST_CASE("a dash opening a short run set apart from the rest of its line ends a range in a rail, it marks no bullet") {
  std::vector<Line> lines = {runs_at(200, {{"Ene 2021", 95, 135}, {"Contadora General", 169, 257}}),
                             runs_at(213, {{"– Actual", 100, 135}, {"Grupo Industrial Tapatío S.A. de C.V.", 169, 365}}),
                             runs_at(230, {{"– Cierre contable mensual de tres razones sociales", 169, 548}})};
  Document document = laid_out(lines);
  REQUIRE(document.lines.size() == 3);
  CHECK_FALSE(document.lines[1].list_item);
  CHECK(document.lines[2].list_item);
}

TEST_CASE("a right sidebar with headings of its own, its items a few points off the main lines, is a column") {
  std::vector<Line> page;
  const char* items[] = {"Patient assessment", "Telemetry monitoring", "IV therapy & PICC care", "Wound care", "Epic EHR"};
  const std::string duty = "Cared for step-down cardiac and pulmonary patients on telemetry";
  for (int i = 0; i < 26; ++i) {
    double y = 100 + i * 13;
    if (i == 0 || i == 12) {  // "CLINICAL SKILLS", "CERTIFICATIONS": the sidebar's own headings, alone on their line
      Line heading = runs_at(y, {{i == 0 ? "CLINICAL SKILLS" : "CERTIFICATIONS", 400, 500}});
      for (auto& run : heading.runs) run.bold = true;
      page.push_back(heading);
      continue;
    }
    if (i % 4 == 3) {  // the sidebar is shorter than the flow beside it
      page.push_back(runs_at(y, {{duty, 40, 370}}));
      continue;
    }
    std::string item = items[i % 5];
    page.push_back(runs_at(y, {{duty, 40, 370}, {item, 400, 400 + 6 * static_cast<double>(item.size())}}));
    page.back().runs.back().location.box->y0 += 3;  // the sidebar's own line pitch, not level with the duty
    page.back().runs.back().location.box->y1 += 3;
  }
  REQUIRE(columns_of(page).size() == 1);
  // The same items level with their lines are labels or dates beside one flow.
  for (auto& line : page)
    if (line.runs.size() == 2) line.runs.back().location.box->y0 -= 3, line.runs.back().location.box->y1 -= 3;
  CHECK(columns_of(page).empty());
}

TEST_CASE("dates centred on taller title lines, a few points off their tops and bottoms, stay beside one flow") {
  std::vector<Line> page;
  const std::string duty = "Coordinated staffing, bed flow and admissions for a 32-bed unit";
  for (int i = 0; i < 24; ++i) {
    double y = 100 + i * 16;
    if (i % 3 != 0) {
      page.push_back(runs_at(y, {{duty, 40, 370}}));
      continue;
    }
    Line title = runs_at(y, {{"Charge Nurse, Med-Surg Unit", 40, 250}, {"04/2021 – 06/2023", 400, 500}});
    title.runs.front().location.box->y1 = y + 14;                                      // a 14 pt title...
    title.runs.back().location.box->y0 = y + 3, title.runs.back().location.box->y1 = y + 11;  // ...with its date centred on it
    page.push_back(title);
  }
  CHECK(columns_of(page).empty());
}

TEST_CASE("a small dot painted just left of a line's first word makes it a list item; rows of dots and large squares do not") {
  std::vector<Line> lines;
  lines.push_back(positioned("Commercial fit-outs and office refurbs", 50, 250, 100));
  lines.push_back(positioned("Switchboard upgrades and RCD retrofits", 50, 250, 113));
  lines.push_back(positioned("WORK HISTORY", 50, 150, 140));
  lines.push_back(positioned("Kerrigan Constructions, North Lakes QLD", 50, 250, 160));
  Document document;
  document.format = Format::Pdf;
  // Discs 3 pt wide, 4 pt left of the words, level with their letters; a 6 pt square before the heading
  // (its 10 pt type allows dots up to 5 pt); nothing before the employer.
  document.pages.push_back(Page{1, 595, 842, 0, 2500, {}, {Box{43, 104, 46, 107}, Box{43, 117, 46, 120}, Box{40, 142, 46, 148}}});
  document.raw_lines = lines;
  analyse_layout(document);
  REQUIRE(document.lines.size() == 4);
  CHECK(document.lines[0].list_item);
  CHECK(document.lines[0].list_marker == "•");
  CHECK(document.lines[0].text == "Commercial fit-outs and office refurbs");  // no glyph is made up
  REQUIRE(document.lines[0].painted_marker_x);
  CHECK(*document.lines[0].painted_marker_x == doctest::Approx(43));  // wrapped lines hang past the dot, as past a glyph
  CHECK(document.lines[0].location.box->x0 == doctest::Approx(50));  // the text's own box is kept
  CHECK(document.lines[1].list_item);
  CHECK_FALSE(document.lines[2].list_item);
  CHECK_FALSE(document.lines[3].list_item);
  CHECK(dot_marks_word(Box{43, 104, 46, 107}, Box{50, 100, 250, 110}, 10));
  CHECK_FALSE(dot_marks_word(Box{20, 104, 23, 107}, Box{50, 100, 250, 110}, 10));  // too far from the word: a decoration
  CHECK_FALSE(dot_marks_word(Box{43, 94, 46, 97}, Box{50, 100, 250, 110}, 10));    // above the line
}

TEST_CASE("two bold headings in mixed case open columns over bulleted lists, whose text starts past the markers") {
  std::vector<Line> lines;
  for (int i = 0; i < 12; ++i) lines.push_back(positioned("A full-width line of the experience section above", 40, 560, 40 + i * 13));
  Line headings = runs_at(210, {{"Compétences", 40, 120}, {"Certifications", 310, 400}});
  for (auto& run : headings.runs) {
    run.bold = true;
    run.size = 12;
  }
  lines.push_back(headings);
  // Circle markers drawn as strokes, not text: each column's words start 14 pt right of its heading.
  lines.push_back(runs_at(230, {{"Surveillance hémodynamique et lecture d'ECG", 54, 260}, {"AFGSU niveau 2 – recyclage 2023", 324, 480}}));
  lines.push_back(runs_at(243, {{"Pose et surveillance de voies veineuses", 54, 250}, {"Formation ETP 40 heures – 2021", 324, 470}}));
  lines.push_back(runs_at(256, {{"Prise en charge de la douleur", 54, 200}}));
  auto splits = columns_of(lines);
  REQUIRE(splits.size() == 1);
  CHECK(splits[0].first == 12);
  CHECK(splits[0].gutter_x1 <= 324);
}

TEST_CASE("a Europass rail whose labels wrap over two lines beside empty value rows is still a rail") {
  std::vector<Line> lines;
  // Per job: level label/value pairs, a duties label wrapped with nothing beside it, duties alone, a wrapped employer label.
  const std::pair<const char*, const char*> rows[] = {
      {"Zeitraum", "seit 03/2020"}, {"Beruf oder Funktion", "Hoteldirektorin"}, {"Wichtigste Tätigkeiten und", ""},
      {"Zuständigkeiten", ""}, {"", "– Gesamtverantwortung für Betrieb mit 112 Zimmern und Spa"},
      {"", "– Budgetierung, Forecast und Monatsreporting an die Eigentümer"}, {"", "– Aufbau eines Revenue Managements"},
      {"Name und Adresse des", "Hotel Alpenrose GmbH, Hahnenkammstraße 8, 6370 Kitzbühel"}, {"Arbeitgebers", ""},
      {"Tätigkeitsbereich oder Branche", "Ferienhotellerie (4*S)"}};
  double y = 100;
  for (int job = 0; job < 3; ++job)
    for (const auto& [label, value] : rows) {
      std::string left = label, right = value;
      double x0 = 185 - 4.5 * static_cast<double>(left.size());
      if (left.empty()) lines.push_back(runs_at(y, {{right, 200, 540}}));
      else if (right.empty()) lines.push_back(runs_at(y, {{left, x0, 185}}));
      else lines.push_back(runs_at(y, {{left, x0, 185}, {right, 200, 540}}));
      y += 13;
    }
  CHECK(columns_of(lines).empty());
}

namespace {

/// A PDF page whose text is set in Lato (font 0) with FontAwesome icons (font 1).
Document page_with_icon_font() {
  Document document;
  document.format = Format::Pdf;
  document.pages.push_back(Page{1, 595, 842, 0, 2500, {}, {}});
  document.fonts.resize(2);
  document.fonts[0].name = "Lato-Regular";
  document.fonts[1].name = "FontAwesome5Free-Solid";
  document.fonts[1].symbolic = true;
  return document;
}

}  // namespace

TEST_CASE("an icon font's glyph opening three lines of text or more is the list's bullet; a glyph in a row of icons is not") {
  Document document = page_with_icon_font();
  auto iconed = [&](double y, const std::vector<std::tuple<std::string, double, double>>& runs, std::vector<size_t> icon_runs) {
    Line line = runs_at(y, runs);
    line.text.clear();
    for (size_t i = 0; i < line.runs.size(); ++i) {
      line.runs[i].font = document.fonts[std::count(icon_runs.begin(), icon_runs.end(), i) ? 1 : 0].name;
      line.text += (i ? " " : "") + line.runs[i].text;
    }
    return line;
  };
  for (int i = 0; i < 3; ++i)
    document.raw_lines.push_back(iconed(100 + 14 * i, {{"Ă", 40, 46}, {"Planung und Montage von PV-Anlagen bis 120 kWp", 52, 300}}, {0}));
  for (int i = 0; i < 3; ++i)
    document.raw_lines.push_back(iconed(200 + 14 * i, {{"P", 40, 46}, {"Jan 2022 – Ongoing", 52, 150}, {"Ȱ", 160, 166}, {"Trondheim", 172, 230}}, {0, 2}));
  for (int i = 0; i < 3; ++i) {  // a running footer's icon on every page is no bullet
    document.raw_lines.push_back(iconed(800, {{"M", 40, 46}, {"jdoe • additional information 1/4", 52, 300}}, {0}));
    document.raw_lines.back().zone = Zone::Footer;
  }
  // FontAwesome's calendar is coded "{", which a LaTeX text font uses for its en dash bullet.
  document.raw_lines.push_back(iconed(300, {{"{", 40, 46}, {"mrt 2021 – heden", 52, 150}, {"+", 160, 166}, {"Nieuwegein", 172, 230}}, {0, 2}));
  analyse_layout(document);
  REQUIRE(document.lines.size() == 10);
  CHECK_FALSE(document.lines[6].list_item);
  CHECK(document.lines[6].text.starts_with("{ mrt 2021"));
  CHECK(std::none_of(document.lines.begin(), document.lines.end(), [](const Line& line) { return line.list_marker == "M"; }));
  CHECK(document.lines[0].list_item);
  CHECK(document.lines[0].list_marker == "Ă");
  CHECK(document.lines[0].text == "Planung und Montage von PV-Anlagen bis 120 kWp");
  CHECK_FALSE(document.lines[3].list_item);
  CHECK(document.lines[3].text.starts_with("P Jan 2022"));
}

TEST_CASE("a map pin before each job's town, one line per job, is no list's bullet; the same glyph on lines in a row is") {
  Document document = page_with_icon_font();
  auto iconed = [&](double y, const std::string& glyph, const std::string& rest) {
    Line line = runs_at(y, {{glyph, 40, 46}, {rest, 52, 400}});
    line.runs[0].font = document.fonts[1].name;
    line.runs[1].font = document.fonts[0].name;
    line.text = glyph + " " + rest;
    return line;
  };
  const char* places[] = {"Zürich, Switzerland", "Waltham, USA", "Pittsburgh, USA"};
  for (int job = 0; job < 3; ++job) {
    document.raw_lines.push_back(runs_at(100 + 60 * job, {{"Postdoctoral Researcher at the lab", 52, 300}}));
    document.raw_lines.push_back(iconed(114 + 60 * job, "\uF3C5", std::string(places[job]) + " Robotic Systems Lab"));
    document.raw_lines.push_back(runs_at(128 + 60 * job, {{"• Developed state estimation for quadrupeds", 52, 300}}));
  }
  for (int i = 0; i < 3; ++i)  // tags before each stack line, two in a row at the end
    document.raw_lines.push_back(iconed(400 + 14 * i, "\uF02C", "Kubernetes, Ceph, GitLab CI, Helm, Ansible, Python"));
  analyse_layout(document);
  auto opens_with = [&](const std::string& glyph) {
    return std::find_if(document.lines.begin(), document.lines.end(), [&](const Line& line) { return line.list_marker == glyph; });
  };
  CHECK(opens_with("\uF3C5") == document.lines.end());
  CHECK(opens_with("\uF02C") != document.lines.end());
}

TEST_CASE("a calendar icon before each job's dates, one line per job, is no list's bullet") {
  Document document = page_with_icon_font();
  const char* dates[] = {"depuis sept. 2021", "janv. 2018 - août 2021", "sept. 2014 - juin 2016"};
  for (int job = 0; job < 3; ++job) {
    document.raw_lines.push_back(runs_at(100 + 60 * job, {{"Collaboratrice comptable", 52, 300}}));
    Line dated = runs_at(114 + 60 * job, {{"\uF073", 40, 46}, {dates[job], 52, 200}});
    dated.runs[0].font = document.fonts[1].name;
    dated.runs[1].font = document.fonts[0].name;
    dated.text = std::string("\uF073 ") + dates[job];
    document.raw_lines.push_back(dated);
    document.raw_lines.push_back(runs_at(128 + 60 * job, {{"• Saisie, révision et établissement des liasses fiscales", 52, 300}}));
  }
  analyse_layout(document);
  CHECK(std::none_of(document.lines.begin(), document.lines.end(), [](const Line& line) { return line.list_marker == "\uF073"; }));
}

TEST_CASE("a narrow left sidebar of contact details and short skills under headings of its own is a column, not a rail") {
  // Text runs 40..560; the sidebar's text is barely 120 pt wide and has under half as many lines as the main flow.
  auto page_with = [](bool contact) {
    std::vector<Line> page;
    const char* side[] = {"CONTACT", contact ? "dani@example.com" : "Toronto, ON", contact ? "linkedin.com/in/dani" : "Canada",
                          "CLINICAL SKILLS", "Wound Care", "IV Therapy", "Dementia Care", "SYSTEMS", "PointClickCare", "Meditech",
                          "LANGUAGES", "English", "French"};
    const std::string duty = "Provided nursing care for a 32-bed secure dementia unit";
    for (int i = 0; i < 36; ++i) {
      double y = 100 + i * 13;
      if (i % 2 == 1 || i / 2 >= 13) {
        page.push_back(runs_at(y, {{duty, 200, 560}}));
        continue;
      }
      std::string text = side[i / 2];
      page.push_back(runs_at(y, {{text, 40, 40 + 6 * static_cast<double>(text.size())}, {duty, 200, 560}}));
      auto& item = page.back().runs.front();
      item.location.box->y0 += 4;  // the sidebar's own line pitch, not level with the duty
      item.location.box->y1 += 4;
      if (text.find_first_of("abcdefghijklmnopqrstuvwxyz") == std::string::npos) {  // a heading alone on its line, bold
        page.back().runs.pop_back();
        page.back().runs.front().bold = true;
      }
    }
    return page;
  };
  CHECK(columns_of(page_with(true)).size() == 1);
  // Without an e-mail or a profile the same narrow band may be a rail of labels beside one flow.
  CHECK(columns_of(page_with(false)).empty());
}

TEST_CASE("three known headings side by side part the first column from the other two") {
  std::vector<Line> lines;
  for (int i = 0; i < 12; ++i) lines.push_back(positioned("A full-width line of the experience section above", 40, 560, 40 + i * 13));
  lines.push_back(runs_at(210, {{"VAARDIGHEDEN", 40, 130}, {"TALEN", 300, 340}, {"HOBBY'S", 440, 490}}));
  lines.push_back(runs_at(230, {{"SEO", 40, 60}, {"Google Ads", 70, 130}, {"Nederlands – moedertaal", 300, 400}, {"Hardlopen", 440, 500}}));
  lines.push_back(runs_at(243, {{"HubSpot", 40, 90}, {"Engels – vloeiend", 300, 380}, {"koken, fotografie", 440, 520}}));
  lines.push_back(runs_at(256, {{"Canva", 40, 80}, {"Copywriting", 90, 150}, {"Duits – goed", 300, 360}}));
  auto splits = columns_of(lines);
  REQUIRE(splits.size() == 1);
  CHECK(splits[0].first == 12);
  CHECK(splits[0].gutter_x0 >= 150);
  CHECK(splits[0].gutter_x1 <= 300);
  // Three words of a table's header row name no sections.
  lines[12] = runs_at(210, {{"JAHR", 40, 80}, {"FIRMA", 300, 340}, {"STELLE", 440, 490}});
  CHECK(columns_of(lines).empty());
}

TEST_CASE("a label rail with the place and signature under it is one flow, no columns") {
  std::vector<Line> lines;
  auto row = [&](const std::string& label, double label_x1, const std::string& value, double value_x1, double y) {
    Line line = positioned(label, 62, label_x1, y);
    TextRun content = line.runs.front();
    content.text = value;
    content.location.box = Box{170, y, value_x1, y + 10};
    line.runs.push_back(content);
    line.text += " " + value;
    lines.push_back(line);
  };
  double y = 100;
  for (const char* year : {"2022", "2018", "2016", "2014"}) row(year, 82, "Bilanzbuchhalterprüfung, Wirtschaftsakademie Steiermark", 420, y += 16);
  row("EDV", 80, "BMD NTCS, SAP FI/CO, RZL, MS Excel (Pivot-Tabellen, SVERWEIS), MS Office,", 520, y += 24);
  lines.push_back(positioned("FinanzOnline", 170, 230, y += 13));
  row("Fachlich", 100, "Jahresabschluss nach UGB, Umsatzsteuer, Anlagenbuchhaltung, Kostenrechnung,", 520, y += 16);
  lines.push_back(positioned("Personalverrechnung", 170, 260, y += 13));
  row("Sprachen", 100, "Deutsch (Muttersprache), Englisch (sehr gut), Italienisch (Grundkenntnisse)", 500, y += 16);
  row("Führerschein", 120, "Klasse B", 210, y += 16);
  lines.push_back(positioned("Bergwandern, Schach (Vereinsspieler beim SK Straßgang), Kochen", 170, 450, y += 30));
  // The place, the date and the signature closing the CV, under the rail.
  lines.push_back(positioned("Graz, im März 2025", 62, 160, y += 30));
  lines.push_back(positioned("M. Leitgeb", 70, 150, y += 16));
  lines.push_back(positioned("Markus Leitgeb", 62, 130, y += 16));
  std::vector<const Line*> page;
  for (const auto& line : lines) page.push_back(&line);
  auto splits = layout::find_columns(page);
  for (auto& s : splits) MESSAGE(s.first, " ", s.last, " ", s.gutter_x0, " ", s.gutter_x1);
  CHECK(splits.empty());
}

TEST_CASE("a sidebar line running a few points into a narrow gutter stays the sidebar's; a long one across it does not") {
  layout::ColumnSplit split;
  split.gutter_x0 = 199.0;  // a shaded LaTeX sidebar to 199 pt, the main column from 209.3 pt
  split.gutter_x1 = 209.3;
  CHECK_FALSE(layout::crosses_gutter(positioned("Liderazgo de equipos en turnos 24/7", 47.8, 204.5, 308), split));
  CHECK(layout::crosses_gutter(positioned("Liderazgo de equipos en turnos de veinticuatro horas", 47.8, 240, 308), split));
}

TEST_CASE("a flush-right sidebar whose contact lines run into a narrow gutter is a column, the tagline above it the banner's") {
  std::vector<Line> lines;
  lines.push_back(positioned("Lotte Vermeersch", 146, 449, 39));
  lines.push_back(positioned("burgerlijk ingenieur bouwkunde", 203, 392, 78));  // centred under the name
  // The sidebar: labels and items set flush right at 145, its e-mail and profile running past it to 164.
  const char* side[] = {"adres", "Coupure Links 122", "9000 Gent", "België", "contact", "lotte@example.be",
                        "+32 478 52 19 07", "linkedin.com/in/lvermeersch", "talen", "Nederlands", "Frans", "Engels",
                        "software", "AutoCAD Civil 3D", "Revit", "SCIA Engineer", "QGIS", "Python"};
  for (int i = 0; i < 18; ++i) {
    std::string text = side[i];
    double x1 = text.find('@') != std::string::npos ? 153 : text.starts_with("linkedin") ? 164.3 : 145;
    lines.push_back(positioned(text, x1 - 6 * static_cast<double>(text.size()), x1, 140 + i * 16.5));
  }
  // The main column at its own pitch, from 173.
  for (int i = 0; i < 26; ++i)
    lines.push_back(positioned("Leid zes gelijktijdige wegen- en rioleringsprojecten voor steden", 173, 553, 137 + i * 12));
  std::sort(lines.begin(), lines.end(), [](const Line& a, const Line& b) { return a.location.box->y0 < b.location.box->y0; });
  std::vector<const Line*> page;
  for (const auto& line : lines) page.push_back(&line);
  auto splits = layout::find_columns(page);
  REQUIRE(splits.size() == 1);
  CHECK(splits[0].left.second == doctest::Approx(164.3));
  CHECK(splits[0].right.first == doctest::Approx(173));
  CHECK(splits[0].first == 2);  // below the name and the centred tagline
  CHECK(splits[0].last == lines.size() - 1);
}

TEST_CASE("below a two-column band, a heading alone on the left over a line whose dates sit flush right resumes the single flow") {
  std::vector<Line> lines;
  for (int i = 0; i < 14; ++i) {
    lines.push_back(positioned("Built and shipped the pricing service", 40, 270, 100 + i * 13));
    lines.push_back(positioned("Google Ads Search Certification 2023", 320, 560, 100 + i * 13));
  }
  lines.push_back(positioned("Adobe Photoshop and Lightroom", 40, 200, 100 + 14 * 13));
  lines.push_back(positioned("VOLUNTARIADO", 40, 130, 100 + 16 * 13));
  lines.push_back(with_run_beside(positioned("Voluntária de Comunicação", 40, 190, 100 + 17 * 13), "2018 – presente", 480, 560));
  lines.push_back(positioned("Banco Alimentar Contra a Fome · Lisboa", 40, 250, 100 + 18 * 13));
  std::vector<const Line*> page;
  for (const auto& line : lines) page.push_back(&line);
  auto splits = layout::find_columns(page);
  REQUIRE(splits.size() == 1);
  CHECK(splits[0].first == 0);
  CHECK(splits[0].last == 28);  // the last line of the band, "Adobe Photoshop …"; not the heading below it
}

TEST_CASE("moderncv 'fancy': a contact block set flush right atop a rail of section labels is no sidebar") {
  // A line holding a rail part (flush right at x 150) and a body part beside it, as the PDF front end joins them.
  auto beside = [](const std::string& rail, double rail_x0, const std::string& body, double body_x1, double y) {
    Line line = positioned(rail, rail_x0, 150, y);
    TextRun run = line.runs.front();
    run.text = body;
    run.location.box = Box{174, y, body_x1, y + 10};
    line.runs.push_back(run);
    line.text += "   " + body;
    line.location.box->x1 = body_x1;
    return line;
  };
  std::vector<Line> lines;
  // The address, phone and e-mail flush right, left of the name and title...
  lines.push_back(beside("Chemin de Montolieu 12", 70, "Camille Roux", 360, 100));
  lines.push_back(positioned("1010 Lausanne", 95, 150, 112));
  lines.push_back(beside("Suisse", 125, "Responsable Supply Chain", 330, 124));
  lines.push_back(positioned("+41 79 318 42 07", 85, 150, 136));
  lines.push_back(positioned("+41 21 646 90 15", 85, 150, 148));
  lines.push_back(positioned("c.roux@example.ch", 72, 150, 160));
  lines.push_back(positioned("Nationalité suisse, permis", 60, 150, 172));
  lines.push_back(positioned("de conduire B", 95, 150, 184));
  // ...then the body, its section labels level with the first line of each section.
  const std::string body = "Direction d'une équipe de sept personnes pour trois lignes";
  const std::map<int, std::string> labels = {{0, "Profil"}, {5, "Expérience"}, {16, "Formation"}, {21, "Langues"}};
  for (int i = 0; i < 24; ++i) {
    auto label = labels.find(i);
    if (label == labels.end()) lines.push_back(positioned(body, 174, 536, 200 + i * 12));
    else lines.push_back(beside(label->second, 150 - 6.0 * label->second.size(), body, 536, 200 + i * 12));
  }
  std::vector<const Line*> page;
  for (const auto& line : lines) page.push_back(&line);
  CHECK(layout::find_columns(page).empty());
}

TEST_CASE("Tufte's margin: a contact block at its top reads as a column, the dates below it stay on their titles' lines") {
  // A flow line with a note set in the margin beside it, level with it, as the PDF front end joins them.
  auto with_note = [](const std::string& text, double text_x1, const std::string& note, double y) {
    Line line = positioned(text, 70, text_x1, y);
    TextRun run = line.runs.front();
    run.text = note;
    run.location.box = Box{397, y, 470, y + 10};
    line.runs.push_back(run);
    line.text += "   " + note;
    line.location.box->x1 = 470;
    return line;
  };
  std::vector<Line> lines;
  // The margin's contact block beside the name, the title and the summary...
  const char* contact[] = {"Departamento de Botânica", "Universidade Federal", "Recife – PE, Brasil", "m.teixeira@ufpe.br",
                           "+55 (81) 99627-3418", "GitHub: mateixeira-eco"};
  for (int i = 0; i < 6; ++i) lines.push_back(positioned(contact[i], 397, 530, 20 + i * 10));
  lines.push_back(positioned("Mariana Albuquerque Teixeira", 70, 300, 48));
  for (int i = 0; i < 5; ++i) lines.push_back(positioned("Ecóloga vegetal interessada em redes de interação planta", 70, 376, 90 + i * 12));
  std::sort(lines.begin(), lines.end(), [](const Line& a, const Line& b) { return a.location.box->y0 < b.location.box->y0; });
  // ...then the jobs, each title with its dates in the margin, over an employer line and two bullets.
  for (int job = 0; job < 4; ++job) {
    double y = 170 + job * 60;
    lines.push_back(with_note("Professora Adjunta A", 190, "mar. 2018 – jul. 2018", y));
    lines.push_back(positioned("Universidade Federal de Pernambuco (UFPE), Recife – PE", 70, 330, y + 12));
    lines.push_back(positioned("• Disciplinas de graduação: Ecologia de Comunidades; Bioestatís-", 70, 376, y + 24));
    lines.push_back(positioned("• Docente permanente do Programa de Pós-Graduação em Biologia", 70, 376, y + 36));
  }
  std::vector<const Line*> page;
  for (const auto& line : lines) page.push_back(&line);
  auto splits = layout::find_columns(page);
  REQUIRE(splits.size() == 1);
  CHECK(page[splits[0].last]->location.box->y0 < 150);  // the columns end with the contact block's paragraph
}

TEST_CASE("two known headings set a few points apart in height open columns; a section across the page below ends them") {
  std::vector<Line> lines;
  for (int i = 0; i < 12; ++i) lines.push_back(positioned("A full-width line of the experience section above", 40, 560, 40 + i * 13));
  // Writer's two-column section: "VAARDIGHEDEN" on the left, "TALEN" a few points lower on the right.
  lines.push_back(positioned("VAARDIGHEDEN", 40, 150, 210));
  lines.push_back(positioned("TALEN", 310, 350, 218));
  lines.push_back(runs_at(228, {{"• Projectbeheersing (IPM-model)", 46, 200}}));
  lines.push_back(runs_at(241, {{"• Systems Engineering en V&V", 46, 190}, {"• Nederlands – moedertaal", 316, 450}}));
  lines.push_back(runs_at(254, {{"• Omgevingsmanagement", 46, 170}, {"• Engels – vloeiend", 316, 420}}));
  lines.push_back(runs_at(267, {{"• Power BI", 46, 100}}));
  lines.push_back(positioned("CURSUSSEN EN CERTIFICATEN", 40, 220, 290));
  lines.push_back(positioned("• IPMA-C Projectmanager (2022)", 46, 230, 303));
  auto splits = columns_of(lines);
  REQUIRE(splits.size() == 1);
  CHECK(splits[0].first == 12);
  CHECK(splits[0].last == 17);  // not the certificates under the band
  CHECK(splits[0].gutter_x0 >= 200);
  CHECK(splits[0].gutter_x1 <= 316);
}

namespace {

/// A line whose runs sit left and right of a rail's edge, its text the runs joined as the PDF front end joins them.
Line beside(double y, const std::string& rail, double x0, double x1, const std::string& flow, double fx0, double fx1) {
  Line line = runs_at(y, {{rail, x0, x1}, {flow, fx0, fx1}});
  line.text = rail + " " + flow;
  return line;
}

}  // namespace

TEST_CASE("a rail's logo, dates and town set beside an entry's bullets are read under the entry's first two lines") {
  std::vector<Line> lines;
  Line heading = positioned("Experiência", 44, 110, 100);
  heading.runs.front().size = 13;
  lines.push_back(heading);
  lines.push_back(positioned("Gerente de Produto Sênior", 137, 300, 120));
  lines.push_back(beside(132, "PS", 55, 70, "PicPay Serviços S.A. · Tribo de Pagamentos", 137, 330));
  lines.push_back(positioned("Responsável pela jornada de Pix para mais de", 137, 500, 144));
  lines.push_back(beside(156, "mar 2021 – atual", 44, 110, "30 milhões de usuários ativos", 146, 300));
  lines.push_back(positioned("Aumento de 18% na conversão do checkout", 137, 480, 168));
  lines.push_back(beside(180, "São Paulo, SP", 44, 100, "Gestão de roadmap trimestral com 3 squads", 137, 450));
  lines.push_back(positioned("Product Manager", 137, 220, 205));
  lines.push_back(beside(217, "NU", 55, 70, "Nu Pagamentos S.A. · Crédito", 137, 300));
  lines.push_back(beside(229, "jul 2018 – fev 2021", 44, 120, "Lançamento do produto de empréstimo", 137, 450));
  auto order = reading_order(lines);
  std::vector<std::string> expected{"Experiência",
                                    "Gerente de Produto Sênior",
                                    "PicPay Serviços S.A. · Tribo de Pagamentos",
                                    "PS",
                                    "mar 2021 – atual",
                                    "São Paulo, SP",
                                    "Responsável pela jornada de Pix para mais de",
                                    "30 milhões de usuários ativos",
                                    "Aumento de 18% na conversão do checkout",
                                    "Gestão de roadmap trimestral com 3 squads",
                                    "Product Manager",
                                    "Nu Pagamentos S.A. · Crédito",
                                    "NU",
                                    "jul 2018 – fev 2021",
                                    "Lançamento do produto de empréstimo"};
  CHECK(order == expected);
}

TEST_CASE("a rail whose dates sit level with an entry's first line is aligned with the flow: no line of it moves") {
  std::vector<Line> lines;
  lines.push_back(positioned("Berufserfahrung", 44, 150, 100));
  lines.back().runs.front().size = 13;
  lines.push_back(beside(120, "08/2017 –", 44, 90, "Berater Business Intelligence", 137, 300));
  lines.push_back(beside(132, "03/2021", 44, 80, "Lindner & Hoppe IT-Consulting GmbH, Leipzig", 137, 360));
  lines.push_back(positioned("Aufbau eines Data Warehouse für 14 Mandanten", 137, 420, 144));
  // Set tight, with no gap above the next title: only the first entry shows the rail is aligned.
  lines.push_back(beside(156, "10/2016 –", 44, 90, "Junior BI-Entwickler", 137, 250));
  lines.push_back(beside(168, "07/2017", 44, 80, "Stadtwerke Leipzig GmbH, Leipzig", 137, 330));
  auto order = reading_order(lines);
  std::vector<std::string> expected{"Berufserfahrung",
                                    "08/2017 – Berater Business Intelligence",
                                    "03/2021 Lindner & Hoppe IT-Consulting GmbH, Leipzig",
                                    "Aufbau eines Data Warehouse für 14 Mandanten",
                                    "10/2016 – Junior BI-Entwickler",
                                    "07/2017 Stadtwerke Leipzig GmbH, Leipzig"};
  CHECK(order == expected);
}

TEST_CASE("review: rail dates level with an entry's second line ('jan 2018 – fev 2021   Petrobras') stay on it") {
  std::vector<Line> lines;
  lines.push_back(positioned("Experiência", 44, 110, 100));
  lines.back().runs.front().size = 13;
  lines.push_back(positioned("Engenheiro de Dados", 137, 260, 120));
  lines.push_back(beside(132, "mar 2021 – atual", 44, 110, "Globo Comunicação e Participações S.A.", 137, 330));
  lines.push_back(beside(144, "Rio de Janeiro", 44, 105, "Pipelines de dados em Spark para 40 milhões de usuários", 137, 500));
  lines.push_back(positioned("Analista de BI", 137, 210, 169));
  lines.push_back(beside(181, "jan 2018 – fev 2021", 44, 120, "Petrobras", 137, 190));
  lines.push_back(beside(193, "Rio de Janeiro", 44, 105, "Redução de 40% no custo de processamento", 137, 450));
  auto order = reading_order(lines);
  REQUIRE(order.size() == 7);
  CHECK(order[2] == "mar 2021 – atual Globo Comunicação e Participações S.A.");
  CHECK(order[5] == "jan 2018 – fev 2021 Petrobras");
}

TEST_CASE("a range's end in a narrow rail ('– aujourd’hui') marks no bullet though its gap is only an em wide") {
  std::vector<Line> lines = {runs_at(200, {{"janv. 2020", 58, 108}, {"Responsable de magasin", 119, 238}}),
                             runs_at(213, {{"– aujourd’hui", 51, 108}, {"La Fabrique du Jardin – Angers", 119, 300}}),
                             runs_at(226, {{"– Gestion des stocks et des inventaires", 119, 400}})};
  Document document = laid_out(lines);
  REQUIRE(document.lines.size() == 3);
  CHECK_FALSE(document.lines[1].list_item);
  CHECK(document.lines[2].list_item);  // a duty with its dash is still one
}

TEST_CASE("an applicant-tracking form's label grid under section headings of its own is a rail, not a column") {
  // BambooHR: bold headings at the margin, labels set flush right beside their values, values wrapping below.
  std::vector<Line> lines;
  auto bold = [](Line line) {
    for (auto& run : line.runs) run.bold = true;
    return line;
  };
  auto label = [&](const std::string& text, double y) { return positioned(text, 265 - 5.0 * static_cast<double>(text.size()), 265, y); };
  double y = 100;
  auto row = [&](const std::string& name, const std::string& value, double right) {
    if (name.empty()) return positioned(value, 300, right, y);
    Line line = label(name, y);
    if (value.empty()) return line;
    TextRun cell = line.runs.front();
    cell.text = value;
    cell.location.box = Box{300, y, right, y + 10};
    line.runs.push_back(cell);
    line.text += "   " + value;
    return line;
  };
  auto pair = [&](const std::string& name, const std::string& value, const std::string& name_wrap, const std::string& value_wrap) {
    lines.push_back(row(name, value, 540));
    y += 20;
    if (!name_wrap.empty()) lines.push_back(row(name_wrap, "", 420));  // a label's wrap sits a little apart
    if (!name_wrap.empty()) y += 6;
    if (!value_wrap.empty()) lines.push_back(row("", value_wrap, 420));
    y += 26;
  };
  lines.push_back(bold(positioned("Vaardigheden en talen", 154, 255, y)));
  y += 34;
  pair("Vaardigheden", "ECG-interpretatie, hartbewaking, medicatieveiligheid, HiX (ChipSoft),", "", "wondzorg, SBAR, werkbegeleiding");
  pair("Talen", "Nederlands (moedertaal), Fries (moedertaal), Engels (goed), Duits", "", "(redelijk)");
  lines.push_back(bold(positioned("Vragen", 154, 200, y)));
  y += 34;
  pair("Waarom solliciteert u bij", "De hartbewaking van het MCL staat bekend om haar scholing", "ons?", "en de ruimte voor verpleegkundig leiderschap.");
  pair("Bent u bereid onregelmatig", "Ja, ook nachtdiensten en weekenden in een vast rooster", "te werken?", "");
  lines.push_back(bold(positioned("Bijlagen", 154, 210, y)));
  y += 34;
  pair("Cv", "cv_anouk_hoekstra_2025.pdf (212 kB)", "", "");
  std::sort(lines.begin(), lines.end(), [](const Line& a, const Line& b) { return a.location.box->y0 < b.location.box->y0; });
  std::vector<const Line*> page;
  for (const auto& line : lines) page.push_back(&line);
  CHECK(layout::find_columns(page).empty());
}

TEST_CASE("two bold headings set glyph by glyph, the first with a word in lower case after '&', open columns") {
  std::vector<Line> lines;
  for (int i = 0; i < 12; ++i) lines.push_back(positioned("A full-width line of the experience section above", 40, 560, 40 + i * 13));
  // Chromium's PDF: one run per glyph cluster, 7 pt a letter, no space runs.
  std::vector<std::tuple<std::string, double, double>> glyphs;
  auto set = [&](const std::string& word, double x) {
    for (char c : word) {
      glyphs.emplace_back(std::string(1, c), x, x + 6.5);
      x += 6.5;
    }
    return x;
  };
  double x = set("Formations", 54) + 3;
  x = set("&", x) + 3;
  set("attestations", x);
  set("Langues", 330);
  Line headings = runs_at(210, glyphs);
  for (auto& run : headings.runs) {
    run.bold = true;
    run.size = 11.5;
  }
  lines.push_back(headings);
  lines.push_back(runs_at(230, {{"10/2023 AFGSU niveau 2 (recyclage)", 54, 250}, {"Français (langue maternelle)", 330, 460}}));
  lines.push_back(runs_at(243, {{"2022 Hypnose conversationnelle en soins", 54, 260}, {"Espagnol (B2)", 330, 400}}));
  lines.push_back(runs_at(256, {{"2020 Formation IOA – triage aux urgences", 54, 262}}));
  auto splits = columns_of(lines);
  REQUIRE(splits.size() == 1);
  CHECK(splits[0].first == 12);
  CHECK(splits[0].gutter_x1 <= 330);
}

TEST_CASE("a table under a header row naming its fields on both sides of the gap is read across, no two columns") {
  // A table's rows, the duties wrapped in the right cell (pdfme's experience table), under its header row.
  std::vector<Line> lines;
  auto row = [&](std::vector<std::tuple<std::string, double, double>> cells, double y) {
    Line line = positioned(std::get<0>(cells.front()), std::get<1>(cells.front()), std::get<2>(cells.front()), y);
    line.runs.clear();
    line.text.clear();
    for (const auto& [text, x0, x1] : cells) {
      TextRun run;
      run.text = text;
      run.size = 10;
      run.location.page = 1;
      run.location.box = Box{x0, y, x1, y + 10};
      line.runs.push_back(run);
      line.text += (line.text.empty() ? "" : " ") + text;
    }
    line.location.box = Box{std::get<1>(cells.front()), y, std::get<2>(cells.back()), y + 10};
    lines.push_back(line);
  };
  // Workforce Australia's licences under schools set as short lines: the region may open well above the header row.
  for (int k = 0; k < 6; ++k) row({{k % 2 ? "Open Colleges" : "Completed 2017", 48, 130}}, 20 + k * 12);
  row({{"Licence or ticket", 48, 120}, {"Issued by", 300, 340}, {"Expiry", 480, 510}}, 100);
  double y = 120;
  for (int job = 0; job < 3; ++job) {
    row({{"03/2019 –", 48, 90}, {"Responsable de Almacén", 145, 246}, {"• Dirección de un almacén de 18.000 m2 (gran consumo y e-", 298, 536}}, y);
    row({{"actualidad", 48, 90}, {"Distribuciones Henares Log S.L.", 145, 272}, {"commerce) con 35 personas en tres turnos.", 298, 473}}, y += 11.7);
    row({{"Alcalá de Henares (Madrid)", 145, 254}, {"• Implantación de SAP EWM en 2020 junto con consultoría", 298, 531}}, y += 11.7);
    row({{"externa; exactitud de inventario del 96 % al 99,6 %.", 298, 498}}, y += 11.7);
    row({{"• Reducción del coste por pedido un 14 % mediante rediseño", 298, 539}}, y += 11.7);
    row({{"de ubicaciones (ABC) y olas de picking.", 298, 455}}, y += 11.7);
    y += 22;
  }
  std::vector<const Line*> page;
  for (const auto& line : lines) page.push_back(&line);
  CHECK(layout::find_columns(page).empty());
  // The same rows under a header row of other words part as two columns.
  lines[6].runs[0].text = "Python";
  lines[6].runs[1].text = "Spring Boot";
  lines[6].runs[2].text = "Kubernetes Helm";
  CHECK(!layout::find_columns(page).empty());
}

namespace {

/// Tilda's heading in its own rail: 19 pt bold, two words over two lines.
Line large_label(const std::string& text, double x0, double x1, double y) {
  Line line = bold(positioned(text, x0, x1, y));
  line.location.box = Box{x0, y, x1, y + 22};
  line.runs.front().size = 19;
  line.runs.front().location.box = line.location.box;
  return line;
}

/// A rail's dates and the entry's title on one line, its text both runs'.
Line dated(double y, const std::vector<std::tuple<std::string, double, double>>& runs) {
  Line line = runs_at(y, runs);
  line.text = std::get<0>(runs.front()) + " " + std::get<0>(runs.back());
  return line;
}

}  // namespace

TEST_CASE("a heading rail beside a rail of dates set flush right: one flow, the large heading read before its block") {
  std::vector<Line> lines;
  for (int i = 0; i < 4; ++i) lines.push_back(positioned("Soy fisioterapeuta desde 2017 y me dedico a la salud de la mujer", 210, 540, 60 + i * 13));
  lines.push_back(dated(140, {{"sept. 2020 –", 262, 310}, {"Fisioterapeuta de suelo pélvico y", 340, 520}}));
  lines.push_back(large_label("Experiencia", 40, 139, 137));
  lines.push_back(dated(153, {{"actualidad", 265, 310}, {"obstetricia", 340, 400}}));
  lines.push_back(large_label("profesional", 40, 136, 159));
  lines.push_back(positioned("Clínica Fisiosalud Guadiana · Badajoz", 340, 500, 166));
  for (int i = 0; i < 6; ++i) lines.push_back(positioned("• Valoración y tratamiento de unas 35 pacientes", 345, 540, 180 + i * 13));
  lines.push_back(dated(270, {{"2018 – 2020", 265, 310}, {"Fisioterapeuta (sustituciones)", 340, 480}}));
  for (int i = 0; i < 4; ++i) lines.push_back(positioned("Contratos de sustitución en rehabilitación hospitalaria", 340, 540, 283 + i * 13));
  lines.push_back(dated(345, {{"jun. 2017 – mar. 2018", 215, 310}, {"Fisioterapeuta", 340, 400}}));
  for (int i = 0; i < 3; ++i) lines.push_back(positioned("• Tratamiento y prevención de caídas en 60 residentes", 345, 540, 358 + i * 13));
  lines.push_back(large_label("Formación", 40, 130, 410));
  lines.push_back(dated(413, {{"2018 – 2019", 265, 310}, {"Máster Universitario en Fisioterapia", 340, 520}}));
  lines.push_back(large_label("académica", 40, 128, 432));
  lines.push_back(positioned("Suelo Pélvico", 340, 410, 426));
  lines.push_back(positioned("Universidad Europea de Madrid", 340, 480, 439));
  lines.push_back(dated(460, {{"2013 – 2017", 265, 310}, {"Grado en Fisioterapia", 340, 450}}));
  lines.push_back(positioned("Universidad de Extremadura", 340, 470, 473));
  auto order = reading_order(lines);
  auto at = [&](const std::string& text) { return std::find(order.begin(), order.end(), text) - order.begin(); };
  auto starting = [&](const std::string& text) {
    return std::find_if(order.begin(), order.end(), [&](const std::string& line) { return line.starts_with(text); }) - order.begin();
  };
  // The dates stay on their entries' lines: no column of dates read apart.
  CHECK(starting("2018 – 2020") == starting("2018 – 2020 Fisioterapeuta"));
  CHECK(starting("2018 – 2020") < starting("Contratos de sustitución"));
  CHECK(starting("jun. 2017") > starting("Contratos de sustitución"));
  // Each heading's lines come before the block they head.
  CHECK(at("Experiencia") < starting("sept. 2020"));
  CHECK(at("profesional") < starting("sept. 2020"));
  CHECK(at("Formación") < starting("2018 – 2019"));
}

TEST_CASE("a sidebar's level 'Básico (A2)' set flush right beside a short job title holds no date: the columns go on") {
  // Eurofirms' profile: the main column's jobs beside a sidebar whose language levels sit against the right margin.
  std::vector<Line> lines;
  for (int i = 0; i < 14; ++i) {
    lines.push_back(positioned("Movilizaciones y transferencias con grúa y cinturón", 40, 330, 100 + i * 13));
    lines.push_back(positioned("Turnos rotativos y noches", 400, 520, 100 + i * 13));
  }
  lines.push_back(positioned("TCAE (contratos de sustitución)", 40, 200, 100 + 14 * 13));
  lines.push_back(with_run_beside(positioned("Hospital Universitario Lucus Augusti · Lugo", 40, 300, 100 + 15 * 13), "Básico (A2)", 500, 560));
  for (int i = 16; i < 24; ++i) {
    lines.push_back(positioned("Cuidados básicos al paciente en plantas de Medicina", 40, 330, 100 + i * 13));
    lines.push_back(positioned("Higiene y aseo del paciente", 400, 520, 100 + i * 13));
  }
  std::vector<const Line*> page;
  for (const auto& line : lines) page.push_back(&line);
  auto splits = layout::find_columns(page);
  REQUIRE(splits.size() == 1);
  CHECK(splits[0].first == 0);
  CHECK(splits[0].last == lines.size() - 1);  // one region down to the page's last line, not cut at the job title
}

TEST_CASE("page 2 of a sidebar layout: a few sidebar lines beside the main column go on in the previous page's columns") {
  std::vector<Line> top;
  // Page 2: the main column's job goes on; the sidebar's last certificate and its languages sit beside it, five lines.
  top.push_back(with_run_beside(positioned("Administrateur Systèmes et Réseaux", 40, 220, 20), "sept. 2016 - févr. 2021", 260, 330));
  top.push_back(positioned("ITIL 4 Foundation", 380, 470, 22));
  top.push_back(positioned("Alsys Informatique · Saint-Étienne (42)", 40, 240, 40));
  top.push_back(positioned("Axelos / PeopleCert · 2019", 380, 500, 42));
  top.push_back(positioned("Infogérance de 40 PME clientes : serveurs Windows/Linux", 48, 330, 56));
  top.push_back(positioned("Langues", 380, 430, 70));
  top.push_back(positioned("Conception et installation de clusters Proxmox", 48, 300, 72));
  top.push_back(positioned("Français   Langue maternelle", 380, 540, 90));
  top.push_back(positioned("Encadrement de deux techniciens support", 48, 280, 92));
  top.push_back(positioned("Anglais   Professionnel", 380, 540, 110));
  for (int i = 0; i < 8; ++i) top.push_back(positioned("Support des services de soins et déploiement de postes", 48, 320, 130 + i * 13));
  std::vector<const Line*> page;
  for (const auto& line : top) page.push_back(&line);
  CHECK(layout::find_columns(page).empty());  // too few sidebar lines to prove columns alone
  auto carried = carried_columns(40, 335, 380, 560);
  auto splits = layout::find_columns(page, &carried);
  REQUIRE(splits.size() == 1);
  CHECK(splits[0].first == 0);
  CHECK(splits[0].last == top.size() - 1);
  // Not when the previous page's sidebar stood elsewhere: the lines on the right start at no edge of it.
  carried.right = {420, 560};
  CHECK(layout::find_columns(page, &carried).empty());
}

TEST_CASE("page 2 of a sidebar layout: the main column's entries indented under their heading still carry its columns") {
  std::vector<Line> top;
  // Page 1's main column started at its bullets (x 230); page 2's school entries sit indented at 247 under an icon heading.
  top.push_back(with_run_beside(positioned("Power BI   MUISCA DIAN", 30, 150, 40), "Formación académica", 236, 360));
  top.push_back(positioned("Especialización en Gerencia Tributaria", 247, 450, 58));
  top.push_back(with_run_beside(positioned("IDIOMAS", 23, 80, 74), "Universidad Libre – Seccional Pereira", 247, 440));
  top.push_back(positioned("Posgrado · ene. 2018 – dic. 2019 · Graduado", 247, 470, 88));
  top.push_back(with_run_beside(positioned("Español – Nativo", 23, 110, 102), "Contaduría Pública", 247, 350));
  top.push_back(with_run_beside(positioned("Inglés – B1", 23, 90, 116), "Universidad Tecnológica de Pereira", 247, 430));
  // The next section's bullets hang at the column's own edge, as on page 1.
  for (int i = 0; i < 6; ++i) top.push_back(positioned("• Diplomado en NIIF para Pymes · 120 horas", 230, 480, 132 + i * 14));
  std::vector<const Line*> page;
  for (const auto& line : top) page.push_back(&line);
  auto carried = carried_columns(23, 184, 230, 578);
  auto splits = layout::find_columns(page, &carried);
  REQUIRE(splits.size() == 1);
  CHECK(splits[0].first == 0);
  CHECK(splits[0].last == top.size() - 1);
}

TEST_CASE("a box beside the personal details ends its columns where a section heading below it resumes the page's flow") {
  std::vector<Line> lines;
  const char* details[] = {"Woonplaats   Emmeloord", "Geboortejaar   1988", "Telefoon   06 – 41 92 05 73", "E-mail   sander@example.nl",
                           "Rijbewijs   B, BE", "Beschikbaar   per 1 mei 2025", "Uren per week   40", "Reisbereidheid   max. 60 km"};
  for (int i = 0; i < 8; ++i) lines.push_back(positioned(details[i], 40, 250, 100 + i * 16));
  for (int i = 0; i < 7; ++i)
    lines.push_back(positioned("Sander is begonnen als timmerman en heeft zich via voorman ontwikkeld", 300, 560, 104 + i * 13));
  Line heading = positioned("Werkervaring", 40, 130, 250);
  heading.runs.front().bold = true;
  lines.push_back(heading);
  lines.push_back(positioned("jan. 2019 – heden", 48, 130, 270));
  lines.push_back(positioned("Uitvoerder utiliteitsbouw", 48, 200, 284));
  lines.push_back(positioned("Bouwbedrijf Hoekstra Flevoland B.V., Emmeloord", 48, 280, 298));
  for (int i = 0; i < 4; ++i) lines.push_back(positioned("Dagelijkse leiding over 2 à 3 projecten tegelijk van € 1,5 tot € 4 mln", 56, 560, 314 + i * 14));
  std::sort(lines.begin(), lines.end(), [](const Line& a, const Line& b) { return a.location.box->y0 < b.location.box->y0; });
  std::vector<const Line*> page;
  for (const auto& line : lines) page.push_back(&line);
  auto splits = layout::find_columns(page);
  REQUIRE(splits.size() == 1);
  size_t heading_at = 0;
  while (page[heading_at]->text != "Werkervaring") ++heading_at;
  CHECK(splits[0].last + 1 == heading_at);
}

TEST_CASE("two numbered headings side by side ('05 COMPETÊNCIAS   06 LÍNGUAS') open columns, their numbers no part of them") {
  std::vector<Line> lines;
  for (int i = 0; i < 12; ++i) lines.push_back(positioned("A full-width line of the certifications section above", 40, 560, 40 + i * 13));
  Line headings = runs_at(210, {{"05", 54, 66}, {"COMPETÊNCIAS", 72, 160}, {"06", 330, 342}, {"LÍNGUAS", 348, 400}});
  for (auto& run : headings.runs) run.bold = true;
  lines.push_back(headings);
  lines.push_back(runs_at(230, {{"SAP S/4HANA FI/CO", 54, 135}, {"PHC CS", 153, 179}, {"Português ●●●●●", 330, 430}}));
  lines.push_back(runs_at(243, {{"SNC e IFRS", 54, 110}, {"IRC e IVA", 120, 152}, {"Inglês ●●●●●", 330, 420}}));
  lines.push_back(runs_at(256, {{"Excel avançado", 54, 120}, {"Power BI", 130, 165}, {"Espanhol ●●●●●", 330, 430}}));
  auto splits = columns_of(lines);
  REQUIRE(splits.size() == 1);
  CHECK(splits[0].first == 12);
  CHECK(splits[0].gutter_x0 < 330);
}

TEST_CASE("a spreadsheet printed with its row and column headings: the numbers down the edge and the letters across go") {
  Document document;
  document.format = Format::Pdf;
  auto letters = positioned("A", 80, 86, 30);
  for (auto [letter, x] : {std::pair{"B", 200.0}, {"C", 320.0}, {"D", 440.0}}) letters = with_run_beside(letters, letter, x, x + 6);
  document.raw_lines.push_back(letters);
  const char* cells[] = {"CURRICULUM VITAE", "Nome   Rui Caetano", "Morada   Rua Dr. Pedro Pinto, 27 - 3100-486 Pombal",
                         "Telemóvel   912 604 385", "Email   rui@example.pt", "EXPERIÊNCIA PROFISSIONAL",
                         "Período   Empresa   Função", "03/2018 - atual   Transportes Vieira   Motorista", "- Transporte internacional",
                         "FORMAÇÃO ACADÉMICA"};
  for (int row = 1; row <= 10; ++row) {
    auto line = positioned(std::to_string(row), 20, 26, 40 + row * 14.0);
    document.raw_lines.push_back(with_run_beside(line, cells[row - 1], 80, 400));
  }
  layout::drop_sheet_headings(document);
  REQUIRE(document.raw_lines.size() == 10);
  CHECK(document.raw_lines[0].text == "CURRICULUM VITAE");
  CHECK(document.raw_lines[5].text == "EXPERIÊNCIA PROFISSIONAL");
  CHECK(document.raw_lines[5].location.box->x0 == 80);
}

TEST_CASE("a numbered list keeps its numbers: too few rows for a sheet's margin, or no column letters over them") {
  Document document;
  document.format = Format::Pdf;
  for (int row = 1; row <= 4; ++row)
    document.raw_lines.push_back(with_run_beside(positioned(std::to_string(row), 20, 26, 40 + row * 14.0), "Award", 80, 200));
  layout::drop_sheet_headings(document);
  REQUIRE(document.raw_lines.size() == 4);
  CHECK(document.raw_lines[0].text == "1   Award");
  Document publications;  // ten numbered papers, no "A   B   C" above them
  publications.format = Format::Pdf;
  for (int row = 1; row <= 10; ++row)
    publications.raw_lines.push_back(with_run_beside(positioned(std::to_string(row), 20, 26, 40 + row * 14.0), "Smith, J. (2021)", 80, 200));
  layout::drop_sheet_headings(publications);
  REQUIRE(publications.raw_lines.size() == 10);
  CHECK(publications.raw_lines[9].text == "10   Smith, J. (2021)");
}

TEST_CASE("a thumb index's tab at the page's right edge leaves the body's line it sits on") {
  Document document = a4_pdf();
  document.raw_lines.push_back(with_run_beside(positioned("Senior Physiotherapist, MSK Outpatients", 60, 300, 100), "Education", 547, 590));
  document.raw_lines.push_back(positioned("Experience", 546, 590, 150));
  document.raw_lines.push_back(with_run_beside(positioned("Band 5 Physiotherapist", 60, 200, 200), "2013 – 2014", 480, 540));
  layout::drop_thumb_tabs(document);
  REQUIRE(document.raw_lines.size() == 2);
  CHECK(document.raw_lines[0].text == "Senior Physiotherapist, MSK Outpatients");
  CHECK(document.raw_lines[1].runs.size() == 2);  // dates at the margin are the entry's
}

TEST_CASE("a stylesheet's dash marker set tight against its item's first word marks a list item; a range's end does not") {
  Document document = a4_pdf();
  auto item = with_run_beside(positioned("–", 60, 66, 100), "Plan and deliver the 2020 Ontario Mathematics curriculum", 66, 300);
  item.text = "–Plan and deliver the 2020 Ontario Mathematics curriculum";
  auto range = with_run_beside(positioned("–", 60, 66, 120), "2019 Brantford", 66, 140);
  range.text = "–2019 Brantford";
  document.raw_lines = {item, range};
  analyse_layout(document);
  REQUIRE(document.lines.size() == 2);
  CHECK(document.lines[0].list_item);
  CHECK(document.lines[0].text == "Plan and deliver the 2020 Ontario Mathematics curriculum");
  CHECK_FALSE(document.lines[1].list_item);
}

TEST_CASE("a heading set flush right keeps the page's margin: no thumb tab") {
  Document document = a4_pdf();
  document.raw_lines.push_back(positioned("Skills", 530, 559, 100));  // a 36 pt margin
  document.raw_lines.push_back(with_run_beside(positioned("Stagiaire marketing", 60, 200, 150), "Stage", 532, 559));
  layout::drop_thumb_tabs(document);
  REQUIRE(document.raw_lines.size() == 2);
  CHECK(document.raw_lines[1].runs.size() == 2);
}

/// `line` as Chromium draws it: each run cut into runs of two or three letters, touching (kerning splits the words).
Line in_pieces(Line line) {
  std::vector<TextRun> pieces;
  for (const auto& run : line.runs) {
    double x = run.location.box->x0, step = run.location.box->width() / static_cast<double>(run.text.size());
    for (size_t at = 0; at < run.text.size(); at += 3) {
      TextRun piece = run;
      piece.text = run.text.substr(at, 3);
      piece.location.box = Box{x + step * at, run.location.box->y0, x + step * std::min(at + 3, run.text.size()), run.location.box->y1};
      pieces.push_back(piece);
    }
  }
  line.runs = pieces;
  return line;
}

TEST_CASE("a skills matrix under its header row is a table read across, though drawn in runs of a few letters") {
  // A recruiting portal's candidate page (Revelo), as Chromium prints it: the matrix, then the first job's short lines.
  // Counted by runs, its short cells read as long lines of words, a column of text beside another; its header row
  // names a skills matrix's fields, so the rows are a table's.
  std::vector<Line> lines;
  lines.push_back(in_pieces(with_run_beside(positioned("Principais habilidades", 34, 157, 382), "autoavaliação da candidata", 460, 562)));
  lines.push_back(in_pieces(with_run_beside(with_run_beside(positioned("HABILIDADE", 39, 86, 398), "EXPERIÊNCIA", 237, 289), "NÍVEL", 343, 366)));
  const char* const skills[] = {"Java", "Spring Boot", "Kotlin", "PostgreSQL", "Apache Kafka", "AWS (ECS, SQS, Lambda)", "Docker / Kubernetes"};
  const char* const levels[] = {"Avançado", "Avançado", "Intermediário", "Avançado", "Intermediário", "Intermediário", "Intermediário"};
  for (int i = 0; i < 7; ++i)
    lines.push_back(in_pieces(with_run_beside(with_run_beside(positioned(skills[i], 39, 146, 416 + i * 21), "4 anos", 237, 265), levels[i], 343, 398)));
  lines.push_back(in_pieces(positioned("Experiência profissional", 34, 170, 575)));
  lines.push_back(in_pieces(positioned("Engenheira de Software Sênior", 76, 227, 613)));
  lines.push_back(in_pieces(positioned("Lumen Pagamentos · Florianópolis, SC (remoto)", 76, 289, 627)));
  lines.push_back(in_pieces(positioned("Mar 2022 – Atual · 3 anos e 9 meses", 76, 220, 641)));
  for (int i = 0; i < 6; ++i)
    lines.push_back(in_pieces(positioned("Responsável pelo serviço de conciliação de recebíveis (cartão e Pix), processando", 90, 540, 660 + i * 13)));
  std::vector<const Line*> page;
  for (const auto& line : lines) page.push_back(&line);
  CHECK(layout::find_columns(page).empty());
}
