// The structure pass on a document shaped like the PDF front end's output:
// positioned runs with sizes and weights, link targets, no Markdown marks.
#include <doctest/doctest.h>

#include <algorithm>

#include "linter/structure/headings.h"
#include "linter/structure/line_text.h"
#include "linter/structure/structure.h"
#include "resume_test_helpers.h"

using namespace atslint;

namespace {

struct RunSpec {
  RunSpec(std::string t, double left, double right, double points = 10, bool is_bold = false, std::string target = "")
      : text(std::move(t)), x0(left), x1(right), size(points), bold(is_bold), link(std::move(target)) {}
  std::string text;
  double x0, x1;
  double size;
  bool bold;
  std::string link;
};

Line make_line(int number, std::vector<RunSpec> specs, bool list_item = false) {
  Line line;
  line.location.page = 1;
  line.location.line = number;
  double y = 40.0 + number * 14;
  line.location.box = Box{specs.front().x0, y, specs.back().x1, y + 12};
  for (const auto& spec : specs) {
    TextRun run;
    run.text = spec.text;
    run.size = spec.size;
    run.bold = spec.bold;
    run.link = spec.link;
    run.location = line.location;
    run.location.box = Box{spec.x0, y, spec.x1, y + 12};
    line.runs.push_back(run);
    line.text += (line.text.empty() ? "" : " ") + spec.text;
  }
  line.list_item = list_item;
  if (list_item) line.list_marker = "•";
  line.block_start = true;
  return line;
}

/// Sets a line and its runs at `y`, `height` tall (a page's own spacing, where `make_line`'s even pitch will not do).
void place_at(Line& line, double y, double height) {
  line.location.box->y0 = y;
  line.location.box->y1 = y + height;
  for (auto& run : line.runs) run.location.box = Box{run.location.box->x0, y, run.location.box->x1, y + height};
}

/// An A4 page in a PDF-shaped document, built line by line.
struct OnePage {
  Document document;
  int n = 0;
  OnePage() {
    document.format = Format::Pdf;
    document.pages.push_back(Page{1, 595, 842, 0, 100, {}, {}});
  }
  void add(std::vector<RunSpec> specs, bool bullet = false) { document.lines.push_back(make_line(++n, std::move(specs), bullet)); }
  /// A line set in a layout column on a page (two columns running onto the next page).
  void add_in(int column, int on_page, std::vector<RunSpec> specs, bool bullet = false) {
    add(std::move(specs), bullet);
    document.lines.back().column = column;
    document.lines.back().location.page = on_page;
  }
};

/// Adds a line `gap` below the one before (its bottom at `y`, moved past the new line): a table's rows and wrapped cells
/// at a page's own spacing, where `make_line`'s even pitch will not do.
void add_spaced(OnePage& page, double& y, std::vector<RunSpec> specs, double gap, double height = 12) {
  page.add(std::move(specs));
  y += gap;
  place_at(page.document.lines.back(), y, height);
  y += height;
}

Document sample() {
  Document document;
  document.format = Format::Pdf;
  Page page;
  page.width = 612;
  page.height = 792;
  page.links = {"https://www.linkedin.com/in/nadia-haddad"};
  document.pages.push_back(page);
  int n = 0;
  auto add = [&](std::vector<RunSpec> specs, bool bullet = false) { document.lines.push_back(make_line(++n, std::move(specs), bullet)); };
  add({{"Nadia Haddad", 40, 180, 20, true}});
  add({{"nadia.haddad@example.com", 40, 190}, {"+33 6 12 34 56 78", 200, 290}, {"GitHub", 300, 340, 10, false, "https://github.com/nhaddad"}});
  add({{"Experience", 40, 120, 13, true}});
  add({{"Data Engineer, Lumière Analytics", 40, 250}, {"Sept. 2023 – Present", 480, 570}});
  add({{"Built the ingestion service for 40 partner feeds", 52, 400}}, true);
  add({{"Where I Made a Difference", 40, 230, 13, true}});
  add({{"Mentor, Code Rive Gauche", 40, 200}, {"2021 – 2023", 500, 570}});
  add({{"Education", 40, 120, 13, true}});
  add({{"Université Paris Cité", 40, 200}, {"2019 – 2021", 500, 570}});
  add({{"Master Informatique", 40, 200}});
  return document;
}

}  // namespace

TEST_CASE("runs far apart keep a column gap in the layout text") {
  auto document = sample();
  CHECK(layout_text(document.lines[3]) == "Data Engineer, Lumière Analytics   Sept. 2023 – Present");
  CHECK(layout_text(document.lines[0]) == "Nadia Haddad");
}

TEST_CASE("chips of one font parted by half an em keep a column gap, a section number or one letter does not") {
  auto chips = make_line(1, {{"Wound Care", 40, 95}, {"Epic EHR", 101, 140}});
  CHECK(layout_text(chips) == "Wound Care   Epic EHR");
  auto numbered = make_line(2, {{"3", 40, 46}, {"Studies", 52, 90}, {"x", 200, 206}});
  CHECK(layout_text(numbered).starts_with("3 Studies"));
  auto licence = make_line(3, {{"Driving licence", 40, 110}, {"B", 116, 122}, {"x", 200, 206}});
  CHECK(layout_text(licence).starts_with("Driving licence B"));
}

TEST_CASE("bold headings at the mapped headings' size count even when unmapped") {
  auto resume = analyse_structure(sample());
  for (const auto& section : resume.sections) MESSAGE(section.heading);
  REQUIRE(resume.sections.size() == 3);
  CHECK(resume.sections[0].canonical == "experience");
  CHECK(resume.sections[1].heading == "Where I Made a Difference");
  CHECK(resume.sections[1].canonical.empty());
  CHECK(resume.sections[2].canonical == "education");
}

TEST_CASE("right-margin dates, link targets and page links") {
  auto resume = analyse_structure(sample());
  CHECK(resume.contact.name == "Nadia Haddad");
  CHECK(resume.contact.phone == "+33 6 12 34 56 78");
  REQUIRE(resume.work.size() == 1);
  CHECK(resume.work[0].position == "Data Engineer");
  CHECK(resume.work[0].company == "Lumière Analytics");
  CHECK(resume.work[0].start.iso() == "2023-09");
  CHECK(resume.work[0].end.present);
  CHECK(resume.work[0].highlights.size() == 1);
  std::vector<std::string> networks;
  for (const auto& profile : resume.contact.profiles) networks.push_back(profile.network);
  CHECK(std::find(networks.begin(), networks.end(), "GitHub") != networks.end());
  CHECK(std::find(networks.begin(), networks.end(), "LinkedIn") != networks.end());
  REQUIRE(resume.education.size() == 1);
  CHECK(resume.education[0].institution == "Université Paris Cité");
  CHECK(resume.education[0].study_type == "Master");
  CHECK(resume.education[0].area == "Informatique");
}

TEST_CASE("a date column: the employer set under the title continues the header, a hyphenated bullet goes on") {
  Document document;
  document.format = Format::Pdf;
  document.pages.push_back(Page{});
  int n = 0;
  auto add = [&](std::vector<RunSpec> specs, bool bullet = false) { document.lines.push_back(make_line(++n, std::move(specs), bullet)); };
  add({{"Anna Keller", 70, 180, 20, true}});
  add({{"anna@example.de", 70, 190}});
  add({{"Praxiserfahrung", 70, 180, 13, true}});
  add({{"01/10/2020-aktuell", 70, 150}, {"Wissenschaftliche Hilfskraft", 217, 330}});
  add({{"Institut für mechatronische Systeme (LUH)", 211, 400}});
  add({{"Durchführung von Versuchen des Schleifprozesses von Bornitrid-", 220, 520}}, true);
  add({{"Wendeschneidplatten und Auswertung", 220, 400}});
  add({{"01/10/2017-31/01/2018", 70, 150}, {"Wissenschaftliche Hilfskraft", 218, 330}});
  add({{"Institut für technische Verbrennung (LUH)", 211, 400}});
  auto resume = analyse_structure(document);
  REQUIRE(resume.work.size() == 2);
  CHECK(resume.work[0].company == "Institut für mechatronische Systeme (LUH)");
  REQUIRE(resume.work[0].highlights.size() == 1);
  CHECK(resume.work[0].highlights[0].ends_with("Wendeschneidplatten und Auswertung"));
  CHECK(resume.work[1].company == "Institut für technische Verbrennung (LUH)");
}

TEST_CASE("LinkedIn exports: a bold employer over its title and dates is no section, nor is a city the employer") {
  Document document;
  document.format = Format::Pdf;
  document.pages.push_back(Page{});
  int n = 0;
  auto add = [&](std::vector<RunSpec> specs, bool bullet = false) { document.lines.push_back(make_line(++n, std::move(specs), bullet)); };
  add({{"Aisha Rahman", 200, 330, 22}});
  add({{"aisha@example.com", 40, 150}});
  add({{"Experience", 200, 280, 13}});
  add({{"Wealthsimple", 200, 280, 12}});
  add({{"Senior Software Engineer, Payments", 200, 360, 10}});
  add({{"March 2023 - Present (3 years 10 months)", 200, 380, 10}});
  add({{"Toronto, Ontario, Canada", 200, 320, 10}});
  add({{"Designed an idempotent transfer service.", 210, 400, 10}}, true);
  add({{"Shopify", 200, 260, 12}});
  add({{"Developer", 200, 260, 10}});
  add({{"May 2020 - February 2021 (10 months)", 200, 380, 10}});
  add({{"Ottawa, Ontario, Canada", 200, 320, 10}});
  add({{"Wrote the runbook for the reconciliation job.", 210, 400, 10}}, true);
  add({{"Education", 200, 280, 13}});
  auto resume = analyse_structure(document);
  REQUIRE(resume.sections.size() == 2);
  CHECK(resume.sections[1].canonical == "education");
  REQUIRE(resume.work.size() == 2);
  CHECK(resume.work[0].company == "Wealthsimple");
  CHECK(resume.work[0].position == "Senior Software Engineer, Payments");
  CHECK(resume.work[1].company == "Shopify");
  CHECK(resume.work[1].location == "Ottawa, Ontario, Canada");
}

TEST_CASE("a name below a sidebar brings the place printed under it") {
  Document document;
  document.format = Format::Pdf;
  document.pages.push_back(Page{});
  int n = 0;
  auto add = [&](std::vector<RunSpec> specs) { document.lines.push_back(make_line(++n, std::move(specs))); };
  add({{"Contact", 30, 90, 13}});
  add({{"aisha@example.com", 30, 150}});
  add({{"Top Skills", 30, 90, 13}});
  add({{"Kotlin", 30, 70}});
  for (const char* skill : {"Kafka", "Java", "Ruby", "SQL", "Docker", "Kubernetes", "Terraform", "Go", "Rust"}) add({{skill, 30, 70}});
  add({{"Aisha Rahman", 200, 330, 24}});
  add({{"Senior Software Engineer at Wealthsimple", 200, 420, 12}});
  add({{"Toronto, Ontario, Canada", 200, 320, 10}});
  add({{"Summary", 200, 280, 13}});
  add({{"Backend engineer.", 200, 300}});
  auto resume = analyse_structure(document);
  CHECK(resume.contact.name == "Aisha Rahman");
  CHECK(resume.contact.location_text == "Toronto, Ontario, Canada");
}

/// A one-page German CV whose jobs are a timeline: each date printed above its bold title.
struct TimelinePage : OnePage {
  explicit TimelinePage(const char* experience_heading) {
    add({{"Dennis Kowalczyk", 40, 220, 22, true}});
    add({{"d.kowalczyk@example.de", 40, 200}});
    add({{experience_heading, 40, 160, 12, true}});
  }
  /// A line that follows the one above without a gap.
  void add_close(std::vector<RunSpec> specs) {
    add(std::move(specs));
    document.lines.back().block_start = false;
  }
  void add_jobs(std::initializer_list<const char*> titles) {
    for (const char* title : titles) {
      add({{"04/2018 – heute", 40, 110, 8}});
      add_close({{title, 40, 300, 12, true}});
      add_close({{"Brenntag Verpackungstechnik GmbH | Bielefeld", 40, 260}});
      add_close({{"Wartung und Instandsetzung von 14 Abfüll- und Verpackungslinien", 40, 330}});
    }
  }
};

TEST_CASE("a bold title under its date line is an entry, a section word wrapped in body type no heading") {
  TimelinePage page("BERUFSERFAHRUNG");
  page.add_jobs({"Instandhaltungstechniker / Schichtführer Instandhaltung", "Monteur (Leiharbeit)"});
  page.add({{"AUSBILDUNG", 40, 140, 12, true}});
  page.add({{"2007", 40, 70, 8}});
  page.add_close({{"Fachoberschulreife", 40, 160, 11, true}});
  page.add({{"ZERTIFIKATE", 40, 140, 12, true}});
  page.add({{"Elektrofachkraft für festgelegte", 40, 200}});
  page.add_close({{"Tätigkeiten", 40, 110}});
  page.add({{"KENNTNISSE", 40, 140, 12, true}});
  page.add({{"SAP PM", 40, 90}});
  auto resume = analyse_structure(page.document);
  std::vector<std::string> headings;
  for (const auto& section : resume.sections) headings.push_back(section.heading);
  CHECK(headings == std::vector<std::string>{"BERUFSERFAHRUNG", "AUSBILDUNG", "ZERTIFIKATE", "KENNTNISSE"});
  REQUIRE(resume.work.size() == 2);
  CHECK(resume.work[1].position == "Monteur (Leiharbeit)");
  REQUIRE(resume.education.size() == 1);
  CHECK(resume.education[0].study_type == "Fachoberschulreife");
}

TEST_CASE("title-case sections: a bold title right under its date line stays an entry") {
  TimelinePage page("Berufserfahrung");
  page.add_jobs({"Schichtführer Instandhaltung", "Monteur Leiharbeit"});
  page.add({{"Kenntnisse", 40, 140, 12, true}});
  page.add({{"SAP PM", 40, 90}});
  auto resume = analyse_structure(page.document);
  CHECK(resume.sections.size() == 2);
  CHECK(resume.work.size() == 2);
}

/// A page of table rows: each line placed at its own height, 13 pt tall, so lines of one row overlap.
struct TablePage : OnePage {
  void add_at(double y, std::vector<RunSpec> specs) {
    Line line = make_line(++n, std::move(specs));
    place_at(line, y, 13);
    line.block_start = false;
    document.lines.push_back(line);
  }
};

TEST_CASE("a ruled table of jobs and schools: cells wrapped over lines are read by column") {
  TablePage page;
  auto& document = page.document;
  // Lines of one row sit 11.5 pt apart (they overlap); rows part by padding.
  auto add = [&](double y, std::vector<RunSpec> specs) { page.add_at(y, std::move(specs)); };
  add(40, {{"Inês Carvalho", 60, 200, 18, true}});
  add(60, {{"ines@example.pt", 60, 160}});
  add(100, {{"Experiência Profissional", 57, 230, 13, true}});
  add(120, {{"Período", 91, 130}, {"Entidade", 238, 280}, {"Função", 444, 475}});
  add(138, {{"março de 2020 –", 60, 140}, {"Mota-Engil Engenharia e Construção, S.A.", 165, 350}, {"Diretora de Obra – reabilitação de", 359, 540}});
  add(149.5, {{"presente", 60, 100}, {"(Porto)", 165, 200}, {"edifícios escolares", 359, 450}});
  add(167, {{"setembro de 2016 –", 60, 150}, {"Teixeira Duarte – Engenharia e", 165, 320}, {"Engenheira de Planeamento e", 359, 520}});
  add(178.5, {{"fevereiro de 2020", 60, 150}, {"Construções, S.A. (Lisboa)", 165, 300}, {"Controlo de Custos", 359, 450}});
  add(210, {{"Habilitações Literárias", 57, 230, 13, true}});
  add(230, {{"Período", 91, 130}, {"Estabelecimento de Ensino", 194, 320}, {"Grau / Curso", 432, 490}});
  add(255, {{"Mestrado Integrado em Engenharia Civil", 359, 540}});
  add(261, {{"Faculdade de Engenharia da", 165, 300}});
  add(267, {{"2006 – 2011", 60, 110}});
  add(272.5, {{"Universidade do Porto (FEUP)", 165, 310}});
  auto resume = analyse_structure(document);
  REQUIRE(resume.work.size() == 2);
  CHECK(resume.work[0].position == "Diretora de Obra");
  CHECK(resume.work[0].company == "Mota-Engil Engenharia e Construção, S.A.");
  CHECK(resume.work[0].location == "Porto");
  CHECK(resume.work[0].end.present);
  CHECK(resume.work[1].position == "Engenheira de Planeamento e Controlo de Custos");
  CHECK(resume.work[1].company == "Teixeira Duarte – Engenharia e Construções, S.A.");
  CHECK(resume.work[1].start.month == 9);
  REQUIRE(resume.education.size() == 1);
  CHECK(resume.education[0].institution == "Faculdade de Engenharia da Universidade do Porto (FEUP)");
  CHECK(resume.education[0].study_type == "Mestrado Integrado");
  CHECK(resume.education[0].end.year == 2011);
}

TEST_CASE("a ruled table of jobs: a cell of title over employer, a town on a cell's last line") {
  TablePage page;
  auto add = [&](double y, std::vector<RunSpec> specs) { page.add_at(y, std::move(specs)); };
  add(40, {{"Thijs de Wit", 60, 200, 18, true}});
  add(60, {{"thijs@example.nl", 60, 160}});
  add(100, {{"Werkervaring", 57, 160, 13, true}});
  add(120, {{"Periode", 60, 100}, {"Functie en werkgever", 180, 290}, {"Werkzaamheden en resultaten", 330, 480}});
  add(138, {{"sep. 2020 – heden", 60, 150}, {"Business controller", 180, 280}, {"– Business partner van de directie", 330, 520}});
  add(149.5, {{"Rijnvaart Logistiek B.V.", 180, 300}, {"– Invoering van rollende forecast", 330, 520}});
  add(161, {{"Utrecht", 180, 220}});
  add(179, {{"mrt. 2017 – aug. 2020", 60, 160}, {"Financieel analist", 180, 270}, {"– Maandrapportages", 330, 450}});
  add(190.5, {{"Koopmans Zuivel B.V.", 180, 290}});
  add(230, {{"Experiencia", 57, 160, 13, true}});
  add(250, {{"Periodo", 60, 100}, {"Empresa", 180, 230}, {"Puesto", 330, 370}, {"Funciones principales", 420, 540}});
  add(268, {{"Ene. 2018 – Actualidad", 60, 170}, {"Grupo Logístico", 180, 260}, {"Responsable de Comercio", 330, 410}, {"Gestión documental", 420, 540}});
  add(279.5, {{"Guadalquivir, S.L.", 180, 270}, {"Exterior", 330, 370}});
  add(291, {{"Sevilla", 180, 215}});
  add(309, {{"Abr. 2013 – Jun. 2013", 60, 170}, {"Autoridad Portuaria de", 180, 300}, {"Becaria", 330, 370}, {"Apoyo al departamento", 420, 540}});
  add(320.5, {{"Sevilla", 180, 215}});
  auto resume = analyse_structure(page.document);
  REQUIRE(resume.work.size() == 4);
  CHECK(resume.work[0].position == "Business controller");
  CHECK(resume.work[0].company == "Rijnvaart Logistiek B.V.");
  CHECK(resume.work[0].location == "Utrecht");
  CHECK(resume.work[1].position == "Financieel analist");
  CHECK(resume.work[1].company == "Koopmans Zuivel B.V.");
  CHECK(resume.work[1].start.month == 3);
  CHECK(resume.work[2].position == "Responsable de Comercio Exterior");
  CHECK(resume.work[2].company == "Grupo Logístico Guadalquivir, S.L.");
  CHECK(resume.work[2].location == "Sevilla");
  CHECK(resume.work[3].company == "Autoridad Portuaria de Sevilla");  // the name wraps: no town taken off
  CHECK(resume.work[3].location.empty());
}

TEST_CASE("a spreadsheet's table of jobs: a range left open on its dash goes on in the cell below; 'Localidad' heads towns") {
  TablePage page;
  auto add = [&](double y, std::vector<RunSpec> specs) { page.add_at(y, std::move(specs)); };
  add(40, {{"Lucía Ferrer", 60, 200, 18, true}});
  add(60, {{"lucia@example.es", 60, 160}});
  add(100, {{"Experiencia Profesional", 57, 200, 13, true}});
  add(120, {{"Periodo", 60, 100}, {"Empresa", 141, 180}, {"Puesto", 232, 265}, {"Localidad", 317, 360}});
  add(133, {{"Mar. 2020 –", 60, 110}, {"Cerámicas del Mijares,", 141, 225}, {"Responsable de", 232, 300}, {"Onda", 317, 340}});
  add(142, {{"Actualidad", 60, 105}, {"S.A.", 141, 160}, {"Compras", 232, 270}, {"(Castellón)", 317, 360}});
  add(180, {{"Sept. 2016 –", 60, 110}, {"Distribuciones", 141, 200}, {"Técnica de", 232, 280}, {"Valencia", 317, 350}});
  add(189, {{"Feb. 2020", 60, 100}, {"Hortofrutícolas, S.L.", 141, 225}, {"Aprovisionamiento", 232, 310}});
  auto resume = analyse_structure(page.document);
  REQUIRE(resume.work.size() == 2);
  CHECK(resume.work[0].position == "Responsable de Compras");
  CHECK(resume.work[0].company == "Cerámicas del Mijares, S.A.");
  CHECK(resume.work[0].location == "Onda (Castellón)");
  CHECK(resume.work[0].end.present);
  CHECK(resume.work[1].position == "Técnica de Aprovisionamiento");
  CHECK(resume.work[1].end.year == 2020);
}

TEST_CASE("a teacher's job table: 'Centro educativo' is the employer, 'Puesto / Funciones' opens on the title") {
  TablePage page;
  auto add = [&](double y, std::vector<RunSpec> specs) { page.add_at(y, std::move(specs)); };
  add(40, {{"Rocío Barroso", 60, 200, 18, true}});
  add(60, {{"rocio@example.es", 60, 160}});
  add(100, {{"Experiencia docente", 57, 200, 13, true}});
  add(120, {{"Periodo", 60, 100}, {"Centro educativo", 141, 220}, {"Localidad", 260, 300}, {"Puesto / Funciones", 380, 470}});
  add(133, {{"15/09/2023 –", 60, 115}, {"CEIP Los Albarizones", 141, 230}, {"Jerez de la Frontera", 260, 350}, {"Maestra interina de Inglés", 380, 500}});
  add(142, {{"actualidad", 60, 105}, {"(Cádiz)", 260, 290}, {"Tutora de 4.º de Primaria", 380, 490}});
  add(180, {{"01/09/2022 –", 60, 115}, {"CEIP San Isidro Labrador", 141, 250}, {"Arcos de la Frontera", 260, 350}, {"Maestra interina de Inglés", 380, 500}});
  add(189, {{"30/06/2023", 60, 105}, {"(Cádiz)", 260, 290}});
  auto resume = analyse_structure(page.document);
  REQUIRE(resume.work.size() == 2);
  CHECK(resume.work[0].company == "CEIP Los Albarizones");
  CHECK(resume.work[0].position == "Maestra interina de Inglés");
  CHECK(resume.work[0].end.present);
  CHECK(resume.work[1].company == "CEIP San Isidro Labrador");
  CHECK(resume.work[1].end.year == 2023);
}

TEST_CASE("numbered subsections naming a kind of degree over dated entries head no entry") {
  OnePage page;
  page.add({{"Rocío Barroso", 60, 220, 18, true}});
  page.add({{"rocio@example.es", 60, 200}});
  page.add({{"2. FORMACIÓN ACADÉMICA", 60, 240, 13, true}});
  page.add({{"2.1. Titulación universitaria", 60, 200, 11, true}});
  page.add({{"2014 – 2018", 60, 110}, {"Grado en Educación Primaria", 150, 300}});
  page.add({{"Universidad de Cádiz", 150, 260}});
  page.add({{"2.2. Posgrado", 60, 130, 11, true}});
  page.add({{"2020 – 2021", 60, 110}, {"Máster Universitario en Enseñanza Bilingüe (AICLE)", 150, 400}});
  page.add({{"Universidad Internacional de La Rioja (UNIR), modalidad en línea", 150, 450}});
  auto resume = analyse_structure(page.document);
  REQUIRE(resume.education.size() == 2);
  CHECK(resume.education[0].institution == "Universidad de Cádiz");
  CHECK(resume.education[1].institution == "Universidad Internacional de La Rioja (UNIR)");
}

TEST_CASE("a centred date bar: a range's end printed below a bullet still closes the range") {
  OnePage page;
  page.add({{"Lucía Fernández", 60, 220, 18, true}});
  page.add({{"lucia@example.es", 60, 200}});
  page.add({{"Experiencia Profesional", 60, 240, 13, true}});
  page.add({{"Coordinadora de Almacén — Grupo Dismar Distribución (Sagunto)", 129, 420, 10, true}});
  page.add({{"Mar. 2016 –", 59.8, 105}});
  page.add({{"Gestión de turnos para 3 naves de producto refrigerado", 131, 480}}, true);
  page.add({{"Ago. 2019", 76.5, 112}});
  page.add({{"Proyecto Lean 5S y rediseño de layout", 131, 420}}, true);
  auto resume = analyse_structure(page.document);
  REQUIRE(resume.work.size() == 1);
  CHECK(resume.work[0].position == "Coordinadora de Almacén");
  CHECK(resume.work[0].start.year == 2016);
  CHECK(resume.work[0].end.year == 2019);
  CHECK(resume.work[0].end.month == 8);
}

TEST_CASE("sections in capitals: a bold sub-label inside a job is no section, one title-case heading allowed") {
  OnePage page;
  page.add({{"TRISA TAY", 60, 160, 11, true}});
  page.add({{"trisa@example.com", 60, 200, 11, true}});
  page.add({{"PROFESSIONAL EXPERIENCE", 60, 240, 11, true}});
  page.add({{"CMIA CAPITAL PARTNERS PTE LTD", 120, 330, 11, true}, {"Jan 2007 to Jul 2009", 400, 500, 11, true}});
  page.add({{"Financial Controller", 120, 240, 11, true}});
  page.add({{"Leadership", 60, 130, 11, true}});
  page.add({{"Act as a positive representative for company Finance.", 80, 400}}, true);
  page.add({{"Compliance & Risk Management", 60, 230, 11, true}});
  page.add({{"Supervise investment guidelines monitoring.", 80, 400}}, true);
  page.add({{"Earlier Career", 60, 150, 11, true}});
  page.add({{"PRICEWATERHOUSE LLP", 120, 260, 11, true}, {"Jul 1986 to Apr 1988", 400, 500, 11, true}});
  page.add({{"Audit Semi-Senior", 120, 230, 11, true}});
  page.add({{"EDUCATION", 60, 140, 11, true}});
  page.add({{"Bachelor of Accountancy, National University of Singapore, 1986", 60, 400}});
  page.add({{"IT SKILLS", 60, 130, 11, true}});
  page.add({{"Excel, SAP", 60, 130}});
  auto resume = analyse_structure(page.document);
  std::vector<std::string> headings;
  for (const auto& section : resume.sections) headings.push_back(section.heading);
  CHECK(headings == std::vector<std::string>{"PROFESSIONAL EXPERIENCE", "Earlier Career", "EDUCATION", "IT SKILLS"});
  REQUIRE(resume.work.size() == 2);
  CHECK(resume.work[0].company == "CMIA CAPITAL PARTNERS PTE LTD");
  CHECK(resume.work[1].position == "Audit Semi-Senior");
}

TEST_CASE("a skill pill named like a section ('Customer Research') among capital headings stays a skill") {
  OnePage page;
  page.add({{"Camille Ostrowski", 60, 240, 20, true}});
  page.add({{"camille@example.com", 60, 200}});
  page.add({{"SKILLS", 60, 110, 11, true}});
  page.add({{"Pricing & Packaging", 60, 150, 8, true}});
  page.add({{"Customer Research", 60, 150, 8, true}});
  page.add({{"EXPERIENCE", 60, 140, 11, true}});
  page.add({{"Product Marketing Manager", 60, 260, 10, true}, {"2018 – 2021", 450, 520}});
  page.add({{"Northwind Pay", 60, 160}});
  page.add({{"EDUCATION", 60, 140, 11, true}});
  page.add({{"Queen's University", 60, 200}, {"2010 – 2014", 450, 520}});
  auto resume = analyse_structure(page.document);
  std::vector<std::string> headings;
  for (const auto& section : resume.sections) headings.push_back(section.heading);
  CHECK(headings == std::vector<std::string>{"SKILLS", "EXPERIENCE", "EDUCATION"});
}

TEST_CASE("review: a date further down is no range end when the line above holds more than its start") {
  OnePage page;
  page.add({{"Jane Roe", 60, 160, 18, true}});
  page.add({{"jane@example.com", 60, 200}});
  page.add({{"Experience", 60, 140, 13, true}});
  page.add({{"Jan 2019 – Marketing Manager, Acme Ltd", 60, 330}});
  page.add({{"Led campaigns across three markets", 80, 330}}, true);
  page.add({{"2016 – 2018", 60, 120}});
  page.add({{"Sales Associate, Foo Retail", 60, 200}});
  auto resume = analyse_structure(page.document);
  REQUIRE(resume.work.size() == 2);
  CHECK(resume.work[0].start.year == 2019);
  CHECK(resume.work[1].start.year == 2016);
  CHECK(resume.work[1].end.year == 2018);
}

TEST_CASE("a name set large over two lines below a sidebar, beside a bigger monogram") {
  OnePage page;
  page.add({{"VR", 80, 126, 46, true}});
  page.add({{"PERFIL", 26, 72, 12, true}});
  page.add({{"Mercadóloga con más de 8 años de experiencia.", 26, 200}});
  page.add({{"CONTACTO", 26, 90, 12, true}});
  page.add({{"valentina@example.com", 26, 200}});
  page.add({{"VALENTINA", 235, 413, 41, true}});
  page.add({{"RÍOS HERRERA", 235, 476, 41, true}});
  page.add({{"EXPERIENCIA LABORAL", 235, 400, 12, true}});
  auto resume = analyse_structure(page.document);
  CHECK(resume.contact.name == "VALENTINA RÍOS HERRERA");
}

TEST_CASE("a header line broken at the column's edge goes on below, a year in a prose tail is no entry") {
  OnePage page;
  page.add({{"Camille Rousseau", 60, 240, 20, true}});
  page.add({{"camille@example.fr", 60, 200}});
  page.add({{"EXPÉRIENCES", 233, 320, 12, true}});
  page.add({{"2019 – aujourd'hui", 233, 315}});
  page.add({{"Chargée de développement RH | Groupe Verdier Logistique, Saint-", 233, 559}});
  page.add({{"Priest", 233, 261}});
  page.add({{"Pilotage du recrutement de 120 à 150 postes par an, passé à 180 postes par an", 233, 566}});
  page.add({{"en 2023", 233, 268}});
  page.document.lines.back().block_start = false;
  page.add({{"FORMATION", 233, 310, 12, true}});
  page.add({{"2012 – 2014", 233, 284}});
  page.add({{"Master Gestion des ressources humaines – IAE Lyon, Université Jean", 233, 550}});
  page.add({{"Moulin Lyon 3", 233, 297}});
  page.add({{"Parcours « Management des RH et des relations sociales », en alternance", 233, 561}});
  auto resume = analyse_structure(page.document);
  REQUIRE(resume.work.size() == 1);
  CHECK(resume.work[0].location == "Saint-Priest");
  REQUIRE(resume.education.size() == 1);
  CHECK(resume.education[0].institution == "IAE Lyon, Université Jean Moulin Lyon 3");
}

TEST_CASE("a table header wrapped in its cells ('Year of' / 'Passing') still heads the education table") {
  TablePage page;
  page.add_at(40, {{"Srikanth Palla", 60, 200, 18, true}});
  page.add_at(60, {{"srikanth@example.in", 60, 160}});
  page.add_at(100, {{"EDUCATIONAL QUALIFICATIONS", 57, 260, 12, true}});
  page.add_at(120, {{"Qualification", 60, 130}, {"Board / University", 200, 290}, {"Year of", 340, 380}, {"Percentage", 430, 490}});
  page.add_at(131.5, {{"Passing", 340, 380}});
  page.add_at(150, {{"B.Tech (Electronics and", 60, 180}, {"JNTU Hyderabad", 200, 280}, {"2014", 340, 365}, {"72.4%", 430, 460}});
  page.add_at(161.5, {{"Communication Engineering)", 60, 190}});
  page.add_at(180, {{"Intermediate (MPC)", 60, 150}, {"Board of Intermediate", 200, 300}, {"2010", 340, 365}, {"91.2%", 430, 460}});
  page.add_at(191.5, {{"Education, A.P.", 200, 280}});
  page.add_at(210, {{"Class X", 60, 100}, {"CBSE", 200, 230}, {"2008", 340, 365}, {"85%", 430, 455}});
  auto resume = analyse_structure(page.document);
  REQUIRE(resume.education.size() == 3);
  CHECK(resume.education[0].institution == "JNTU Hyderabad");
  CHECK(resume.education[0].study_type == "B.Tech");
  CHECK(resume.education[0].area == "Electronics and Communication Engineering");
  CHECK(resume.education[1].institution == "Board of Intermediate Education, A.P.");
  CHECK(resume.education[1].study_type == "Intermediate");
  CHECK(resume.education[2].study_type == "Class X");
  CHECK(resume.education[2].end.year == 2008);
}

TEST_CASE("a 'Project:' label among a job's form fields is no projects section") {
  OnePage page;
  page.add({{"Srikanth Palla", 60, 200, 16, true}});
  page.add({{"srikanth@example.in", 60, 160}});
  page.add({{"PROFESSIONAL EXPERIENCE", 60, 250, 11, true}});
  page.add({{"Company:", 60, 110, 10, true}, {"Veltrix Telecom Services Pvt. Ltd., Hyderabad", 150, 360}});
  page.add({{"Designation:", 60, 120, 10, true}, {"Senior RF Engineer", 150, 240}});
  page.add({{"Duration:", 60, 110, 10, true}, {"July 2019 – Till Date", 150, 250}});
  page.add({{"Project:", 60, 105, 10, true}, {"Reliance Jio 5G NR rollout – AP & Telangana circle", 150, 400}});
  page.add({{"Leading a team of 5 RF engineers for 5G cluster acceptance.", 70, 400}}, true);
  page.add({{"Company:", 60, 110, 10, true}, {"Tejas Micro Systems", 150, 250}});
  page.add({{"Designation:", 60, 120, 10, true}, {"Graduate Engineer Trainee", 150, 270}});
  page.add({{"Duration:", 60, 110, 10, true}, {"01-Sep-2014 to 31-Jul-2016", 150, 270}});
  page.add({{"Conducted drive tests for 2G/3G sites.", 70, 300}}, true);
  auto resume = analyse_structure(page.document);
  REQUIRE(resume.sections.size() == 1);
  CHECK(resume.sections[0].canonical == "experience");
  REQUIRE(resume.work.size() == 2);
  CHECK(resume.work[1].position == "Graduate Engineer Trainee");
  CHECK(resume.work[1].company == "Tejas Micro Systems");
  CHECK(resume.work[1].end.iso() == "2016-07");
}

TEST_CASE("table rows parted by a hair's gap when a row brings a second period; paired labels ('College/University')") {
  TablePage page;
  page.add_at(40, {{"Pradeep Kumar", 60, 200, 18, true}});
  page.add_at(60, {{"pradeep@example.in", 60, 160}});
  page.add_at(100, {{"EDUCATION", 57, 160, 12, true}});
  page.add_at(313, {{"Degree", 116, 150}, {"College/University", 268, 355}, {"Year of", 380, 420}, {"CGPA/%", 460, 500}});
  page.add_at(324.5, {{"Passing", 380, 420}});
  page.add_at(338.5, {{"B.Tech (Computer Science and", 54, 193}, {"Vardhaman College of Engineering,", 200, 360}, {"2019", 380, 405}, {"7.8 CGPA", 460, 500}});
  page.add_at(350, {{"Engineering)", 54, 110}, {"JNTU Hyderabad", 200, 280}});
  page.add_at(364, {{"Intermediate (MPC)", 54, 141}, {"Sri Chaitanya Junior College,", 200, 340}, {"2015", 380, 405}, {"94.6%", 460, 490}});
  page.add_at(375.5, {{"Hyderabad", 200, 250}});
  auto resume = analyse_structure(page.document);
  REQUIRE(resume.education.size() == 2);
  CHECK(resume.education[0].institution == "Vardhaman College of Engineering, JNTU Hyderabad");
  CHECK(resume.education[0].area == "Computer Science and Engineering");
  CHECK(resume.education[1].institution == "Sri Chaitanya Junior College");
  CHECK(resume.education[1].end.year == 2015);
}

TEST_CASE("a small label and its value above the name do not name the person when the name is set far larger") {
  OnePage page;
  page.add({{"Woonplaats", 420, 470, 9, true}, {"Utrecht", 474, 510, 9}});
  page.add({{"Lotte van der Heijden", 40, 260, 24}, {"Telefoon", 420, 460, 9, true}, {"06 41 28 77 35", 464, 530, 9}});
  page.add({{"lotte@example.nl", 420, 530, 9}});
  page.add({{"Werkervaring", 40, 140, 13, true}});
  page.add({{"Accountmanager, Coolblue", 40, 200}, {"2019 – heden", 480, 560}});
  auto resume = analyse_structure(page.document);
  CHECK(resume.contact.name == "Lotte van der Heijden");
}

TEST_CASE("a Languages label set below the capitals SKILLS heading groups skills, a peer heading ends the skills") {
  OnePage page;
  page.add({{"Daniel Moreno", 40, 200, 20, true}});
  page.add({{"daniel@example.com", 40, 200}});
  page.add({{"SKILLS", 40, 90, 12, true}});
  page.add({{"Languages", 40, 100, 12, true}});
  page.add({{"SQL, Python, R", 40, 200}});
  page.add({{"Data Stack", 40, 100, 12, true}});
  page.add({{"Snowflake, dbt, BigQuery", 40, 200}});
  page.add({{"MISCELLANEOUS", 40, 150, 12, true}});
  page.add({{"Languages", 40, 100, 12, true}});
  page.add({{"English, Norwegian", 40, 200}});
  page.add({{"Other", 40, 100, 12, true}});
  page.add({{"Class B", 40, 200}});
  auto resume = analyse_structure(page.document);
  auto items = skill_items(resume);
  CHECK(std::find(items.begin(), items.end(), "R") != items.end());
  CHECK(std::find(items.begin(), items.end(), "Snowflake") != items.end());
  CHECK(std::find(items.begin(), items.end(), "Class B") == items.end());
}

TEST_CASE("a table row's cells wrapping a little below it join the row when a cell above breaks mid-phrase") {
  TablePage page;
  page.add_at(40, {{"Priya Raman", 60, 200, 18, true}});
  page.add_at(60, {{"priya@example.in", 60, 160}});
  page.add_at(100, {{"EDUCATIONAL QUALIFICATION", 57, 260, 12, true}});
  page.add_at(120, {{"Degree", 60, 100}, {"Institute", 200, 250}, {"Year", 420, 445}, {"Percentage", 460, 520}});
  // Lines of a row sit 15 pt apart (2 pt of leading), rows 20 pt apart: too wide for the hair-gap rule.
  page.add_at(140, {{"B.E. (Computer Science and", 60, 190}, {"Sri Venkateswara College of Engineering,", 200, 400}, {"2017", 420, 445}, {"78.4%", 460, 490}});
  page.add_at(155, {{"Engineering)", 60, 110}, {"Sriperumbudur", 200, 270}});
  page.add_at(175, {{"HSC (XII)", 60, 110}, {"Velammal Higher Secondary School", 200, 380}, {"2013", 420, 445}, {"91.2%", 460, 490}});
  page.add_at(190, {{"Diploma in Drawing", 60, 150}, {"Lalit Kala Academy", 200, 300}});
  auto resume = analyse_structure(page.document);
  REQUIRE(resume.education.size() == 3);
  CHECK(resume.education[0].study_type == "B.E.");
  CHECK(resume.education[0].area == "Computer Science and Engineering");
  CHECK(resume.education[0].institution == "Sri Venkateswara College of Engineering");
  CHECK(resume.education[1].study_type == "HSC (XII)");
  CHECK(resume.education[2].institution == "Lalit Kala Academy");
}

TEST_CASE("a school wrapped onto a line opening with its dash is no bullet, and the place beside a late contact block is read") {
  OnePage page;
  page.add({{"Chiara Bertolini", 40, 200, 20, true}});
  page.add({{"ESPERIENZA", 40, 120, 12, true}});
  page.add({{"Sviluppatore Backend @ Satispay", 40, 200}});
  page.add({{"Milano · 2021 – oggi", 40, 150}});
  page.add({{"ISTRUZIONE", 40, 120, 12, true}});
  page.add({{"Laurea Magistrale in Informatica", 40, 200}});
  page.add({{"Politecnico di Milano", 52, 160}}, true);
  page.document.lines.back().list_marker = "–";
  page.add({{"2016 – 2018 · 110/110 e lode", 40, 160}});
  page.add({{"Milano, Italia", 420, 520}});
  page.add({{"+39 347 218 5590", 420, 520}});
  page.add({{"chiara@example.it", 420, 520}});
  auto resume = analyse_structure(page.document);
  REQUIRE(resume.education.size() == 1);
  CHECK(resume.education[0].institution == "Politecnico di Milano");
  CHECK(resume.education[0].end.year == 2018);
  CHECK(resume.contact.location_text == "Milano, Italia");
}

TEST_CASE("a sentence indented under a job keeps its bracketed dates and opens no entry") {
  OnePage page;
  page.add({{"Megan Ortiz", 40, 200, 20, true}});
  page.add({{"megan@example.com", 40, 200}});
  page.add({{"PROFESSIONAL EXPERIENCE", 40, 220, 12, true}});
  page.add({{"Second Grade Teacher, Lincoln Elementary School", 40, 300}, {"August 2016 – May 2019", 450, 560}});
  page.add({{"Implemented guided reading groups using benchmark data.", 55, 400}});
  page.add({{"Served on the Campus Advisory Council (2017–2019).", 55, 300}});
  page.add({{"Kindergarten Teacher, Chisholm Trail Elementary School", 40, 320}, {"August 2012 – June 2016", 450, 560}});
  auto resume = analyse_structure(page.document);
  REQUIRE(resume.work.size() == 2);
  CHECK(resume.work[1].position == "Kindergarten Teacher");
}

TEST_CASE("letter-spaced headings of many letters are headings, a bracketed aside under a title is not") {
  OnePage page;
  page.add({{"Camille Roussel", 40, 250, 24, true}});
  page.add({{"camille@example.fr", 40, 200}});
  page.add({{"P R O F I L", 40, 100, 12, true}});
  page.add({{"Cheffe de projet digital depuis 8 ans.", 40, 250}});
  page.add({{"E X P É R I E N C E S", 40, 160, 12, true}});
  page.add({{"2019 - 2023", 40, 100}, {"CHEF DE PROJET DIGITAL", 140, 300}});
  page.add({{"Agence Wanted · Paris", 140, 250}});
  page.add({{"2015", 40, 70}, {"ASSISTANTE CHEF DE PROJET", 140, 300}});
  page.add({{"(STAGE)", 140, 190, 12, true}});
  page.add({{"France Télévisions · Paris", 140, 260}});
  page.add({{"F O R M AT I O N", 40, 140, 12, true}});
  page.add({{"2014 - 2016", 40, 100}, {"Master Management de projets", 140, 300}});
  auto resume = analyse_structure(page.document);
  std::vector<std::string> canonicals;
  for (const auto& section : resume.sections) canonicals.push_back(section.canonical);
  CHECK(canonicals == std::vector<std::string>{"summary", "experience", "education"});
  REQUIRE(resume.work.size() == 2);
  CHECK(resume.work[0].company == "Agence Wanted");
}

TEST_CASE("smaller bold 'Key achievements:' labels repeated inside jobs are no sections") {
  OnePage page;
  page.add({{"Danielle Okafor", 51, 200, 18, true}});
  page.add({{"danielle@example.co.uk", 51, 200}});
  page.add({{"PERSONAL PROFILE", 51, 190, 11, true}});
  page.add({{"Store manager with ten years in retail and contact centres.", 51, 400}});
  page.add({{"KEY SKILLS", 51, 130, 11, true}});
  page.add({{"Stock control, Rota planning", 51, 300}});
  page.add({{"EMPLOYMENT HISTORY", 51, 192, 11, true}});
  page.add({{"Harrowgate Home & Garden – Leeds", 51, 220, 10.8, true}});
  page.add({{"Store Manager", 51, 120, 10, true}, {"March 2021 – Present", 446, 544}});
  page.add({{"Key achievements:", 51, 136, 9.4, true}});
  page.add({{"Increased like-for-like sales by 11% in 2023.", 63, 400}});
  page.add({{"Brightwell Telecom – Bradford", 51, 206, 10.8, true}});
  page.add({{"Customer Service Team Leader", 51, 200, 10, true}, {"June 2017 – February 2021", 430, 544}});
  page.add({{"Key achievements:", 51, 136, 9.4, true}});
  page.add({{"Team achieved the highest NPS on site.", 63, 400}});
  page.add({{"EDUCATION", 51, 130, 11, true}});
  page.add({{"The Open University", 51, 200, 10, true}, {"2016 – 2020", 480, 544}});
  auto resume = analyse_structure(page.document);
  REQUIRE(resume.work.size() == 2);
  CHECK(resume.work[1].company == "Brightwell Telecom");
  CHECK(resume.work[1].position == "Customer Service Team Leader");
  CHECK(std::none_of(resume.sections.begin(), resume.sections.end(), [](const auto& s) { return s.canonical == "awards"; }));
}

TEST_CASE("an education table's Board column names the exam body: the Institute column is the school, 10th and 12th are degrees") {
  TablePage page;
  page.add_at(40, {{"Rohit Sahu", 60, 200, 18, true}});
  page.add_at(60, {{"rohit@example.in", 60, 160}});
  page.add_at(100, {{"EDUCATIONAL QUALIFICATION", 57, 260, 12, true}});
  page.add_at(120, {{"Qualification", 60, 130}, {"Board/University", 150, 240}, {"Institute", 260, 310}, {"Year", 430, 455}, {"Percentage", 470, 530}});
  page.add_at(140, {{"12th (HSC)", 60, 120}, {"Maharashtra State", 150, 240}, {"Somalwar Junior College,", 260, 400}, {"2015", 430, 455}, {"84.60%", 470, 510}});
  page.add_at(155, {{"Board", 150, 180}, {"Nagpur", 260, 300}});
  page.add_at(175, {{"10th (SSC)", 60, 120}, {"CBSE", 150, 180}, {"Kendriya Vidyalaya No. 2,", 260, 400}, {"2013", 430, 455}, {"9.4 CGPA", 470, 520}});
  page.add_at(190, {{"Nagpur", 260, 300}});
  auto resume = analyse_structure(page.document);
  REQUIRE(resume.education.size() == 2);
  CHECK(resume.education[0].study_type == "12th (HSC)");
  CHECK(resume.education[0].institution == "Somalwar Junior College");
  CHECK(resume.education[1].study_type == "10th (SSC)");
  CHECK(resume.education[1].institution == "Kendriya Vidyalaya No. 2");
}

TEST_CASE("a timeline's date column wrapped onto the employer's line: the year goes up, the employer stays in its column") {
  OnePage page;
  page.add({{"Sandrine Lefèvre", 51, 200, 18, true}});
  page.add({{"sandrine@example.fr", 51, 200}});
  page.add({{"EXPÉRIENCES PROFESSIONNELLES", 51, 250, 11, true}});
  page.add({{"2017 - 2020", 100, 147, 9, true}, {"Comptable fournisseurs / clients", 182, 350, 10, true}});
  page.add({{"Cabinet Morel & Associés – Nantes", 182, 340}});
  page.add({{"Saisie et révision des comptes, lettrage, relances clients", 190, 450}}, true);
  page.add({{"Janv. 2013 - Juin", 63, 147, 9, true}, {"Assistante comptable (stage de fin d'études)", 182, 446, 10, true}});
  page.add({{"2013", 121, 147, 9, true}, {"Fiduciaire de l'Erdre – Carquefou", 182, 341}});
  page.add({{"Saisie comptable et préparation des dossiers de révision", 190, 450}}, true);
  auto resume = analyse_structure(page.document);
  REQUIRE(resume.work.size() == 2);
  CHECK(resume.work[1].company == "Fiduciaire de l'Erdre");
  CHECK(resume.work[1].end.year == 2013);
  CHECK(resume.work[1].end.month == 6);
}

TEST_CASE("a title wrapped before the dates set on its right goes on below in the same type") {
  OnePage page;
  page.add({{"Lucía Ferreyra", 51, 200, 18, true}});
  page.add({{"lucia@example.com.ar", 51, 200}});
  page.add({{"EXPERIENCIA", 230, 300, 11, true}});
  page.add({{"Conecta Contact Center | Representante de Soporte", 230.8, 490, 10, true}, {"2015 - 2017", 506.6, 554.2, 8.8}});
  page.add({{"Técnico", 230.8, 267.9, 10, true}});
  page.add({{"Villa María, Córdoba", 230.8, 309.1, 8.6}});
  page.add({{"Atención telefónica de clientes corporativos", 240, 450}}, true);
  auto resume = analyse_structure(page.document);
  REQUIRE(resume.work.size() == 1);
  CHECK(resume.work[0].position == "Representante de Soporte Técnico");
  CHECK(resume.work[0].company == "Conecta Contact Center");
}

TEST_CASE("a rail heading wrapped onto a short line in the same type is one heading, an employer's postal address is no part of it") {
  OnePage page;
  page.add({{"Giulia Marchetti", 51, 200, 18, true}});
  page.add({{"giulia@example.it", 51, 200}});
  page.add({{"ESPERIENZA", 40, 120, 10, true}});
  page.add({{"PROFESSIONALE", 40, 130, 10, true}});
  page.add({{"10/2022 – alla data attuale", 40, 150}, {"Front Office Agent", 200, 300, 11, true}});
  page.add({{"Hotel Villa Adriatica ****, Viale Vespucci 88, 47921 Rimini", 200, 450}});
  page.add({{"Gestione check-in e check-out", 210, 400}}, true);
  page.add({{"ISTRUZIONE E", 40, 120, 10, true}});
  page.add({{"FORMAZIONE", 40, 120, 10, true}});
  page.add({{"10/2014 – 07/2017", 40, 150}, {"Laurea triennale in Scienze del Turismo", 200, 400, 11, true}});
  page.add({{"Alma Mater Studiorum – Università di Bologna, Campus di Rimini", 200, 460}});
  auto resume = analyse_structure(page.document);
  REQUIRE(resume.sections.size() >= 2);
  CHECK(resume.sections[0].heading == "ESPERIENZA PROFESSIONALE");
  CHECK(resume.sections[1].heading == "ISTRUZIONE E FORMAZIONE");
  CHECK(resume.sections[1].canonical == "education");
  REQUIRE(resume.work.size() == 1);
  CHECK(resume.work[0].company == "Hotel Villa Adriatica ****");
  CHECK(resume.work[0].location == "Rimini");
  REQUIRE(resume.education.size() == 1);
  CHECK(resume.education[0].institution == "Alma Mater Studiorum – Università di Bologna");
}

TEST_CASE("a surname that is also a trade word is the name when the e-mail repeats it") {
  OnePage page;
  page.add({{"KONTAKT", 40, 120, 9, true}});
  page.add({{"m.zimmermann@bluewin.ch", 40, 150, 9, false}});
  page.add({{"Markus Zimmermann", 200, 400, 26, true}});
  page.add({{"General Manager | Hotelier HF", 200, 400, 12, false}});
  page.add({{"Berufserfahrung", 200, 300, 12, true}});
  page.add({{"General Manager", 200, 300, 10, true}, {"seit 04/2019", 480, 560, 10, false}});
  CHECK(analyse_structure(page.document).contact.name == "Markus Zimmermann");
}

TEST_CASE("a large first name and surname on separate lines with contact lines between them make one name") {
  OnePage page;
  page.add({{"Tiago Marques", 40, 200, 34, false}, {"Rua Álvaro Castelões, 412", 400, 560, 10, false}});
  page.add({{"4450-043 Matosinhos, Portugal", 400, 560, 10, false}});
  page.add({{"+351 912 487 305", 450, 560, 10, false}});
  page.add({{"Ferreira", 40, 150, 34, false}, {"tiago@example.pt", 450, 560, 10, false}});
  page.add({{"Engenheiro Civil – Estruturas", 40, 250, 17, false}});
  page.add({{"Perfil", 40, 100, 14, false}});
  page.add({{"Engenheiro civil com 11 anos de experiência em projeto de estruturas.", 60, 500, 11, false}});
  CHECK(analyse_structure(page.document).contact.name == "Tiago Marques Ferreira");
}

TEST_CASE("bold title and school lines over dates head each entry after duties drawn without bullet glyphs") {
  OnePage page;
  page.add({{"Rebecca Thornton", 40, 300, 28, true}});
  page.add({{"becky@example.com", 40, 200, 9, false}});
  page.add({{"EXPERIENCE", 40, 120, 11.5, true}});
  auto entry = [&](const char* title, const char* school, const char* dates, const char* town, std::vector<const char*> duties) {
    page.add({{title, 40, 250, 10.5, true}});
    page.add({{school, 40, 200, 9.6, true}});
    page.add({{dates, 40, 200, 8.6, false}, {town, 330, 370, 8.6, false}});
    for (const char* duty : duties) page.add({{duty, 50, 380, 9.6, false}});
  };
  entry("Second in Mathematics Department", "Roundhay School", "September 2021 – Present", "Leeds",
        {"Teach A Level Maths and Further Maths (Edexcel), including Mechanics", "and Decision options"});
  entry("Teacher of Mathematics", "Cockburn School", "September 2017 – July 2021", "Leeds",
        {"Tutor to a Year 8 form group and ran the after-school homework club"});
  entry("Teaching Assistant (Maths Support)", "Hanson Academy", "January 2013 – July 2014", "Bradford",
        {"Supported small-group numeracy sessions for students with SEND needs"});
  auto resume = analyse_structure(page.document);
  REQUIRE(resume.work.size() == 3);
  CHECK(resume.work[1].position == "Teacher of Mathematics");
  CHECK(resume.work[1].company == "Cockburn School");
  CHECK(resume.work[2].position == "Teaching Assistant (Maths Support)");
  CHECK(resume.work[2].company == "Hanson Academy");
}

TEST_CASE("under a date column a defence day opens no entry and a description is no part of an employer closed by its initials") {
  OnePage page;
  page.add({{"Camille Lefèvre", 40, 250, 20, true}});
  page.add({{"camille@example.fr", 40, 200}});
  page.add({{"Parcours professionnel", 40, 200, 13, true}});
  page.add({{"2018 – 2019", 40, 100}, {"Ingénieure d'études (CDD), Centre de Recherche en Biologie cellulaire de Montpellier (CRBM)", 150, 560}});
  page.add({{"Production et purification de protéines recombinantes, gestion de la collection", 150, 540}});
  page.add({{"de plasmides de l'équipe.", 150, 300}});
  page.add({{"2018", 40, 70}, {"Stage de Master 2, Institut Jacques Monod, Paris", 150, 400}});
  page.add({{"Formation", 40, 120, 13, true}});
  page.add({{"2019 – 2022", 40, 100}, {"Doctorat en Biologie Santé, Université de Montpellier", 150, 450}});
  page.add({{"Soutenue le 8 décembre 2022, mention très honorable.", 150, 420}});
  page.add({{"2016 – 2018", 40, 100}, {"Master Biologie moléculaire et cellulaire, Université Paris Cité", 150, 470}});
  auto resume = analyse_structure(page.document);
  REQUIRE(resume.work.size() == 2);
  CHECK(resume.work[0].company == "Centre de Recherche en Biologie cellulaire de Montpellier (CRBM)");
  REQUIRE(resume.education.size() == 2);
  CHECK(resume.education[1].institution == "Université Paris Cité");
}

TEST_CASE("bold group labels over their items in the same columns are read column by column") {
  OnePage page;
  page.add({{"Mariana Costa", 40, 250, 20, true}});
  page.add({{"mariana@example.com", 40, 200}});
  page.add({{"Habilidades", 40, 120, 12, true}});
  page.add({{"Ferramentas", 40, 105, 9, true}, {"UX", 216, 230, 9, true}, {"Outros", 392, 427, 9, true}});
  page.add({{"Figma, Sketch, Adobe XD, Miro,", 40, 184, 9}, {"Pesquisa com usuários, Testes de", 216, 369, 9}, {"HTML/CSS, Acessibilidade,", 392, 551, 9}});
  page.add({{"Maze, Photoshop", 40, 168, 9}, {"usabilidade, Prototipação, Design", 216, 369, 9}, {"Métricas de produto", 392, 551, 9}});
  page.add({{"Systems", 216, 255, 9}});
  auto resume = analyse_structure(page.document);
  std::vector<std::string> items;
  for (const auto& group : resume.skills) items.insert(items.end(), group.keywords.begin(), group.keywords.end());
  for (const char* item : {"Photoshop", "Testes de usabilidade", "Design Systems", "Métricas de produto"})
    CHECK(std::find(items.begin(), items.end(), item) != items.end());
}

TEST_CASE("two columns running onto the next page: lines opening the left column there go on its last section") {
  OnePage page;
  page.document.pages.push_back(Page{2, 595, 842, 0, 100, {}, {}});
  page.add({{"Eleanor Whitcombe", 40, 300, 24, true}});
  page.add({{"eleanor@example.co.uk", 40, 200}});
  page.add_in(1, 1, {{"EXPERIENCE", 40, 150, 14, true}});
  page.add_in(1, 1, {{"Senior Data Scientist", 40, 200, 12, true}});
  page.add_in(1, 1, {{"Ovo Energy", 40, 150, 11, true}});
  page.add_in(1, 1, {{"Mar 2022 – Present", 40, 150, 10}, {"Bristol, UK", 200, 260, 10}});
  page.add_in(1, 1, {{"Built demand forecasting models for 5m customers.", 50, 340, 11}}, true);
  page.add_in(2, 1, {{"CERTIFICATIONS", 380, 500, 14, true}});
  page.add_in(2, 1, {{"AWS Certified Machine Learning – Specialty (2021)", 380, 560, 10}});
  page.add_in(1, 2, {{"Graduate Teaching Assistant", 40, 220, 12, true}});
  page.add_in(1, 2, {{"University of Exeter", 40, 180, 11, true}});
  page.add_in(1, 2, {{"Oct 2014 – Jun 2018", 40, 150, 10}, {"Exeter, UK", 200, 260, 10}});
  page.add_in(1, 2, {{"Demonstrated in undergraduate statistics labs.", 50, 340, 11}}, true);
  auto resume = analyse_structure(page.document);
  REQUIRE(resume.work.size() == 2);
  CHECK(resume.work[1].position == "Graduate Teaching Assistant");
  CHECK(resume.work[1].company == "University of Exeter");
  CHECK(resume.sections.size() == 2);  // reported under its headings as printed, once each
}

TEST_CASE("a sidebar ended on page 1: page 2's lines, in one column, go on the section headed where their edge lines up") {
  OnePage page;
  page.document.pages.push_back(Page{2, 595, 842, 0, 100, {}, {}});
  page.add({{"Giulia Ferrandi", 40, 300, 24, true}});
  page.add({{"giulia@example.com", 40, 200}});
  page.add_in(1, 1, {{"ISTRUZIONE", 40, 150, 14, true}});
  page.add_in(1, 1, {{"2008 – 2011", 40, 100, 9}});
  page.add_in(1, 1, {{"Laurea Triennale in Scienze dell'Architettura", 40, 300, 11}});
  page.add_in(1, 1, {{"Politecnico di Milano", 40, 200, 10}});
  page.add_in(2, 1, {{"INTERESSI", 380, 500, 14, true}});
  page.add_in(2, 1, {{"Fotografia di architettura, trekking.", 380, 560, 10}});
  page.add_in(0, 2, {{"2003 – 2008", 40, 100, 9}});
  page.add_in(0, 2, {{"Diploma di Liceo Scientifico", 40, 250, 11}});
  page.add_in(0, 2, {{"Liceo Scientifico Statale “Alessandro Volta”, Como", 40, 300, 10}});
  auto resume = analyse_structure(page.document);
  REQUIRE(resume.education.size() == 2);
  CHECK(resume.education[1].study_type == "Diploma di Liceo Scientifico");
  CHECK(resume.education[1].end.iso() == "2008");
}

TEST_CASE("a street line above a footer's phone and e-mail is a contact line, however many words") {
  OnePage page;
  page.add({{"Markus Lehmann", 40, 300, 24, true}});
  page.add({{"Lead Software Architect", 40, 300, 14, false}});
  page.add({{"Berufserfahrung", 40, 200, 13, true}});
  page.add({{"04/2020 – heute", 40, 120}, {"Lead Software Architect, Allianz Technology SE, München", 150, 500}});
  page.add({{"Architektur der Schadenplattform für 14 Länder", 160, 450}}, true);
  page.add({{"Schwanthalerstraße 112 – 80339 München", 200, 400, 10, false}});
  page.add({{"+49 176 4418 2093", 150, 250, 10, false}, {"markus@example.de", 300, 400, 10, false}});
  auto resume = analyse_structure(page.document);
  CHECK(resume.contact.city == "München");
}

TEST_CASE("where the format marks most headings, a bold degree line in a table cell is an entry, and a school before its town is the school") {
  OnePage page;
  page.add({{"Anouk de Vries", 40, 250, 18, true}});
  page.add({{"anouk@example.nl", 40, 200}});
  auto heading = [&](const char* text) {
    page.add({{text, 40, 200, 12, true}});
    page.document.lines.back().heading = true;
    page.document.lines.back().heading_level = 1;
  };
  heading("Profiel");
  page.add({{"Financieel medewerker met tien jaar ervaring.", 40, 400}});
  heading("Werkervaring");
  page.add({{"2018 – heden", 40, 120}});
  page.add({{"Financieel medewerker", 40, 200, 10, true}});
  page.add({{"Bouwgroep Dijkstra, Amersfoort", 40, 250}});
  heading("Opleidingen");
  page.add({{"2016 – 2018", 40, 120}});
  page.add({{"Bachelor Accountancy (deeltijd)", 40, 250, 10, true}});
  page.add({{"Hogeschool Utrecht – diploma behaald", 40, 250}});
  page.add({{"2007 – 2011", 40, 120}});
  page.add({{"MBO 4 Financieel Administratief Medewerker", 40, 300, 10, true}});
  page.add({{"Landstede, Zwolle – diploma behaald", 40, 250}});
  heading("Vaardigheden");
  page.add({{"Software", 40, 100}});  // group labels in body type that name a section
  page.add({{"Exact Online, AFAS Profit", 40, 250}});
  page.add({{"Talen", 40, 100}});
  page.add({{"Nederlands (moedertaal), Engels (goed)", 40, 250}});
  auto resume = analyse_structure(page.document);
  for (const auto& section : resume.sections) CHECK(section.heading.find("Accountancy") == std::string::npos);
  REQUIRE(resume.education.size() == 2);
  CHECK(resume.education[0].institution == "Hogeschool Utrecht");
  CHECK(resume.education[1].institution == "Landstede");
}

TEST_CASE("review: a label grid with one item per line keeps each item, and a level column names no skills") {
  OnePage page;
  page.add({{"Mariana Alves", 34, 181, 18, true}});
  page.add({{"mariana@example.com", 34, 200}});
  page.add({{"HABILIDADES", 34, 147, 12, true}});
  page.add({{"Ferramentas", 37, 109, 9, true}, {"UX", 176, 193, 9, true}, {"Outros", 316, 355, 9, true}});
  page.add({{"Figma", 37, 70, 9}, {"Pesquisa com usuários", 176, 300, 9}, {"HTML e CSS", 316, 386, 9}});
  page.add({{"Sketch", 37, 73, 9}, {"Prototipação", 176, 244, 9}, {"Scrum", 316, 350, 9}});
  page.add({{"Skill", 37, 60, 9, true}, {"Level", 176, 200, 9, true}});
  page.add({{"Java", 37, 60, 9}, {"Expert", 176, 210, 9}});
  page.add({{"Kotlin", 37, 66, 9}, {"Advanced", 176, 220, 9}});
  auto resume = analyse_structure(page.document);
  std::vector<std::string> items;
  for (const auto& group : resume.skills) items.insert(items.end(), group.keywords.begin(), group.keywords.end());
  for (const char* item : {"Figma", "Sketch", "Pesquisa com usuários", "Prototipação", "HTML e CSS", "Java", "Kotlin"})
    CHECK(std::find(items.begin(), items.end(), item) != items.end());
  CHECK(std::find(items.begin(), items.end(), "Expert") == items.end());
}

TEST_CASE("a bullet typed with a tab after it is a bullet, though it names a year") {
  OnePage page;
  page.add({{"Megan Holloway", 40, 200, 18, true}});
  page.add({{"megan@example.com", 40, 200}});
  page.add({{"Work Experience", 40, 160, 13, true}});
  page.add({{"Registered Nurse – Medical/Surgical", 40, 260, 11, true}});
  page.add({{"Mount Carmel East, Columbus, OH", 40, 230}, {"June 2016 – July 2019", 460, 570}});
  page.add({{"•\tServe as charge nurse 2–3 shifts per month on a 32-bed unit", 40, 400}});
  page.add({{"•\tPrecept new graduate RNs through a 12-week orientation (9 nurses precepted since 2021)", 40, 520}});
  auto resume = analyse_structure(page.document);
  REQUIRE(resume.work.size() == 1);
  CHECK(resume.work[0].company == "Mount Carmel East");
  CHECK(resume.work[0].highlights.size() == 2);
}

TEST_CASE("a short duty set like the duties above, before a bold dated title set like the last header, is the last duty") {
  OnePage page;
  page.add({{"Johanna Petersen", 221, 400, 20, true}});
  page.add({{"johanna@example.de", 221, 350}});
  page.add({{"BERUFSERFAHRUNG", 221, 352, 11.5, true}});
  page.add({{"Senior UX-Designerin", 221, 330, 10.3, true}, {"März 2021 – heute", 490, 564, 9}});
  page.add({{"OTTO GmbH & Co. KG, Hamburg", 221, 366, 9.2, true}});
  page.add({{"Verantwortung für die UX des Checkout-Prozesses im Team Kaufabschluss", 234, 554, 9}});
  page.add({{"Aufbau eines Research-Repositorys in Dovetail und Einführung monatlicher", 234, 552, 9}});
  page.add({{"Research-Readouts", 234, 315, 9}});
  page.add({{"Mitarbeit am konzernweiten Design System, u. a. Formular- und", 234, 504, 9}});
  page.add({{"Fehlerzustände", 234, 299, 9}});
  page.add({{"Mentoring von zwei Junior-Designer:innen", 234, 412, 9}});
  page.add({{"UX-Designerin", 221, 295, 10.3, true}, {"Oktober 2018 – Februar 2021", 446, 564, 9}});
  page.add({{"XING / New Work SE, Hamburg", 221, 362, 9.2, true}});
  page.add({{"Konzeption und Gestaltung neuer Funktionen für den Stellenmarkt (Web und", 234, 559, 9}});
  auto resume = analyse_structure(page.document);
  REQUIRE(resume.work.size() == 2);
  CHECK(resume.work[1].position == "UX-Designerin");
  CHECK(resume.work[1].company == "XING / New Work SE");
}

namespace {

/// A Word document: `cells` rows of cells in one table (row, column as given), no boxes.
void add_word_table(OnePage& page, int table, const std::vector<std::vector<std::string>>& cells) {
  for (int r = 0; r < static_cast<int>(cells.size()); ++r)
    for (int c = 0; c < static_cast<int>(cells[r].size()); ++c) {
      if (cells[r][c].empty()) continue;
      page.add({{cells[r][c], 40, 300}});
      page.document.lines.back().zone = Zone::TableCell;
      page.document.lines.back().table_spot = TableSpot{table, r, c};
    }
}

void drop_boxes(Document& document) {  // Word paragraphs carry no boxes
  for (auto& line : document.lines) {
    line.location.box.reset();
    for (auto& run : line.runs) run.location.box.reset();
  }
}

}  // namespace

TEST_CASE("review: in a Word file a bullet going on in a plain paragraph keeps it, and the next bullet stays") {
  OnePage page;
  page.document.format = Format::Docx;
  page.add({{"Jonas W", 40, 200, 18, true}});
  page.add({{"jonas@example.de", 40, 200}});
  page.add({{"Experience", 40, 160, 13, true}});
  page.add({{"Sales Director", 40, 200, 11, true}});
  page.add({{"Globex Corporation | January 2018 – March 2023", 40, 400}});
  page.add({{"Grew annual recurring revenue from 4 to 11 million euros across the DACH region and", 52, 560}}, true);
  page.add({{"expanding into the Nordics with two new distributors", 52, 400}});
  page.add({{"Hired and coached a team of 14 account executives", 52, 400}}, true);
  drop_boxes(page.document);
  auto resume = analyse_structure(page.document);
  REQUIRE(resume.work.size() == 1);
  REQUIRE(resume.work[0].highlights.size() == 2);
  CHECK(resume.work[0].highlights[0].find("Nordics") != std::string::npos);
}

TEST_CASE("a Brazilian town and its state close the employer's line; a wrapped duty's year after 'em' is no entry; 'Local:' labels the place") {
  OnePage page;
  page.add({{"Camila R", 40, 300, 20, true}});
  page.add({{"Tel.: (31) 99876-4521", 40, 140, 8}, {"E-mail: camila@example.com.br", 160, 320, 8}, {"Local: Belo Horizonte – MG", 340, 460, 8}});
  page.add({{"EXPERIÊNCIA PROFISSIONAL", 230, 380, 10.4, true}});
  page.add({{"Engenheira de Processos Sênior", 230, 380, 9.9, true}, {"Mar/2019 – Atual", 500, 560, 8}});
  page.add({{"Stellantis – Polo Automotivo de Betim | Betim – MG", 230, 420, 9, true}});
  page.add({{"Coordenação do projeto de balanceamento de linha para o lançamento do novo", 240, 560, 8.9}});
  page.add({{"SUV em 2022", 240, 290, 8.9}});
  page.add({{"Implantação de quadros de gestão à vista e reuniões diárias de desempenho", 240, 555, 8.9}});
  page.add({{"Analista de Melhoria Contínua Pleno", 230, 400, 9.9, true}, {"Jan/2016 – Fev/2019", 490, 560, 8}});
  page.add({{"Embaré Indústrias Alimentícias | Lagoa da Prata – MG", 230, 440, 9, true}});
  page.add({{"Cronoanálise e padronização de operações na linha de embalagem", 240, 520, 8.9}});
  auto resume = analyse_structure(page.document);
  CHECK(resume.contact.city == "Belo Horizonte");
  CHECK(resume.contact.region == "MG");
  REQUIRE(resume.work.size() == 2);  // not a third entry headed "SUV em", dated 2022
  CHECK(resume.work[0].company == "Stellantis – Polo Automotivo de Betim");
  CHECK(resume.work[0].location == "Betim – MG");
  CHECK(resume.work[1].company == "Embaré Indústrias Alimentícias");
  CHECK(resume.work[1].location == "Lagoa da Prata – MG");
}

TEST_CASE("a date column's range broken before its dash ('Ene 2021' / '– Actual') is one range beside the title and employer") {
  OnePage page;
  page.add({{"Ana Gutiérrez", 49, 220, 20, true}});
  page.add({{"ana@example.com.mx", 49, 200}});
  page.add({{"EXPERIENCIA LABORAL", 49, 199, 11.5, true}});
  page.add({{"Ene 2021", 95, 135, 9, true}, {"Contadora General", 169, 257, 10.5, true}});
  page.add({{"– Actual", 100, 135, 9, true}, {"Grupo Industrial Tapatío S.A. de C.V. — Zapopan, Jal.", 169, 365}});
  page.add({{"Responsable del cierre contable mensual de tres razones sociales.", 169, 548}});
  page.add({{"Jun 2017", 97, 135, 9, true}, {"Auditora Senior", 169, 240, 10.5, true}});
  page.add({{"– Dic 2020", 90, 135, 9, true}, {"Salazar, Ibarra y Asociados, S.C. — Guadalajara, Jal.", 169, 363}});
  page.add({{"Ejecución de auditorías de estados financieros bajo NIF.", 169, 548}});
  auto resume = analyse_structure(page.document);
  REQUIRE(resume.work.size() == 2);
  CHECK(resume.work[0].company == "Grupo Industrial Tapatío S.A. de C.V.");
  CHECK(resume.work[0].end.present);
  CHECK(resume.work[1].company == "Salazar, Ibarra y Asociados, S.C.");
  CHECK(resume.work[1].end.year == 2020);
  CHECK(resume.work[1].end.month == 12);
}

TEST_CASE("a centred heading in small capitals kerned apart mid-word is one heading, no rail label over a body") {
  CHECK(canonical_section("Experiences professionnel l es").canonical == "experience");
  CHECK(canonical_section("Centres d'intere t").canonical == "interests");
  CHECK(canonical_section("A B C").canonical.empty());
  OnePage page;
  page.add({{"CAMILLE VUILLEUMIER", 112, 479, 28}});
  page.add({{"Genève, Suisse | +41 79 512 38 46 | camille@example.ch", 152, 443, 10.5}});
  page.add({{"E", 170, 180, 15}, {"xpe", 181, 205, 15}, {"riences", 222, 290, 15}, {"professionnel l es", 300, 423, 15}});
  page.add({{"Front Office Manager", 68, 200, 12}, {"depuis mai 2021", 440, 527, 11}});
  page.add({{"Hôtel Beau-Rivage du Léman, Genève", 68, 261, 11.5}});
  page.add({{"Direction d'une équipe de 22 collaborateurs", 82, 478, 11.5}}, true);
  auto resume = analyse_structure(page.document);
  REQUIRE(resume.work.size() == 1);
  CHECK(resume.work[0].company == "Hôtel Beau-Rivage du Léman");
}

TEST_CASE("an employer wrapped before its legal form goes on; a specialty after the title's dash precedes the employer's comma") {
  OnePage page;
  page.add({{"Stefan Huber", 40, 220, 20, true}});
  page.add({{"stefan@example.at", 40, 200}});
  page.add({{"Berufserfahrung", 40, 160, 13, true}});
  page.add({{"09/2016 – 03/2021", 40, 120}, {"Servicetechniker Automatisierung, Hartl Anlagenbau GmbH, Wels", 140, 470}});
  page.add({{"Montage und Inbetriebnahme von Förder- und Verpackungsanlagen", 150, 500}}, true);
  page.add({{"09/2009 – 07/2013", 40, 120}, {"Lehrling Elektrotechnik – Anlagen- und Betriebstechnik, Elektro Pichlbauer", 140, 560}});
  page.add({{"GmbH & Co KG, Traun", 140, 250}});
  page.add({{"Lehre mit Berufsschule Linz 8; Lehrabschlussprüfung mit gutem Erfolg.", 150, 500}});
  auto resume = analyse_structure(page.document);
  REQUIRE(resume.work.size() == 2);
  CHECK(resume.work[1].position == "Lehrling Elektrotechnik – Anlagen- und Betriebstechnik");
  CHECK(resume.work[1].company == "Elektro Pichlbauer GmbH & Co KG");
  CHECK(resume.work[1].location == "Traun");
}

TEST_CASE("a name set over two lines in its own size keeps both surnames on the second") {
  OnePage page;
  page.add({{"Lucía", 40, 110, 24, true}});
  page.add({{"Márquez Soler", 40, 200, 24, true}});
  page.add({{"Enfermera", 40, 100, 10}});
  page.add({{"lucia@example.com", 40, 160, 9}});
  page.add({{"Experiencia profesional", 220, 380, 13, true}});
  page.add({{"Enfermera de Urgencias", 220, 340, 10, true}, {"mar. 2019 – actualidad", 470, 560, 9}});
  page.add({{"Hospital Universitario Dr. Peset, Valencia", 220, 420, 10}});
  page.add({{"• Triaje y valoración inicial de pacientes", 230, 500, 10}}, true);
  auto resume = analyse_structure(page.document);
  CHECK(resume.contact.name == "Lucía Márquez Soler");
  REQUIRE(resume.work.size() == 1);
  // An honorific's full stop opens the name it belongs to: no town "Peset" after an employer "Hospital … Dr.".
  CHECK(resume.work[0].company == "Hospital Universitario Dr. Peset");
  CHECK(resume.work[0].location == "Valencia");
}

TEST_CASE("a name stacked a word a line in a sidebar keeps all three words; a town below in body type does not join") {
  OnePage page;
  page.add({{"Rafael", 40, 110, 22, true}});
  page.add({{"Cardoso", 40, 120, 22, true}});
  page.add({{"Drummond", 40, 130, 22, true}});
  page.add({{"Engenheiro Civil", 40, 140, 11}});
  page.add({{"rafael.drummond@example.com", 40, 160, 9}});
  page.add({{"Experiência profissional", 220, 380, 13, true}});
  page.add({{"Engenheiro Civil Pleno — Construtora Serra Azul", 220, 460, 10, true}, {"jan/2018 – atual", 480, 560, 9}});
  page.add({{"• Gestão de equipe de 3 engenheiros", 230, 500, 10}}, true);
  CHECK(analyse_structure(page.document).contact.name == "Rafael Cardoso Drummond");
  OnePage two;
  two.add({{"Rafael", 40, 110, 22, true}});
  two.add({{"Cardoso", 40, 120, 22, true}});
  two.add({{"Curitiba", 40, 100, 11}});
  two.add({{"rafael@example.com", 40, 160, 9}});
  CHECK(analyse_structure(two.document).contact.name == "Rafael Cardoso");
  // A trade in the name's type below a two-line name is no third name: the address spells no such word.
  OnePage trade;
  trade.add({{"Jonas", 40, 110, 22, true}});
  trade.add({{"Becker", 40, 120, 22, true}});
  trade.add({{"Copywriter", 40, 130, 22, true}});
  trade.add({{"jonas.becker@example.de", 40, 160, 9}});
  CHECK(analyse_structure(trade.document).contact.name == "Jonas Becker");
}

TEST_CASE("a bold group label over one skill a line in body type is no skill; a bold tool over bullets on its use is") {
  OnePage page;
  page.add({{"Oliver Brennan", 46, 200, 21, true}});
  page.add({{"oliver@example.co.uk", 46, 177, 8.5}});
  page.add({{"SKILLS", 46, 90, 10.5, true}});
  page.add({{"Frameworks", 46, 106, 8.8, true}});
  page.add({{"React", 57, 84, 9.6}});
  page.add({{"Django", 57, 91, 9.6}});
  page.add({{"Cloud & Tools", 46, 113, 8.8, true}});
  page.add({{"AWS (Lambda, ECS)", 57, 150, 9.6}});
  page.add({{"Terraform", 57, 100, 9.6}});
  page.add({{"Docker", 46, 90, 8.8, true}});
  page.add({{"• Jenkins Pipelines: Configuring Docker workers for CI/CD.", 60, 380, 9.6}}, true);
  auto resume = analyse_structure(page.document);
  auto keywords = skill_items(resume);
  CHECK(std::find(keywords.begin(), keywords.end(), "Frameworks") == keywords.end());
  CHECK(std::find(keywords.begin(), keywords.end(), "Cloud & Tools") == keywords.end());
  CHECK(std::find(keywords.begin(), keywords.end(), "AWS (Lambda, ECS)") != keywords.end());
  CHECK(std::find(keywords.begin(), keywords.end(), "Docker") != keywords.end());
}

TEST_CASE("review: a tool set in bold over another tool, or over a sentence on its use, is a skill, no group label") {
  OnePage page;
  page.add({{"Jane Roe", 40, 200, 20, true}});
  page.add({{"jane@example.com", 40, 160, 9}});
  page.add({{"SKILLS", 40, 100, 12, true}});
  page.add({{"Python", 40, 80, 10, true}});
  page.add({{"SQL", 40, 60, 10}});
  page.add({{"Project Management", 40, 140, 10, true}});
  page.add({{"Led budgets and schedules for six plant projects.", 40, 300, 10}});
  auto resume = analyse_structure(page.document);
  auto keywords = skill_items(resume);
  CHECK(std::find(keywords.begin(), keywords.end(), "Python") != keywords.end());
  CHECK(std::find(keywords.begin(), keywords.end(), "SQL") != keywords.end());
  CHECK(std::find(keywords.begin(), keywords.end(), "Project Management") != keywords.end());
}

TEST_CASE("Europass: the logo before the name is no name; rail labels named like skills headings label one item; prose beside a label is no skill") {
  OnePage page;
  page.add({{"europass", 117, 193, 18, true}, {"Giulia Ferraresi", 213, 309, 14}});
  page.add({{"Curriculum Vitae", 131, 193, 8}});
  page.add({{"INFORMAZIONI PERSONALI", 73, 193, 9}});
  page.add({{"Giulia Ferraresi", 214, 296, 12}});
  page.add({{"giulia.ferraresi@example.com", 223, 349, 9.5}});
  page.add({{"COMPETENZE PERSONALI", 76, 193, 9}});
  page.add({{"Competenze comunicative", 93, 193, 8.5}, {"Ottime capacità di presentazione e negoziazione, maturate nel confronto con", 214, 537, 9.5}});
  page.add({{"buyer della GDO e con agenzie esterne.", 214, 383, 9.5}});
  page.document.lines.back().block_start = false;
  page.add({{"Competenze professionali", 95, 193, 8.5}, {"Brand management", 226, 309, 9.5}});
  page.add({{"Trade marketing", 226, 294, 9.5}});
  page.add({{"Competenze digitali", 118, 193, 8.5}, {"Google Ads, HubSpot, Salesforce", 214, 523, 9.5}});
  page.add({{"Marketing Cloud, Power BI", 214, 474, 9.5}});
  page.document.lines.back().block_start = false;
  auto resume = analyse_structure(page.document);
  CHECK(resume.contact.name == "Giulia Ferraresi");
  auto items = skill_items(resume);
  std::string listed;
  for (const auto& item : items) listed += item + " | ";
  INFO(listed);
  CHECK(items == std::vector<std::string>{"Brand management", "Trade marketing", "Google Ads", "HubSpot", "Salesforce Marketing Cloud", "Power BI"});
}

TEST_CASE("an employer in bold with its town after it in smaller regular type: the town is the place") {
  OnePage page;
  page.add({{"Jan de Vries", 40, 160, 20, true}});
  page.add({{"jan@example.nl", 40, 140}});
  page.add({{"EXPERIENCE", 40, 120, 12, true}});
  page.add({{"Fietsdeel", 42.5, 91.8, 11.4, true}, {"Amsterdam", 97.0, 145.4, 9.5}});
  page.add({{"Product Designer", 42.5, 130}, {"Sep 2017 – Dec 2019", 420, 520}});
  page.add({{"Redesigned the booking flow for 40,000 riders", 50, 300}}, true);
  auto resume = analyse_structure(page.document);
  REQUIRE(resume.work.size() == 1);
  CHECK(resume.work[0].company == "Fietsdeel");
  CHECK(resume.work[0].location == "Amsterdam");
  CHECK(resume.work[0].position == "Product Designer");
}

TEST_CASE("review: a bold label over spoken languages in smaller type is no employer and its town") {
  auto town = make_line(1, {{"Fietsdeel", 42.5, 91.8, 11.4, true}, {"Amsterdam", 97.0, 145.4, 9.5}});
  CHECK(layout_text(town) == "Fietsdeel   Amsterdam");
  auto languages = make_line(2, {{"Languages", 42.5, 100, 11.4, true}, {"English, Spanish", 105, 180, 9.5}});
  CHECK(layout_text(languages) == "Languages English, Spanish");
}

TEST_CASE("an employer's name cut after an initial goes on below, its town after it") {
  OnePage page;
  page.add({{"Inês Moura", 48, 160, 20, true}});
  page.add({{"ines@example.com", 48, 160}});
  page.add({{"Experiência Profissional", 48, 200, 12, true}});
  page.add({{"Professora de Matemática", 48, 169.3, 10, true}, {"— Agrupamento de Escolas Infante D.", 172, 473}, {"set. 2015 – atual", 490, 556}});
  page.add({{"Fernando, Porto", 48, 123.6}});
  page.document.lines.back().block_start = false;
  page.add({{"Lecionação de Matemática A", 56, 300}}, true);
  auto resume = analyse_structure(page.document);
  REQUIRE(resume.work.size() == 1);
  CHECK(resume.work[0].position == "Professora de Matemática");
  CHECK(resume.work[0].company == "Agrupamento de Escolas Infante D. Fernando");
  CHECK(resume.work[0].location == "Porto");
}

TEST_CASE("a skills list set as a paragraph goes on where a line was full; not into a label or a heading in other type") {
  OnePage page;
  page.add({{"Dana Kim", 40, 160, 20, true}});
  page.add({{"dana@example.com", 40, 160}});
  page.add({{"SKILLS", 40, 100, 12, true}});
  page.add({{"Legal research, Bluebook citation, Westlaw, Lexis+, Relativity, Microsoft Office, Adobe", 40, 548}});
  page.add({{"Acrobat Pro", 40, 95}});
  page.document.lines.back().block_start = false;
  page.add({{"Frameworks", 40, 95}});  // a new group below a gap
  page.add({{"React, Node.js, Express", 40, 200}});
  page.document.lines.back().block_start = false;
  auto resume = analyse_structure(page.document);
  std::vector<std::string> items;
  for (const auto& group : resume.skills) items.insert(items.end(), group.keywords.begin(), group.keywords.end());
  CHECK(std::find(items.begin(), items.end(), "Adobe Acrobat Pro") != items.end());
  CHECK(std::find(items.begin(), items.end(), "React") != items.end());
  CHECK(std::find(items.begin(), items.end(), "Acrobat Pro Frameworks") == items.end());
}

TEST_CASE("review: a full skills line over a heading word or a lone item keeps them apart; a town below a name's initial is the place; a bold title before its bracketed period heads an entry") {
  OnePage skills;
  skills.add({{"Jane Doe", 42, 125, 20, true}});
  skills.add({{"jane@example.com", 42, 195}});
  skills.add({{"SKILLS", 42, 77, 12, true}});
  skills.add({{"Python, SQL, R, Tableau, Power BI, Looker, dbt, Airflow, Snowflake, Excel, Git, Docker", 42, 537}});
  skills.add({{"Certified Scrum Master", 42, 140}});
  skills.document.lines.back().block_start = false;
  skills.add({{"Full clean driving licence", 42, 150}});
  skills.document.lines.back().block_start = false;
  skills.add({{"EXPERIENCE", 42, 105, 12, true}});
  skills.add({{"Data Analyst, Sky UK, Leeds", 42, 154}, {"2019 – Present", 497, 553}});
  auto resume = analyse_structure(skills.document);
  std::vector<std::string> items;
  for (const auto& group : resume.skills) items.insert(items.end(), group.keywords.begin(), group.keywords.end());
  CHECK(std::find(items.begin(), items.end(), "Docker") != items.end());
  CHECK(std::find(items.begin(), items.end(), "Certified Scrum Master") != items.end());

  OnePage lab;
  lab.add({{"Ann Lee", 48, 160, 20, true}});
  lab.add({{"ann@example.com", 48, 160}});
  lab.add({{"EXPERIENCE", 48, 120, 12, true}});
  lab.add({{"Research Assistant", 48, 140, 10, true}, {"— Lab of Prof. Mary K.", 143, 473}, {"2016 – 2019", 490, 556}});
  lab.add({{"Boston, MA", 48, 100}});
  lab.document.lines.back().block_start = false;
  lab.add({{"Ran the imaging pipeline", 56, 300}}, true);
  lab.add({{"Diretora de turma", 48, 130, 10, true}, {"(2018–atual) e coordenadora do Departamento de Matemática", 133, 420}});
  lab.add({{"Escola Secundária de Gaia, Porto", 48, 200}});
  lab.document.lines.back().block_start = false;
  auto jobs = analyse_structure(lab.document);
  REQUIRE(jobs.work.size() == 2);
  CHECK(jobs.work[0].company == "Lab of Prof. Mary K.");
  CHECK(jobs.work[0].location == "Boston, MA");
  CHECK(jobs.work[1].company == "Escola Secundária de Gaia");
}

TEST_CASE("a skills list broken after its separators, and once at the column's edge inside an item, joins that item") {
  OnePage page;
  page.add({{"Rachel Tan", 40, 160, 18, true}});
  page.add({{"rachel@example.com", 40, 160}});
  page.add({{"SKILLS", 40, 100, 12, true}});
  page.add({{"Excel (VBA), Bloomberg Terminal,", 40, 180}});
  page.add({{"S&P Capital IQ, Power BI, SAP", 40, 200}});
  page.add({{"S/4HANA, Anaplan", 40, 120}});
  for (auto& line : page.document.lines) line.block_start = false;
  page.document.lines[0].block_start = page.document.lines[2].block_start = true;
  auto resume = analyse_structure(page.document);
  CHECK(skill_items(resume) == std::vector<std::string>{"Excel (VBA)", "Bloomberg Terminal", "S&P Capital IQ", "Power BI", "SAP S/4HANA", "Anaplan"});
}

TEST_CASE("a bullet cut after a hyphen goes on below: 'Firewall-' / 'Projekte (FortiGate)' heads no section; '{' marks LaTeX's dashes") {
  OnePage page;
  page.add({{"Matthias Kogler", 40, 200, 20, true}});
  page.add({{"m@example.com", 40, 160, 9}});
  page.add({{"Berufserfahrung", 40, 160, 13, true}});
  page.add({{"Systemadministrator", 40, 160, 10, true}, {"seit 03/2020", 480, 560, 10}});
  page.add({{"Murtal Datentechnik GmbH, Graz", 40, 220, 10}});
  page.add({{"• Rufbereitschaft und 3rd-Level-Support; Ansprechpartner für Firewall-", 50, 470, 10}}, true);
  page.add({{"Projekte (FortiGate)", 58, 150, 10}});
  page.document.lines.back().block_start = false;
  page.add({{"{ Migration von Exchange On-Premises zu Exchange Online", 50, 400, 10}});
  page.add({{"{ Automatisierung von Onboarding mit PowerShell", 50, 380, 10}});
  page.add({{"Ausbildung", 40, 130, 13, true}});
  page.add({{"BSc IT & Mobile Security", 40, 200, 10}, {"09/2017 – 07/2021", 480, 560, 10}});
  auto resume = analyse_structure(page.document);
  REQUIRE(resume.sections.size() == 2);
  CHECK(resume.sections[0].canonical == "experience");
  CHECK(resume.sections[1].canonical == "education");
  REQUIRE(resume.work.size() == 1);
  REQUIRE(resume.work[0].highlights.size() == 3);
  CHECK(resume.work[0].highlights[1] == "Migration von Exchange On-Premises zu Exchange Online");
}

TEST_CASE("painted bullets' lines: 'AA;' going on a sentence names no degree; a year inside a lower-case wrap; a degree listed under its school") {
  OnePage page;
  page.add({{"Jenna Ruiz", 40, 200, 20, true}});
  page.add({{"jenna@example.com", 40, 160, 9}});
  page.add({{"EXPERIENCE", 228, 320, 12, true}});
  page.add({{"Product Designer", 228, 330, 11, true}});
  page.add({{"Tidewater Health · Remote", 228, 360, 10}});
  page.add({{"June 2018 – February 2021", 228, 340, 9}});
  page.add({{"Partnered with compliance to bring the patient portal to WCAG 2.1", 239, 560, 10}});
  page.add({{"AA; audit issues dropped from 212 to 9.", 239, 420, 10}});
  page.document.lines.back().block_start = false;
  page.add({{"Led policy work, leading", 228, 400, 10}}, true);
  page.add({{"to passage of 2021 Nebraska Financial Innovation Act.", 239, 520, 10}});
  page.document.lines.back().block_start = false;
  page.add({{"UX Designer", 228, 310, 11, true}});
  page.add({{"Cascadia Interactive · Seattle, WA", 228, 380, 10}});
  page.add({{"August 2015 – May 2018", 228, 330, 9}});
  page.add({{"Agency work for retail, outdoor and nonprofit clients.", 239, 520, 10}});
  page.add({{"EDUCATION", 228, 310, 12, true}});
  page.add({{"2019 - 2020", 228, 290, 10}});
  page.add({{"POLITÉCNICO DON BOSCO", 228, 360, 10, true}});
  page.add({{"licenciatura em Gestão de", 236, 380, 10}}, true);
  page.document.lines.back().painted_marker_x = 228;  // a painted dot: in Education a degree so listed heads its entry
  page.add({{"Empresas e Marketing", 244, 340, 10}});
  page.document.lines.back().block_start = false;
  auto resume = analyse_structure(page.document);
  REQUIRE(resume.work.size() == 2);
  CHECK(resume.work[0].company == "Tidewater Health");
  CHECK(resume.work[1].position == "UX Designer");
  CHECK(resume.work[1].company == "Cascadia Interactive");
  REQUIRE_FALSE(resume.work[0].highlights.empty());
  CHECK(resume.work[0].highlights.back() == "Led policy work, leading to passage of 2021 Nebraska Financial Innovation Act.");
  REQUIRE(resume.education.size() == 1);
  CHECK(resume.education[0].study_type == "licenciatura");
  CHECK(resume.education[0].area == "Gestão de Empresas e Marketing");
  CHECK(resume.education[0].institution == "POLITÉCNICO DON BOSCO");
}


TEST_CASE("a Word education table is read by its rows and columns: the header row names the columns, no row is a school") {
  OnePage page;
  page.document.format = Format::Docx;
  page.add({{"Priya Kulkarni", 40, 200, 18, true}});
  page.add({{"priya@example.in", 40, 200}});
  page.add({{"EDUCATION", 40, 160, 13, true}});
  // Word writes a table cell by cell, one paragraph per cell; the reader marks each one's row and column.
  const std::vector<std::vector<std::string>> rows = {
      {"Qualification", "Institute", "Board / University", "Year", "CGPA / %"},
      {"B.Tech (Computer Engineering)", "Vishwakarma Institute of Technology, Pune", "Savitribai Phule Pune University", "2018", "8.42 CGPA"},
      {"Class XII", "Sir Parashurambhau College, Pune", "Maharashtra State Board (HSC)", "2014", "86.15%"}};
  add_word_table(page, 0, rows);
  drop_boxes(page.document);
  auto resume = analyse_structure(page.document);
  REQUIRE(resume.education.size() == 2);
  CHECK(resume.education[0].study_type == "B.Tech");
  CHECK(resume.education[0].area == "Computer Engineering");
  CHECK(resume.education[0].institution == "Vishwakarma Institute of Technology");
  CHECK(resume.education[0].score == "8.42 CGPA");
  CHECK(resume.education[0].end.year == 2018);
  CHECK(resume.education[1].study_type == "Class XII");
  CHECK(resume.education[1].institution == "Sir Parashurambhau College");
}

TEST_CASE("a name over two lines keeps only its own type on the second: the address column's country on that baseline stays out") {
  OnePage page;
  page.add({{"Álvaro Rincón", 40, 230, 26}, {"C/ Feria, 54, 2º B", 470, 555, 8}});
  page.add({{"41003 Sevilla", 500, 555, 8}});
  page.add({{"Benjumea", 40, 190, 26}, {"España", 525, 555, 8}});
  page.add({{"M +34 654 21 87 93", 480, 555, 8}});
  page.add({{"E alvaro.rincon@example.com", 440, 555, 8}});
  page.add({{"Perfil", 120, 160, 12, true}});
  page.add({{"Ingeniero civil con más de ocho años de experiencia en obra.", 120, 500}});
  auto resume = analyse_structure(page.document);
  CHECK(resume.contact.name == "Álvaro Rincón Benjumea");
}

TEST_CASE("a Europass page: form rows with values are no headings, a rail label's second line is none, a heading wrapped after 'und' is one") {
  OnePage page;
  page.add({{"Europass", 60, 181, 12, true}});
  page.add({{"Angaben zur Person", 80, 181, 12, true}});
  page.add({{"Nachname(n) / Vorname(n)", 90, 181, 9}, {"Steiner Magdalena", 206, 336, 12, true}});
  page.add({{"E-Mail", 150, 181, 9}, {"magdalena@example.com", 206, 336, 9}});
  page.add({{"Berufserfahrung", 100, 181, 12, true}});
  page.add({{"Zeitraum", 150, 181, 9}, {"seit 03/2020", 206, 266, 9}});
  page.add({{"Beruf oder Funktion", 110, 181, 9}, {"Hoteldirektorin", 206, 286, 9, true}});
  page.add({{"Schul- und", 130, 181, 12, true}});
  page.document.lines.back().block_start = true;
  page.add({{"Berufsbildung", 115, 181, 12, true}});
  page.document.lines.back().block_start = false;
  page.add({{"Zeitraum", 150, 181, 9}, {"2009 – 2011", 206, 266, 9}});
  page.add({{"Bezeichnung der erworbenen", 70, 181, 9}, {"Matura (Berufsreifeprüfung)", 206, 336, 9}});
  page.add({{"Qualifikation", 125, 181, 9}});
  page.document.lines.back().block_start = false;
  page.add({{"Persönliche Fähigkeiten und Kompetenzen", 40, 181, 12, true}});
  page.add({{"Muttersprache(n)", 100, 181, 12}, {"Deutsch", 206, 246, 9, true}});
  page.add({{"Sonstige Sprachen", 95, 181, 12}});
  page.add({{"Englisch", 150, 181, 12}, {"C1", 206, 221, 9}});
  page.add({{"Soziale Kompetenzen", 80, 181, 12}, {"Teamführung, Konfliktlösung", 206, 336, 9}});
  page.add({{"Organisatorische", 95, 181, 12}, {"Budget- und Personalverantwortung, Eventorganisation", 206, 486, 9}});
  page.add({{"Kompetenzen", 110, 181, 12}, {"Qualitätsmanagement, Dienstplanung", 206, 386, 9}});
  page.document.lines.back().block_start = false;
  auto resume = analyse_structure(page.document);
  std::vector<std::string> headings;
  for (const auto& section : resume.sections) headings.push_back(section.heading + "=" + section.canonical);
  CHECK(headings == std::vector<std::string>{"Angaben zur Person=contact", "Berufserfahrung=experience",
                                             "Schul- und Berufsbildung=education", "Persönliche Fähigkeiten und Kompetenzen=skills",
                                             "Sonstige Sprachen=languages", "Soziale Kompetenzen=skills"});
  CHECK(resume.contact.name == "Magdalena Steiner");
  auto items = skill_items(resume);
  CHECK(std::find(items.begin(), items.end(), "Muttersprache(n)") == items.end());
  CHECK(std::find(items.begin(), items.end(), "Dienstplanung") != items.end());
}

TEST_CASE("a running footer inside the skills section is no skill") {
  OnePage page;
  page.add({{"Jane Roe", 40, 200, 18, true}});
  page.add({{"jane@example.com", 40, 200}});
  page.add({{"Skills", 40, 100, 13, true}});
  page.add({{"Python, SQL, Airflow", 40, 200}});
  page.add({{"Seite 2 - Lebenslauf von Jane Roe", 40, 200, 8}});
  page.document.lines.back().zone = Zone::Footer;
  page.add({{"dbt, Tableau", 40, 200}});
  auto items = skill_items(analyse_structure(page.document));
  CHECK(items == std::vector<std::string>{"Python", "SQL", "Airflow", "dbt", "Tableau"});
}

TEST_CASE("a degree's result on the line over the next dated degree is the result of the degree above, not the next one's") {
  OnePage page;
  page.add({{"Aoife Byrne", 40, 200, 18, true}});
  page.add({{"aoife@example.ie", 40, 200}});
  page.add({{"EDUCATION", 40, 160, 13, true}});
  page.add({{"Hibernia College, Dublin", 40, 200, 10, true}, {"2016 – 2018", 480, 560}});
  page.add({{"Professional Master of Education (PME) – Primary Teaching", 40, 300}});
  page.document.lines.back().block_start = false;
  page.add({{"First Class Honours; School Placement: Grade A", 40, 300}});
  page.document.lines.back().block_start = false;
  page.add({{"B.Ed. (Home Economics), St. Angela's College, Sligo", 40, 300, 10, true}, {"2010 – 2014", 480, 560}});
  page.add({{"Second Class Honours, Grade 1 (2.1)", 40, 300}});
  page.document.lines.back().block_start = false;
  auto resume = analyse_structure(page.document);
  REQUIRE(resume.education.size() == 2);
  CHECK(resume.education[0].score == "First Class Honours");
  CHECK(resume.education[1].institution == "St. Angela's College");
  CHECK(resume.education[1].score == "Second Class Honours, Grade 1");
}

TEST_CASE("a Word table's header row naming a section in its first cell heads no section; its columns read in Dutch") {
  OnePage page;
  page.document.format = Format::Docx;
  page.add({{"Sanne de Vries", 40, 200, 18, true}});
  page.add({{"sanne@example.nl", 40, 200}});
  page.add({{"Opleiding", 40, 160, 13, true}});
  const std::vector<std::vector<std::string>> rows = {{"Opleiding", "Onderwijsinstelling", "Periode", "Diploma"},
                                                      {"HBO Personeel en Arbeid", "Hogeschool Utrecht", "2012 – 2016", "Ja"},
                                                      {"HAVO", "Revius Lyceum Doorn", "2007 – 2012", "Ja"}};
  add_word_table(page, 0, rows);
  drop_boxes(page.document);
  auto resume = analyse_structure(page.document);
  CHECK(resume.sections.size() == 1);
  REQUIRE(resume.education.size() == 2);
  CHECK(resume.education[0].study_type == "HBO");
  CHECK(resume.education[0].institution == "Hogeschool Utrecht");
  CHECK(resume.education[1].study_type == "HAVO");
  CHECK(resume.education[1].end.year == 2012);
}

TEST_CASE("a French Word education table: Année and Mention name their columns, a dash fills an empty cell") {
  OnePage page;
  page.document.format = Format::Docx;
  page.add({{"Sébastien Morel", 40, 200, 18, true}});
  page.add({{"sebastien@example.fr", 40, 200}});
  page.add({{"Formation", 40, 160, 13, true}});
  const std::vector<std::vector<std::string>> rows = {{"Diplôme", "Établissement", "Année", "Mention"},
                                                      {"Master 2 Management de la Supply Chain", "IAE Lyon", "2012", "Bien"},
                                                      {"DUT Gestion Logistique et Transport", "IUT Lumière Lyon 2", "2009", "–"}};
  add_word_table(page, 0, rows);
  drop_boxes(page.document);
  auto resume = analyse_structure(page.document);
  REQUIRE(resume.education.size() == 2);
  CHECK(resume.education[0].study_type == "Master 2");
  CHECK(resume.education[0].institution == "IAE Lyon");
  CHECK(resume.education[0].score == "Bien");
  CHECK(resume.education[1].institution == "IUT Lumière Lyon 2");
  CHECK(resume.education[1].score.empty());
}

TEST_CASE("a date rail's range wrapped onto the first duty's line: the end joins its start, the duty stays a duty") {
  OnePage page;
  page.add({{"Alejandro Ruiz", 40, 200, 18, true}});
  page.add({{"alejandro@example.es", 40, 200}});
  page.add({{"Experiencia profesional", 40, 200, 13, true}});
  page.add({{"mar. 2021 –", 40, 90}, {"Jefe de Cocina · Restaurante La Albahaca Azul, Madrid", 130, 420, 10, true}});
  page.add({{"actualidad", 40, 85}, {"– Dirección de una brigada de 9 cocineros (Recomendado Guía", 130, 500}});
  page.document.lines.back().block_start = false;
  page.add({{"Repsol 2023).", 140, 200}});
  page.document.lines.back().block_start = false;
  page.add({{"– Creación de cartas de temporada y menú degustación.", 130, 450}});
  page.document.lines.back().block_start = false;
  page.add({{"jun. 2017 –", 40, 90}, {"Segundo Jefe de Cocina · Hotel Mirador del Guadalquivir, Sevilla", 130, 450, 10, true}});
  page.add({{"feb. 2021", 40, 80}, {"– Coordinación de la cocina del restaurante y room service.", 130, 450}});
  page.document.lines.back().block_start = false;
  auto resume = analyse_structure(page.document);
  REQUIRE(resume.work.size() == 2);
  CHECK(resume.work[0].position == "Jefe de Cocina");
  CHECK(resume.work[0].end.present);
  CHECK(resume.work[0].highlights.size() == 2);
  CHECK(resume.work[1].position == "Segundo Jefe de Cocina");
  CHECK(resume.work[1].end.iso() == "2021-02");
  CHECK(resume.work[1].highlights.size() == 1);
}


TEST_CASE("review: a Word layout row of three short headings keeps them; a header row must name entry fields") {
  OnePage page;
  page.document.format = Format::Docx;
  page.add({{"Priya Shah", 40, 200, 18, true}});
  page.add({{"priya@example.com", 40, 200}});
  page.add({{"EXPERIENCE", 40, 160, 13, true}});
  page.add({{"Marketing Manager, Acme Ltd — 2019 – Present", 40, 300}});
  add_word_table(page, 0, {{"SKILLS", "LANGUAGES", "INTERESTS"}, {"Google Ads, SQL", "English, Hindi", "Chess"}});
  for (auto& line : page.document.lines)
    if (line.table_spot && line.table_spot->row == 0) line.runs.front().bold = true, line.runs.front().size = 13;
  drop_boxes(page.document);
  auto resume = analyse_structure(page.document);
  std::vector<std::string> canonical;
  for (const auto& section : resume.sections) canonical.push_back(section.canonical);
  CHECK(std::find(canonical.begin(), canonical.end(), "skills") != canonical.end());
  CHECK(std::find(canonical.begin(), canonical.end(), "interests") != canonical.end());
}

TEST_CASE("review: Word tables read around: a degree line above, duties below; a group label row is no entry") {
  OnePage page;
  page.document.format = Format::Docx;
  page.add({{"Rohan Mehta", 40, 200, 18, true}});
  page.add({{"rohan@example.in", 40, 200}});
  page.add({{"Work Experience", 40, 200, 13, true}});
  add_word_table(page, 0, {{"Period", "Organisation", "Designation"}, {"2021 – Present", "KPMG India", "Associate"}});
  page.add({{"Audited listed manufacturing clients under Ind AS.", 52, 400}}, true);
  page.add({{"Education", 40, 200, 13, true}});
  page.add({{"MBA (Executive), Indian Institute of Management Lucknow, 2023 – Present", 40, 400}});
  add_word_table(page, 1, {{"Institution", "Degree", "Dates", "Grade"},
                           {"University of Manchester", "MEng Civil Engineering", "2016 – 2020", "First Class"},
                           {"", "Year in Industry", "2018 – 2019", "Pass"},
                           {"Post-graduate"}});
  drop_boxes(page.document);
  auto resume = analyse_structure(page.document);
  REQUIRE(resume.work.size() == 1);
  CHECK(resume.work[0].company == "KPMG India");
  CHECK(resume.work[0].highlights.size() == 1);
  REQUIRE(resume.education.size() == 2);  // "Year in Industry" names no school or degree; "Post-graduate" labels a group
  CHECK(resume.education[0].study_type == "MBA (Executive)");  // the programme's kind belongs to the degree
  CHECK(resume.education[1].institution == "University of Manchester");
  CHECK(resume.education[1].score == "First Class");
}

TEST_CASE("review: a two-column Word table with the degree, school and note stacked in one cell is read line by line") {
  OnePage page;
  page.document.format = Format::Docx;
  page.add({{"Amy Lee", 40, 200, 18, true}});
  page.add({{"amy@example.co.uk", 40, 200}});
  page.add({{"Education", 40, 200, 13, true}});
  page.add({{"Dates", 40, 300}});
  page.add({{"Qualification", 40, 300}});
  page.add({{"2014 – 2017", 40, 300}});
  page.add({{"BSc Computer Science", 40, 300}});
  page.add({{"University of Bristol", 40, 300}});
  int column[] = {0, 1, 0, 1, 1};
  int row[] = {0, 0, 1, 1, 1};
  for (int k = 0; k < 5; ++k) {
    auto& line = page.document.lines[3 + static_cast<size_t>(k)];
    line.zone = Zone::TableCell;
    line.table_spot = TableSpot{0, row[k], column[k]};
  }
  drop_boxes(page.document);
  auto resume = analyse_structure(page.document);
  REQUIRE(resume.education.size() == 1);
  CHECK(resume.education[0].area == "Computer Science");
  CHECK(resume.education[0].institution == "University of Bristol");
}

TEST_CASE("review: a second name line in small capitals keeps its small letters") {
  OnePage page;
  page.add({{"V", 40, 60, 26}, {"ALENTINA", 60, 160, 18.2}});
  page.document.lines.back().text = "VALENTINA";  // as the PDF front end joins a word's runs
  page.add({{"R", 40, 60, 26}, {"ÍOS", 60, 95, 18.2}, {"H", 105, 125, 26}, {"ERRERA", 125, 200, 18.2}});
  page.document.lines.back().text = "RÍOS HERRERA";
  page.add({{"valentina@example.com", 40, 200}});
  page.add({{"Experience", 40, 160, 13, true}});
  auto resume = analyse_structure(page.document);
  CHECK(resume.contact.name == "VALENTINA RÍOS HERRERA");
}

TEST_CASE("review: a section name in a date rail right under a date heads its section") {
  OnePage page;
  page.add({{"Jane Roe", 40, 200, 18, true}});
  page.add({{"jane@example.com", 40, 200}});
  page.add({{"Education", 40, 110, 10}, {"BSc Computer Science, University of Leeds", 130, 400}});
  page.add({{"2012 – 2016", 40, 110, 10}, {"First Class Honours", 130, 300}});
  page.document.lines.back().block_start = false;
  page.add({{"Skills", 40, 110, 10}, {"Python, Kafka, Spark", 130, 300}});
  page.document.lines.back().block_start = false;
  auto resume = analyse_structure(page.document);
  CHECK(skill_items(resume) == std::vector<std::string>{"Python", "Kafka", "Spark"});
}

TEST_CASE("a rail of section labels: a label in capitals no ATS maps, wrapped over two lines, still heads its own section") {
  OnePage page;
  page.add({{"Megan Walsh", 40, 200, 18, true}});
  page.add({{"megan@example.com", 40, 200}});
  page.add({{"TEACHING EXPERIENCE", 40, 130, 10, true}, {"Mathematics Teacher, Scioto Ridge High School", 160, 420}, {"2019 – present", 480, 560}});
  page.add({{"Taught Algebra II to 150 students a year", 172, 420}}, true);
  page.add({{"EXTRACURRICULAR", 40, 130, 10, true}, {"Head Coach, Girls’ Cross Country (2020 – present)", 160, 420}});
  page.add({{"INVOLVEMENT", 40, 110, 10, true}, {"Faculty Advisor, Math Club (2016 – present)", 160, 420}});
  page.add({{"SKILLS", 40, 90, 10, true}, {"Desmos", 160, 200}, {"GeoGebra", 240, 290}});
  auto resume = analyse_structure(page.document);
  REQUIRE(resume.sections.size() == 3);
  CHECK(resume.sections[1].heading == "EXTRACURRICULAR INVOLVEMENT");
  CHECK(resume.sections[1].canonical.empty());
  CHECK(resume.work.size() == 1);
}

TEST_CASE("an academic margin rail: labels in a larger type set flush right a short gap before the body head their sections, one left open on '&' wrapped") {
  OnePage page;
  page.add({{"Eilidh Mackenzie", 40, 200, 18}});
  page.add({{"eilidh@example.org", 40, 200, 9}});
  page.add({{"Research", 73.7, 127.6, 12}, {"Movement ecology of seabirds; effects of offshore wind on marine", 141.7, 544, 10}});
  page.add({{"Interests", 80, 127.6, 12}, {"top predators and their prey.", 141.7, 300, 10}});
  page.add({{"Appointments", 60, 127.6, 12}, {"Postdoctoral Research Fellow", 141.7, 260, 10, true}, {"Oct 2022 – present", 470, 544, 9}});
  page.add({{"University of St Andrews", 141.7, 260, 10}});
  page.add({{"Education", 80, 127.6, 12}, {"PhD in Ecology", 141.7, 220, 10, true}, {"2018 – 2022", 500, 544, 9}});
  page.add({{"University of Glasgow", 141.7, 250, 10}});
  page.add({{"Grants &", 85, 127.6, 12}});
  page.add({{"Awards", 90, 127.6, 12}, {"Royal Society of Edinburgh Small Research Grant (£9,800)", 141.7, 450, 10}});
  auto resume = analyse_structure(page.document);
  std::vector<std::string> headings;
  for (const auto& section : resume.sections) headings.push_back(section.heading + "=" + section.canonical);
  CHECK(headings == std::vector<std::string>{"Research=experience", "Interests=interests", "Appointments=experience",
                                             "Education=education", "Grants & Awards=awards"});
  REQUIRE(resume.work.size() == 1);
  CHECK(resume.work[0].position == "Postdoctoral Research Fellow");
  REQUIRE(resume.education.size() == 1);
  CHECK(resume.education[0].study_type == "PhD");
  CHECK(resume.education[0].institution == "University of Glasgow");
}

TEST_CASE("a skills list parted by bars, cut at the margin inside an item, joins the item's two halves") {
  OnePage page;
  page.add({{"Priya Venkataraman", 40, 200, 16, true}});
  page.add({{"priya@example.in", 40, 200}});
  page.add({{"KEY SKILLS", 40, 120, 12, true}});
  page.add({{"Ind AS Reporting | Consolidation | Statutory Audit | Internal Financial Controls | GST | TDS | Direct Tax", 40, 555}});
  page.add({{"Assessments | MIS Reporting", 40, 180}});
  page.document.lines.back().block_start = false;
  auto items = skill_items(analyse_structure(page.document));
  CHECK(std::find(items.begin(), items.end(), "Direct Tax Assessments") != items.end());
  CHECK(std::find(items.begin(), items.end(), "Assessments") == items.end());
  CHECK(std::find(items.begin(), items.end(), "MIS Reporting") != items.end());
}

TEST_CASE("a justified line stretched wide keeps its words one space apart; the date before it stays a column") {
  auto line = make_line(1, {{"03/2021–Present", 40, 110}, {"Senior", 119, 150}, {"Mechanical", 161.5, 210}, {"Engineer", 221.5, 260},
                            {",", 260, 262}, {"Thermotechniki", 274.2, 340}, {"Voreiou", 350.5, 385}, {"Ellados", 395.5, 430},
                            {"S.A.", 440.5, 455}, {",", 455, 457}});
  CHECK(layout_text(line) == "03/2021–Present   Senior Mechanical Engineer, Thermotechniki Voreiou Ellados S.A.,");
  // Chips in a row carry no commas: their gaps still part them.
  auto chips = make_line(2, {{"Python", 40, 75}, {"Kubernetes", 86.5, 140}, {"Terraform", 151.5, 200}});
  CHECK(layout_text(chips) == "Python   Kubernetes   Terraform");
}

TEST_CASE("a calendar icon painted before an entry's dates marks no duty: the dates head the job") {
  OnePage page;
  page.add({{"Kyle Brennan", 40, 200, 18, true}});
  page.add({{"kyle@example.com", 40, 200}});
  page.add({{"EXPERIENCE", 40, 120, 12, true}});
  auto painted = [&](std::vector<RunSpec> specs) {
    page.add(std::move(specs), true);
    page.document.lines.back().painted_marker_x = 42;
  };
  page.add({{"Senior Data Analyst", 52, 200, 10, true}});
  page.add({{"Cascadia Outdoor Co.", 52, 200}});
  painted({{"05/2022 - Present", 52, 130}, {"Seattle, WA", 150, 210}});
  painted({{"Own e-commerce analytics for a $310M DTC business", 52, 400}});
  page.add({{"Data Analyst", 52, 200, 10, true}});
  page.add({{"Pinecrest Health Partners", 52, 200}});
  painted({{"08/2019 - 04/2022", 52, 130}, {"Bellevue, WA", 150, 210}});
  painted({{"Produced weekly dashboards in Power BI for 12 clinics", 52, 400}});
  auto resume = analyse_structure(page.document);
  REQUIRE(resume.work.size() == 2);
  CHECK(resume.work[0].position == "Senior Data Analyst");
  CHECK(resume.work[0].company == "Cascadia Outdoor Co.");
  CHECK(resume.work[0].start.iso() == "2022-05");
  CHECK(resume.work[1].location == "Bellevue, WA");
  CHECK(resume.work[1].highlights.size() == 1);
}

TEST_CASE("contact: a postcode and a phone number parted by an icon's gap stay apart") {
  OnePage page;
  page.add({{"Hannah Clarke", 200, 320, 20, true}});
  page.add({{"Brisbane, QLD 4031", 40, 140}, {"0412 583 926", 170, 240}, {"hannah@example.com", 270, 380}});
  page.add({{"Professional Summary", 40, 200, 13, true}});
  auto resume = analyse_structure(page.document);
  CHECK(resume.contact.phone == "0412 583 926");
}

TEST_CASE("a sidebar's comma list whose first line ends inside an item joins that item with the next line's first") {
  OnePage page;
  page.add({{"Florian Steinbauer", 40, 200, 18, true}});
  page.add({{"florian@example.at", 40, 200}});
  page.add({{"KENNTNISSE", 40, 120, 12, true}});
  page.add({{"Architektur", 40, 100, 10, true}});
  page.add({{"Microservices, Domain-Driven", 40, 170}});
  page.add({{"Design, Event-Driven Architecture,", 40, 190}});
  page.document.lines.back().block_start = false;
  page.add({{"arc42, C4-Modell", 40, 120}});
  page.document.lines.back().block_start = false;
  auto items = skill_items(analyse_structure(page.document));
  CHECK(items == std::vector<std::string>{"Microservices", "Domain-Driven Design", "Event-Driven Architecture", "arc42", "C4-Modell"});
}

TEST_CASE("a town at the end of the e-mail's row, read into the sidebar column below the header, is the location") {
  OnePage page;
  page.add({{"Lotte Vermeulen", 40, 200, 20, true}});
  page.add({{"lotte@example.org", 40, 150}, {"0478 12 34 56", 200, 260}});
  double row_y0 = page.document.lines.back().location.box->y0;
  page.add({{"WERKERVARING", 40, 140, 12, true}});
  page.add({{"Leerkracht Nederlands", 40, 200}, {"09/2018 – heden", 250, 330}});
  page.add({{"Sint-Godelievecollege", 40, 200}});
  page.add_in(2, 1, {{"• Gent, België", 380, 450}});
  auto& town = page.document.lines.back();
  town.location.box = Box{380, row_y0, 450, row_y0 + 12};
  town.runs.front().location.box = town.location.box;
  page.add_in(2, 1, {{"VAARDIGHEDEN", 380, 480, 12, true}});
  auto resume = analyse_structure(page.document);
  CHECK(resume.contact.location_text == "Gent, België");
}

TEST_CASE("a degree filling its line is not wrapped onto the school's line below it") {
  OnePage page;
  page.add({{"Ana Ruiz", 40, 200, 20, true}});
  page.add({{"ana@example.es", 40, 200}});
  page.add({{"FORMACIÓN", 40, 140, 12, true}});
  page.add({{"2015 – 2017", 40, 100}});
  page.add({{"Técnico Superior en Gestión de Alojamientos Turísticos", 40, 300}});
  page.add({{"IES Rosaleda · Málaga", 40, 130}});
  page.add({{"2013 – 2015", 40, 100}});
  page.add({{"Bachillerato de Humanidades y Ciencias Sociales", 40, 290}});
  page.add({{"IES Vicente Espinel · Málaga", 40, 160}});
  auto resume = analyse_structure(page.document);
  REQUIRE(resume.education.size() == 2);
  CHECK(resume.education[0].institution == "IES Rosaleda");
  CHECK(resume.education[0].area == "Gestión de Alojamientos Turísticos");
}

TEST_CASE("a degree under a remark that filled its line opens the next entry; Flemish 'Specifieke Lerarenopleiding' is a degree") {
  OnePage page;
  page.add({{"Lena Hoff", 40, 200, 20, true}});
  page.add({{"lena@example.de", 40, 200}});
  page.add({{"AUSBILDUNG", 40, 140, 12, true}});
  page.add({{"M.A. Marketing & Kommunikation", 40, 220, 10, true}});
  page.add({{"Hochschule Rhein-Erft, Köln", 40, 200}});
  page.document.lines.back().block_start = false;
  page.add({{"10/2012 – 07/2014", 40, 120}});
  page.document.lines.back().block_start = false;
  page.add({{"Abschlussnote: 1,7 · Masterarbeit: „Markenloyalität im Zeitalter von Social", 40, 400}});
  page.document.lines.back().block_start = false;
  page.add({{"Commerce“", 40, 90}});
  page.document.lines.back().block_start = false;
  page.add({{"B.Sc. Betriebswirtschaftslehre", 40, 200, 10, true}});
  page.add({{"Universität Siebengebirge, Bonn", 40, 200}});
  page.document.lines.back().block_start = false;
  page.add({{"10/2008 – 09/2012", 40, 120}});
  page.document.lines.back().block_start = false;
  page.add({{"Specifieke Lerarenopleiding Geschiedenis", 40, 250, 10, true}});
  page.add({{"Universiteit Scheldeland", 40, 200}});
  page.document.lines.back().block_start = false;
  page.add({{"2014 – 2015", 40, 100}});
  page.document.lines.back().block_start = false;
  auto resume = analyse_structure(page.document);
  REQUIRE(resume.education.size() == 3);
  CHECK(resume.education[1].study_type == "B.Sc.");
  CHECK(resume.education[1].institution == "Universität Siebengebirge");
  CHECK(resume.education[2].study_type == "Specifieke Lerarenopleiding");
}

TEST_CASE("a form's field labels in the section rail head no section; its rows read as jobs and schools") {
  OnePage page;
  page.add({{"Lucía Serrano", 60, 220, 18, true}});
  page.add({{"lucia@example.es", 60, 200}});
  page.add({{"PERFIL PROFESIONAL", 60, 240, 11, true}});
  page.add({{"Resumen", 60, 110, 10, true}, {"Ingeniera de Caminos con 8 años de experiencia.", 160, 500}});
  page.add({{"EXPERIENCIA PROFESIONAL", 60, 240, 11, true}});
  page.add({{"Fechas", 60, 95, 10, true}, {"03/2021 – actualidad", 160, 260}});
  page.add({{"Puesto", 60, 95, 10, true}, {"Jefa de Proyecto", 160, 260, 10, true}});
  page.add({{"Empresa", 60, 100, 10, true}, {"Ibérica de Ingeniería y Obras, S.A. (Madrid)", 160, 380}});
  page.add({{"Funciones", 60, 105, 10, true}, {"• Dirección de la redacción del proyecto constructivo de la", 160, 500}});
  page.add({{"duplicación de vía (42 km)", 170, 300}});
  page.add({{"Fechas", 60, 95, 10, true}, {"07/2015 – 09/2015", 160, 260}});
  page.add({{"Puesto", 60, 95, 10, true}, {"Prácticas en empresa", 160, 270, 10, true}});
  page.add({{"Empresa", 60, 100, 10, true}, {"Ayuntamiento de Getafe (Getafe)", 160, 330}});
  page.add({{"FORMACIÓN ACADÉMICA", 60, 240, 11, true}});
  page.add({{"Fechas", 60, 95, 10, true}, {"2013 – 2014", 160, 220}});
  page.add({{"Titulación", 60, 110, 10, true}, {"Programa Erasmus", 160, 260}});
  page.add({{"Centro", 60, 95, 10, true}, {"Politecnico di Milano (Italia)", 160, 300}});
  page.add({{"OTROS DATOS", 60, 200, 11, true}});
  page.add({{"Cursos", 60, 95, 10, true}, {"Coordinador de Seguridad y Salud (200 h)", 160, 400}});
  auto resume = analyse_structure(page.document);
  std::vector<std::string> headings;
  for (const auto& section : resume.sections) headings.push_back(section.heading);
  CHECK(std::find(headings.begin(), headings.end(), "Fechas Puesto") == headings.end());
  CHECK(std::count_if(resume.sections.begin(), resume.sections.end(), [](const auto& s) { return s.canonical == "experience"; }) == 1);
  REQUIRE(resume.work.size() == 2);
  CHECK(resume.work[0].position == "Jefa de Proyecto");
  CHECK(resume.work[0].company == "Ibérica de Ingeniería y Obras, S.A.");
  CHECK(resume.work[0].highlights == std::vector<std::string>{"Dirección de la redacción del proyecto constructivo de la duplicación de vía (42 km)"});
  CHECK(resume.work[1].position == "Prácticas en empresa");
  REQUIRE(resume.education.size() == 1);
  CHECK(resume.education[0].study_type == "Programa Erasmus");
  CHECK(resume.education[0].institution == "Politecnico di Milano");
}

TEST_CASE("a title in a larger type under a long bullet is the next job's, no wrap of the bullet") {
  OnePage page;
  page.add({{"Max Muster", 34, 200, 20, true}});
  page.add({{"max@example.ch", 34, 200}});
  page.add({{"Berufserfahrung", 34, 200, 14, true}});
  page.add({{"Applikationsentwickler", 34, 160, 12.9, true}});
  page.add({{"Alpnet Informatik AG", 34, 150}});
  page.add({{"08/2019 – 02/2022", 34, 120}, {"Winterthur", 300, 360}});
  page.add({{"Einführung von automatisierten Tests (JUnit 5, Testcontainers), Testabdeckung", 45, 370, 10.3}}, true);
  page.add({{"2nd-Level-Support und Kundenschulungen in Deutsch und Französisch", 45, 360, 10.3}}, true);
  page.add({{"Lernender Informatiker EFZ Applikationsentwicklung", 34, 294, 12.9, true}});
  page.add({{"SBV Systemhaus AG", 34, 130}});
  page.add({{"08/2015 – 07/2019", 34, 120}, {"Zürich", 300, 340}});
  page.add({{"Mitarbeit im Entwicklungsteam an internen Tools in C# und .NET", 45, 360, 10.3}}, true);
  auto resume = analyse_structure(page.document);
  REQUIRE(resume.work.size() == 2);
  CHECK(resume.work[0].highlights.back() == "2nd-Level-Support und Kundenschulungen in Deutsch und Französisch");
  CHECK(resume.work[1].position == "Lernender Informatiker EFZ Applikationsentwicklung");
  CHECK(resume.work[1].company == "SBV Systemhaus AG");
}

TEST_CASE("a bold first cell before a row of skill chips labels the row's group") {
  OnePage page;
  page.add({{"Tane Walker", 40, 200, 20, true}});
  page.add({{"tane@example.co.nz", 40, 200}});
  page.add({{"SKILLS", 40, 100, 13, true}});
  page.add({{"Site management", 42, 120, 9.2, true}, {"Programming & scheduling", 152, 260, 8.9}, {"Subcontractor coordination", 270, 380, 8.9}});
  page.add({{"Technical", 42, 90, 9.2, true}, {"Setting out", 152, 200, 8.9}, {"Reading plans & specs", 210, 300, 8.9}});
  auto resume = analyse_structure(page.document);
  REQUIRE(resume.skills.size() == 2);
  CHECK(resume.skills[0].name == "Site management");
  CHECK(resume.skills[0].keywords == std::vector<std::string>{"Programming & scheduling", "Subcontractor coordination"});
  CHECK(resume.skills[1].name == "Technical");
}

TEST_CASE("moderncv: a name over two lines with the address column between them, the country under the town") {
  OnePage page;
  page.add({{"Ignaz-Harrer-Straße 41/7", 420, 555, 9}});
  page.add({{"Katharina", 40, 200, 28}, {"5020 Salzburg", 480, 555, 9}});
  page.add({{"Österreich", 500, 555, 9}});
  page.add({{"Moosbrugger", 40, 260, 28}, {"+43 664 382 17 45", 470, 555, 9}});
  page.add({{"k.moosbrugger@example.com", 440, 555, 9}});
  page.add({{"Berufserfahrung", 150, 260, 12, true}});
  page.add({{"seit 04/2021", 60, 130}, {"Rezeptionistin, Hotel Sacher, Salzburg", 150, 400}});
  auto resume = analyse_structure(page.document);
  CHECK(resume.contact.name == "Katharina Moosbrugger");
  CHECK(resume.contact.location_text == "Salzburg, Österreich");
}

TEST_CASE("a dated comma list wrapped inside a firm's name its legal form closes, or before a word in lower case, goes on on the next line") {
  OnePage page;
  page.add({{"Jannik Brodersen", 40, 250, 20, true}});
  page.add({{"j.brodersen@example.com", 40, 200}});
  page.add({{"Berufserfahrung", 150, 260, 12, true}});
  page.add({{"08/2016 – 03/2021", 40, 130}, {"Speditionskaufmann Luft- und Seefracht, Nordelbe Spedition", 150, 535}});
  page.add({{"Kühl & Partner KG, Hamburg", 150, 290}});
  page.add({{"○", 150, 156}, {"Abwicklung von FCL/LCL-Sendungen inkl. Zollabfertigung und Akkreditivgeschäft", 160, 537}});
  page.add({{"08/2013 – 07/2016", 40, 130}, {"Ausbildung zum Kaufmann für Spedition und Logistikdienstleistung, Nordelbe", 150, 535}});
  page.add({{"Spedition Kühl & Partner KG, Hamburg", 150, 330}});
  page.add({{"○", 150, 156}, {"Durchlauf aller Abteilungen: Lager, Landverkehre, Seefracht, Luftfracht", 160, 520}});
  page.add({{"09/2008 – 07/2011", 40, 130}, {"Lehrling Hotel- und Gastgewerbeassistentin, Hotel Tauernblick GmbH, St. Johann", 150, 535}});
  page.add({{"im Pongau", 150, 200}});
  page.add({{"○", 150, 156}, {"Durchlauf aller Abteilungen: Rezeption, Service, Etage, Büro", 160, 480}});
  auto resume = analyse_structure(page.document);
  REQUIRE(resume.work.size() == 3);
  CHECK(resume.work[2].company == "Hotel Tauernblick GmbH");
  CHECK(resume.work[2].location == "St. Johann im Pongau");
  CHECK(resume.work[0].company == "Nordelbe Spedition Kühl & Partner KG");
  CHECK(resume.work[1].position == "Ausbildung zum Kaufmann für Spedition und Logistikdienstleistung");
  CHECK(resume.work[1].company == "Nordelbe Spedition Kühl & Partner KG");
  CHECK(resume.work[1].location == "Hamburg");
}

TEST_CASE("a header line broken after initials with a hyphen, or after a label, goes on with its mark") {
  OnePage page;
  page.add({{"Jan Brod", 40, 250, 20, true}});
  page.add({{"jan@example.com", 40, 200}});
  page.add({{"Ausbildung", 150, 260, 12, true}});
  page.add({{"09/2016 – 01/2019", 40, 130}, {"Ausbildung zum Bankkaufmann, Vereinigte Sparkasse Fürth-Zirndorf, Fürth, IHK-", 150, 535}});
  page.add({{"Abschlussprüfung: 2,1", 150, 250}});
  page.add({{"2007 – 2016", 40, 130}, {"Allgemeine Hochschulreife, Gymnasium am Pegnitzufer, Nürnberg, Abiturnote:", 150, 535}});
  page.add({{"2,4", 150, 165}});
  auto resume = analyse_structure(page.document);
  REQUIRE(resume.education.size() == 2);
  CHECK(resume.education[0].institution == "Vereinigte Sparkasse Fürth-Zirndorf");
  CHECK(resume.education[0].score == "2,1");
  CHECK(resume.education[1].score == "2,4");
  CHECK(resume.education[1].area.empty());
}

TEST_CASE("a dated line cut right after a school's first word goes on with the rest of its name") {
  OnePage page;
  page.add({{"Marina Albuquerque", 40, 250, 20, true}});
  page.add({{"marina@example.com", 40, 200}});
  page.add({{"FORMAÇÃO ACADÊMICA", 40, 200, 12, true}});
  page.add({{"2017 – 2018", 40, 110}, {"Especialização em Direito do Trabalho e Processo do Trabalho – Instituto", 148, 543}});
  page.add({{"Pernambucano de Estudos Jurídicos (IPEJ)", 148, 340}});
  page.add({{"2011 – 2015", 40, 110}, {"Bacharel em Direito – Universidade Boa Vista do Recife (UBVR)", 148, 480}});
  auto resume = analyse_structure(page.document);
  REQUIRE(resume.education.size() == 2);
  CHECK(resume.education[0].institution == "Instituto Pernambucano de Estudos Jurídicos (IPEJ)");
}

TEST_CASE("FontAwesome's calendar, coded \"{\", before an entry's dates is an icon, no word of them") {
  auto line = make_line(1, {{"{", 40, 46}, {"mrt 2021 – heden", 52, 150}, {"+", 160, 166}, {"Nieuwegein", 172, 230}});
  line.runs[0].font = line.runs[2].font = "FontAwesome5Free-Solid";
  CHECK(layout_text(line) == "mrt 2021 – heden   Nieuwegein");
}

TEST_CASE("a degree's remark run to the column's edge goes on in lower case: no school of a next entry") {
  OnePage page;
  page.add({{"Ana Lima", 60, 160, 18, true}});
  page.add({{"ana@example.com", 60, 200}});
  page.add({{"Education", 60, 140, 13, true}});
  page.add({{"M.Eng. Mechanical Engineering", 60, 260, 10, true}, {"Calgary, AB", 470, 530}});
  page.add({{"BOW VALLEY UNIVERSITY", 60, 200}, {"Sep 2023 – Present", 445, 530}});
  page.add({{"Course-based, part-time", 60, 170}});
  page.add({{"B.Eng. Mechanical Engineering", 60, 260, 10, true}, {"Calgary, AB", 470, 530}});
  page.add({{"BOW VALLEY UNIVERSITY", 60, 200}, {"Sep 2012 – Apr 2017", 440, 530}});
  page.add({{"GPA 3.62/4.00 · With Distinction · Capstone: compact heat-recovery unit for a compressor", 60, 528}});
  page.add({{"station (1st place, Faculty Design Fair)", 60, 240}});
  page.add({{"Certificate in Project Management", 60, 270, 10, true}, {"Calgary, AB", 470, 530}});
  page.add({{"CHINOOK POLYTECHNIC", 60, 190}, {"2020 – 2022", 475, 530}});
  for (size_t i = 4; i < page.document.lines.size(); ++i) page.document.lines[i].block_start = false;  // one paragraph
  auto resume = analyse_structure(page.document);
  REQUIRE(resume.education.size() == 3);
  CHECK(resume.education[1].score == "3.62/4.00");
  CHECK(resume.education[2].institution == "CHINOOK POLYTECHNIC");
}

TEST_CASE("a label in the type of the skill groups above it, not of the sections' headings, names a group") {
  OnePage page;
  page.add({{"Tomás Giménez", 60, 200, 18, true}});
  page.add({{"tomas@example.com", 60, 200}});
  page.add({{"HABILIDADES", 60, 170, 13, true}});
  page.add({{"LENGUAJES", 60, 120, 8, true}});
  page.add({{"Go Java Python SQL", 60, 160}});
  page.add({{"FRAMEWORKS", 60, 125, 8, true}});
  page.add({{"Spring Boot gRPC FastAPI", 60, 180}});
  page.add({{"PRÁCTICAS", 60, 118, 8, true}});
  page.add({{"TDD DDD Scrum", 60, 140}});
  page.add({{"IDIOMAS", 60, 130, 13, true}});
  page.add({{"Español — nativo", 60, 150}});
  auto resume = analyse_structure(page.document);
  std::vector<std::string> canonical;
  for (const auto& section : resume.sections) canonical.push_back(section.canonical);
  CHECK(canonical == std::vector<std::string>{"skills", "languages"});
}

TEST_CASE("a rail label before a justified list of items keeps its column gap") {
  auto line = make_line(1, {{"Competenze professionali", 73.9, 177.2}, {"Progettazione esecutiva,", 187.1, 289.4},
                            {"direzione lavori,", 297.3, 364.2}, {"computi metrici estimativi,", 372.1, 483.5},
                            {"pratiche edilizie,", 491.4, 559.8}});
  CHECK(layout_text(line).starts_with("Competenze professionali   Progettazione esecutiva, direzione lavori,"));
}

TEST_CASE("group labels in capitals over their items name groups, no skills; a product in capitals stays one") {
  OnePage page;
  page.add({{"Tomás Giménez", 60, 200, 18, true}});
  page.add({{"tomas@example.com", 60, 200}});
  page.add({{"STACK TÉCNICO", 60, 170, 13, true}});
  page.add({{"LENGUAJES", 60, 110, 8}});
  page.add({{"Go", 60, 72}, {"Java", 82, 104}, {"Python", 114, 148}});
  page.add({{"CLOUD & DEVOPS", 60, 130, 8}});
  page.add({{"AWS", 60, 80}, {"Docker", 90, 125}, {"Kubernetes", 135, 190}});
  page.add({{"SAP S/4HANA (FI/CO)", 60, 160}});
  page.add({{"Power BI", 60, 100}});
  auto items = skill_items(analyse_structure(page.document));
  CHECK(std::find(items.begin(), items.end(), "LENGUAJES") == items.end());
  CHECK(std::find(items.begin(), items.end(), "CLOUD & DEVOPS") == items.end());
  CHECK(std::find(items.begin(), items.end(), "Kubernetes") != items.end());
  CHECK(std::find(items.begin(), items.end(), "SAP S/4HANA (FI/CO)") != items.end());
}

TEST_CASE("a degree with its year beside it, set like the entries above, is an entry and no rail label") {
  OnePage page;
  page.add({{"Aoife Byrne", 60, 200, 18, true}});
  page.add({{"aoife@example.ie", 60, 200}});
  page.add({{"EDUCATION", 60, 160, 13, true}});
  page.add({{"MPharm – Master of Pharmacy", 60, 230, 10, true}, {"2014 – 2019", 480, 530}});
  page.add({{"University of East Leinster", 60, 200}, {"Dublin", 500, 530}});
  page.add({{"Leaving Certificate", 60, 150, 10, true}, {"2014", 510, 530}});
  page.add({{"Scoil Bhríde Community School", 60, 210}, {"Naas, Co. Kildare", 450, 530}});
  page.add({{"SKILLS", 60, 130, 13, true}});
  // Labels beside their lists at the same edge make a rail of section labels on the page.
  page.add({{"Software", 60, 110, 10, true}, {"Fred Dispensary, Healthlink, Microsoft Excel", 170, 400}});
  page.add({{"Languages", 60, 115, 10, true}, {"English (native), Irish (fluent), French (B1)", 170, 390}});
  auto resume = analyse_structure(page.document);
  REQUIRE(resume.education.size() == 2);
  CHECK(resume.education[1].study_type == "Leaving Certificate");
  CHECK(resume.education[1].end.year == 2014);
}

TEST_CASE("the older European CV format: headings and field labels share the rail's right edge, in their own types") {
  OnePage page;
  page.add({{"F O R M AT O   E U R O P E O", 70, 201, 10, true}});
  page.add({{"INFORMAZIONI", 115, 201, 11, true}});
  page.add({{"PERSONALI", 137, 201, 11, true}});
  page.add({{"Nome", 179, 201, 9}, {"Chiara Bertolino", 220, 314, 14, true}});
  page.add({{"Indirizzo", 169, 201, 9}, {"Via Nizza 154, 10126 Torino (TO)", 220, 358}});
  page.add({{"E-mail", 177, 201, 9}, {"chiara@example.it", 220, 334}});
  page.add({{"ESPERIENZA LAVORATIVA", 58, 201, 11, true}});
  page.add({{"• Date (da – a)", 149, 201, 9}, {"Da marzo 2019 ad oggi", 220, 314}});
  page.add({{"• Nome e indirizzo del datore di lavoro", 61, 201, 9}, {"Farmacia San Secondo S.n.c.", 220, 400, 10, true}});
  page.add({{"Via San Secondo 41, 10128 Torino", 220, 359}});
  page.add({{"• Tipo di azienda o settore", 108, 201, 9}, {"Farmacia territoriale", 220, 389}});
  page.add({{"• Tipo di impiego", 139, 201, 9}, {"Farmacista collaboratore (CCNL Federfarma, I", 220, 523, 10, true}});
  page.add({{"livello)", 220, 249, 10, true}});
  page.add({{"• Principali mansioni e responsabilità", 67, 201, 9}, {"– Dispensazione di farmaci", 220, 496}});
  page.add({{"– Allestimento di preparazioni galeniche", 220, 496}});
  page.add({{"ISTRUZIONE E", 122, 201, 11, true}});
  page.add({{"FORMAZIONE", 124, 201, 11, true}});
  page.add({{"• Date (da – a)", 149, 201, 9}, {"Da settembre 2010 a luglio 2016", 220, 360}});
  page.add({{"• Nome e tipo di istituto di istruzione o", 61, 201, 9}, {"Università degli Studi di Torino – Dipartimento di Scienza e", 220, 519}});
  page.add({{"formazione", 160, 201, 9}, {"Tecnologia del Farmaco", 220, 316}});
  page.add({{"• Qualifica conseguita", 122, 201, 9}, {"Laurea Magistrale a ciclo unico in Farmacia", 220, 504, 10, true}});
  page.add({{"• Livello nella classificazione nazionale", 58, 201, 9}, {"108/110", 220, 258}});
  page.add({{"(se pertinente)", 150, 201, 9}});
  // The section labels set beside values elsewhere on the rail: "CAPACITÀ E COMPETENZE   Ottime capacità …".
  page.add({{"CAPACITÀ E COMPETENZE", 60, 201, 11}, {"Ottime capacità di ascolto", 220, 500}});
  page.add({{"RELAZIONALI", 140, 201, 11}, {"maturate al banco.", 220, 400}});
  page.add({{"CAPACITÀ E COMPETENZE", 60, 201, 11}, {"– Preparazioni galeniche", 220, 400}});
  page.add({{"TECNICHE", 150, 201, 11}, {"– Farmacovigilanza", 220, 400}});
  auto resume = analyse_structure(page.document);
  CHECK(resume.contact.name == "Chiara Bertolino");
  REQUIRE(resume.work.size() == 1);
  CHECK(resume.work[0].position == "Farmacista collaboratore (CCNL Federfarma, I livello)");
  CHECK(resume.work[0].company == "Farmacia San Secondo S.n.c.");
  CHECK(resume.work[0].location == "Torino");
  CHECK(resume.work[0].start.iso() == "2019-03");
  CHECK(resume.work[0].highlights.size() == 2);
  REQUIRE(resume.education.size() == 1);
  CHECK(resume.education[0].study_type == "Laurea Magistrale a ciclo unico");
  CHECK(resume.education[0].institution == "Università degli Studi di Torino");
  CHECK(resume.education[0].score == "108/110");
  std::vector<std::string> canonical;
  for (const auto& section : resume.sections) canonical.push_back(section.canonical);
  CHECK(std::count(canonical.begin(), canonical.end(), "education") == 1);  // "formazione" ends the label above
}

TEST_CASE("a town in the date rail beside the employer, both in the header's two columns, heads the entry") {
  OnePage page;
  page.add({{"Marina Duarte", 60, 200, 18, true}});
  page.add({{"marina@example.com", 60, 200}});
  page.add({{"EXPERIÊNCIA PROFISSIONAL", 60, 220, 11, true}});
  page.add({{"mar 2022 – atual", 60, 130, 10.2}, {"Product Designer Sênior", 170, 300, 10.2, true}});
  page.add({{"São Paulo, SP", 75, 130, 9.2}, {"Pagali Pagamentos S.A.", 170, 280, 9.2}});
  page.add({{"Liderei o redesenho do onboarding do app, elevando a conversão de 41% para 58%.", 170, 540, 9.2}}, true);
  page.add({{"jan 2019 – fev 2022", 60, 130, 10.2}, {"Product Designer", 170, 260, 10.2, true}});
  page.add({{"São Paulo, SP", 75, 130, 9.2}, {"Mercatto Marketplace", 170, 270, 9.2}});
  page.add({{"Responsável pela jornada de checkout web e mobile.", 170, 440, 9.2}}, true);
  auto resume = analyse_structure(page.document);
  REQUIRE(resume.work.size() == 2);
  CHECK(resume.work[0].company == "Pagali Pagamentos S.A.");
  CHECK(resume.work[1].company == "Mercatto Marketplace");
  CHECK(resume.work[1].location == "São Paulo, SP");
}

TEST_CASE("a bold degree line left on a link word goes on below, though the word below names a section") {
  OnePage page;
  page.add({{"Théo Marchand", 60, 200, 18, true}});
  page.add({{"theo@example.org", 60, 200}});
  page.add({{"FORMATION", 60, 160, 13, true}});
  page.add({{"Diplôme d'ingénieur – Mathématiques appliquées et", 60, 300, 10, true}});
  page.add({{"Informatique", 60, 120, 10, true}});
  page.document.lines.back().block_start = false;
  page.add({{"École d'Ingénieurs de Bordeaux", 60, 250}});
  page.add({{"2014 – 2017", 60, 120}});
  auto resume = analyse_structure(page.document);
  REQUIRE(resume.education.size() == 1);
  CHECK(resume.education[0].area == "Mathématiques appliquées et Informatique");
  CHECK(std::none_of(resume.sections.begin(), resume.sections.end(), [](const Section& s) { return s.heading == "Informatique"; }));
}

TEST_CASE("a label in a type of its own set close before its list in a rail names the list's group") {
  OnePage page;
  page.add({{"Claire Martin", 60, 200, 18, true}});
  page.add({{"claire@example.fr", 60, 200}});
  page.add({{"Compétences", 60, 160, 13, true}});
  auto add_labelled = [&](const char* label, double x0, const char* list) {
    page.add({{label, x0, 130, 9}, {list, 140, 400}});  // small capitals: the same font a point smaller
    page.document.lines.back().runs[0].font = "LinLibertineT";
    page.document.lines.back().runs[1].font = "LinLibertineT";
    page.document.lines.back().block_start = std::string(label) == "Calcul";  // one paragraph of rows
  };
  add_labelled("Calcul", 107, "Patran/Nastran, HyperMesh, Abaqus");
  add_labelled("CAO", 112, "CATIA V5, 3DEXPERIENCE");
  add_labelled("Programmation", 73, "Python, Fortran, VBA");
  auto items = skill_items(analyse_structure(page.document));
  CHECK(items == std::vector<std::string>{"Patran/Nastran", "HyperMesh", "Abaqus", "CATIA V5", "3DEXPERIENCE", "Python", "Fortran", "VBA"});
}

TEST_CASE("a letter-spaced sub-heading of co-op terms inside experience, and a group label over a row of chips") {
  OnePage page;
  page.add({{"Daniel Kowalczyk", 60, 200, 18, true}});
  page.add({{"daniel@example.ca", 60, 200}});
  page.add({{"Experience", 60, 160, 13, true}});
  page.add({{"Mechanical Engineer", 60, 200, 10, true}, {"Calgary, AB", 450, 500}});
  page.add({{"BOWFORT ENERGY SERVICES LTD.", 60, 220, 9}, {"May 2021 – Present", 430, 500}});
  page.add({{"Lead mechanical engineer on gas plant expansions", 70, 400}}, true);
  page.add({{"CO-OP WORK TERMS", 60, 160, 9}});
  page.add({{"Engineering Co-op Student", 60, 200, 10, true}, {"Calgary, AB", 450, 500}});
  page.add({{"CHINOOK MIDSTREAM CORP.", 60, 200, 9}, {"May 2015 – Aug 2015", 430, 500}});
  page.add({{"Drafted piping isometrics", 70, 300}}, true);
  page.add({{"Skills", 60, 130, 13, true}});
  page.add({{"SOFTWARE", 60, 110, 9}});
  page.add({{"SolidWorks", 60, 100}, {"AutoCAD", 110, 150}});
  page.add({{"CODES & STANDARDS", 60, 140, 9}});
  page.add({{"ASME B31.3", 60, 110}, {"ASME Sec. VIII Div. 1", 120, 210}, {"API 610", 220, 260}});
  auto resume = analyse_structure(page.document);
  REQUIRE(resume.work.size() == 2);
  CHECK(resume.work[1].company == "CHINOOK MIDSTREAM CORP.");
  CHECK(resume.work[1].position == "Engineering Co-op Student");
  auto items = skill_items(resume);
  CHECK(std::find(items.begin(), items.end(), "CODES & STANDARDS") == items.end());
  CHECK(std::find(items.begin(), items.end(), "API 610") != items.end());
}

TEST_CASE("Europass's skill rows: a label wrapped in the rail beside a marked list, the digital grid's broken heads") {
  OnePage page;
  page.add({{"Inês Lopes", 60, 200, 18, true}});
  page.add({{"ines@example.com", 60, 200}});
  page.add({{"COMPETÊNCIAS PESSOAIS", 60, 200, 9}});
  page.add({{"Competências relacionadas com o", 60, 170, 9}, {"– Tratamento de feridas complexas", 190, 400, 9}});
  page.add({{"trabalho", 135, 170, 9}, {"– Terapia por pressão negativa", 190, 400, 9}});
  page.add({{"– Suporte Avançado de Vida", 190, 400, 9}});
  page.add({{"Competências digitais", 60, 170, 9}, {"AUTOAVALIAÇÃO", 190, 300, 9}});
  page.add({{"Processamento", 190, 250, 9}, {"Criação de", 300, 340, 9}, {"Resolução de", 400, 450, 9}});
  page.add({{"Comunicação", 260, 300, 9}, {"Segurança", 350, 390, 9}});
  page.add({{"de informação", 190, 250, 9}, {"conteúdos", 300, 340, 9}, {"problemas", 400, 450, 9}});
  page.add({{"Utilizador avançado", 190, 260, 9}, {"Utilizador independente", 300, 380, 9}});
  page.add({{"– SClínico Hospitalar, Glintt HS", 190, 400, 9}});
  auto items = skill_items(analyse_structure(page.document));
  CHECK(std::find(items.begin(), items.end(), "Tratamento de feridas complexas") != items.end());
  CHECK(std::find(items.begin(), items.end(), "Terapia por pressão negativa") != items.end());
  CHECK(std::find(items.begin(), items.end(), "Glintt HS") != items.end());
  for (const char* head : {"Processamento", "Criação de", "conteúdos", "problemas", "Segurança de informação", "Competências relacionadas com o"})
    CHECK(std::find(items.begin(), items.end(), head) == items.end());
}

TEST_CASE("a school's initials in brackets opening the next line close its name there, the grade after them") {
  OnePage page;
  page.add({{"Ane Etxeberria", 60, 200, 18, true}});
  page.add({{"ane@example.es", 60, 200}});
  page.add({{"Formación académica", 60, 200, 13, true}});
  page.add({{"2013 – 2015", 60, 110}, {"Máster Universitario en Ingeniería Industrial, Universidad del País Vasco", 130, 540}});
  page.add({{"(UPV/EHU), Bilbao, Nota media: 8,1", 130, 300}});
  page.document.lines.back().block_start = false;
  page.add({{"Trabajo fin de máster: «Optimización topológica de un brazo de suspensión mediante MEF»", 130, 540}});
  page.document.lines.back().block_start = false;
  auto resume = analyse_structure(page.document);
  REQUIRE(resume.education.size() == 1);
  CHECK(resume.education[0].institution == "Universidad del País Vasco (UPV/EHU)");
  CHECK(resume.education[0].score == "8,1");
}

TEST_CASE("a remark closing on a year in brackets, under a dated degree with its dates in a column, opens no entry") {
  OnePage page;
  page.add({{"Luis Quispe", 60, 200, 18, true}});
  page.add({{"luis@example.pe", 60, 200}});
  page.add({{"FORMACIÓN ACADÉMICA", 60, 220, 13, true}});
  page.add({{"2021 – 2023", 60, 110}, {"Maestría en Gestión Minera", 150, 300, 10, true}});
  page.add({{"Arequipa", 60, 100}, {"Universidad Andina del Misti", 150, 300}});
  page.add({{"2009 – 2014", 60, 110}, {"Bachiller en Ingeniería de Minas", 150, 320, 10, true}});
  page.add({{"Arequipa", 60, 100}, {"Universidad Nacional del Sur Andino", 150, 320}});
  page.add({{"Tercio superior · Título profesional de Ingeniero de Minas (2016)", 150, 450}});
  auto resume = analyse_structure(page.document);
  REQUIRE(resume.education.size() == 2);
  CHECK(resume.education[1].institution == "Universidad Nacional del Sur Andino");
}

TEST_CASE("a heading in larger type with a dot before it (Resume.io) names its section; a bold item in a list does not") {
  OnePage page;
  page.add({{"Joris van Leeuwen", 60, 250, 20, true}});
  page.add({{"joris@example.nl", 60, 200}});
  page.add({{"Werkervaring", 72, 160, 13, true}}, true);
  page.add({{"Logistiek Planner bij Maasvlakte Distributie B.V.", 72, 330, 10, true}});
  page.add({{"jan. 2020 — heden", 72, 160, 9}, {"Rotterdam", 480, 530, 9}});
  page.add({{"Dagelijkse planning van 45 trekker-opleggercombinaties", 80, 400}}, true);
  page.add({{"Vaardigheden", 72, 160, 13, true}}, true);
  page.add({{"Languages", 80, 140, 10, true}}, true);
  page.add({{"Nederlands, Engels", 80, 200}}, true);
  auto resume = analyse_structure(page.document);
  std::vector<std::string> headings;
  for (const auto& section : resume.sections) headings.push_back(section.heading);
  CHECK(headings == std::vector<std::string>{"Werkervaring", "Vaardigheden"});
  REQUIRE(resume.work.size() == 1);
  CHECK(resume.work[0].company == "Maasvlakte Distributie B.V.");
}

TEST_CASE("a heading set only in the colour the document's section names share counts; a coloured employer does not") {
  auto build = [](uint32_t heading_colour, uint32_t employer_colour) {
    OnePage page;
    page.add({{"Sanne de Vries", 60, 250, 20}});
    page.add({{"sanne@example.nl", 60, 200}});
    page.add({{"Education", 60, 130, 11}});
    page.add({{"PhD in Biomedical Sciences (cum laude)", 60, 300}, {"2016 – 2021", 480, 540}});
    page.add({{"Domstad University", 60, 200}});
    page.add({{"Experience", 60, 130, 11}});
    page.add({{"Stem Cell Education", 60, 200}});
    page.add({{"Course coordinator", 60, 200}, {"2022 – present", 480, 540}});
    page.add({{"Grants and Awards", 60, 180, 11}});
    page.add({{"2023   NWO Talent Programme Veni grant", 60, 300}});
    for (auto& line : page.document.lines) {
      for (auto& run : line.runs) {
        if (run.size == 11) run.color = heading_colour;
        if (line.text == "Stem Cell Education") run.color = employer_colour;
      }
    }
    return analyse_structure(page.document);
  };
  auto red = build(0xA01010, 0x000000);
  std::vector<std::string> headings;
  for (const auto& section : red.sections) headings.push_back(section.heading);
  CHECK(headings == std::vector<std::string>{"Education", "Experience", "Grants and Awards"});
  // The same lines in the body's black name no section by their colour: only the names a synonym list knows whole
  // ("Grants and Awards": two synonyms of one section, since session 43).
  auto black = build(0x000000, 0x000000);
  std::vector<std::string> black_headings;
  for (const auto& section : black.sections) black_headings.push_back(section.heading);
  CHECK(black_headings == std::vector<std::string>{"Education", "Experience", "Grants and Awards"});
  // A blue employer's line ending on a section word, where the section names are red, stays an entry's.
  auto blue = build(0xA01010, 0x1A5FB4);
  CHECK(std::none_of(blue.sections.begin(), blue.sections.end(), [](const Section& s) { return s.heading == "Stem Cell Education"; }));
}

TEST_CASE("a name stacked over three lines in a sidebar keeps a Spanish second surname, not a town") {
  auto name_of = [](const std::string& third) {
    OnePage page;
    page.add({{"Adriana", 40, 110, 22, true}});
    page.add({{"Villaseñor", 40, 130, 22, true}});
    page.add({{third, 40, 120, 22, true}});
    page.add({{"Gerente de Ventas", 40, 140, 11}});
    page.add({{"adriana.villasenor@example.com", 40, 160, 9}});
    return analyse_structure(page.document).contact.name;
  };
  CHECK(name_of("Gómez") == "Adriana Villaseñor Gómez");
  CHECK(name_of("Jerez") == "Adriana Villaseñor");
  CHECK(name_of("Sales") == "Adriana Villaseñor");
}

TEST_CASE("LinkedIn's French export: 'Principales' over 'compétences' in the narrow column is one skills heading") {
  OnePage page;
  page.add({{"Coordonnées", 30, 120, 13, true}});
  page.add({{"514 555-0147 (Mobile)", 30, 150}});
  page.add({{"Principales", 30, 110, 13, true}});
  page.add({{"compétences", 30, 120, 13, true}});
  page.document.lines.back().block_start = false;
  page.add({{"Gestion de portefeuille de projets", 30, 170}});
  page.add({{"Méthodologies agiles", 30, 150}});
  auto resume = analyse_structure(page.document);
  REQUIRE(resume.sections.size() == 2);
  CHECK(resume.sections[1].heading == "Principales compétences");
  CHECK(resume.sections[1].canonical == "skills");
  CHECK(skill_items(resume) == std::vector<std::string>{"Gestion de portefeuille de projets", "Méthodologies agiles"});
}

TEST_CASE("a long title and employer wrapped in a box of its own beside the dates goes on below; a whole firm's name does not") {
  OnePage page;
  page.add({{"Avery Lindqvist", 60, 250, 20, true}});
  page.add({{"avery@example.com", 60, 200}});
  page.add({{"Experience", 60, 130, 13, true}});
  // The flex box ends 40 pt short of the dates: "Rundle" (30 pt) did not fit after "Mount".
  page.add({{"Undergraduate Research Assistant, Department of Earth Sciences, Mount", 60, 447, 9, true},
            {"Jan 2021 – Apr 2022", 487, 560, 9}});
  page.add({{"Rundle University", 60, 135, 9, true}});
  page.document.lines.back().block_start = false;
  page.add({{"Calgary, AB", 500, 560, 9}});
  page.add({{"Conducted XRD and thin-section petrography on samples", 70, 400, 9}}, true);
  auto resume = analyse_structure(page.document);
  REQUIRE(resume.work.size() == 1);
  CHECK(resume.work[0].position == "Undergraduate Research Assistant");
  CHECK(resume.work[0].company == "Department of Earth Sciences, Mount Rundle University");
}

TEST_CASE("a town set apart at the right edge ends its line: the remark below does not wrap onto it") {
  OnePage page;
  page.add({{"Avery Lindqvist", 60, 250, 20, true}});
  page.add({{"avery@example.com", 60, 200}});
  page.add({{"Education", 60, 130, 13, true}});
  page.add({{"Master of Business Administration (Part-time)", 60, 300, 9, true}, {"Sep 2023 – Expected May 2027", 440, 560, 9}});
  page.add({{"Bow River School of Business, Mount Rundle University", 60, 280, 9}, {"Calgary, AB", 515, 560, 9}});
  page.document.lines.back().block_start = false;
  page.add({{"Concentration in Energy Management.", 60, 200, 9}});
  page.document.lines.back().block_start = false;
  page.add({{"Bachelor of Science (Honours), Geology", 60, 250, 9, true}, {"Sep 2018 – Apr 2022", 480, 560, 9}});
  page.add({{"Mount Rundle University", 60, 160, 9}, {"Calgary, AB", 515, 560, 9}});
  auto resume = analyse_structure(page.document);
  REQUIRE(resume.education.size() == 2);
  CHECK(resume.education[0].area.find("Calgary") == std::string::npos);
  CHECK(resume.education[0].institution == "Bow River School of Business");
}

TEST_CASE("degree, school and date each a paragraph: the next degree opens the next entry before its school") {
  OnePage page;
  page.add({{"Aroha Williams", 60, 250, 20, true}});
  page.add({{"aroha@example.co.nz", 60, 200}});
  page.add({{"Education", 60, 130, 13, true}});
  page.add({{"Master of Public Policy", 60, 200, 10, true}});
  page.add({{"Victoria University of Wellington", 60, 220}});
  page.add({{"2015 · with Distinction", 60, 180}});
  page.add({{"BA, Politics and Economics", 60, 200, 10, true}});
  page.add({{"University of Otago", 60, 160}});
  page.add({{"2011 – 2013", 60, 120}});
  auto resume = analyse_structure(page.document);
  REQUIRE(resume.education.size() == 2);
  CHECK(resume.education[0].institution == "Victoria University of Wellington");
  CHECK(resume.education[1].study_type == "BA");
  CHECK(resume.education[1].institution == "University of Otago");
  CHECK(resume.education[1].start.year == 2011);
}

TEST_CASE("a table of jobs with a column for the kind of employment: the kind is read and left out of every field") {
  TablePage page;
  auto add = [&](double y, std::vector<RunSpec> specs) { page.add_at(y, std::move(specs)); };
  add(40, {{"Ayesha Petersen", 60, 220, 18, true}});
  add(60, {{"ayesha@example.com", 60, 180}});
  add(100, {{"Experience", 57, 160, 13, true}});
  add(120, {{"Role", 60, 90}, {"Company", 160, 210}, {"Dates", 300, 330}, {"Type", 400, 425}, {"Location", 470, 515}});
  // Notion centres a row's cells: a wrapped title sits above and below the row's line.
  add(136, {{"Senior Data", 60, 120}});
  add(142, {{"Karoo Payments (Pty) Ltd", 160, 280}, {"Mar 2022 → Present", 300, 390}, {"Full-time", 400, 445}, {"Cape Town", 470, 520}});
  add(148, {{"Engineer", 60, 105}});
  add(170, {{"Data Engineer", 60, 130}, {"Karoo Payments (Pty) Ltd", 160, 280}, {"Jul 2020 → Feb 2022", 300, 395}, {"Full-time", 400, 445}, {"Cape Town", 470, 520}});
  auto resume = analyse_structure(page.document);
  REQUIRE(resume.work.size() == 2);
  CHECK(resume.work[0].position == "Senior Data Engineer");
  CHECK(resume.work[0].company == "Karoo Payments (Pty) Ltd");
  CHECK(resume.work[0].location == "Cape Town");
  CHECK(resume.work[0].end.present);
  CHECK(resume.work[1].position == "Data Engineer");
  CHECK(resume.work[1].start.year == 2020);
}

namespace {

/// Moves the last line added (and its runs) to `y`: lines of one paragraph closer than the pitch of `make_line`.
void move_last_to(OnePage& page, double y) {
  auto& line = page.document.lines.back();
  place_at(line, y, line.location.box->height());
}

}  // namespace

TEST_CASE("a tagline broken at a hyphen ('Embedded-Software-' / 'Ingenieurin') heads no section") {
  OnePage page;
  page.add({{"Katharina Pichler", 30, 200, 24}});
  page.add({{"Embedded-Software-", 80, 200, 12}});
  page.add({{"Ingenieurin", 140, 200, 12}});
  page.add({{"katharina@example.at", 30, 160}});
  page.add({{"Annenstraße 38/7, 8020 Graz", 30, 160}});
  page.add({{"Kenntnisse", 30, 120, 16}});
  page.add({{"C und C++", 30, 100}});
  page.add({{"Python", 30, 100}});
  page.add({{"Berufserfahrung", 30, 140, 16}});
  page.add({{"03/2021 – heute", 30, 100}, {"Embedded Software Engineer", 120, 300, 10, true}});
  page.add({{"Steirische Antriebstechnik GmbH, Graz", 120, 300}});
  auto resume = analyse_structure(page.document);
  for (const auto& section : resume.sections) CHECK(section.heading != "Embedded-Software-");
  CHECK(skill_items(resume) == std::vector<std::string>{"C und C++", "Python"});
}

TEST_CASE("res.cls's rail label wrapped onto a line of its own, a little above the body beside it, is named whole") {
  OnePage page;
  page.add({{"Vicente Llopis", 200, 400, 16, true}});
  page.add({{"vll@example.es", 200, 300}});
  page.add({{"PERFIL", 60, 100, 9, true}, {"Ingeniero agrónomo con diez años en calidad alimentaria.", 176, 560, 11}});
  page.add({{"CERTIFICACIONES", 60, 150, 9, true}, {"Six Sigma Green Belt (AEC)   2020", 176, 560, 11}});
  page.add({{"FORMACIÓN", 60, 123, 9, true}, {"– Gestión de alérgenos en la industria alimentaria (40 h), AINIA,", 176, 560, 11}});
  page.add({{"COMPLEMENTARIA", 60, 158, 9, true}});
  page.add({{"2022.", 186, 210, 11}});
  page.add({{"IDIOMAS", 60, 105, 9, true}, {"Castellano   Nativo", 176, 330, 11}});
  auto resume = analyse_structure(page.document);
  REQUIRE(resume.sections.size() >= 2);
  CHECK(resume.sections[1].heading == "FORMACIÓN COMPLEMENTARIA");
  CHECK(resume.sections[1].canonical == "certifications");
  CHECK(resume.education.empty());
}

TEST_CASE("YAAC's margin label set a line below its content's top: the first job's title line above it is the section's") {
  OnePage page;
  page.add({{"Thomas Garnier", 200, 400, 20}});
  page.add({{"thomas@example.fr", 200, 300}});
  page.add({{"PROFIL", 92, 124, 9, true}, {"Chef de projet supply chain orienté terrain, passé par l'entrepôt et le transport.", 140, 560}});
  move_last_to(page, 100);
  page.add({{"J'aime mener des projets d'optimisation de flux de bout en bout.", 140, 500}});
  move_last_to(page, 112);
  page.add({{"Chef de projet Supply Chain", 140, 260, 10, true}, {"sept. 2020 – aujourd'hui", 470, 560}});
  move_last_to(page, 140);
  page.add({{"EXPÉRIENCES", 64, 124, 9, true}, {"Norvia Distribution SA", 140, 240}, {"Lesquin (59)", 260, 310}});
  move_last_to(page, 150);
  page.add({{"Pilotage du déploiement du WMS sur 3 entrepôts.", 142, 450}}, true);
  move_last_to(page, 162);
  page.add({{"Responsable d'exploitation transport", 140, 300, 10, true}, {"janv. 2017 – août 2020", 470, 560}});
  move_last_to(page, 180);
  page.add({{"Transports Lefebvre & Fils SARL", 140, 280}, {"Arras (62)", 300, 340}});
  move_last_to(page, 190);
  page.add({{"FORMATION", 80, 124, 9, true}, {"Master Management de la chaîne logistique", 140, 360, 10, true}, {"2013 – 2015", 510, 560}});
  move_last_to(page, 220);
  page.add({{"IAE Lille – Université de Lille", 140, 300}});
  move_last_to(page, 232);
  auto resume = analyse_structure(page.document);
  REQUIRE(resume.work.size() == 2);
  CHECK(resume.work[0].position == "Chef de projet Supply Chain");
  CHECK(resume.work[0].company == "Norvia Distribution SA");
  REQUIRE(resume.sections.size() == 3);
  CHECK(resume.sections[0].canonical == "summary");
}

TEST_CASE("an employer after 'en' cut at the column's edge, before the town set apart, goes on below in the same type") {
  OnePage page;
  page.add({{"Lucía Ferrer", 60, 250, 20, true}});
  page.add({{"lucia@example.es", 60, 200}});
  page.add({{"Historial de empleo", 220, 330, 13, true}});
  page.add({{"Técnica en Prácticas de Cadena de Suministro en Transportes", 220, 520, 11, true}, {"Paterna", 540, 570, 9}});
  page.add({{"Levante Ibérica, S.L.", 220, 330, 11, true}});
  page.document.lines.back().block_start = false;
  page.add({{"Sep. 2015 – Feb. 2016", 220, 300, 9}});
  page.add({{"Analicé las rutas de reparto de la zona metropolitana.", 230, 500, 10}}, true);
  page.add({{"Educación", 220, 300, 13, true}});
  page.add({{"Grado en Ingeniería en Organización Industrial, Universitat", 220, 520, 11, true}, {"Valencia", 540, 570, 9}});
  page.add({{"Politècnica de València", 220, 340, 11, true}});
  page.document.lines.back().block_start = false;
  page.add({{"Sep. 2011 – Jul. 2015", 220, 300, 9}});
  auto resume = analyse_structure(page.document);
  REQUIRE(resume.work.size() == 1);
  CHECK(resume.work[0].position == "Técnica en Prácticas de Cadena de Suministro");
  CHECK(resume.work[0].company == "Transportes Levante Ibérica, S.L.");
  REQUIRE(resume.education.size() == 1);
  CHECK(resume.education[0].institution == "Universitat Politècnica de València");
}

TEST_CASE("moderncv's name stacked over three lines beside the address column is read whole") {
  OnePage page;
  page.add({{"Larissa", 68, 158, 28}});
  page.add({{"Rua Mateus Leme, 1480, ap. 702", 400, 560, 8}});
  page.add({{"80530-010 Curitiba – PR", 450, 560, 8}});
  page.add({{"Figueiredo", 68, 200, 28}});
  page.add({{"Brasil", 530, 560, 8}});
  page.add({{"+55 (41) 99812-4471", 470, 560, 8}});
  page.add({{"Nogueira", 68, 180, 28}, {"larissa@example.com.br", 470, 560, 8}});
  page.add({{"Engenheira de Dados", 68, 200, 12}});
  page.add({{"Resumo", 68, 140, 14}});
  page.add({{"Engenheira de dados com oito anos de experiência.", 140, 500}});
  auto resume = analyse_structure(page.document);
  CHECK(resume.contact.name == "Larissa Figueiredo Nogueira");
}

TEST_CASE("rows of one table with dates in their own column: a line opening on a range opens the next entry, however close") {
  OnePage page;
  page.add({{"Markus Hofbauer", 60, 250, 20, true}});
  page.add({{"markus@example.at", 60, 200}});
  page.add({{"Ausbildung", 60, 150, 13, true}});
  page.add({{"10/2009 – 06/2011", 60, 140}, {"Johannes Kepler Universität Linz", 170, 330, 10, true}});
  page.add({{"Masterstudium Mechatronik, Abschluss: Dipl.-Ing.", 170, 400}});
  page.document.lines.back().block_start = false;
  page.add({{"Diplomarbeit: „Modellbasierte Regelung“ – mit Auszeichnung bestanden", 170, 520}});
  page.document.lines.back().block_start = false;
  page.add({{"10/2006 – 07/2009", 60, 140}, {"Johannes Kepler Universität Linz", 170, 330, 10, true}});
  page.document.lines.back().block_start = false;
  page.add({{"Bachelorstudium Mechatronik, Abschluss: BSc", 170, 400}});
  page.document.lines.back().block_start = false;
  auto resume = analyse_structure(page.document);
  REQUIRE(resume.education.size() == 2);
  CHECK(resume.education[0].study_type == "Dipl.-Ing.");
  CHECK(resume.education[1].study_type == "BSc");
  CHECK(resume.education[1].start.year == 2006);
}

TEST_CASE("moderncv's rail label in a size of its own stays apart from a line its commas would call justified") {
  auto line = make_line(1, {{"Formation", 96, 156, 14.3}, {"Master of Science en Management", 174, 334, 10, true}, {",", 334.4, 337.2},
                            {"HEC Lausanne, Université de", 340.5, 462}, {"2012 – 2014", 479, 536, 10, true}});
  auto text = layout_text(line);
  CHECK(text.starts_with("Formation   Master"));
  CHECK(text.ends_with("Université de   2012 – 2014"));  // the dates set apart, though the label's gap is wide too
}

TEST_CASE("a dated header wrapped at the page's edge goes on below; the description under it stays a description") {
  OnePage page;
  page.add({{"Katrin Vogt", 60, 200, 20, true}});
  page.add({{"katrin@example.de", 60, 200}});
  page.add({{"Wissenschaftlicher Werdegang", 60, 250, 13, true}});
  page.add({{"seit 04/2021", 60, 130}, {"Wissenschaftliche Mitarbeiterin, Professur für Waldbau, Albert-Ludwigs-Universität", 150, 540}});
  page.add({{"Freiburg", 150, 190}});
  page.document.lines.back().block_start = false;
  page.add({{"Leitung des Teilprojekts »Naturverjüngung nach Trockenstress« im DFG-Graduiertenkolleg", 150, 538}});
  page.document.lines.back().block_start = false;
  page.add({{"ConFoBi; Betreuung von vier Promovierenden.", 150, 330}});
  page.document.lines.back().block_start = false;
  page.add({{"07/2014 – 09/2014", 60, 130}, {"Praktikantin, Waldwerk Consult GmbH & Co. KG, Göttingen", 150, 420}});
  auto resume = analyse_structure(page.document);
  REQUIRE(resume.work.size() == 2);
  CHECK(resume.work[0].position == "Wissenschaftliche Mitarbeiterin");
  CHECK(resume.work[0].company.ends_with("Albert-Ludwigs-Universität Freiburg"));
  CHECK(resume.work[1].position == "Praktikantin");
}

TEST_CASE("a short line under a dated employer line that ends on its town is a line of its own, not the rest of it") {
  OnePage page;
  page.add({{"Jens Fiedler", 60, 200, 20, true}});
  page.add({{"jens@example.de", 60, 200}});
  page.add({{"Beruflicher Werdegang", 60, 250, 13, true}});
  page.add({{"7/2003 - 4/2004", 60, 130}, {"Flusoft Spezial-Computer-Technik GbR, Dresden", 150, 445}});
  page.add({{"Programmierung", 150, 220}});
  page.document.lines.back().block_start = false;
  page.add({{"11/2002 - 1/2003", 60, 130}, {"Hanse Dokumentation GmbH, Rostock", 150, 400}});
  page.add({{"Redaktion und Satz für technische Handbücher der Werft", 150, 500}});
  page.document.lines.back().block_start = false;
  auto resume = analyse_structure(page.document);
  REQUIRE(resume.work.size() == 2);
  CHECK(resume.work[0].company == "Flusoft Spezial-Computer-Technik GbR");
  CHECK(resume.work[0].location == "Dresden");
}

TEST_CASE("moderncv: a firm's legal form or a school's town wrapped below, before the dates set at the right") {
  OnePage page;
  page.add({{"Camille Roux", 60, 200, 20, true}});
  page.add({{"camille@example.ch", 60, 200}});
  page.add({{"Expérience professionnelle", 60, 250, 13, true}});
  page.add({{"Responsable d’entrepôt adjointe, Chablais Transports", 174, 413}, {"mars 2017 – août 2020", 430, 536, 10, true}});
  page.add({{"SA, Aigle.", 174, 220}});
  page.document.lines.back().block_start = false;
  page.add({{"— Gestion opérationnelle d’un entrepôt multi-clients.", 190, 500}}, true);
  page.add({{"Formation", 60, 160, 13, true}});
  page.add({{"Master of Science en Management, Faculté des HEC, Université de", 174, 462}, {"2012 – 2014", 479, 536, 10, true}});
  page.add({{"Lausanne, Lausanne, moyenne 5,3/6.", 174, 330}});
  page.document.lines.back().block_start = false;
  auto resume = analyse_structure(page.document);
  REQUIRE(resume.work.size() == 1);
  CHECK(resume.work[0].position == "Responsable d’entrepôt adjointe");
  CHECK(resume.work[0].company == "Chablais Transports SA");
  CHECK(resume.work[0].location == "Aigle");
  REQUIRE(resume.education.size() == 1);
  CHECK(resume.education[0].institution.ends_with("Université de Lausanne"));
  CHECK(resume.education[0].start.year == 2012);
}

TEST_CASE("a town's name hyphenated across lines keeps its hyphen when the part below is hyphenated too") {
  OnePage page;
  page.add({{"Élodie Laurent", 60, 200, 20, true}});
  page.add({{"elodie@example.be", 60, 200}});
  page.add({{"Fonctions occupées", 60, 250, 13, true}});
  page.add({{"depuis oct. 2021", 60, 140}, {"Chargée de recherches, Earth and Life Institute, UCLouvain, Louvain-", 160, 540}});
  page.add({{"la-Neuve.", 160, 200}});
  page.document.lines.back().block_start = false;
  page.add({{"– Conception et coordination d’un réseau de 24 parcelles expérimentales.", 170, 500}}, true);
  auto resume = analyse_structure(page.document);
  REQUIRE(resume.work.size() == 1);
  CHECK(resume.work[0].location.ends_with("Louvain-la-Neuve"));
}

TEST_CASE("items of a list set in columns each keep their marker, which is no part of the skill") {
  OnePage page;
  page.add({{"Sofía Paz", 60, 200, 20, true}});
  page.add({{"sofia@example.com.ar", 60, 200}});
  page.add({{"CONOCIMIENTOS", 60, 200, 13, true}});
  page.add({{"▶", 60, 66}, {"SAP FI/CO", 74, 140}, {"▶", 250, 256}, {"Power BI", 264, 320}, {"▶", 420, 426}, {"Holistor", 434, 480}});
  page.add({{"▶", 60, 66}, {"Tango Gestión", 74, 150}, {"▶", 250, 256}, {"NIIF / RT 37", 264, 330}, {"▶", 420, 426}, {"Excel avanzado", 434, 510}});
  auto resume = analyse_structure(page.document);
  auto items = skill_items(resume);
  CHECK(std::find(items.begin(), items.end(), "Power BI") != items.end());
  CHECK(std::find(items.begin(), items.end(), "Holistor") != items.end());
  CHECK(std::none_of(items.begin(), items.end(), [](const std::string& item) { return item.starts_with("▶"); }));
}

TEST_CASE("the Plasmati CV: a working-day note under the dates is no field, and 'Title en FIRMA S.A.' parts at 'en'") {
  OnePage page;
  page.add({{"Valentina Soto", 60, 250, 20, true}});
  page.add({{"valentina@example.cl", 60, 200}});
  page.add({{"EXPERIENCIA LABORAL", 60, 250, 13, true}});
  page.add({{"Ene. 2021 – Mar. 2021", 60, 150}, {"Práctica profesional en PUERTO QUINTERO LOGÍSTICA SPA, Valparaíso", 170, 520}});
  page.add({{"JORNADA COMPLETA", 70, 150}, {"Simulación en Python de la cola de camiones en el antepuerto; propuesta adoptada", 170, 540}});
  page.document.lines.back().block_start = false;
  page.add({{"Ago. 2019 – Dic. 2020", 60, 150}, {"Ayudante de cátedra en UNIVERSIDAD TÉCNICA DEL PACÍFICO, Valparaíso", 170, 520}});
  page.add({{"MEDIA JORNADA", 80, 150}, {"Ayudantías de Investigación de Operaciones I y II para cursos de 90 estudiantes.", 170, 540}});
  page.document.lines.back().block_start = false;
  auto resume = analyse_structure(page.document);
  REQUIRE(resume.work.size() == 2);
  CHECK(resume.work[0].position == "Práctica profesional");
  CHECK(resume.work[0].company == "PUERTO QUINTERO LOGÍSTICA SPA");
  CHECK(resume.work[1].position == "Ayudante de cátedra");
  CHECK(resume.work[1].company == "UNIVERSIDAD TÉCNICA DEL PACÍFICO");
}

TEST_CASE("XING's timeline: the time spent, noted under the dates beside the employer, is no employer") {
  OnePage page;
  page.add({{"Katrin Brandl", 60, 250, 20, true}});
  page.add({{"katrin@example.at", 60, 200}});
  page.add({{"Berufserfahrung", 60, 250, 13, true}});
  page.add({{"seit 04/2021", 80, 140}, {"Senior Controllerin", 190, 300, 10, true}});
  page.add({{"3 Jahre, 8 Monate", 70, 150}, {"Murtal Feinmechanik GmbH", 190, 330}});
  page.document.lines.back().block_start = false;
  page.add({{"Leitung des Werkscontrollings für zwei Produktionsstandorte", 200, 500}}, true);
  auto resume = analyse_structure(page.document);
  REQUIRE(resume.work.size() == 1);
  CHECK(resume.work[0].company == "Murtal Feinmechanik GmbH");
  CHECK(canonical_section("Ich biete").canonical == "skills");
}

TEST_CASE("review 31: a word hyphenated at the line's end loses its hyphen, though the part below is hyphenated itself") {
  OnePage page;
  page.add({{"Julia Schmitt", 60, 250, 20, true}});
  page.add({{"julia@example.de", 60, 200}});
  page.add({{"Berufserfahrung", 60, 250, 13, true}});
  page.add({{"2017 – 2019", 60, 130}, {"Werkstudentin im Bereich Qualitäts-", 150, 540}});
  page.add({{"management-Systeme, Siemens AG, Erlangen", 150, 360}});
  page.document.lines.back().block_start = false;
  page.add({{"Testautomatisierung für Prüfstände.", 160, 400}}, true);
  auto resume = analyse_structure(page.document);
  REQUIRE(resume.work.size() == 1);
  CHECK(resume.work[0].position.find("Qualitätsmanagement-Systeme") != std::string::npos);
}

TEST_CASE("the end of an employer's name wrapped with its town is no heading, though set in the headings' type") {
  OnePage page;
  page.add({{"Mariana Andrade", 60, 250, 20, true}});
  page.add({{"mariana@example.com", 60, 200}});
  page.add({{"Detalhes", 60, 200, 11, true}});
  page.add({{"Curitiba, Paraná", 60, 200}});
  page.add({{"Habilidades", 60, 200, 11, true}});
  page.add({{"SQL", 60, 90}});
  page.add({{"Estagiária em Estatística, Instituto Paranaense de Pesquisa", 60, 400, 11, true}});
  page.add({{"Econômica, Curitiba", 60, 170, 11, true}});
  page.document.lines.back().block_start = false;
  page.add({{"MAR 2015 — DEZ 2016", 60, 170, 8}});
  page.document.lines.back().block_start = false;
  page.add({{"Tabulação e análise da pesquisa mensal de emprego.", 70, 400}}, true);
  auto resume = analyse_structure(page.document);
  CHECK(std::none_of(resume.sections.begin(), resume.sections.end(), [](const Section& s) { return s.heading == "Econômica, Curitiba"; }));
}

TEST_CASE("Tufte's margin: dates and notes set in the margin leave the text's edge where it is, a town cut there goes on") {
  OnePage page;
  page.add({{"Mariana Teixeira", 70, 300, 20, true}});
  page.add({{"mariana@example.br", 70, 200}});
  page.add({{"Lattes: lattes.cnpq.br/4821093367152208", 397, 534}});  // a note in the margin, past the text's edge
  page.add({{"Atuação profissional", 70, 250, 13, true}});
  page.add({{"Professora substituta", 70, 190, 10, true}, {"mar. 2018 – jul. 2018", 397, 481}});
  page.add({{"Instituto de Biociências, Universidade Estadual Paulista (Unesp), Rio", 70, 374}});
  page.document.lines.back().block_start = false;
  page.add({{"Claro – SP", 70, 117}});
  page.document.lines.back().block_start = false;
  page.add({{"Responsável pela disciplina de Ecologia Geral para duas turmas de 70 estu-", 82, 376}}, true);
  page.add({{"Bióloga consultora", 70, 170, 10, true}, {"jan. 2014 – fev. 2015", 397, 477}});
  page.add({{"Mata Viva Consultoria Ambiental Ltda., São Paulo – SP", 70, 320}});
  page.document.lines.back().block_start = false;
  auto resume = analyse_structure(page.document);
  REQUIRE(resume.work.size() == 2);
  CHECK(resume.work[0].location == "Rio Claro – SP");
  CHECK(resume.work[0].company == "Instituto de Biociências, Universidade Estadual Paulista (Unesp)");  // its short form stays
  CHECK(resume.work[1].location == "São Paulo – SP");
}

TEST_CASE("an icon font's glyphs decoded as letters are read as icons: no part of a heading, and the fields either side stay apart") {
  OnePage page;
  page.document.fonts.push_back(FontInfo{"FontAwesome5Free-Solid", true, true, true, 12, 0, 0, true});
  auto icon = [&](size_t run) { page.document.lines.back().runs[run].font = "FontAwesome5Free-Solid"; };
  page.add({{"Jonas Weißhaupt", 60, 220, 20, true}, {"#", 300, 310}, {"jonas@example.de", 314, 420}});
  icon(1);
  page.add({{"l", 60, 68, 13, true}, {"Berufserfahrung", 72, 200, 13, true}});
  icon(0);
  page.add({{"Embedded Software Entwickler", 60, 250, 10, true}, {"09/2017 – 03/2021", 470, 540}});
  page.add({{"ETAS GmbH", 60, 112}, {"+", 115, 121}, {"Stuttgart", 124, 168}});
  icon(1);
  page.document.lines.back().block_start = false;
  page.add({{"Entwicklung von Treibern und Diagnosediensten für Messhardware", 72, 400}}, true);
  auto resume = analyse_structure(page.document);
  CHECK(resume.contact.name == "Jonas Weißhaupt");
  REQUIRE_FALSE(resume.sections.empty());
  CHECK(resume.sections.front().heading == "Berufserfahrung");
  REQUIRE(resume.work.size() == 1);
  CHECK(resume.work[0].company == "ETAS GmbH");
  CHECK(resume.work[0].location == "Stuttgart");
}

TEST_CASE("a heading is reported without the icon printed before its words") {
  auto resume = parse_text("Camille Roux\ncamille@example.fr\n\n\uF0B1 Expériences\n\nStagiaire qualité, Vercors Pharma SAS   2022 – 2023\n");
  REQUIRE_FALSE(resume.sections.empty());
  CHECK(resume.sections.front().heading == "Expériences");
}

TEST_CASE("review: Greek letters set in the Symbol font are text, not icons") {
  OnePage page;
  page.document.fonts.push_back(FontInfo{"StandardSymbolsPS", true, true, true, 4, 0, 0, true});
  page.add({{"Sofia Brandt", 60, 220, 20, true}});
  page.add({{"sofia@example.de", 60, 200}});
  page.add({{"Experience", 60, 200, 13, true}});
  page.add({{"Research Scientist, Helix Bio GmbH", 60, 300}, {"2019 – 2023", 470, 540}});
  page.add({{"Quantified TNF-", 72, 150}, {"a", 150, 156}, {"and IL-1", 160, 200}, {"b", 200, 206}, {"in 300 serum samples", 210, 330}}, true);
  page.document.lines.back().runs[1].font = page.document.lines.back().runs[3].font = "StandardSymbolsPS";
  auto resume = analyse_structure(page.document);
  REQUIRE(resume.work.size() == 1);
  REQUIRE(resume.work[0].highlights.size() == 1);
  CHECK(resume.work[0].highlights[0].find("TNF- a") != std::string::npos);
}


TEST_CASE("a title in bold and an employer in grey regular type on one line, no separator between, are two fields") {
  OnePage page;
  page.add({{"Tiago Ferreira Lopes", 57, 200, 20, true}});
  page.add({{"tiago@example.pt", 57, 200}});
  page.add({{"Experiência", 57, 120, 11, true}});
  page.add({{"Senior Product Manager", 57, 177, 9, true}, {"Veloz Pagamentos, S.A.", 181, 258, 9}});
  page.document.lines.back().runs[1].color = 0x999999;
  page.add({{"Lisboa, Portugal · set. 2021 – presente", 57, 200, 8}});
  page.add({{"Lancei o onboarding digital de comerciantes", 66, 300, 9}}, true);
  auto resume = analyse_structure(page.document);
  REQUIRE(resume.work.size() == 1);
  CHECK(resume.work[0].position == "Senior Product Manager");
  CHECK(resume.work[0].company == "Veloz Pagamentos, S.A.");
  // A name in two colours, one word space apart, stays one name.
  auto name = make_line(1, {{"CARLOS", 40, 112, 32, true}, {"SIRI REYES", 117, 250, 32}});
  name.runs[1].color = 0x2255AA;
  CHECK(layout_text(name) == "CARLOS SIRI REYES");
  // Review: a letter-spaced name in two colours, wider apart, and a justified paragraph's bold lead word stay whole.
  auto spaced_name = make_line(2, {{"MARY ANN", 40, 170, 26, true}, {"SMITH", 180, 260, 26}});
  spaced_name.runs[1].color = 0x777777;
  CHECK(layout_text(spaced_name) == "MARY ANN SMITH");
  auto lead = make_line(3, {{"Throughput:", 40, 95, 10, true}, {"raised outbound volume by 18%", 100, 260, 10}});
  lead.runs[0].color = 0x2255AA;
  CHECK(layout_text(lead) == "Throughput: raised outbound volume by 18%");
}

TEST_CASE("a rail of labels in a colour of their own: each label heads its section, a paragraph beside one included") {
  OnePage page;
  auto red = [&] { page.document.lines.back().runs[0].color = 0x992222; };
  page.add({{"Simon Brändli", 150, 300, 20, true}});
  page.add({{"simon@example.ch", 150, 300}});
  page.add({{"Profil", 126, 150}, {"Controller mit über zehn Jahren Erfahrung in Versicherung und Logistik", 159, 450}});
  red();
  page.add({{"Berufserfahrung", 70, 150}, {"Leiter Controlling", 159, 240, 10, true}, {"04/2020 – heute", 480, 545}});
  red();
  page.add({{"Limmat Versicherungen AG, Zürich", 159, 300}});
  page.add({{"Ausbildung", 102, 150}, {"Bachelor of Science (BSc) in Betriebsökonomie", 159, 380, 10, true}, {"2009 – 2012", 500, 545}});
  red();
  page.add({{"ZHAW School of Management and Law, Winterthur", 159, 380}});
  CHECK(layout_text(page.document.lines[3]).starts_with("Berufserfahrung   Leiter Controlling"));
  auto resume = analyse_structure(page.document);
  std::vector<std::string> canonical;
  for (const auto& section : resume.sections) canonical.push_back(section.canonical);
  CHECK(canonical == std::vector<std::string>{"summary", "experience", "education"});
  REQUIRE(resume.work.size() == 1);
  CHECK(resume.work[0].position == "Leiter Controlling");
}

TEST_CASE("a job's capitals sub-labels over its bullets and its 'Reason for leaving' line stay inside the job") {
  OnePage page;
  page.add({{"Anjali Subramaniam", 40, 200, 20, true}});
  page.add({{"anjali@example.com", 40, 200}});
  page.add({{"CAREER HISTORY", 40, 160, 13, true}});
  page.add({{"Mar 2021 – Present", 40, 120}, {"Aurora Freight Logistics Pty Ltd", 140, 330, 10, true}});
  page.add({{"Senior Financial Analyst – Mascot, NSW", 140, 330}});
  page.add({{"ACHIEVEMENTS", 140, 200, 8}});
  page.add({{"Built a Power BI depot profitability dashboard", 150, 400}}, true);
  page.add({{"Reason for leaving: Seeking a broader business partnering role", 140, 420}});
  page.add({{"Jul 2018 – Feb 2021", 40, 120}, {"Brightwater Insurance Group Limited", 140, 330, 10, true}});
  page.add({{"Financial Analyst – Sydney, NSW", 140, 330}});
  page.add({{"Month-end reporting for the Commercial Lines division", 150, 400}}, true);
  auto resume = analyse_structure(page.document);
  REQUIRE(resume.work.size() == 2);
  CHECK(resume.work[1].company == "Brightwater Insurance Group Limited");
  CHECK(resume.work[1].position == "Financial Analyst");
}

TEST_CASE("LaTeX's '\\textbf{Title}, \\textit{Employer}': a bold title, a roman comma, an italic employer are two fields") {
  OnePage page;
  page.add({{"Camille Ouellet-Gagnon", 40, 250, 20, true}});
  page.add({{"camille@example.ca", 40, 200}});
  page.add({{"Expérience professionnelle", 40, 220, 12, true}});
  page.add({{"Auxiliaire d'enseignement", 40, 160, 10, true}, {",", 160, 163}, {"Polytechnique Montréal", 166, 270}, {"sept. 2016 – avr. 2018", 480, 560}});
  page.document.lines.back().runs[2].italic = true;
  page.add({{"Laboratoires du cours LOG1000.", 52, 300}}, true);
  auto resume = analyse_structure(page.document);
  REQUIRE(resume.work.size() == 1);
  CHECK(resume.work[0].position == "Auxiliaire d'enseignement");
  CHECK(resume.work[0].company == "Polytechnique Montréal");
}

TEST_CASE("a school's first word left after the degree's comma goes on below; a sentence under dates stays with its entry") {
  OnePage page;
  page.add({{"Lena Brandt", 40, 200, 20, true}});
  page.add({{"lena@example.de", 40, 200}});
  page.add({{"AUSBILDUNG", 40, 120, 12, true}});
  page.add({{"Bachelor of Arts Logistikmanagement, HFH Hamburger Fern-Hochschule, Hamburg", 240, 536}});
  page.add({{"OKT. 2016 — SEPT. 2020", 240, 330}});
  page.document.lines.back().block_start = false;
  page.add({{"Berufsbegleitendes Fernstudium, Abschlussnote 1,9. Bachelorarbeit zur", 240, 530}});
  page.document.lines.back().block_start = false;
  page.add({{"Auslastung von Leercontainer-Depots.", 240, 380}});
  page.document.lines.back().block_start = false;
  page.add({{"Kauffrau für Spedition und Logistikdienstleistung (IHK), Regionales", 240, 536}});
  page.add({{"Berufsbildungszentrum Wirtschaft, Kiel", 240, 415}});
  page.document.lines.back().block_start = false;  // the wrapped rest of the paragraph above
  page.add({{"AUG. 2012 — JULI 2015", 240, 330}});
  page.document.lines.back().block_start = false;
  auto resume = analyse_structure(page.document);
  REQUIRE(resume.education.size() == 2);
  CHECK(resume.education[0].score == "1,9");
  CHECK(resume.education[1].institution == "Regionales Berufsbildungszentrum Wirtschaft");
  CHECK(resume.education[1].score.empty());
  CHECK(resume.education[1].start.year == 2012);
}

TEST_CASE("Naukri's IT Skills table: its header row opens no Experience section, its first column names the skills") {
  OnePage page;
  page.add({{"Rahul Nair", 40, 200, 20, true}});
  page.add({{"rahul.nair@example.in", 40, 200}});
  page.add({{"Key Skills", 40, 120, 12, true}});
  page.add({{"Core Java, Spring Boot, Docker", 40, 300}});
  page.add({{"IT Skills", 40, 120, 12, true}});
  page.add({{"Skill Name", 43, 87, 10, true}, {"Version", 216, 247, 10, true}, {"Last Used", 300, 340, 10, true},
            {"Experience", 402, 448, 10, true}});
  page.add({{"Java", 43, 62}, {"17", 216, 226}, {"2024", 300, 320}, {"9 Years 0 Months", 402, 480}});
  page.add({{"Spring Boot", 43, 95}, {"3.1", 216, 230}, {"2024", 300, 320}, {"6 Years 0 Months", 402, 480}});
  page.add({{"Docker", 43, 75}, {"24", 216, 226}, {"2024", 300, 320}, {"4 Years 0 Months", 402, 480}});
  auto resume = analyse_structure(page.document);
  CHECK(resume.work.empty());
  CHECK(std::none_of(resume.sections.begin(), resume.sections.end(), [](const Section& s) { return s.canonical == "experience"; }));
  auto items = skill_items(resume);
  for (const auto& item : items) MESSAGE(item);
  CHECK(items == std::vector<std::string>{"Core Java", "Spring Boot", "Docker", "Java", "Spring Boot", "Docker"});
}

TEST_CASE("jobup: a bold 'CFC de logisticien, orientation entreposage' heads an entry, and a logo's 'CP' over its school is no school") {
  OnePage page;
  page.add({{"Sébastien Monnier", 40, 200, 18, true}});
  page.add({{"seb.monnier@example.ch", 40, 200, 9}});
  page.add({{"Formation", 40, 110, 12, true}});
  page.add({{"Brevet fédéral de spécialiste en logistique", 60, 300, 10, true}});
  page.add({{"ASFL SVBL – Association suisse pour la formation professionnelle", 60, 380, 9}});
  page.document.lines.back().block_start = false;
  page.add({{"2017 – 2019", 60, 110, 8}});
  page.document.lines.back().block_start = false;
  page.add({{"CFC de logisticien, orientation entreposage", 60, 300, 10, true}});
  page.add({{"CP", 40, 52, 9, true}});
  page.document.lines.back().block_start = false;
  page.add({{"Centre professionnel du Nord vaudois (CPNV) · Yverdon-les-Bains", 60, 380, 9}});
  page.document.lines.back().block_start = false;
  page.add({{"2008 – 2011", 60, 110, 8}});
  page.document.lines.back().block_start = false;
  auto resume = analyse_structure(page.document);
  REQUIRE(resume.sections.size() == 1);
  REQUIRE(resume.education.size() == 2);
  CHECK(resume.education[1].study_type == "CFC");
  CHECK(resume.education[1].institution == "Centre professionnel du Nord vaudois (CPNV)");
  CHECK(resume.education[1].start.year == 2008);
}

TEST_CASE("Randstad: 'opleiding   niveau   onderwijsinstelling   periode   diploma' over aligned rows is a table's header, no section") {
  OnePage page;
  page.add({{"Sanne de Vries", 40, 200, 18, true}});
  page.add({{"sanne@example.nl", 40, 200, 9}});
  page.add({{"opleidingen", 42, 120, 13, true}});
  page.add({{"opleiding", 48, 86, 8}, {"niveau", 212, 239, 8}, {"onderwijsinstelling", 263, 340, 8}, {"periode", 425, 456, 8},
            {"diploma", 502, 535, 8}});
  page.add({{"Logistics Management (deeltijd)", 48, 170, 9}, {"HBO", 212, 230, 9}, {"Fontys Hogeschool, Venlo", 263, 370, 9},
            {"2019 - 2021", 425, 470, 9}, {"nee", 513, 525, 9}});
  page.document.lines.back().block_start = false;
  page.add({{"Logistiek Teamleider", 48, 140, 9}, {"MBO 4", 212, 238, 9}, {"Summa College, Eindhoven", 263, 370, 9},
            {"2011 - 2014", 425, 470, 9}, {"ja", 515, 523, 9}});
  page.document.lines.back().block_start = false;
  auto resume = analyse_structure(page.document);
  REQUIRE(resume.sections.size() == 1);
  REQUIRE(resume.education.size() == 2);
  CHECK(resume.education[0].study_type == "HBO");
  CHECK(resume.education[0].institution == "Fontys Hogeschool");
}

TEST_CASE("a degree line run to the margin goes on below: the rest opened by its dash, or the school's kind after its name") {
  OnePage page;
  page.add({{"Élise Marchand", 60, 240, 20, true}});
  page.add({{"elise@example.fr", 60, 200}});
  page.add({{"Formation", 60, 160, 12, true}});
  page.add({{"2016 – 2018", 60, 150}, {"Master Mathématiques appliquées, statistique, parcours Statistique pour la santé", 169, 553}});
  page.add({{"Université Rennes 2", 177, 263}}, true);  // the front end reads the dash opening the line as a list marker
  page.document.lines.back().list_marker = "–";
  page.document.lines.back().block_start = false;
  page.add({{"Mention Bien", 169, 225}});
  page.document.lines.back().block_start = false;
  page.add({{"2013 – 2016", 60, 150}, {"Licence Économie-gestion, Université Rennes 2", 169, 400}});
  page.add({{"Ausbildung", 60, 160, 12, true}});
  page.add({{"Diplom-Ingenieurin (Master) Kunststofftechnik, Johannes Kepler", 60, 552}});
  page.add({{"Universität Linz, Linz", 60, 170}});
  page.document.lines.back().block_start = false;
  page.add({{"OKT. 2013 — SEP. 2015", 60, 180}});
  page.document.lines.back().block_start = false;
  page.add({{"Masterarbeit: „Einfluss der Werkzeugtemperierung auf Bindenähte bei PA6-GF30“ im Spritzguss", 60, 553}});
  page.document.lines.back().block_start = false;
  page.add({{"der Serienfertigung. Abschluss mit Auszeichnung.", 60, 300}});
  page.document.lines.back().block_start = false;
  page.add({{"Bachelor of Science Kunststofftechnik, Johannes Kepler Universität", 60, 540}});
  page.add({{"Linz, Linz", 60, 110}});
  page.document.lines.back().block_start = false;
  page.add({{"OKT. 2010 — SEP. 2013", 60, 180}});
  page.document.lines.back().block_start = false;
  auto resume = analyse_structure(page.document);
  REQUIRE(resume.education.size() == 4);
  CHECK(resume.education[0].institution == "Université Rennes 2");
  CHECK(resume.education[0].score == "Mention Bien");
  CHECK(resume.education[2].institution == "Johannes Kepler Universität Linz");
  CHECK(resume.education[2].start.iso() == "2013-10");
  CHECK(resume.education[3].institution == "Johannes Kepler Universität Linz");
  CHECK(resume.education[3].start.iso() == "2010-10");
}

TEST_CASE("a degree's field after its comma, over a school line, stays the field; a dash bullet under a short line stays a bullet") {
  OnePage page;
  page.add({{"Tom Fischer", 60, 240, 20, true}});
  page.add({{"tom@example.com", 60, 200}});
  page.add({{"Education", 60, 160, 12, true}});
  page.add({{"Master of Science, Computer Science", 60, 300}});
  page.add({{"University of Oxford", 60, 170}});
  page.document.lines.back().block_start = false;
  page.add({{"2015 – 2017", 60, 150}});
  page.document.lines.back().block_start = false;
  page.add({{"Experience", 60, 160, 12, true}});
  page.add({{"2018 – 2021", 60, 150}, {"Data Analyst, Acme Ltd", 169, 300}});
  page.add({{"Built the monthly sales dashboards", 177, 400}}, true);
  page.document.lines.back().list_marker = "–";
  page.document.lines.back().block_start = false;
  auto resume = analyse_structure(page.document);
  REQUIRE(resume.education.size() == 1);
  CHECK(resume.education[0].area == "Computer Science");
  CHECK(resume.education[0].institution == "University of Oxford");
  REQUIRE(resume.work.size() == 1);
  CHECK(resume.work[0].company == "Acme Ltd");
  CHECK(resume.work[0].highlights.size() == 1);
}

TEST_CASE("'Title em Company' run to the column's edge: the firm goes on to its legal form below, the town wrapped after a comma") {
  OnePage page;
  page.add({{"Inês Moreira", 60, 240, 20, true}});
  page.add({{"ines@example.pt", 60, 200}});
  page.add({{"Experiência profissional", 60, 260, 12, true}});
  page.add({{"Engenheira de Qualidade de Fornecedores em Gralha Componentes", 60, 380}});
  page.add({{"Automóveis, Lda., Vila Nova de Gaia", 60, 240}});
  page.document.lines.back().block_start = false;
  page.add({{"FEV 2017 — AGO 2019", 60, 160}});
  page.document.lines.back().block_start = false;
  page.add({{"Projeto Green Belt: redução de 22 % da sucata na linha de soldadura e de retrabalho.", 72, 385}}, true);
  page.add({{"Estagiária de Engenharia de Processo em Nortefil Têxteis Técnicos, S.A.,", 60, 384}});
  page.add({{"Guimarães", 60, 110}});
  page.document.lines.back().block_start = false;
  page.add({{"FEV 2016 — JUL 2016", 60, 160}});
  page.document.lines.back().block_start = false;
  page.add({{"Estágio curricular integrado na dissertação de mestrado.", 72, 330}}, true);
  auto resume = analyse_structure(page.document);
  REQUIRE(resume.work.size() == 2);
  CHECK(resume.work[0].position == "Engenheira de Qualidade de Fornecedores");
  CHECK(resume.work[0].company == "Gralha Componentes Automóveis, Lda.");
  CHECK(resume.work[1].position == "Estagiária de Engenharia de Processo");
  CHECK(resume.work[1].company == "Nortefil Têxteis Técnicos, S.A.");
  CHECK(resume.work[1].location == "Guimarães");
}

TEST_CASE("a job site's lower-case wordmark above the name is no part of it; a phone only behind an icon is its tel: target") {
  OnePage page;
  page.add({{"glints", 34, 77, 30, true}});
  page.add({{"Nadia Putri", 40, 200, 20, true}});
  page.add({{"Kusumawardhani", 40, 210, 20, true}});
  page.add({{"Senior Backend Engineer", 40, 200, 11}});
  page.add({{"\u260E", 40, 50, 10, false, "tel:+6281298765432"}, {"\u2709", 60, 70, 10, false, "mailto:nadia@example.co.id"}});
  page.add({{"Experience", 40, 120, 13, true}});
  page.add({{"Backend Engineer, PT Mitra Solusi Digital", 40, 250}, {"Jan 2021 – Present", 480, 570}});
  auto resume = analyse_structure(page.document);
  CHECK(resume.contact.name == "Nadia Putri Kusumawardhani");
  CHECK(resume.contact.phone == "+6281298765432");
  CHECK(resume.contact.email == "nadia@example.co.id");
}

TEST_CASE("beside a town set apart: a partnership's 'KG' after its '& Co.', a school's kind after its name's first word go on below") {
  OnePage page;
  page.add({{"Friederike Lorenzen", 230, 400, 20, true}});
  page.add({{"f.lorenzen@example.de", 230, 400}});
  page.add({{"Beruflicher Werdegang", 230, 400, 13, true}});
  page.add({{"Senior Supply Chain Managerin, Nordhafen Logistik GmbH & Co.", 230, 500}, {"Hamburg", 530, 566}});
  page.add({{"KG", 230, 242}});
  page.document.lines.back().block_start = false;
  page.add({{"APR. 2021 — HEUTE", 230, 320, 8}});
  page.document.lines.back().block_start = false;
  page.add({{"Verantwortung für die End-to-End-Lieferkette von drei Kunden", 240, 500}}, true);
  page.add({{"Ausbildung", 230, 400, 13, true}});
  page.add({{"M.Sc. Logistik, Infrastruktur und Mobilität, Technische", 230, 500}, {"Hamburg", 530, 566}});
  page.add({{"Universität Hamburg", 230, 320}});
  page.document.lines.back().block_start = false;
  page.add({{"OKT. 2012 — JULI 2014", 230, 320, 8}});
  page.document.lines.back().block_start = false;
  auto resume = analyse_structure(page.document);
  REQUIRE(resume.work.size() == 1);
  CHECK(resume.work[0].company == "Nordhafen Logistik GmbH & Co. KG");
  CHECK(resume.work[0].location == "Hamburg");
  REQUIRE(resume.education.size() == 1);
  CHECK(resume.education[0].institution == "Technische Universität Hamburg");
  CHECK(resume.education[0].area == "Logistik, Infrastruktur und Mobilität");
}

TEST_CASE("in a narrow card, a lone word after a degree's short name is its field, not the school's first word") {
  OnePage page;
  page.add({{"Derek Oyelaran", 40, 200, 20, true}});
  page.add({{"derek@example.com", 40, 200}});
  page.add({{"Education", 40, 120, 13, true}});
  page.add({{"Master of Science, Analytics", 40, 200}});
  page.add({{"North Carolina State University", 40, 190}});
  page.document.lines.back().block_start = false;
  page.add({{"2019", 40, 62}});
  page.document.lines.back().block_start = false;
  page.add({{"Bachelor of Science, Computer", 40, 200}});
  page.add({{"Science", 40, 80}});
  page.document.lines.back().block_start = false;
  page.add({{"North Carolina State University", 40, 190}});
  page.document.lines.back().block_start = false;
  page.add({{"2010 - 2014 · GPA 3.6", 40, 150}});
  page.document.lines.back().block_start = false;
  auto resume = analyse_structure(page.document);
  REQUIRE(resume.education.size() == 2);
  CHECK(resume.education[0].area == "Analytics");
  CHECK(resume.education[0].institution == "North Carolina State University");
  CHECK(resume.education[1].area == "Computer Science");
  CHECK(resume.education[1].institution == "North Carolina State University");
}

TEST_CASE("a bold hyphenated job title ending in a section's word ('Engineer-in-Training') heads no section") {
  OnePage page;
  page.add({{"MARCUS OKAFOR", 40, 200, 20, true}});
  page.add({{"marcus@example.com", 40, 200}});
  page.add({{"PROFESSIONAL EXPERIENCE", 40, 250, 11, true}});
  page.add({{"Water Resources Engineer II", 40, 200, 10, true}, {"AUG 2016 – MAY 2020", 480, 570}});
  page.add({{"Wright Water Engineers, Inc. | Denver, CO", 40, 250}});
  page.add({{"Designed detention ponds and storm sewer networks", 52, 400}}, true);
  page.add({{"Engineer-in-Training", 40, 150, 10, true}});
  page.add({{"JUN 2014 – JUL 2016", 40, 140}});
  page.add({{"Colorado Department of Transportation (CDOT) | Greeley, CO", 40, 320}});
  page.add({{"Hydraulic design of culverts and bridge scour analyses", 52, 400}}, true);
  auto resume = analyse_structure(page.document);
  REQUIRE(resume.sections.size() == 1);
  REQUIRE(resume.work.size() == 2);
  CHECK(resume.work[1].position == "Engineer-in-Training");
}

TEST_CASE("review: past a date column a dash line under a short degree line is a bullet; an honour wrapped before the school stays the score") {
  OnePage page;
  page.add({{"Elena Conti", 60, 240, 20, true}});
  page.add({{"elena@example.it", 60, 200}});
  page.add({{"Education", 60, 160, 12, true}});
  page.add({{"2016 – 2018", 60, 150}, {"Master of Science in Finance", 169, 330}});
  page.add({{"Exchange semester at Bocconi University", 177, 380}}, true);
  page.document.lines.back().list_marker = "–";
  page.document.lines.back().block_start = false;
  page.add({{"2012 – 2016", 60, 150}, {"Bachelor of Science, With Distinction", 169, 553}});
  page.add({{"University of Edinburgh, Edinburgh", 169, 330}});
  page.document.lines.back().block_start = false;
  auto resume = analyse_structure(page.document);
  REQUIRE(resume.education.size() == 2);
  CHECK(resume.education[0].institution == "");
  CHECK(resume.education[1].institution == "University of Edinburgh");
}

TEST_CASE("a skills box beside a languages box: each item without the level set apart, a bracket's commas part no items") {
  OnePage page;
  page.add({{"Lea Brandtner", 40, 200, 20, true}});
  page.add({{"lea@example.de", 40, 200}});
  page.add({{"KENNTNISSE", 40, 140, 12, true}});
  page.add({{"IT-Kenntnisse", 40, 110, 10, true}, {"Sprachkenntnisse", 300, 390, 10, true}});
  page.add({{"Python (pandas, scikit-learn)", 40, 180}, {"sehr gut", 240, 280}, {"Deutsch", 300, 340}, {"Muttersprache", 420, 490}});
  page.add({{"SQL", 40, 60}, {"sehr gut", 240, 280}, {"Englisch", 300, 345}, {"verhandlungssicher (C1)", 400, 490}});
  page.add({{"SAP S/4HANA (MM, SD)", 40, 150}, {"gut", 260, 280}});
  page.add({{"Git", 40, 55}, {"Grundkenntnisse", 200, 280}});
  auto resume = analyse_structure(page.document);
  CHECK(skill_items(resume) == std::vector<std::string>{"Python (pandas, scikit-learn)", "SQL", "SAP S/4HANA (MM, SD)", "Git"});
}

TEST_CASE("bold labels a few short lines apart under a sidebar's Skills label its items, no sections of their own") {
  OnePage page;
  page.add({{"Inês Moreira", 60, 220, 18, true}});
  page.add({{"ines@example.pt", 60, 200}});
  page.add_in(1, 1, {{"Competências", 60, 140, 11, true}});
  page.add_in(1, 1, {{"Análise de dados", 60, 140, 11, true}});
  page.add_in(1, 1, {{"Excel avançado, Power Query", 60, 190}});
  page.document.lines.back().block_start = false;
  page.add_in(1, 1, {{"Planeamento S&OP", 60, 140, 11, true}});
  page.add_in(1, 1, {{"Previsão da procura, MRP", 60, 190}});
  page.document.lines.back().block_start = false;
  page.add_in(1, 1, {{"Melhoria contínua", 60, 140, 11, true}});
  page.add_in(1, 1, {{"Lean, Kaizen, VSM", 60, 190}});
  page.document.lines.back().block_start = false;
  page.add_in(2, 1, {{"Experiência", 60, 140, 11, true}});
  page.add_in(2, 1, {{"Analista de Logística", 60, 200, 10, true}, {"set. 2017 – dez. 2020", 400, 500}});
  page.add_in(2, 1, {{"Transportes Garcia & Filhos, Lda.", 60, 240}});
  page.document.lines.back().block_start = false;
  auto resume = analyse_structure(page.document);
  REQUIRE(resume.sections.size() == 2);
  CHECK(resume.sections[0].canonical == "skills");
  CHECK(resume.sections[1].canonical == "experience");
  auto items = skill_items(resume);
  CHECK(std::find(items.begin(), items.end(), "Kaizen") != items.end());
  CHECK(std::find(items.begin(), items.end(), "Power Query") != items.end());
}

TEST_CASE("guard: a letter-spaced heading with a kerned run of letters ('K E NNTN I S S E') still heads its section") {
  OnePage page;
  page.add({{"Jonas Wiedemann", 60, 220, 18, true}});
  page.add({{"jonas@example.de", 60, 200}});
  page.add({{"Profil", 60, 120, 12, true}});
  page.add({{"Wirtschaftsingenieur mit sieben Jahren Erfahrung in Photovoltaik.", 60, 400}});
  page.add({{"K E NNTN I S S E", 60, 150, 12, true}});
  page.add({{"PVsyst", 60, 100}});
  page.add({{"SAP PS", 60, 100}});
  page.document.lines.back().block_start = false;
  auto resume = analyse_structure(page.document);
  REQUIRE(resume.sections.size() == 2);
  CHECK(resume.sections[1].canonical == "skills");
  CHECK(skill_items(resume) == std::vector<std::string>{"PVsyst", "SAP PS"});
}

TEST_CASE("a job site's lower-case wordmark opening its menu bar, a few lines over the name, is no name") {
  OnePage page;
  page.add({{"glassdoor", 30, 90, 14, true}, {"Comunidad", 160, 220}, {"Empleos", 250, 300}, {"Sueldos", 330, 380}});
  page.add({{"Editar perfil", 500, 560}});
  page.add({{"Marcos Fernández Álvarez", 120, 330, 18, true}});
  page.add({{"Técnico Comercial", 120, 260}});
  page.add({{"marcos@example.es", 60, 200}});
  page.add({{"Experiencia", 30, 120, 13, true}});
  auto resume = analyse_structure(page.document);
  CHECK(resume.contact.name == "Marcos Fernández Álvarez");
  REQUIRE(!resume.sections.empty());
  CHECK(resume.sections.front().heading == "Experiencia");
}

TEST_CASE("guard: a name set over two lines with a site's small menu between them joins its two lines, not the menu") {
  OnePage page;
  page.add({{"SOLÈNE", 60, 160, 22, true}});
  page.add({{"ACCUEIL", 300, 350, 9}, {"PROJETS", 370, 420, 9}, {"CV", 440, 455, 9}, {"CONTACT", 470, 520, 9}});
  page.add({{"BARRAULT", 60, 190, 22, true}});
  page.add({{"ARCHITECTE D'INTÉRIEUR · ANJOU", 60, 260, 9}});
  page.add({{"solene@example.fr", 60, 200}});
  page.add({{"Expériences", 60, 160, 13, true}});
  auto resume = analyse_structure(page.document);
  CHECK(resume.contact.name == "SOLÈNE BARRAULT");
}

TEST_CASE("a printed text file's '» EXPERIENCIA PROFESIONAL', read as a list item in body type, is a section") {
  OnePage page;
  page.add({{"LUCÍA MARÍN", 60, 160}});
  page.add({{"lucia@example.es", 60, 200}});
  page.add({{"EXPERIENCIA PROFESIONAL", 72, 220}}, true);
  page.document.lines.back().list_marker = "»";
  page.add({{"Responsable de Almacén", 60, 200}, {"sept. 2019 – actualidad", 400, 520}});
  page.add({{"Grupo Levantina, S.L.", 60, 200}});
  page.add({{"FORMACIÓN", 72, 150}}, true);
  page.document.lines.back().list_marker = "»";
  page.add({{"Grado en ADE", 60, 200}, {"2009 – 2013", 400, 520}});
  page.add({{"Universidad de Alicante", 60, 200}});
  page.add({{"• SAP EWM, usuario clave", 72, 200}}, true);
  auto resume = analyse_structure(page.document);
  std::vector<std::string> headings;
  for (const auto& section : resume.sections) headings.push_back(section.heading);
  CHECK(headings == std::vector<std::string>{"EXPERIENCIA PROFESIONAL", "FORMACIÓN"});
  REQUIRE(resume.work.size() == 1);
  CHECK(resume.work[0].company == "Grupo Levantina, S.L.");
}

TEST_CASE("a job site's logo monograms ('SC', 'HA') before or over each employer are no part of the employer") {
  OnePage page;
  page.add({{"Marcos Fernández", 60, 250, 18, true}});
  page.add({{"marcos@example.es", 60, 200}});
  page.add({{"Experiencia", 60, 160, 13, true}});
  page.add({{"Técnico comercial de zona", 120, 300, 10, true}});
  page.add({{"SC", 60, 80, 12, true}, {"Suministros Industriales del Cantábrico, S.L.", 120, 380}});
  page.add({{"mar. 2019 - actualidad · Gijón, Asturias", 120, 380}});
  page.add({{"Cartera de 140 clientes activos", 130, 380}}, true);
  page.add({{"Comercial de mostrador", 120, 300, 10, true}});
  page.add({{"HA", 60, 80, 12, true}, {"Hidráulica Astur, S.A.", 120, 300}});
  page.add({{"sept. 2015 - feb. 2019 · Avilés, Asturias", 120, 380}});
  auto resume = analyse_structure(page.document);
  REQUIRE(resume.work.size() == 2);
  CHECK(resume.work[0].company == "Suministros Industriales del Cantábrico, S.L.");
  CHECK(resume.work[1].company == "Hidráulica Astur, S.A.");
}

TEST_CASE("a labelled skill list wrapped under its value column joins the item it cut ('Dissolution' / 'Apparatus')") {
  OnePage page;
  page.add({{"Ravi Kumar", 60, 200, 18, true}});
  page.add({{"ravi@example.in", 60, 200}});
  page.add({{"TECHNICAL SKILLS", 60, 200, 12, true}});
  page.add({{"QMS Software:", 60, 130}, {"TrackWise, SAP QM, LabWare LIMS, MasterControl", 150, 400}});
  page.add({{"Instruments:", 60, 125}, {"HPLC (Waters, Agilent), GC, UV-Visible Spectrophotometer, Dissolution", 150, 540}});
  page.add({{"Apparatus", 150, 195}});
  page.add({{"Computer:", 60, 110}, {"MS Office (Excel, Word, PowerPoint), Minitab", 150, 400}});
  auto resume = analyse_structure(page.document);
  auto items = skill_items(resume);
  CHECK(std::find(items.begin(), items.end(), "Dissolution Apparatus") != items.end());
  CHECK(std::find(items.begin(), items.end(), "Apparatus") == items.end());
}

TEST_CASE("session 39: booktabs rows set with no padding part where each brings a period of its own") {
  OnePage page;
  page.add({{"Camille Roux", 40, 180, 20, true}});
  page.add({{"camille@example.fr", 40, 190}});
  page.add({{"Formation", 40, 120, 13, true}});
  page.add({{"Dates", 40, 80}, {"Diplôme", 120, 170}, {"Établissement", 330, 420}});
  page.add({{"2017 – 2019", 40, 100}, {"Master Santé publique", 120, 260}, {"Université Clermont Auvergne", 330, 480}});
  page.add({{"2011 – 2014", 40, 100}, {"Diplôme d’État d’infirmier", 120, 280}, {"IFSI du CHU de Clermont-Ferrand", 330, 500}});
  page.add({{"2011", 40, 70}, {"Baccalauréat S, mention Bien", 120, 280}, {"Lycée Blaise-Pascal", 330, 450}});
  // Each row's box reaches into the next one's, as kable's booktabs tables set them.
  for (size_t k = 4; k < page.document.lines.size(); ++k) {
    auto& line = page.document.lines[k];
    double top = 40.0 + 3 * 14 + static_cast<double>(k - 3) * 11;
    line.location.box->y0 = top;
    line.location.box->y1 = top + 12;
    for (auto& run : line.runs) run.location.box->y0 = top, run.location.box->y1 = top + 12;
  }
  auto resume = analyse_structure(page.document);
  REQUIRE(resume.education.size() == 3);
  CHECK(resume.education[0].institution == "Université Clermont Auvergne");
  CHECK(resume.education[1].institution == "IFSI du CHU de Clermont-Ferrand");
  CHECK(resume.education[2].score == "mention Bien");  // the classification in the degree's cell
  CHECK(resume.education[2].study_type == "Baccalauréat S");
}

TEST_CASE("session 39: an employer line with its town at the right margin is no label of a section rail") {
  OnePage page;
  page.add({{"Camille Perrin", 40, 180, 20, true}});
  page.add({{"camille@example.fr", 40, 190}});
  page.add({{"Expérience professionnelle", 40, 200, 13, true}});
  page.add({{"Atelier Rivière Microtechnique SAS", 40, 230, 10, true}, {"Besançon", 520, 570}});
  page.add({{"Technicienne qualité produit", 40, 200}, {"sept. 2020 – aujourd'hui", 470, 570}});
  page.add({{"Rédaction des gammes de contrôle et formation de 12 opératrices.", 52, 400}}, true);
  page.add({{"Précis'Doubs Décolletage", 40, 200, 10, true}, {"Morteau", 530, 570}});
  page.add({{"Contrôleuse qualité", 40, 160}, {"janv. 2017 – août 2020", 470, 570}});
  page.add({{"Contrôle dimensionnel sur MMT.", 52, 300}}, true);
  page.add({{"Compétences", 40, 140, 13, true}});
  // A grid of skill rows whose labels are bold and one names a section: the rail the employer lines were taken for.
  page.add({{"Langues", 40, 90, 10, true}, {"Français, Anglais (B2)", 150, 300}});
  page.add({{"Qualité", 40, 90, 10, true}, {"Métrologie, 8D, AMDEC", 150, 300}});
  page.add({{"Loisirs", 40, 90, 10, true}, {"Trail, lecture", 150, 300}});
  auto resume = analyse_structure(page.document);
  REQUIRE(resume.work.size() == 2);
  CHECK(resume.work[1].company == "Précis'Doubs Décolletage");
}

TEST_CASE("session 39: a title a point right of a painted bullet's dot opens the next entry, no wrap of the bullet") {
  OnePage page;
  page.add({{"Megan Roe", 48, 180, 20, true}});
  page.add({{"megan@example.ca", 48, 190}});
  page.add({{"PROFESSIONAL EXPERIENCE", 48, 250, 13, true}});
  page.add({{"Registered Nurse – Emergency Department", 48, 300, 10, true}});
  page.add({{"Riverside Regional Hospital, Saskatoon, SK", 48, 300}, {"Aug 2020 – Present", 480, 560}});
  page.add({{"Triage and care for 40–60 patients per shift", 62, 400}}, true);
  page.add({{"Casual Licensed Practical Nurse", 49, 250, 10, true}});
  page.add({{"Lakeview Long-Term Care Home, Warman, SK", 49, 300}, {"2016 – 2018", 500, 560}});
  page.add({{"Weekend shifts while completing BSN", 62, 400}}, true);
  // wkhtmltopdf paints each dot at the margin, a point left of where the titles start; its lines follow on at one
  // spacing, no paragraph break between a bullet and the next title.
  for (auto& line : page.document.lines) {
    if (line.list_item) line.painted_marker_x = 47;
    line.block_start = line.list_item || line.runs.front().size > 12;
  }
  auto resume = analyse_structure(page.document);
  REQUIRE(resume.work.size() == 2);
  CHECK(resume.work[1].position == "Casual Licensed Practical Nurse");
  CHECK(resume.work[1].company == "Lakeview Long-Term Care Home");
}

TEST_CASE("session 39: a one-letter logo square before the employer it opens ('K   Kraal & Co.') is no part of it") {
  OnePage page;
  page.add({{"Lerato Mokoena", 40, 180, 20, true}});
  page.add({{"lerato@example.co.za", 40, 190}});
  page.add({{"Work history", 40, 150, 13, true}});
  page.add({{"Senior Brand Designer", 40, 200, 11, true}});
  page.add({{"K", 40, 48}, {"Kraal & Co. Design Studio · Bloemfontein", 60, 300}});
  page.add({{"Mar 2021 – Present · 4 yrs 9 mos", 60, 250}});
  page.add({{"Lead identity and packaging work for 14 FMCG clients.", 72, 400}}, true);
  page.add({{"Graphic Designer", 40, 200, 11, true}});
  page.add({{"O", 40, 48}, {"Ogilvy South Africa · Johannesburg", 60, 300}});
  page.add({{"Feb 2017 – Feb 2021 · 4 yrs 1 mo", 60, 250}});
  page.add({{"Designed retail campaigns for banking accounts.", 72, 400}}, true);
  auto resume = analyse_structure(page.document);
  REQUIRE(resume.work.size() == 2);
  CHECK(resume.work[0].company == "Kraal & Co. Design Studio");
  CHECK(resume.work[1].company == "Ogilvy South Africa");
}

TEST_CASE("session 39: Word's numbered heading styles under a section ('2.1 Grade 3 Teacher   Jan 2018 – …') head entries, no bullets") {
  Document document;
  document.format = Format::Docx;
  auto add = [&](std::string text, int heading_level = 0, std::string marker = "") {
    Line line;
    line.text = text;
    TextRun run;
    run.text = text;
    line.runs.push_back(run);
    line.heading = heading_level > 0;
    line.heading_level = heading_level;
    line.list_item = !marker.empty();
    line.list_marker = marker;
    line.block_start = true;
    line.location.paragraph = static_cast<int>(document.lines.size()) + 1;
    document.lines.push_back(line);
  };
  add("Danielle Reimer");
  add("danielle@example.ca");
  add("Teaching Experience", 1, "2.");
  add("Grade 6/7 Classroom Teacher\tAug 2019 – Present", 2, "2.1");
  add("Brighton Heights School, Saskatoon Public Schools — Saskatoon, SK");
  add("Plan and deliver all core subjects for a class of 27.", 0, "–");
  add("Substitute Teacher, K–8\tSept 2017 – Dec 2017", 2, "2.2");
  add("Prairie Spirit School Division — Warman, SK");
  add("Followed and adapted lesson plans.", 0, "–");
  auto resume = analyse_structure(document);
  REQUIRE(resume.work.size() == 2);
  CHECK(resume.work[0].position == "Grade 6/7 Classroom Teacher");
  CHECK(resume.work[0].company == "Brighton Heights School, Saskatoon Public Schools");
  CHECK(resume.work[1].position == "Substitute Teacher, K–8");  // "8 Sept 2017" is no date: the 8 ends a grade range
  CHECK(resume.work[1].company == "Prairie Spirit School Division");
}

TEST_CASE("session 39: a site's count beside a section heading ('Esperienze lavorative   4') is no entry's text") {
  OnePage page;
  page.add({{"Antonio De Giorgi", 40, 200, 20, true}});
  page.add({{"antonio@example.it", 40, 190}});
  page.add({{"Chi sono", 40, 110, 13, true}});
  page.add({{"Elettricista con 14 anni di esperienza tra impianti civili e industriali.", 40, 420}});
  page.add({{"Esperienze lavorative", 40, 180, 13, true}, {"4", 260, 268, 10}});
  page.add({{"Elettricista industriale", 40, 180, 11, true}});
  page.add({{"Elettro Impianti Salento S.r.l. – Surbo (LE)", 40, 300}});
  page.add({{"set 2018 - oggi", 40, 120}});
  page.add({{"Cablaggio e collaudo di quadri di automazione", 52, 400}}, true);
  auto resume = analyse_structure(page.document);
  REQUIRE(resume.work.size() == 1);
  CHECK(resume.work[0].company == "Elettro Impianti Salento S.r.l.");
}

TEST_CASE("session 39: a logo monogram before the title abbreviates the employer on the line below ('RW   Teamkoordinatorin …')") {
  OnePage page;
  page.add({{"Selin Arslan", 40, 180, 20, true}});
  page.add({{"selin@example.de", 40, 190}});
  page.add({{"BERUFSERFAHRUNG", 40, 160, 13, true}});
  page.add({{"RW", 40, 56}, {"Teamkoordinatorin Versand", 66, 220, 11, true}});
  page.add({{"Rhenus Warehousing Solutions SE & Co. KG · Schweinfurt", 66, 360}});
  page.add({{"Aug. 2016 – Feb. 2020", 66, 170}});
  page.add({{"Erstellung der Schichtpläne für 35 Mitarbeitende", 78, 360}}, true);
  page.add({{"KL", 40, 56}, {"Fachkraft für Lagerlogistik", 66, 220, 11, true}});
  page.add({{"Kaufland Logistik VZ GmbH & Co. KG · Knetzgau", 66, 330}});
  page.add({{"Sept. 2013 – Juli 2016", 66, 170}});
  for (auto& line : page.document.lines) line.block_start = line.list_item || line.runs.front().size > 12;
  auto resume = analyse_structure(page.document);
  REQUIRE(!resume.work.empty());
  CHECK(resume.work[0].position == "Teamkoordinatorin Versand");  // not "RW Teamkoordinatorin Versand"
}

TEST_CASE("a site's small brand names the person over a hero tagline set larger, when the e-mail spells it") {
  OnePage page;
  page.add({{"INÊS CARVALHAL", 40, 140, 8}, {"PROJETOS", 360, 400, 8}, {"PERCURSO", 420, 460, 8}, {"CONTACTO", 480, 520, 8}});
  page.add({{"ARQUITETA PAISAGISTA · ÉVORA, ALENTEJO", 40, 260, 8}});
  page.add({{"Paisagens que guardam água", 40, 300, 30}});
  page.add({{"Percurso", 40, 120, 14, true}});
  page.add({{"ines.carvalhal.paisagem@gmail.com", 40, 260}});
  auto resume = analyse_structure(page.document);
  CHECK(resume.contact.name == "INÊS CARVALHAL");
}

TEST_CASE("a form's narrow cell wraps the e-mail and the region under their first letters, past the label row between") {
  OnePage page;
  page.add({{"Hélène Marchetti-Roux", 80, 260, 18, true}});
  page.add({{"helene.marchetti-roux@bourgalim-", 420, 560}});
  page.add({{"Matricule", 80, 140}, {"00731482", 200, 250}, {"E-mail", 330, 370}});
  page.add({{"groupe.fr", 420, 470}});
  page.add({{"Dijon, Bourgogne-Franche-", 200, 330}});
  page.add({{"Site", 80, 110}, {"Responsable", 330, 400}, {"Olivier Desmarais", 420, 520}});
  page.add({{"Comté", 200, 235}});
  page.add({{"Synthèse", 40, 120, 14, true}});
  auto resume = analyse_structure(page.document);
  CHECK(resume.contact.email == "helene.marchetti-roux@bourgalim-groupe.fr");
  CHECK(resume.contact.location_text == "Dijon, Bourgogne-Franche-Comté");
  CHECK(resume.contact.phone.empty());  // the matricule is no number to call
}

TEST_CASE("letter squares beside each employer and school (Recruitee) are no employer, school or title") {
  OnePage page;
  page.add({{"Sanne Hoekstra", 40, 200, 18, true}});
  page.add({{"sanne@example.nl", 40, 200}});
  page.add({{"Werkervaring", 40, 160, 14, true}});
  page.add({{"Bedrijfsleider", 80, 160, 10, true}});
  page.add({{"B", 44, 54, 12, true}});
  page.add({{"Brasserie De Loolaan", 80, 200}});
  page.add({{"apr. 2019 – heden · 5 jr · Apeldoorn", 80, 260}});
  page.add({{"Eindverantwoordelijk voor brasserie met 140 couverts", 92, 400}}, true);
  page.add({{"Assistent-bedrijfsleider F&B", 80, 220, 10, true}});
  page.add({{"V", 44, 54, 12, true}});
  page.add({{"Landgoedhotel Veluwezoom", 80, 220}});
  page.add({{"sep. 2015 – mrt. 2019 · 3 jr 7 mnd · Dieren", 80, 280}});
  page.add({{"Coördinatie van banqueting voor zakelijke events", 92, 400}}, true);
  auto resume = analyse_structure(page.document);
  REQUIRE(resume.work.size() == 2);
  CHECK(resume.work[0].company == "Brasserie De Loolaan");
  CHECK(resume.work[1].company == "Landgoedhotel Veluwezoom");
  CHECK(resume.work[1].position == "Assistent-bedrijfsleider F&B");
}

TEST_CASE("an HR system's job table: start and end dates in columns of their own, a department column, an unknown degree") {
  OnePage page;
  page.add({{"Hélène Marchetti-Roux", 40, 260, 18, true}});
  page.add({{"helene@example.fr", 40, 200}});
  page.add({{"Historique professionnel interne", 40, 260, 14, true}});
  page.add({{"Intitulé du poste", 40, 120}, {"Département", 250, 310}, {"Site", 380, 400}, {"Date de début", 430, 490}, {"Date de fin", 510, 560}});
  page.add({{"Directrice Administrative et Financière", 40, 220}, {"Finance & Administration", 250, 360}, {"Dijon", 380, 405}, {"01/01/2021", 430, 480}});
  page.add({{"Responsable Contrôle de Gestion", 40, 200}, {"Finance & Administration", 250, 360}, {"Dijon", 380, 405}, {"04/09/2017", 430, 480}, {"31/12/2020", 510, 560}});
  page.add({{"Formation", 40, 120, 14, true}});
  page.add({{"Établissement", 40, 110}, {"Diplôme", 250, 290}, {"Spécialité", 380, 430}, {"Date d'obtention", 480, 560}});
  page.add({{"Burgundy School of Business", 40, 200}, {"Programme Grande École (Master)", 250, 370}, {"Finance d'entreprise", 380, 470}, {"2006", 480, 500}});
  auto resume = analyse_structure(page.document);
  REQUIRE(resume.work.size() == 2);
  CHECK(resume.work[0].position == "Directrice Administrative et Financière");
  CHECK(resume.work[0].company.empty());  // the department is no employer
  CHECK(resume.work[0].start.iso() == "2021-01");
  CHECK(resume.work[1].start.iso() == "2017-09");
  CHECK(resume.work[1].end.iso() == "2020-12");
  REQUIRE(resume.education.size() == 1);
  CHECK(resume.education[0].institution == "Burgundy School of Business");
  CHECK(resume.education[0].study_type == "Programme Grande École (Master)");
}

TEST_CASE("an HR system's work history dated by 'Gültig ab', its department column no employer") {
  OnePage page;
  page.add({{"Katharina Brandt", 40, 220, 18, true}});
  page.add({{"katha.brandt@example.de", 40, 200}});
  page.add({{"Arbeitshistorie", 40, 160, 14, true}});
  page.add({{"Gültig ab", 40, 90}, {"Position", 200, 250}, {"Abteilung", 400, 450}});
  page.add({{"01.01.2023", 40, 90}, {"Front Office Managerin", 200, 320}, {"Rooms Division", 400, 480}});
  page.add({{"01.04.2021", 40, 90}, {"Stellv. Front Office Managerin", 200, 350}, {"Rooms Division", 400, 480}});
  auto resume = analyse_structure(page.document);
  REQUIRE(resume.work.size() == 2);
  CHECK(resume.work[0].position == "Front Office Managerin");
  CHECK(resume.work[0].start.iso() == "2023-01");
  CHECK(resume.work[0].company.empty());
  CHECK(resume.work[1].start.iso() == "2021-04");
}

TEST_CASE("a portal's wordmark over a sidebar read first is no name: the largest line the mailbox spells is") {
  OnePage page;
  page.add({{"Expresso Emprego", 40, 180, 16, true}, {"Perfil do candidato", 420, 520, 8}});
  page.add({{"CONTACTOS", 40, 100, 9, true}});
  page.add({{"ines.cbarros@example.pt", 40, 160, 9}});
  page.add({{"(+351) 916 482 377", 40, 140, 9}});
  for (const char* skill : {"Cuidados intensivos", "Gestão de feridas", "Triagem de Manchester", "Educação para a saúde",
                            "Gestão de stocks clínicos", "Cateterismo venoso central", "Suporte Avançado de Vida"})
    page.add({{skill, 40, 160, 9}});
  page.add({{"Inês Carvalho Barros", 220, 420, 22, true}});
  page.add({{"Enfermeira · Cuidados Intensivos e Urgência", 220, 440, 10}});
  auto resume = analyse_structure(page.document);
  CHECK(resume.contact.name == "Inês Carvalho Barros");
}

TEST_CASE("review: a rail's label with dates in brackets heads no section, though a bracketed remark may follow a heading") {
  OnePage page;
  page.add({{"Jane Tan", 40, 160, 18, true}});
  page.add({{"jane@example.sg", 40, 160}});
  page.add({{"Co-Curriculum Achievements", 40, 220, 12, true}});
  page.add({{"NPCC (2002 -2005)", 40, 140, 10, true}, {"-National Youth Achievement Award (Bronze)", 200, 420}});
  page.add({{"-CCA Merit Award (NPCC)", 200, 330}});
  page.add({{"Nippon Yusen Kaisha (2011- 2012)", 40, 190, 10, true}, {"- Social Recreational Committee Member", 200, 420}});
  page.add({{"4. EXPERIÊNCIA PROFISSIONAL (da mais recente para a mais antiga)", 40, 400, 12, true}});
  page.add({{"Operador de Logística", 40, 160}, {"03/2019 – até à data", 450, 560}});
  auto resume = analyse_structure(page.document);
  for (const auto& section : resume.sections) {
    CHECK(section.heading.find("NPCC") == std::string::npos);
    CHECK(section.heading.find("Nippon") == std::string::npos);
  }
  CHECK(std::any_of(resume.sections.begin(), resume.sections.end(), [](const auto& s) { return s.canonical == "experience"; }));
}

TEST_CASE("a form's personal details in the section rail ('Indirizzo', 'Cellulare') head no section; the address is the place") {
  // tabularray's CV: field labels set flush right against the values, as the rail's language labels are.
  OnePage page;
  page.add({{"Giulia Dal Santo", 40, 250, 20, true}});
  page.add({{"Insegnante di scuola primaria", 40, 250, 11}});
  page.add({{"Indirizzo", 80, 110, 9}, {"Contrà San Marco 27, 36100 Vicenza (VI)", 140, 330}});
  page.add({{"Cellulare", 80, 110, 9}, {"+39 349 605 2871", 140, 220}});
  page.add({{"E-mail", 90, 110, 9}, {"giulia.dalsanto@example.it", 140, 260}});
  page.add({{"Data di nascita", 60, 110, 9}, {"03/11/1987", 140, 180}});
  page.add({{"Nazionalità", 75, 110, 9}, {"italiana", 140, 170}});
  page.add({{"PROFILO", 40, 90, 9, true}});
  page.add({{"Docente di scuola primaria con dodici anni di servizio.", 140, 420}});
  page.add({{"ESPERIENZA PROFESSIONALE", 40, 160, 9, true}});
  page.add({{"settembre 2018 – oggi", 50, 110, 9}, {"Docente di ruolo, scuola primaria", 140, 300}});
  page.add({{"Istituto Comprensivo Vicenza 5, Vicenza", 140, 330}});
  page.add({{"ISTRUZIONE E FORMAZIONE", 40, 160, 9, true}});
  page.add({{"2010", 90, 110, 9}, {"Laurea in Scienze della Formazione Primaria", 140, 360}});
  page.add({{"Università degli Studi di Padova", 140, 300}});
  page.add({{"LINGUE", 40, 90, 9, true}});
  page.add({{"Madrelingua", 70, 110, 9}, {"italiano", 140, 180}});
  page.add({{"Altre lingue", 68, 110, 9}, {"inglese (C1), tedesco (A2)", 140, 280}});
  auto resume = analyse_structure(page.document);
  REQUIRE(!resume.sections.empty());
  CHECK(resume.sections[0].heading == "PROFILO");
  CHECK(resume.contact.city == "Vicenza");
  CHECK(resume.contact.location_text == "Vicenza (VI)");
}

TEST_CASE("a portal's wordmark over a sidebar read first: the largest line wins when the mailbox spells a double given name's first part") {
  OnePage page;
  page.add({{"AZUBIYO", 22, 105, 20, true}});
  page.add({{"PERSÖNLICHE DATEN", 22, 120, 9, true}});
  page.add({{"Wohnort", 22, 80, 9}});
  page.add({{"33330 Gütersloh", 22, 100, 9}});
  page.add({{"Telefon", 22, 80, 9}});
  page.add({{"0152 28471930", 22, 100, 9}});
  page.add({{"E-Mail", 22, 80, 9}});
  page.add({{"lena.schroeder08@example.de", 22, 140, 9}});
  page.add({{"Führerschein", 22, 80, 9}});
  page.add({{"Mofa-Prüfbescheinigung", 22, 120, 9}});
  page.add({{"Sprachen", 22, 80, 9}});
  page.add({{"Deutsch", 22, 80, 9}});
  page.add({{"Lena-Marie Schröder", 197, 394, 24, true}});
  page.add({{"Schülerin der 10. Klasse", 197, 400, 11}});
  page.add({{"Schulbildung", 197, 300, 12, true}});
  page.add({{"08/2019 – heute", 197, 300, 10}});
  page.add({{"Realschule Gütersloh-Nord", 197, 320, 10}});
  CHECK(analyse_structure(page.document).contact.name == "Lena-Marie Schröder");
}

TEST_CASE("a form's name labels in bold and the capitals under them ('Cognome' / 'FERRARINI') head no section") {
  OnePage page;
  page.add({{"tempora LAVORO", 60, 200, 20, true}});
  page.add({{"Tempora Lavoro S.p.A. – Agenzia per il Lavoro", 60, 300}});
  page.add({{"SCHEDA PROFILO CANDIDATO", 60, 260, 12, true}});
  page.add({{"DATI ANAGRAFICI", 60, 200, 12, true}});
  for (auto [label, value] : {std::pair{"Cognome", "FERRARINI"}, {"Nome", "Davide"}, {"Data di nascita", "22/07/1988"},
                              {"Cellulare", "347 918 2264"}, {"E-mail", "davide@example.it"}}) {
    page.add({{label, 60, 150, 10, true}});
    page.add({{value, 60, 200}});
    page.document.lines.back().block_start = false;  // label and value in one table row: no blank between
  }
  page.add({{"ESPERIENZE LAVORATIVE", 60, 240, 12, true}});
  page.add({{"Carrellista", 60, 150, 10, true}});
  page.add({{"Logistica Emiliana S.r.l.", 60, 220}});
  page.add({{"03/2019 – oggi", 60, 150}});
  auto resume = analyse_structure(page.document);
  CHECK(resume.contact.name == "Davide FERRARINI");
  for (const auto& section : resume.sections) {
    CHECK(section.heading != "Cognome");
    CHECK(section.heading != "FERRARINI");
  }
}

TEST_CASE("a logo square's letters spell the employer's words after an elided article ('PO' over '… Pins d'Oléron')") {
  OnePage page;
  page.add({{"Maëlle Guérin", 60, 240, 18, true}});
  page.add({{"maelle@example.fr", 60, 200}});
  page.add({{"Expériences", 60, 160, 13, true}});
  page.add({{"Chef de rang", 90, 200, 10, true}});
  page.add({{"EP", 62, 78}});
  page.add({{"Brasserie L'Écailler du Port · La Rochelle", 90, 330}});
  page.add({{"avr. 2022 - aujourd'hui", 90, 220}});
  page.add({{"Serveuse – saison estivale", 90, 240, 10, true}});
  page.add({{"PO", 62, 78}});
  page.add({{"Hôtel-Restaurant Les Pins d'Oléron · Saint-Trojan-les-Bains", 90, 380}});
  page.add({{"mai 2021 - sept. 2021", 90, 220}});
  auto resume = analyse_structure(page.document);
  REQUIRE(resume.work.size() == 2);
  CHECK(resume.work[0].company == "Brasserie L'Écailler du Port");
  CHECK(resume.work[1].company == "Hôtel-Restaurant Les Pins d'Oléron");
}

TEST_CASE("a table row whose school cell wraps above and below it: its degree cell ('Ausbildung') heads no section") {
  OnePage page;
  page.add({{"Jonas Wehmeyer", 40, 200, 18, true}});
  page.add({{"jonas@example.de", 40, 160}});
  page.add({{"Ausbildung", 40, 110, 13, true}});
  page.add({{"Institution", 40, 90, 9, true}, {"Abschluss", 197, 240, 9, true}, {"Fachrichtung", 334, 390, 9, true},
            {"Beginn", 450, 480, 9, true}, {"Ende", 494, 515, 9, true}, {"Note", 537, 555, 9, true}});
  page.add({{"IHK Ostwestfalen zu Bielefeld", 40, 158}, {"Geprüfter Logistikmeister (IHK)", 197, 321}, {"Logistik", 334, 365},
            {"09/2016", 450, 483}, {"03/2018", 494, 526}, {"gut", 537, 549}});
  page.add({{"Rudolf-Rempel-Berufskolleg /", 40, 156}});
  page.add({{"Ausbildung", 197, 242}, {"Fachkraft für Lagerlogistik", 334, 438}, {"08/2008", 450, 483}, {"06/2011", 494, 525},
            {"2,1", 537, 549}});
  page.add({{"Ostwestfalen Frischedienst GmbH", 40, 175}});
  page.add({{"Realschule Jöllenbeck", 40, 128}, {"Fachoberschulreife", 197, 274}, {"–", 334, 339}, {"–", 450, 455},
            {"2008", 494, 514}, {"–", 537, 542}});
  // The cell's two lines sit 10 pt apart, the row's other cells centred between them.
  for (auto [index, y] : {std::pair{4, 123.0}, {5, 139.0}, {6, 144.0}, {7, 149.0}, {8, 165.0}})
    place_at(page.document.lines[static_cast<size_t>(index)], y, 10);
  auto resume = analyse_structure(page.document);
  REQUIRE(resume.sections.size() == 1);
  REQUIRE(resume.education.size() == 3);
  CHECK(resume.education[1].institution == "Rudolf-Rempel-Berufskolleg / Ostwestfalen Frischedienst GmbH");
  CHECK(resume.education[1].study_type == "Ausbildung");
  CHECK(resume.education[1].score == "2,1");
  CHECK(resume.education[2].score.empty());  // "–": no grade
}

TEST_CASE("amsart prints the address and e-mail at the end of the last page: the place is read there") {
  OnePage page;
  page.document.pages.push_back(Page{2, 595, 842, 0, 100, {}, {}});
  page.add({{"CURRICULUM VITAE", 200, 400, 12, true}});
  page.add({{"AOIFE BRENNAN", 230, 370, 10}});
  page.add({{"1. Profile", 60, 130, 10, true}});
  page.add({{"Mathematics teacher with ten years in Irish secondary schools.", 60, 400}});
  page.add({{"2. Teaching Experience", 60, 200, 10, true}});
  page.add({{"Teacher of Mathematics, Sacred Heart School, Tullamore", 60, 400}, {"2016 – present", 450, 530}});
  page.add_in(0, 2, {{"7. Referees", 60, 140, 10, true}});
  page.add_in(0, 2, {{"Available on request.", 60, 200}});
  page.add_in(0, 2, {{"14 Church Street, Tullamore, Co. Offaly, R35 X2K7, Ireland, Mobile: 087 214 6630", 60, 500}});
  page.add_in(0, 2, {{"Email address: aoife@example.net", 60, 260}});
  auto resume = analyse_structure(page.document);
  CHECK(resume.contact.email == "aoife@example.net");
  CHECK(resume.contact.city == "Tullamore");
}

TEST_CASE("a job's row of technology tags under its duties heads no next job (Manfred's MAC format)") {
  OnePage page;
  page.add({{"Núria Vilaplana Coll", 60, 240, 18, true}});
  page.add({{"nuria@example.com", 60, 200}});
  page.add({{"// Experiencia", 60, 160, 13, true}});
  page.add({{"sep. 2022 –", 60, 110}, {"Senior Backend Engineer", 140, 300, 10, true}});
  page.add({{"actualidad", 60, 105}});
  page.add({{"Sènia Energy · Girona (remoto) · 45 personas", 140, 380}});
  page.add({{"4 años 4 meses", 60, 120, 8}});
  page.add({{"Diseñé la ingesta de lecturas horarias de 180.000 contadores (Kafka + Go), de 6 h de", 140, 540}});
  page.add({{"retraso a 15 min.", 140, 220}});
  page.add({{"Go", 140, 152, 8}, {"Python", 160, 190, 8}, {"FastAPI", 198, 230, 8}, {"Kafka", 238, 262, 8}, {"PostgreSQL", 270, 318, 8}});
  page.add({{"mar. 2019 –", 60, 110}, {"Backend Developer", 140, 260, 10, true}});
  page.add({{"ago. 2022", 60, 105}});
  page.add({{"Rutalia Travel Tech · Barcelona · 120 personas", 140, 380}});
  page.add({{"3 años 6 meses", 60, 120, 8}});
  page.add({{"Integré 14 proveedores de hotel y transfer (XML/SOAP y REST) con un modelo de tarifas", 140, 540}});
  auto resume = analyse_structure(page.document);
  REQUIRE(resume.work.size() == 2);
  CHECK(resume.work[1].company == "Rutalia Travel Tech");
  CHECK(resume.work[1].position == "Backend Developer");
}

TEST_CASE("a table's cells wrapped a point apart and its rows ten apart: each row whole, 'Puesto / Empresa' stacked") {
  OnePage page;
  page.add({{"Lucía Moreno Gallardo", 48, 240, 18, true}});
  page.add({{"lucia@example.es", 48, 200}});
  page.add({{"EXPERIENCIA PROFESIONAL", 48, 220, 12, true}});
  page.add({{"PERIODO", 48, 81, 8, true}, {"PUESTO / EMPRESA", 145, 219, 8, true}, {"FUNCIONES Y LOGROS", 298, 381, 8, true}});
  page.add({{"03/2019 –", 48, 90}, {"Responsable de Almacén", 145, 246}, {"• Dirección de un almacén de 18.000 m2", 298, 480}});
  page.add({{"actualidad", 48, 90}, {"Distribuciones Henares Log S.L.", 145, 272}, {"con 35 personas en tres turnos.", 298, 473}});
  page.add({{"Alcalá de Henares (Madrid)", 145, 254}, {"• Implantación de SAP EWM en 2020", 298, 450}});
  page.add({{"09/2014 – 02/2019", 48, 126}, {"Jefa de Turno", 145, 200}, {"• Coordinación del turno de tarde (15 operarios)", 298, 533}});
  page.add({{"TransCorredor Logística S.A.", 145, 260}, {"ubicación, preparación y expedición.", 298, 443}});
  page.add({{"Coslada (Madrid)", 145, 214}});
  page.add({{"06/2011 – 08/2014", 48, 126}, {"Carretillera / Preparadora de", 145, 262}, {"• Preparación de pedidos con terminal", 298, 480}});
  page.add({{"pedidos", 145, 180}, {"de radiofrecuencia y carretilla retráctil.", 298, 470}});
  page.add({{"Flexiplus Empleo ETT", 145, 230}});
  page.add({{"Azuqueca de Henares, Guadalajara", 145, 280}});
  // pdfme: 10.5 pt lines 11.7 pt apart inside a row, 22 pt between rows.
  double y = 200;
  for (size_t index = 3; index < page.document.lines.size(); ++index) {
    bool row_start = index == 4 || index == 7 || index == 10;
    y += row_start ? 22 : 11.7;
    place_at(page.document.lines[index], y, 10.5);
  }
  auto resume = analyse_structure(page.document);
  REQUIRE(resume.work.size() == 3);
  CHECK(resume.work[0].position == "Responsable de Almacén");
  CHECK(resume.work[0].company == "Distribuciones Henares Log S.L.");
  CHECK(resume.work[0].location == "Alcalá de Henares (Madrid)");
  CHECK(resume.work[1].company == "TransCorredor Logística S.A.");
  CHECK(resume.work[2].position == "Carretillera / Preparadora de pedidos");
  CHECK(resume.work[2].company == "Flexiplus Empleo ETT");
  CHECK(resume.work[2].location == "Azuqueca de Henares, Guadalajara");
}

TEST_CASE("a line in the headings' type straight under a named heading ('SUPERIOR') heads a group of it, no section") {
  OnePage page;
  page.add({{"CHRISTIAN LARICO", 60, 240, 16, true}});
  page.add({{"Correo: christian@example.pe", 60, 220}});
  page.add({{"PERFIL", 60, 110, 11, true}});
  page.add({{"Persona amable con iniciativa propia, hábil y con deseo de superación.", 60, 420}});
  page.add({{"II. FORMACIÓN EDUCATIVA:", 60, 220, 11, true}});
  page.add({{"SUPERIOR", 60, 120, 11, true}});
  page.add({{"UNIVERSIDAD NACIONAL MAYOR DE SAN MARCOS", 60, 330}});
  page.add({{"Ingeniería de Software, 2017 - 2023", 60, 260}});
  page.add({{"VOLUNTARIADO EN LA COSTA", 60, 230, 11, true}});
  page.add({{"Limpieza de playas con la municipalidad, 2019", 60, 300}});
  page.add({{"IV EXPERIENCIA LABORAL", 60, 220, 11, true}});
  page.add({{"Practicante de sistemas, Rímac Seguros", 60, 300}, {"2022 - 2023", 480, 540}});
  auto resume = analyse_structure(page.document);
  std::vector<std::string> headings;
  for (const auto& section : resume.sections) headings.push_back(section.heading);
  CHECK(std::find(headings.begin(), headings.end(), "SUPERIOR") == headings.end());
  // After a section's content a line in the same type stands as a section of its own.
  CHECK(std::find(headings.begin(), headings.end(), "VOLUNTARIADO EN LA COSTA") != headings.end());
}

TEST_CASE("session 44: OCR's word boxes hug the ink, so its wide word gaps part no cells") {
  auto line = make_line(1, {{"Rubén", 64, 94, 12}, {"Sánchez-Escribano", 104, 205, 12}, {"Gil", 214, 225, 12}});
  CHECK(layout_text(line) == "Rubén   Sánchez-Escribano   Gil");  // a font's chips, as set
  for (auto& run : line.runs) run.recognised = true;
  CHECK(layout_text(line) == "Rubén Sánchez-Escribano Gil");
  auto columns = make_line(2, {{"Dirección:", 65, 110, 10}, {"C/", 187, 197, 10}, {"Río", 200, 214, 10}});
  for (auto& run : columns.runs) run.recognised = true;
  CHECK(layout_text(columns) == "Dirección:   C/ Río");  // a column's gap still parts them
}

TEST_CASE("session 44: a portal's logo over a breadcrumb is no name; the larger name the mailbox spells is") {
  OnePage page;
  page.add({{"Government Gouvernement", 40, 160, 9.6}, {"Français", 520, 560, 12.3}});
  page.add({{"of Canada du Canada", 40, 160, 9.6}});
  page.add({{"Job Bank", 40, 100, 15, true}, {"Find a job", 330, 380, 9}, {"Explore careers", 400, 470, 9}, {"My account", 490, 540, 9}});
  page.add({{"Canada.ca › Job Bank › Résumé builder", 40, 300, 11.7}});
  page.add({{"Résumé preview", 40, 200, 19, true}});
  page.add({{"Your résumé is saved in your Job Bank account.", 40, 400, 12.3}});
  page.add({{"Darnell Whitehawk", 200, 350, 18, true}});
  page.add({{"Prince Albert, Saskatchewan | 306-940-2217 | darnell.whitehawk@sasktel.net", 100, 500, 12.8}});
  page.add({{"Work experience", 40, 160, 11.6, true}});
  page.add({{"Heavy Duty Equipment Technician", 40, 300, 13.6}, {"May 2019 to present", 450, 560, 13.6}});
  auto resume = analyse_structure(page.document);
  CHECK(resume.contact.name == "Darnell Whitehawk");
}

TEST_CASE("session 44: a lone word in capitals set smaller than a full name is the firm's wordmark; OCR's large 'Lis' is no name") {
  OnePage agency;
  agency.add({{"DOSSIER DE COMPÉTENCES", 400, 560, 14.3}});
  agency.add({{"ALTÉRYS", 51, 140, 20.8, true}});
  agency.add({{"INGÉNIERIE & CONSEIL", 51, 160, 9.8}});
  agency.add({{"Sébastien G.", 51, 200, 26, true}});
  agency.add({{"VOTRE CONTACT ALTÉRYS", 346, 500, 11}});
  agency.add({{"a.mathis@alterys-ingenierie.fr", 346, 500, 11.7}});
  agency.add({{"SYNTHÈSE", 51, 140, 13, true}});
  agency.add({{"Ingénieur généraliste avec 11 ans d'expérience.", 51, 400, 11}});
  CHECK(analyse_structure(agency.document).contact.name == "Sébastien G.");
  OnePage scan;
  scan.add({{"CURRÍCULUM VITAE", 63, 220, 17}});
  scan.add({{"Rubén Sánchez-Escribano Gil", 64, 225, 12}});
  scan.add({{"Técnico de Mantenimiento Industrial", 64, 230, 9}});
  scan.add({{"Lis", 438, 470, 44}});
  scan.add({{"DATOS PERSONALES", 65, 160, 10, true}});
  scan.add({{"Teléfono:", 65, 110, 10}, {"678 245109", 187, 240, 10}});
  CHECK(analyse_structure(scan.document).contact.name == "Rubén Sánchez-Escribano Gil");
}

TEST_CASE("session 44: a site's menu bar ending on 'My profile' opens no section; the header under it keeps its phone") {
  OnePage page;
  page.add({{"tes", 40, 60, 12, true}, {"Jobs", 380, 400, 9}, {"Resources", 420, 460, 9}, {"Magazine", 480, 515, 9}, {"My profile", 530, 570, 9}});
  page.add({{"Hannah Whitworth", 100, 250, 18, true}});
  page.add({{"Chesterfield, Derbyshire", 100, 200}, {"hannah.whitworth@outlook.com", 220, 330}, {"07700 900 418", 350, 410}});
  page.add({{"About me", 40, 120, 13, true}});
  page.add({{"Enthusiastic primary teacher with seven years' experience.", 40, 400}});
  page.add({{"Teaching details", 40, 160, 13, true}});
  page.add({{"Teacher Reference Number (TRN)", 40, 200}, {"1839472", 300, 340}});
  auto resume = analyse_structure(page.document);
  CHECK(resume.contact.phone == "07700 900 418");
  REQUIRE(!resume.sections.empty());
  CHECK(resume.sections.front().heading == "About me");
}

TEST_CASE("an ornament before a heading in capitals marks the heading, not a list item") {
  OnePage page;
  page.add({{"CAOIMHE GALLAGHER", 40, 260, 16}});
  page.add({{"caoimhe@example.ie", 40, 160}, {"+353 87 214 6638", 200, 290}});
  auto ornamented = [&](const std::string& heading) {
    page.add({{"❖ " + heading, 40, 160}}, true);
    page.document.lines.back().list_marker = "❖";
  };
  ornamented("EXPERIENCE");
  page.add({{"Design Verification Co-op", 40, 200}, {"Jan 2024 – Aug 2024", 480, 570}});
  page.add({{"Corrib MedTech Ltd, Galway", 40, 200}});
  page.add({{"Wrote and executed 14 test protocols", 52, 400}}, true);
  ornamented("EDUCATION");
  page.add({{"University of Galway", 40, 200}, {"2020 – 2025", 500, 570}});
  auto resume = analyse_structure(page.document);
  REQUIRE(resume.sections.size() == 2);
  CHECK(resume.sections[0].canonical == "experience");
  CHECK(resume.sections[1].canonical == "education");
  REQUIRE(resume.work.size() == 1);
  CHECK(resume.work[0].company == "Corrib MedTech Ltd");
}

TEST_CASE("a town hall's CV form: 'Centro de expedición' and 'Puesto desempeñado' columns") {
  TablePage page;
  auto add = [&](double y, std::vector<RunSpec> specs) { page.add_at(y, std::move(specs)); };
  add(40, {{"Lucía Navarro Sánchez", 60, 220, 18, true}});
  add(60, {{"lucia@example.es", 60, 160}});
  add(100, {{"FORMACIÓN ACADÉMICA", 57, 230, 13, true}});
  add(120, {{"Titulación", 60, 110}, {"Centro de expedición", 300, 400}, {"Año", 500, 520}});
  add(138, {{"Grado en Educación Infantil", 60, 200}, {"Universidad de Murcia", 300, 410}, {"2020", 500, 520}});
  add(156, {{"Técnico Superior en Educación Infantil", 60, 250}, {"IES Ibáñez Martín", 300, 390}, {"2015", 500, 520}});
  add(190, {{"EXPERIENCIA PROFESIONAL", 57, 230, 13, true}});
  add(210, {{"Empresa / Organismo", 60, 150}, {"Puesto desempeñado", 230, 330}, {"Fecha inicio", 420, 470}, {"Fecha fin", 490, 530}});
  add(228, {{"Ludoteca Arcoíris", 60, 150}, {"Monitora de ocio y tiempo libre", 230, 380}, {"01/07/2015", 420, 470}, {"31/08/2015", 490, 540}});
  auto resume = analyse_structure(page.document);
  REQUIRE(resume.education.size() == 2);
  CHECK(resume.education[0].institution == "Universidad de Murcia");
  CHECK(resume.education[1].institution == "IES Ibáñez Martín");
  REQUIRE(resume.work.size() == 1);
  CHECK(resume.work[0].company == "Ludoteca Arcoíris");
  CHECK(resume.work[0].position == "Monitora de ocio y tiempo libre");
}

TEST_CASE("a title block's date under the author's name is no part of the name") {
  OnePage page;
  // pandoc's LaTeX title block: the title a hair smaller than the author and the date.
  page.add({{"Résumé", 270, 342, 16.5}});
  page.add({{"Marc-André Lavoie", 250, 361, 17}});
  page.add({{"April 2025", 276, 335, 17}});
  page.add({{"Barrie, ON · (705) 816-4402 · marcandre.lavoie@outlook.com", 60, 500}});
  page.add({{"Experience", 60, 140, 13, true}});
  page.add({{"Inventory Control Analyst — Simcoe Auto Parts Distribution", 60, 400}});
  auto resume = analyse_structure(page.document);
  CHECK(resume.contact.name == "Marc-André Lavoie");
}

TEST_CASE("a portal's job cards: the same row of labels over each job's values, the bold title above the first") {
  TablePage page;
  auto add = [&](double y, std::vector<RunSpec> specs) { page.add_at(y, std::move(specs)); };
  add(40, {{"Ana Paula Fernandes", 60, 250, 18, true}});
  add(60, {{"ana.fernandes@example.com.br", 60, 220}});
  add(100, {{"Experiências profissionais", 57, 230, 13, true}, {"Incluir", 500, 540}});
  double y = 120;
  // Emprega Brasil: a bold title with its chip, then rows of labels over rows of values (an employer wrapped in its cell).
  auto card = [&](const std::string& title, const std::string& employer, const std::string& wrap, const std::string& town,
                  const std::string& from, const std::string& to) {
    add(y, {{title, 60, 260, 11, true}, {"Carteira de Trabalho Digital", 300, 420, 8, true}});
    add(y + 16, {{"Empregador", 60, 110, 8}, {"Ocupação (CBO)", 260, 330, 8}, {"Município", 400, 450, 8}});
    add(y + 29, {{employer, 60, 240}, {"3516-05", 260, 300}, {town, 400, 460}});
    double next = y + 42;
    if (!wrap.empty()) add(next, {{wrap, 60, 120}}), next += 13;
    add(next + 4, {{"Admissão", 60, 100, 8}, {"Desligamento", 260, 320, 8}, {"Tempo", 400, 430, 8}});
    add(next + 17, {{from, 60, 110}, {to, 260, 310}, {"5 anos e 1 mês", 400, 470}});
    add(next + 34, {{"Atividades desenvolvidas", 60, 170, 8}});
    add(next + 47, {{"Fiscalização do uso de EPI e relatórios mensais de indicadores para a engenharia.", 60, 480}});
    y = next + 75;
  };
  card("TÉCNICO DE SEGURANÇA DO TRABALHO", "CACAUEIRA INDUSTRIAL DO SUL DA", "BAHIA LTDA", "Itabuna / BA", "01/03/2021", "—");
  card("AUXILIAR ADMINISTRATIVO", "CONSTRUTORA RIO CACHOEIRA LTDA", "", "Ilhéus / BA", "11/01/2016", "26/02/2021");
  auto resume = analyse_structure(page.document);
  REQUIRE(resume.work.size() == 2);
  CHECK(resume.work[0].position == "TÉCNICO DE SEGURANÇA DO TRABALHO");
  CHECK(resume.work[0].company == "CACAUEIRA INDUSTRIAL DO SUL DA BAHIA LTDA");
  CHECK(resume.work[0].location == "Itabuna / BA");
  CHECK(resume.work[0].start.year == 2021);
  CHECK(resume.work[0].end.year == 0);
  CHECK(resume.work[1].position == "AUXILIAR ADMINISTRATIVO");
  CHECK(resume.work[1].company == "CONSTRUTORA RIO CACHOEIRA LTDA");
  CHECK(resume.work[1].end.year == 2021);
  REQUIRE(resume.work[1].highlights.size() == 1);
  CHECK(resume.work[1].highlights[0].starts_with("Fiscalização"));
}

TEST_CASE("gauges' levels in bold over the names they measure: the names are the skills, the levels no labels") {
  OnePage page;
  page.add({{"Sanne Verbeek", 40, 250, 20, true}});
  page.add({{"sanne@example.nl", 40, 200}});
  page.add({{"VAARDIGHEDEN", 40, 160, 13, true}});
  page.add({{"90 %", 50, 70, 10, true}, {"85 %", 120, 140, 10, true}});
  page.add({{"SEO", 54, 69}, {"Google Ads", 112, 152}});
  page.add({{"70 %", 50, 70, 10, true}, {"45 %", 120, 140, 10, true}});
  page.add({{"Klaviyo", 49, 74}, {"HTML/CSS", 113, 152}});
  auto resume = analyse_structure(page.document);
  REQUIRE(resume.skills.size() == 1);
  CHECK(resume.skills[0].name.empty());
  CHECK(resume.skills[0].keywords == std::vector<std::string>{"SEO", "Google Ads", "Klaviyo", "HTML/CSS"});
}

TEST_CASE("a role indented under its employer's banner, over dates and the time spent, heads its bullets") {
  OnePage page;
  page.add({{"Sneha Deshpande", 40, 250, 20, true}});
  page.add({{"sneha@example.in", 40, 200}});
  page.add({{"Work experience", 40, 160, 13, true}});
  page.add({{"Sahyadri Cold Chain Pvt. Ltd.", 272, 400, 10, true}});
  page.add({{"Hubballi · Full-time · 3 yrs 8 mos", 272, 420}});
  page.add({{"Senior Analyst – Supply Chain", 285, 420, 10, true}});
  page.add({{"Apr 2023 - Present · 1 yr 11 mos", 285, 420}});
  page.add({{"Built SKU-level weekly demand forecasts for 1,400 SKUs", 295, 540}}, true);
  page.add({{"Analyst – Supply Chain", 285, 400, 10, true}});
  page.add({{"Jul 2021 - Mar 2023 · 1 yr 9 mos", 285, 420}});
  page.add({{"Automated 14 daily Excel MIS reports", 295, 520}}, true);
  auto resume = analyse_structure(page.document);
  REQUIRE(resume.work.size() == 2);
  CHECK(resume.work[0].position == "Senior Analyst – Supply Chain");
  CHECK(resume.work[0].company == "Sahyadri Cold Chain Pvt. Ltd.");
  CHECK(resume.work[1].position == "Analyst – Supply Chain");
  CHECK(resume.work[1].company == "Sahyadri Cold Chain Pvt. Ltd.");
}

TEST_CASE("a title line drawn in pieces (a browser's Type 3 fonts) wraps before its dates all the same") {
  OnePage page;
  page.add({{"Hannah Okafor", 40, 250, 20, true}});
  page.add({{"hannah@example.co.uk", 40, 200}});
  page.add({{"Work experience", 40, 160, 13, true}});
  page.add({{"Process Engineering", 215, 310}, {"Placement Student ·", 312, 420}, {"Calderwood", 423, 467},
            {"Jul 2023", 484, 520, 8}, {"– Jun 2024", 522, 562, 8}});
  page.add({{"Chemicals", 215, 262}, {"Ltd, Widnes", 264, 320}});
  page.add({{"Analysed cycle times on three batch reactors", 225, 500}}, true);
  auto resume = analyse_structure(page.document);
  REQUIRE(resume.work.size() == 1);
  CHECK(resume.work[0].position == "Process Engineering Placement Student");
  CHECK(resume.work[0].company == "Calderwood Chemicals Ltd");
  CHECK(resume.work[0].location == "Widnes");
}

TEST_CASE("a title line wrapped before its dates: a firm ending on its legal form below, then its town") {
  OnePage page;
  page.add({{"Hannah Okafor", 40, 250, 20, true}});
  page.add({{"hannah@example.co.uk", 40, 200}});
  page.add({{"Work experience", 40, 160, 13, true}});
  page.add({{"Process Engineering Placement Student · Calderwood", 215, 467}, {"Jul 2023 – Jun 2024", 484, 562, 8}});
  page.add({{"Chemicals Ltd, Widnes", 215, 320}});
  page.add({{"Analysed cycle times on three batch reactors", 225, 500}}, true);
  page.add({{"Sales Assistant · Oakham Outdoor Ltd", 215, 405}, {"Oct 2019 – Jul 2021", 484, 562, 8}});
  page.add({{"Leicester, UK", 215, 290}});
  auto resume = analyse_structure(page.document);
  REQUIRE(resume.work.size() == 2);
  CHECK(resume.work[0].position == "Process Engineering Placement Student");
  CHECK(resume.work[0].company == "Calderwood Chemicals Ltd");
  CHECK(resume.work[0].location == "Widnes");
  // A town alone below stays a town, however near the dates the line above ends.
  CHECK(resume.work[1].company == "Oakham Outdoor Ltd");
  CHECK(resume.work[1].location == "Leicester, UK");
}

TEST_CASE("a two-row table of schools, each row wrapped once: the wrapped lines stay in their rows") {
  TablePage page;
  auto add = [&](double y, std::vector<RunSpec> specs) { page.add_at(y, std::move(specs)); };
  add(40, {{"Karthikeyan Subramanian", 60, 260, 18, true}});
  add(60, {{"karthik@example.in", 60, 160}});
  add(100, {{"Education", 57, 130, 13, true}});
  add(120, {{"DEGREE", 60, 100}, {"INSTITUTE", 200, 260}, {"YEAR", 420, 450}, {"SCORE", 480, 520}});
  // Lines inside a row sit 2 pt apart, rows 9 pt.
  add(138, {{"B.E. – Mechanical", 60, 150}, {"Saranathan College of Engineering", 200, 400}, {"2011 –", 420, 450}, {"CGPA 7.62", 480, 530}});
  add(153, {{"Engineering", 60, 120}, {"(Anna University)", 200, 290}, {"2015", 420, 445}, {"/ 10", 480, 500}});
  add(175, {{"HSC (Class XII) –", 60, 150}, {"Campion Anglo-Indian Higher", 200, 360}, {"2011", 420, 445}, {"88.4%", 480, 510}});
  add(190, {{"State Board", 60, 120}, {"Secondary School", 200, 290}});
  auto resume = analyse_structure(page.document);
  REQUIRE(resume.education.size() == 2);
  CHECK(resume.education[0].institution == "Saranathan College of Engineering (Anna University)");
  CHECK(resume.education[0].end.year == 2015);
  CHECK(resume.education[1].institution == "Campion Anglo-Indian Higher Secondary School");
}

TEST_CASE("a title's last word wrapped in its bold type under the dates ('freelance') heads no section") {
  OnePage page;
  page.add({{"Nicolas Chambon", 40, 250, 20, true}});
  page.add({{"n.chambon@proton.me", 40, 200}});
  page.add({{"À propos", 40, 120, 13, true}});
  page.add({{"Ingénieur systèmes, onze ans d'exploitation Linux.", 40, 400}});
  page.add({{"Expériences professionnelles", 40, 260, 13, true}});
  page.add({{"Ingénieur Virtualisation VMware – Mission", 40, 330, 13, true}, {"mars 2021 - déc. 2022", 450, 560, 9}});
  page.add({{"(1 an 10 mois)", 470, 540, 9}});
  page.add({{"freelance", 40, 100, 13, true}});
  page.add({{"Mutuelle Rhône-Loire · Lyon (69)", 40, 250}});
  page.add({{"Migration de vSphere 6.5 vers 7.0 sur deux datacenters", 52, 400}}, true);
  page.add({{"Formations", 40, 130, 13, true}});
  page.add({{"BTS SIO, Lycée Honoré d'Urfé, 2010 - 2012", 40, 300}});
  auto resume = analyse_structure(page.document);
  REQUIRE(resume.sections.size() == 3);
  CHECK(resume.sections[1].canonical == "experience");
  CHECK(resume.sections[2].canonical == "education");
  REQUIRE(resume.work.size() == 1);
  CHECK(resume.work[0].company == "Mutuelle Rhône-Loire");
}

TEST_CASE("review 47: a long title over its firm's own line ('Unilever Ltd, Wirral') keeps both apart") {
  OnePage page;
  page.add({{"Priya Shah", 40, 200, 20, true}});
  page.add({{"priya@example.co.uk", 40, 200}});
  page.add({{"Experience", 40, 130, 13, true}});
  page.add({{"Graduate Engineer, Rotational Programme in Manufacturing and Packaging", 40, 455}, {"Sep 2015 – Aug 2017", 480, 560, 8}});
  page.add({{"Unilever Ltd, Wirral", 40, 150}});
  page.add({{"Ran line trials on the new sachet filler", 52, 400}}, true);
  auto resume = analyse_structure(page.document);
  REQUIRE(resume.work.size() == 1);
  CHECK(resume.work[0].company == "Unilever Ltd");
  CHECK(resume.work[0].position == "Graduate Engineer, Rotational Programme in Manufacturing and Packaging");
}

TEST_CASE("a job site's one-letter logo squares before each employer, whichever of its words the letter takes") {
  OnePage page;
  page.add({{"Rocío Fernández Bueno", 40, 250, 20, true}});
  page.add({{"rociofbueno93@gmail.com", 40, 200}});
  page.add({{"Experiencia", 40, 130, 13, true}});
  page.add({{"Camarera de sala", 40, 150, 10, true}});
  page.add({{"L", 40, 48}, {"Chiringuito Los Manueles", 60, 200}});
  page.add({{"may. 2019 - oct. 2021 · 2 años y 6 meses · Torremolinos", 60, 330}});
  page.add({{"Servicio de mesas en terraza y barra, cobro en mesa.", 60, 330}});
  page.add({{"Dependienta (campaña de Navidad)", 40, 220, 10, true}});
  page.add({{"D", 40, 48}, {"Decathlon Málaga Plaza Mayor", 60, 220}});
  page.add({{"dic. 2016 - ene. 2017 · 2 meses · Málaga", 60, 280}});
  auto resume = analyse_structure(page.document);
  REQUIRE(resume.work.size() == 2);
  CHECK(resume.work[0].company == "Chiringuito Los Manueles");
  CHECK(resume.work[1].company == "Decathlon Málaga Plaza Mayor");
}

TEST_CASE("Zoho Recruit's record table: 'Work Duration', 'Currently work here' and 'Summary' columns, a date broken at its hyphen") {
  TablePage page;
  auto add = [&](double y, std::vector<RunSpec> specs) { page.add_at(y, std::move(specs)); };
  add(40, {{"Anitha Mathew", 60, 200, 18, true}});
  add(60, {{"anitha@example.in", 60, 160}});
  add(100, {{"Experience Details", 57, 200, 13, true}});
  add(120, {{"Occupation / Title", 60, 140}, {"Company", 170, 215}, {"Work Duration", 270, 330}, {"currently", 350, 395}, {"Summary", 410, 450}});
  add(131, {{"work here", 350, 392}});
  add(150, {{"Staff Nurse - Cardiology", 60, 160}, {"Sree Narayana Heart", 170, 260}, {"Sep-2018 to Jun-", 270, 340}, {"false", 350, 372}, {"30-bed cardiology step-down ward.", 410, 560}});
  add(161, {{"Ward", 60, 85}, {"Centre, Ernakulam", 170, 250}, {"2021", 270, 292}, {"Pre and post PTCA care.", 410, 520}});
  add(185, {{"Nursing Intern", 60, 130}, {"Government Medical", 170, 260}, {"Sep-2017 to Aug-", 270, 340}, {"false", 350, 372}, {"Compulsory internship.", 410, 510}});
  add(196, {{"College Hospital, Kottayam", 170, 290}, {"2018", 270, 292}});
  auto resume = analyse_structure(page.document);
  REQUIRE(resume.work.size() == 2);
  CHECK(resume.work[0].position == "Staff Nurse - Cardiology Ward");
  CHECK(resume.work[0].company == "Sree Narayana Heart Centre");
  CHECK(resume.work[0].start.iso() == "2018-09");
  CHECK(resume.work[0].end.iso() == "2021-06");
  CHECK(resume.work[1].company == "Government Medical College Hospital");
}

TEST_CASE("IEFPonline's schools: 'Ano de' / 'conclusão' set around the header row, the level naming the degree") {
  TablePage page;
  auto add = [&](double y, std::vector<RunSpec> specs) { page.add_at(y, std::move(specs)); };
  add(40, {{"Rita Gonçalves", 60, 200, 18, true}});
  add(60, {{"rita@example.pt", 60, 160}});
  add(100, {{"Habilitações escolares", 57, 230, 13, true}});
  add(120, {{"Ano de", 443, 469, 9}});
  add(125, {{"Nível de escolaridade", 57, 150, 9}, {"Curso / Área", 170, 230, 9}, {"Estabelecimento de ensino", 300, 410, 9}, {"Classificação", 494, 540, 9}});
  add(131, {{"conclusão", 443, 480, 9}});
  add(150, {{"Mestrado (QNQ 7)", 57, 140}, {"Educação Pré-Escolar", 170, 280}, {"Instituto Politécnico de Bragança", 300, 430}, {"2014", 443, 465}, {"16 valores", 494, 540}});
  add(172, {{"Licenciatura (QNQ 6)", 57, 150}, {"Educação Básica", 170, 260}, {"Instituto Politécnico de Bragança", 300, 430}, {"2012", 443, 465}, {"14 valores", 494, 540}});
  auto resume = analyse_structure(page.document);
  REQUIRE(resume.education.size() == 2);
  CHECK(resume.education[0].study_type == "Mestrado");
  CHECK(resume.education[0].area == "Educação Pré-Escolar");
  CHECK(resume.education[0].institution == "Instituto Politécnico de Bragança");
  CHECK(resume.education[0].end.year == 2014);
  CHECK(resume.education[1].score == "14 valores");
}

TEST_CASE("a Flemish job portal's diploma table ('Studierichting', 'Behaald in') and a three-column course table under its own heading") {
  OnePage page;
  page.add({{"Lotte Van den Bossche", 40, 220, 18, true}});
  page.add({{"lotte@example.be", 40, 200}});
  page.add({{"Diploma's", 40, 120, 13, true}});
  page.add({{"Diploma", 40, 90, 9, true}, {"Studierichting", 200, 270, 9, true}, {"Onderwijsinstelling", 370, 460, 9, true}, {"Behaald in", 500, 550, 9, true}});
  page.add({{"Professionele bachelor", 40, 150}, {"Sociaal werk", 200, 260}, {"Thomas More Mechelen", 370, 470}, {"2012", 500, 522}});
  page.add({{"Postgraduaat", 40, 100}, {"Schuldbemiddeling", 200, 290}, {"Karel de Grote Hogeschool", 370, 490}, {"2016", 500, 522}});
  page.add({{"Bijkomende opleidingen en attesten", 40, 240, 13, true}});
  // "Opleiding" names a section, yet with two more column names beside it the row heads the table below.
  page.add({{"Opleiding", 40, 90, 9, true}, {"Organisator", 370, 430, 9, true}, {"Jaar", 500, 522, 9, true}});
  page.add({{"Motiverende gespreksvoering", 40, 180}, {"VVSG", 370, 400}, {"2019", 500, 522}});
  page.add({{"Eerste hulp (basisbrevet)", 40, 170}, {"Rode Kruis Vlaanderen", 370, 480}, {"2021", 500, 522}});
  auto resume = analyse_structure(page.document);
  REQUIRE(resume.sections.size() == 2);
  CHECK(resume.sections[0].canonical == "education");
  CHECK(resume.sections[1].canonical == "certifications");
  REQUIRE(resume.education.size() == 2);
  CHECK(resume.education[0].study_type == "Professionele bachelor");
  CHECK(resume.education[0].area == "Sociaal werk");
  CHECK(resume.education[0].institution == "Thomas More Mechelen");
  CHECK(resume.education[1].end.year == 2016);
}

TEST_CASE("an NHS application form's employment blocks: 'Grade / band', 'Place of work', 'Main duties and responsibilities'") {
  OnePage page;
  page.add({{"Eilidh Farrow", 40, 200, 18, true}});
  page.add({{"eilidh.farrow@example.co.uk", 40, 200}});
  page.add({{"Current / most recent employment", 40, 260, 13, true}});
  page.add({{"Employer", 40, 100, 10, true}, {"North Cumbria Integrated Care NHS Foundation Trust", 200, 470}});
  page.add({{"Job title", 40, 90, 10, true}, {"Specialist Physiotherapist", 200, 330}});
  page.add({{"Grade / band", 40, 110, 10, true}, {"Band 6", 200, 235}});
  page.add({{"Place of work", 40, 115, 10, true}, {"Penrith Community Hospital", 200, 330}});
  page.add({{"Start date", 40, 95, 10, true}, {"04/2021", 200, 240}});
  page.add({{"End date", 40, 90, 10, true}, {"Currently employed", 200, 290}});
  page.add({{"Notice period", 40, 110, 10, true}, {"8 weeks", 200, 240}});
  page.add({{"Main duties and responsibilities", 40, 190, 10, true}, {"Manage a complex caseload of spinal patients.", 200, 420}});
  page.add({{"Reason for leaving", 40, 130, 10, true}, {"Career progression", 200, 300}});
  auto resume = analyse_structure(page.document);
  REQUIRE(resume.work.size() == 1);
  CHECK(resume.work[0].company == "North Cumbria Integrated Care NHS Foundation Trust");
  CHECK(resume.work[0].position == "Specialist Physiotherapist");
  CHECK(resume.work[0].start.year == 2021);
}

TEST_CASE("a recruiting tool's job table: 'Empresa   Puesto   Desde   Hasta   Descripción', a Catalan 'l·l' inside a firm's name") {
  OnePage page;
  page.add({{"Jordi Vilaró Puig", 40, 200, 18, true}});
  page.add({{"jordi@example.cat", 40, 200}});
  page.add({{"Experiencia laboral", 40, 200, 13, true}});
  page.add({{"Empresa", 40, 90, 9, true}, {"Puesto", 160, 200, 9, true}, {"Desde", 260, 290, 9, true}, {"Hasta", 320, 350, 9, true},
            {"Descripción", 390, 450, 9, true}});
  page.add({{"Instal·lacions Elèctriques Cardona, S.L.", 40, 150}, {"Oficial 1ª electricista", 160, 250}, {"06/2014", 260, 295},
            {"02/2020", 320, 355}, {"Instalaciones de baja tensión en naves industriales.", 390, 560}});
  page.add({{"Paperera del Bages, S.A.", 40, 150}, {"Técnico en prácticas", 160, 250}, {"03/2013", 260, 295},
            {"06/2013", 320, 355}, {"Apoyo en bobinadoras y sistemas neumáticos.", 390, 560}});
  auto resume = analyse_structure(page.document);
  REQUIRE(resume.work.size() == 2);
  CHECK(resume.work[0].company == "Instal·lacions Elèctriques Cardona, S.L.");
  CHECK(resume.work[0].position == "Oficial 1ª electricista");
  CHECK(resume.work[0].end.year == 2020);
  CHECK(resume.work[1].company == "Paperera del Bages, S.A.");
}

TEST_CASE("a form's numbered heading with a remark in lower case after the section's name heads its section") {
  OnePage page;
  page.add({{"Tobias Schäfer", 40, 200, 18, true}});
  page.add({{"tobias@example.de", 40, 200}});
  page.add({{"5. Beruflicher Werdegang (beginnend mit der aktuellen Tätigkeit)", 40, 400, 12, true}});
  page.add({{"03/2018 – heute", 40, 120}, {"Pfalzwerk Kunststofftechnik GmbH, Zweibrücken", 160, 400}});
  page.add({{"Instandhaltungselektroniker", 160, 300}});
  auto resume = analyse_structure(page.document);
  REQUIRE(resume.sections.size() == 1);
  CHECK(resume.sections[0].canonical == "experience");
  CHECK(resume.work.size() == 1);
}

TEST_CASE("a spreadsheet's job table: 'Sector' read as nothing, the town after the employer's dash, a 'Funciones' row's bullets") {
  OnePage page;
  page.add({{"Francisco Roldán Cabello", 40, 250, 18, true}});
  page.add({{"fjroldan@example.es", 40, 200}});
  page.add({{"EXPERIENCIA PROFESIONAL", 40, 220, 12, true}});
  page.add({{"Desde", 40, 70, 9, true}, {"Hasta", 110, 140, 9, true}, {"Puesto", 200, 240, 9, true},
            {"Empresa / Localidad", 330, 420, 9, true}, {"Sector", 470, 500, 9, true}});
  // Cell lines touch; rows part by a few points, as a spreadsheet prints them.
  double y = 120;
  auto row = [&](std::vector<RunSpec> specs, double gap) { add_spaced(page, y, std::move(specs), gap); };
  row({{"03/2018", 40, 75}, {"Actualidad", 110, 150}, {"Jefe de almacén", 200, 280},
       {"Logística Subbética, S.L. – Lucena (Córdoba)", 330, 460}, {"Operador logístico", 470, 560}}, 0);
  row({{"Funciones", 40, 85}, {"• Dirección de un almacén de 12.000 m² con 22 operarios", 200, 480}}, 4);
  row({{"• Implantación de SAP EWM en 2019 como usuario clave; errores de preparación del", 200, 560}}, 0);
  row({{"1,8 % al 0,4 %.", 200, 260}}, 0);
  row({{"06/2013", 40, 75}, {"02/2018", 110, 145}, {"Responsable de turno", 200, 300},
       {"Distribuciones Alimentarias del Sur, S.A. – Antequera (Málaga)", 330, 465}, {"Alimentación", 470, 540}}, 4);
  auto resume = analyse_structure(page.document);
  REQUIRE(resume.work.size() == 2);
  CHECK(resume.work[0].position == "Jefe de almacén");
  CHECK(resume.work[0].company == "Logística Subbética, S.L.");
  CHECK(resume.work[0].location == "Lucena (Córdoba)");
  REQUIRE(resume.work[0].highlights.size() == 2);
  CHECK(resume.work[0].highlights[1] ==
        "Implantación de SAP EWM en 2019 como usuario clave; errores de preparación del 1,8 % al 0,4 %.");
  CHECK(resume.work[1].company == "Distribuciones Alimentarias del Sur, S.A.");
  CHECK(resume.work[1].location == "Antequera (Málaga)");
  CHECK(resume.work[1].start.year == 2013);
}

TEST_CASE("an applicant dossier's 'Von   Bis   Arbeitgeber / Ort' table: the place on the cell's last line, typed '- ' duties as bullets, 'Fachrichtung' beside the degree") {
  OnePage page;
  page.add({{"Melanie Schürle", 40, 250, 18, true}});
  page.add({{"melanie@example.de", 40, 200}});
  page.add({{"Berufserfahrung", 40, 220, 12, true}});
  page.add({{"Von", 40, 60, 9, true}, {"Bis", 100, 115, 9, true}, {"Arbeitgeber / Ort", 160, 240, 9, true},
            {"Position", 300, 340, 9, true}, {"Tätigkeiten / Verantwortung", 420, 540, 9, true}});
  double y = 120;
  auto row = [&](std::vector<RunSpec> specs, double gap) { add_spaced(page, y, std::move(specs), gap); };
  row({{"04.2022", 40, 75}, {"heute", 100, 125}, {"Klinik am Hohenrechberg", 160, 270}, {"Praxisanleiterin", 300, 380},
       {"- Planung der praktischen", 420, 540}}, 0);
  row({{"GmbH", 160, 185}, {"Anleitung von Auszubildenden", 420, 560}}, 0);
  row({{"Schwäbisch Gmünd", 160, 250}, {"- Prüfungen in der Praxis", 420, 540}}, 0);
  row({{"10.2015", 40, 75}, {"09.2018", 100, 135}, {"Rems-Murr-Krankenhaus", 160, 270}, {"Krankenpflegerin", 300, 380},
       {"Innere Medizin, 32 Betten;", 420, 540}}, 6);
  row({{"Welzheim", 160, 200}, {"Bereichspflege im Schichtdienst.", 420, 560}}, 0);
  page.add({{"Aus- und Weiterbildung", 40, 220, 12, true}});
  y += 10;
  place_at(page.document.lines.back(), y, 14);
  y += 14;
  row({{"Von", 40, 60, 9, true}, {"Bis", 100, 115, 9, true}, {"Institution", 160, 210, 9, true}, {"Abschluss", 300, 345, 9, true},
       {"Fachrichtung", 400, 460, 9, true}, {"Note", 520, 540, 9, true}}, 6);
  row({{"10.2019", 40, 75}, {"09.2021", 100, 135}, {"Bildungszentrum Pflege", 160, 270}, {"Fachweiterbildung", 300, 380},
       {"Intensivpflege", 400, 470}, {"1,5", 520, 530}}, 6);
  row({{"Stuttgart-Nord", 160, 230}, {"(DKG)", 300, 330}}, 0);
  auto resume = analyse_structure(page.document);
  REQUIRE(resume.work.size() == 2);
  CHECK(resume.work[0].company == "Klinik am Hohenrechberg GmbH");
  CHECK(resume.work[0].location == "Schwäbisch Gmünd");
  CHECK(resume.work[0].end.year == 0);
  REQUIRE(resume.work[0].highlights.size() == 2);
  CHECK(resume.work[0].highlights[0] == "Planung der praktischen Anleitung von Auszubildenden");
  CHECK(resume.work[1].company == "Rems-Murr-Krankenhaus");
  CHECK(resume.work[1].location == "Welzheim");
  CHECK(resume.work[1].highlights.empty());  // a cell of prose
  REQUIRE(resume.education.size() == 1);
  CHECK(resume.education[0].study_type == "Fachweiterbildung (DKG)");
  CHECK(resume.education[0].area == "Intensivpflege");
}

TEST_CASE("a bold job title under 'De juillet 2015 à janvier 2019' is the entry's, not a section's heading") {
  OnePage page;
  page.add({{"Inès Moreels", 40, 200, 18, true}});
  page.add({{"ines.moreels@hotmail.be", 40, 200}});
  page.add({{"Expériences professionnelles", 40, 220, 11, true}});
  page.add({{"De février 2019 à août 2021", 40, 160, 8, true}});
  page.add({{"Infirmière – pool de remplacement", 40, 220, 11, true}});
  page.document.lines.back().block_start = false;
  page.add({{"Medi-Interim Santé · Bruxelles · Intérim", 40, 250}});
  page.document.lines.back().block_start = false;
  page.add({{"De juillet 2015 à janvier 2019", 40, 160, 8, true}});
  page.add({{"Aide-soignante (job étudiant)", 40, 200, 11, true}});
  page.document.lines.back().block_start = false;
  page.add({{"Résidence Les Tilleuls (MRS) · Uccle · Contrat étudiant", 40, 300}});
  page.document.lines.back().block_start = false;
  page.add({{"Formations et diplômes", 40, 200, 11, true}});
  page.add({{"2015 – 2019", 40, 100, 8, true}});
  page.add({{"Bachelier Infirmier responsable de soins généraux", 40, 300}});
  auto resume = analyse_structure(page.document);
  REQUIRE(resume.sections.size() == 2);
  CHECK(resume.sections[1].canonical == "education");
  REQUIRE(resume.work.size() == 2);
  CHECK(resume.work[1].position == "Aide-soignante (job étudiant)");
}

TEST_CASE("a sheet's job table: 'Dal   Al   Azienda   Sede   Mansione', typed bullets under the employer's cell, a remark in its brackets") {
  OnePage page;
  page.add({{"Stefano Vailati", 40, 250, 18, true}});
  page.add({{"stefano@example.it", 40, 200}});
  page.add({{"Esperienze lavorative", 40, 220, 12, true}});
  page.add({{"Dal", 40, 60, 9, true}, {"Al", 90, 105, 9, true}, {"Azienda", 140, 190, 9, true}, {"Sede", 260, 290, 9, true},
            {"Mansione", 350, 400, 9, true}});
  double y = 120;
  auto row = [&](std::vector<RunSpec> specs, double gap) { add_spaced(page, y, std::move(specs), gap); };
  row({{"03/2016", 40, 75}, {"in corso", 90, 130}, {"Logistica Padana S.r.l.", 140, 240}, {"Spino d'Adda (CR)", 260, 340},
       {"Capo turno", 350, 420}}, 0);
  row({{"(magazzino conto terzi)", 140, 240}, {"magazzino", 350, 420}}, 0);
  row({{"- Coordinamento di 8 carrellisti e 4 addetti", 140, 400}}, 0);
  row({{"- Gestione missioni su WMS Reflex", 140, 400}}, 0);
  row({{"09/2009", 40, 75}, {"02/2016", 90, 125}, {"Coop. Logistica Cremasca", 140, 250}, {"Crema (CR)", 260, 310},
       {"Carrellista", 350, 420}}, 6);
  auto resume = analyse_structure(page.document);
  REQUIRE(resume.work.size() == 2);
  CHECK(resume.work[0].company == "Logistica Padana S.r.l.");
  CHECK(resume.work[0].position == "Capo turno magazzino");
  CHECK(resume.work[0].location == "Spino d'Adda (CR)");
  REQUIRE(resume.work[0].highlights.size() == 2);
  CHECK(resume.work[0].highlights[1] == "Gestione missioni su WMS Reflex");
  CHECK(resume.work[1].start.year == 2009);
}

TEST_CASE("an applicant file's school table: wrapped cells a point or two apart, rows ten; the school's town below its name") {
  OnePage page;
  page.add({{"Jonas Berger", 40, 250, 18, true}});
  page.add({{"jonas@example.de", 40, 200}});
  page.add({{"Schul- und Berufsausbildung", 40, 220, 12, true}});
  page.add({{"Von", 40, 60, 9, true}, {"Bis", 100, 115, 9, true}, {"Schule / Ausbildungsbetrieb", 160, 280, 9, true},
            {"Abschluss", 330, 380, 9, true}});
  double y = 120;
  auto row = [&](std::vector<RunSpec> specs, double gap) { add_spaced(page, y, std::move(specs), gap, 10.4); };
  row({{"08/2019", 40, 75}, {"07/2023", 100, 135}, {"Carl-Miele-Berufskolleg", 160, 280}, {"Staatlich geprüfter Techniker", 330, 460}}, 8);
  row({{"Gütersloh, Fachschule für Technik", 160, 300}, {"Fachrichtung Maschinenbautechnik", 330, 480}}, 1.6);
  row({{"(Teilzeit, abends)", 160, 240}, {"Abschlussnote: 1,9", 330, 420}}, 2.4);
  row({{"08/2002", 40, 75}, {"07/2008", 100, 135}, {"Städtische Realschule", 160, 260}, {"Fachoberschulreife", 330, 420}}, 10);
  row({{"Rheda-Wiedenbrück", 160, 250}}, 1.6);
  auto resume = analyse_structure(page.document);
  REQUIRE(resume.education.size() == 2);
  CHECK(resume.education[0].institution == "Carl-Miele-Berufskolleg");
  CHECK(resume.education[0].score == "1,9");
  // A town alone below may end the name ("Bildungszentrum Pflege" / "Stuttgart-Nord"): the cell whole.
  CHECK(resume.education[1].institution == "Städtische Realschule Rheda-Wiedenbrück");
  CHECK(resume.education[1].start.year == 2002);
}

TEST_CASE("a recruiting app's page: its note beside the heading, and a logo's initials under the employer they abbreviate") {
  OnePage page;
  page.add({{"Dennis Kowalczyk", 40, 250, 18, true}});
  page.add({{"d.kowalczyk@web.de", 40, 200}});
  page.add({{"Berufserfahrung", 40, 140, 12, true}, {"aus Lebenslauf übernommen", 330, 450, 8}});
  page.add({{"Schichtleiter Wareneingang", 80, 250, 10, true}});
  page.add({{"LW", 44, 58}});
  page.add({{"LogiPark Westfalen GmbH · Hamm", 80, 250}});
  page.add({{"04/2019 – heute", 80, 160}});
  page.add({{"Führung von bis zu 35 Mitarbeitenden", 90, 300}}, true);
  page.add({{"Frischdienst Nord-West GmbH & Co. KG · Unna", 80, 300}});
  page.add({{"FN", 44, 58}});
  page.add({{"09/2015 – 03/2019", 80, 160}});
  page.add({{"Teamleiter Kommissionierung", 80, 250, 10, true}});
  page.add({{"01/2017 – 03/2019", 80, 160}});
  page.add({{"Leitung eines Teams von 12 Kommissionierer:innen", 90, 300}}, true);
  auto resume = analyse_structure(page.document);
  REQUIRE(resume.work.size() == 2);
  CHECK(resume.work[0].company == "LogiPark Westfalen GmbH");
  CHECK(resume.work[1].company == "Frischdienst Nord-West GmbH & Co. KG");
  CHECK(resume.work[1].position == "Teamleiter Kommissionierung");
}

TEST_CASE("a portal's band titles the page 'CURRICULUM VITAE' at its top: no section, though read after the first heading") {
  OnePage page;
  page.add({{"Alessia Pazzaglia", 40, 200, 16, true}});
  page.add({{"alessia.pazzaglia96@libero.it", 40, 200}});
  page.add({{"ESPERIENZE LAVORATIVE", 40, 200, 12, true}});
  page.add({{"Tre stagioni estive, due invernali", 40, 200}});
  page.add_in(2, 1, {{"CURRICULUM VITAE", 450, 560, 12, true}});  // the band's right side, read after the left column
  place_at(page.document.lines.back(), 38, 13);
  page.add({{"10/2024 – in corso", 40, 120}, {"Hotel Villa Adriatica", 200, 300}, {"Front Office Supervisor", 330, 440}});
  page.add({{"Coordinamento di 4 receptionist e 2 portieri di notte", 210, 500}}, true);
  page.add({{"ISTRUZIONE E FORMAZIONE", 40, 220, 12, true}});
  page.add({{"2015 – 2019", 40, 100}, {"Laurea triennale in Economia del Turismo", 200, 400}});
  auto resume = analyse_structure(page.document);
  REQUIRE(resume.sections.size() == 2);
  CHECK(resume.sections[0].canonical == "experience");
  REQUIRE(resume.work.size() == 1);
  CHECK(resume.work[0].position == "Front Office Supervisor");
}

TEST_CASE("page 2's main column after page 1's sidebar: a job title there heads an entry of the section headed in its column") {
  OnePage page;
  page.document.pages.push_back(Page{2, 595, 842, 0, 100, {}, {}});
  page.add({{"Brodie McInerney", 40, 260, 20, true}});
  page.add({{"brodie.mcinerney@bigpond.com", 40, 220}});
  page.add_in(1, 1, {{"Work history", 40, 140, 12, true}});
  page.add_in(1, 1, {{"Warehouse Team Leader", 40, 200, 12, true}});
  page.add_in(1, 1, {{"Gippsland Fresh Distribution · Morwell VIC", 40, 260}});
  page.add_in(1, 1, {{"Mar 2021 – Present · 4 yrs 9 mos", 40, 200}});
  page.add_in(1, 1, {{"Lead a day-shift team of 14 storepersons", 50, 300}}, true);
  page.add_in(2, 1, {{"Skills", 400, 440, 12, true}});
  page.add_in(2, 1, {{"Team leadership", 400, 480}});
  page.add_in(2, 1, {{"Licences & certifications", 400, 540, 12, true}});
  page.add_in(2, 1, {{"High Risk Work Licence – LF (Forklift)", 400, 560}});
  page.add_in(1, 2, {{"Forklift Operator / Storeperson", 40, 230, 12, true}});
  page.add_in(1, 2, {{"Latrobe Valley Freight Services · Traralgon VIC", 40, 280}});
  page.add_in(1, 2, {{"Jul 2017 – Jun 2019", 40, 140}});
  page.add_in(1, 2, {{"Loaded and unloaded B-doubles and containers", 50, 300}}, true);
  page.add_in(1, 2, {{"Casual Storeperson", 40, 160, 12, true}});
  page.add_in(1, 2, {{"Kestrel Labour Hire · Maryvale VIC", 40, 240}});
  page.add_in(1, 2, {{"Aug 2015 – Jun 2017 · 1 yr 11 mos", 40, 200}});
  page.add_in(1, 2, {{"Picking, packing and wrapping reels for dispatch", 50, 300}}, true);
  auto resume = analyse_structure(page.document);
  for (const auto& section : resume.sections) CHECK(section.heading != "Casual Storeperson");
  REQUIRE(resume.work.size() == 3);
  CHECK(resume.work[2].position == "Casual Storeperson");
  CHECK(resume.work[2].company == "Kestrel Labour Hire");
}

TEST_CASE("a justified bullet's line ran to the margin: the noun below, in capitals, flush with its marker, ends it") {
  OnePage page;
  page.add({{"Frauke Jessen", 40, 200, 16, true}});
  page.add({{"frauke.jessen@posteo.de", 40, 200}});
  page.add({{"Berufserfahrung", 40, 160, 12, true}});
  page.add({{"04/2020 – heute", 40, 110}, {"Projektleiterin Tragwerksplanung", 300, 460}});
  page.add({{"Ingenieurbüro Thomsen + Partner mbB, Husum", 300, 500}});
  page.add({{"Statische Berechnung und Bemessung von", 300, 525}}, true);
  page.add({{"Hafen- und Deichbauwerken nach Eurocode", 300, 500}});
  page.document.lines.back().block_start = false;
  page.add({{"Fachliche Betreuung von zwei", 300, 525}}, true);
  page.add({{"Werkstudierenden", 300, 390}});
  page.document.lines.back().block_start = false;
  page.add({{"10/2016 – 03/2020", 40, 110}, {"Bauingenieurin Bauüberwachung", 300, 460}});
  page.add({{"Landesbetrieb Küstenschutz Schleswig-Holstein", 300, 520}});
  page.add({{"Örtliche Bauüberwachung bei Deichverstärkungen", 300, 525}}, true);
  auto resume = analyse_structure(page.document);
  REQUIRE(resume.work.size() == 2);
  REQUIRE(resume.work[0].highlights.size() == 2);
  CHECK(resume.work[0].highlights[0] == "Statische Berechnung und Bemessung von Hafen- und Deichbauwerken nach Eurocode");
  CHECK(resume.work[0].highlights[1] == "Fachliche Betreuung von zwei Werkstudierenden");
  CHECK(resume.work[1].company == "Landesbetrieb Küstenschutz Schleswig-Holstein");
}

TEST_CASE("a campus portal's school table: the board after the school and the town's sector are no part of its name") {
  OnePage page;
  page.add({{"Aditya Kumar Sahoo", 40, 250, 18, true}});
  page.add({{"adityaksahoo2004@gmail.com", 40, 200}});
  page.add({{"Education", 40, 120, 12, true}});
  page.add({{"Qualification", 40, 110, 9, true}, {"Institute / Board", 220, 300, 9, true}, {"Year", 420, 445, 9, true},
            {"Score", 480, 510, 9, true}});
  double y = 130;
  auto row = [&](std::vector<RunSpec> specs, double gap) { add_spaced(page, y, std::move(specs), gap, 10.4); };
  row({{"B.Tech, Mechanical", 40, 120}, {"National Institute of Technology", 220, 380}, {"2022 –", 420, 450}, {"8.47", 480, 500}}, 8);
  row({{"Engineering", 40, 100}, {"Rourkela", 220, 260}, {"2026", 420, 445}, {"CGPA", 480, 505}}, 1.6);
  row({{"Class XII (Science – PCM)", 40, 160}, {"DAV Public School, Sector-6, Rourkela ·", 220, 400}, {"2022", 420, 445},
       {"91.2%", 480, 505}}, 10);
  row({{"CBSE", 220, 245}}, 1.6);
  auto resume = analyse_structure(page.document);
  REQUIRE(resume.education.size() == 2);
  CHECK(resume.education[0].institution == "National Institute of Technology Rourkela");
  CHECK(resume.education[1].institution == "DAV Public School");
  CHECK(resume.education[1].study_type == "Class XII");
}

TEST_CASE("a card's date cell: the start alone, its end on the next line after a dash, the contract's terms below") {
  OnePage page;
  page.add({{"Mélanie Grosjean", 40, 250, 18, true}});
  page.add({{"melanie.grosjean25@orange.fr", 40, 200}});
  page.add({{"Expérience professionnelle", 40, 220, 12, true}});
  page.add({{"mars 2021", 40, 90}});
  page.add({{"– aujourd'hui", 40, 100}});
  page.add({{"CDI, 100 %", 40, 95}});
  page.add({{"Infirmière en réanimation polyvalente", 200, 400, 10, true}});
  page.add({{"Groupe Hospitalier du Pays de Montbéliard – Montbéliard", 200, 480}});
  page.add({{"Prise en charge de 2 à 3 patients de réanimation par poste", 210, 500}}, true);
  page.add({{"sept. 2017", 40, 90}});
  page.add({{"– févr. 2021", 40, 100}});
  page.add({{"CDI", 40, 60}});
  page.add({{"Infirmière en chirurgie orthopédique", 200, 400, 10, true}});
  page.add({{"Clinique du Parc de l'Allan – Montbéliard", 200, 420}});
  page.add({{"Soins pré- et post-opératoires pour 28 lits", 210, 450}}, true);
  auto resume = analyse_structure(page.document);
  REQUIRE(resume.work.size() == 2);
  CHECK(resume.work[1].company == "Clinique du Parc de l'Allan");  // the terms' line "CDI" is no header field
  CHECK(resume.work[0].start.year == 2021);
  CHECK(resume.work[0].end.present);
  CHECK(resume.work[0].position == "Infirmière en réanimation polyvalente");
  CHECK(resume.work[0].company == "Groupe Hospitalier du Pays de Montbéliard");
}

TEST_CASE("a site's page title 'Curriculum' set larger than the name outranks no name; a cookie banner's buttons are none") {
  OnePage page;
  page.add({{"Questo sito utilizza cookie tecnici e, previo tuo consenso, cookie di profilazione", 51, 416, 8}});
  page.add({{"Personalizza", 447, 489, 7.6}, {"Accetta", 511, 536, 7.6}});
  page.add({{"Studio Tecnico Dal Farra", 89, 260, 22}});
  page.add({{"GEOM. MATTEO DAL FARRA · BELLUNO", 89, 252, 7.4}});
  page.add({{"Curriculum", 51, 178, 35}});
  page.add({{"Matteo Dal Farra", 149, 281, 25}});
  page.add({{"Geometra libero professionista – Rilievi, pratiche catastali", 149, 463, 9.6}});
  page.add({{"studio@geometradalfarra.it · PEC: mdf@geopec.it", 149, 400, 9.6}});
  auto resume = analyse_structure(page.document);
  CHECK(resume.contact.name == "MATTEO DAL FARRA");  // the surveyor's "Geom." is his title, no name
}

TEST_CASE("a portal's lower-case wordmark set large over the candidate's name joins no name") {
  OnePage page;
  page.add({{"Fernway Energy  › Jobs  › Customer Operations Lead  › Candidates", 40, 300, 8}});
  page.add({{"otta", 40, 80, 22, true}});
  page.add({{"Applied for Customer Operations Lead · Manchester (Hybrid) · 11 Jun 2024 via Otta", 40, 420, 8}});
  page.add({{"Rhiannon Keane", 40, 180, 22, true}});
  page.add({{"RK", 40, 52, 9}, {"Customer Success Manager · 8 years' experience", 60, 300, 9}});
  page.add({{"Stockport, Greater Manchester, UK", 40, 200, 9}, {"rhiannon.keane@outlook.com", 220, 360, 9}});
  auto resume = analyse_structure(page.document);
  CHECK(resume.contact.name == "Rhiannon Keane");
}

TEST_CASE("an inn's banner with its town under a job's duties heads the roles below; a rail's season note wraps its year") {
  OnePage page;
  page.add({{"Katharina Moser", 48, 200, 20, true}});
  page.add({{"k.moser@gmx.at", 48, 160}});
  page.add({{"BERUFSERFAHRUNG", 48, 200, 12, true}});
  page.add({{"12/2021 – heute", 35, 95}, {"Sous-Chefin", 118, 180, 10, true}});
  page.add({{"JAHRESSTELLE", 35, 90}, {"Hotel Dachsteinblick · Schladming", 118, 300}});
  page.add({{"Stellvertretende Küchenleitung für 14 Köch:innen und 3 Lehrlinge", 130, 420}}, true);
  page.add({{"HACCP-Verantwortliche, Allergenkennzeichnung und Eigenkontrollen", 130, 410}}, true);
  page.add({{"Gasthof Zum Goldenen Hirschen · Ramsau am Dachstein", 118, 330}});
  page.add({{"05/2019 – 11/2021", 35, 95}, {"Chef de Partie (Saucier)", 118, 230, 10, true}});
  page.add({{"JAHRESSTELLE", 35, 90}});
  page.add({{"Verantwortlich für Saucen, Fonds, Fleisch- und Fischposten", 130, 400}}, true);
  page.add({{"05/2016 – 10/2016", 35, 95}, {"Commis de Cuisine", 118, 210, 10, true}});
  page.add({{"SOMMERSAISON", 35, 92}, {"Strandhotel Seeblick · Velden am Wörthersee", 118, 320}});
  page.add({{"2016", 35, 58}});
  page.add({{"Einsatz auf allen Posten einer Saisonküche mit Halbpension und Seeterrasse.", 118, 470}});
  auto resume = analyse_structure(page.document);
  REQUIRE(resume.work.size() == 3);  // the wrapped "2016" dates no job of its own
  CHECK(resume.work[0].company == "Hotel Dachsteinblick");
  CHECK(resume.work[1].company == "Gasthof Zum Goldenen Hirschen");
  CHECK(resume.work[1].location == "Ramsau am Dachstein");
  CHECK(resume.work[2].company == "Strandhotel Seeblick");
}

TEST_CASE("a job table's 'Ruolo e struttura' cell stacks the role over its employer and town; a season's words over its years") {
  OnePage page;
  page.add({{"Davide Orengo", 48, 200, 18, true}});
  page.add({{"davide@example.it", 48, 160}});
  page.add({{"ESPERIENZE PROFESSIONALI", 48, 220, 12, true}});
  page.add({{"Periodo", 48, 81, 9, true}, {"Ruolo e struttura", 120, 200, 9, true}, {"Principali attività e risultati", 260, 400, 9, true}});
  page.add({{"04/2021 – oggi", 48, 110}, {"Sous-chef", 120, 160}, {"• Gestione della brigata (7 persone) e dei turni", 260, 480}});
  page.add({{"Ristorante La Lanterna Blu", 120, 230}, {"• Ordini ai fornitori e controllo del food cost", 260, 470}});
  page.add({{"Sanremo (IM)", 120, 175}});
  page.add({{"05/2014 –", 48, 90}, {"Commis de cuisine", 120, 200}, {"• Preparazioni di base, fondi e salse", 260, 440}});
  page.add({{"02/2017", 48, 80}, {"Brasserie Le Quai", 120, 200}, {"• Servizio alla carta su due turni", 260, 430}});
  page.add({{"Menton (Francia)", 120, 190}});
  page.add({{"stagioni estive", 48, 110}, {"Aiuto cuoco", 120, 170}, {"• Supporto alla linea di cucina", 260, 420}});
  page.add({{"2010 – 2013", 48, 100}, {"Bagni Lido Azzurro", 120, 200}, {"• Pulizia e riordino della cucina", 260, 420}});
  page.add({{"Bordighera (IM)", 120, 190}});
  // Rows 22 pt apart, lines inside a row 11.7 apart.
  double y = 200;
  for (size_t index = 3; index < page.document.lines.size(); ++index) {
    bool row_start = index == 4 || index == 7 || index == 10;
    y += row_start ? 22 : 11.7;
    place_at(page.document.lines[index], y, 10.5);
  }
  auto resume = analyse_structure(page.document);
  REQUIRE(resume.work.size() == 3);
  CHECK(resume.work[0].position == "Sous-chef");
  CHECK(resume.work[0].company == "Ristorante La Lanterna Blu");
  CHECK(resume.work[0].location == "Sanremo (IM)");
  CHECK(resume.work[0].highlights.size() == 2);  // the first duty is no title
  CHECK(resume.work[1].company == "Brasserie Le Quai");
  CHECK(resume.work[1].location == "Menton (Francia)");
  CHECK(resume.work[2].position == "Aiuto cuoco");
  CHECK(resume.work[2].company == "Bagni Lido Azzurro");
  CHECK(resume.work[2].start.year == 2010);
}

TEST_CASE("a table's column heads naming a degree and a date, read column by column, make no labelled education form") {
  OnePage page;
  page.add({{"Castillo, Mariana E.", 48, 200, 12, true}});
  page.add({{"mc@example.edu", 48, 160}});
  page.add({{"(a) PROFESSIONAL PREPARATION", 48, 250, 11, true}});
  // The table's columns read apart (organisation and degree, then date and field), each cell set in its column.
  page.add({{"DEGREE", 300, 340}});
  page.add({{"ORGANIZATION AND LOCATION", 48, 200}, {"(if applicable)", 300, 360}});
  page.add({{"University of Puerto Rico at Mayagüez,", 48, 250}, {"BS", 300, 312}});
  page.add({{"Mayagüez, Puerto Rico, United States", 48, 240}});
  page.add({{"University of Florida, Gainesville, FL, United", 48, 270}, {"MS", 300, 314}});
  page.add({{"States", 48, 80}});
  page.add({{"University of Florida, Gainesville, FL, United", 48, 270}, {"PHD", 300, 320}});
  page.add({{"States", 48, 80}});
  page.add({{"RECEIPT", 380, 420}, {"FIELD OF", 470, 520}});
  page.add({{"DATE", 380, 405}, {"STUDY", 470, 505}});
  page.add({{"05/2013", 380, 420}, {"Civil Engineering", 470, 550}});
  page.add({{"08/2015", 380, 420}, {"Civil Engineering", 470, 550}});
  page.add({{"05/2019", 380, 420}, {"Civil Engineering", 470, 550}});
  page.add({{"(b) APPOINTMENTS AND POSITIONS", 48, 260, 11, true}});
  page.add({{"2021 - present", 48, 110}, {"Assistant Professor, Texas Tech University, Lubbock, TX", 160, 420}});
  auto resume = analyse_structure(page.document);
  CHECK(resume.education.size() <= 4);  // one entry per school at most, not one per line
  for (const auto& entry : resume.education) CHECK(entry.institution.find("ORGANIZATION") == std::string::npos);
  REQUIRE(resume.work.size() == 1);
  CHECK(resume.work[0].position == "Assistant Professor");
}

TEST_CASE("a job portal's wordmark and its edition's country over the CV are no home town") {
  OnePage page;
  page.add({{"Curriculum Vitae", 450, 540, 9}});
  page.add({{"buscojobs Uruguay", 40, 160, 14, true}});
  page.add({{"Código de CV: 2.841.559", 430, 540, 8}});
  page.add({{"Gonzalo Fernández Pereira", 40, 220, 18, true}});
  page.add({{"Encargado de Depósito / Logística", 40, 220, 11}});
  page.add({{"DATOS PERSONALES", 40, 160, 11, true}});
  page.add({{"Dirección", 45, 90}, {"Av. España 1432 – Paysandú, Paysandú, Uruguay", 200, 420}});
  page.add({{"Teléfono celular", 45, 120}, {"099 452 871", 200, 260}});
  page.add({{"Correo", 45, 80}, {"gonzalo.fp@example.com", 200, 320}});
  auto resume = analyse_structure(page.document);
  CHECK(resume.contact.location_text == "Paysandú, Paysandú, Uruguay");
}
