// Resumes shaped like session 26's held-out rounds (rounds 57–58); all people, schools and employers invented.
#include <doctest/doctest.h>

#include <algorithm>

#include "linter/structure/structure.h"
#include "resume_test_helpers.h"

using namespace atslint;

namespace {

bool has_section(const Resume& resume, const std::string& canonical) {
  return std::any_of(resume.sections.begin(), resume.sections.end(),
                     [&](const Section& section) { return section.canonical == canonical; });
}

}  // namespace

TEST_CASE("a remark under a running degree that names its expected end ends it there, and opens no entry") {
  auto resume = parse_text(
      "Ana Lima\nana@example.com\n\nEDUCATION\nM.Eng. Mechanical Engineering\nBow Valley University   Sep 2023 – Present\n"
      "Course-based, part-time · Expected April 2027\nB.Eng. Mechanical Engineering\nBow Valley University   Sep 2012 – Apr 2017\n"
      "GPA 3.62/4.00 · With Distinction · Capstone: heat-recovery unit (1st place, Faculty Design Fair)\n"
      "Certificate in Project Management\nChinook Polytechnic   2020 – 2022\n");
  REQUIRE(resume.education.size() == 3);
  CHECK(resume.education[0].end.year == 2027);
  CHECK(resume.education[0].end.month == 4);
  CHECK(resume.education[1].score == "3.62/4.00");
  CHECK(resume.education[2].institution == "Chinook Polytechnic");
  CHECK(resume.education[2].score.empty());
}

TEST_CASE("'conclusão prevista para jun/2027' under a running MBA is its end, no entry of its own") {
  auto resume = parse_text(
      "Ana Lima\nana@example.com\n\nFORMAÇÃO ACADÊMICA\nMBA em Direito Empresarial   2026 – atual\n"
      "Escola de Negócios Pampulha – Belo Horizonte/MG\nEm andamento – conclusão prevista para jun/2027\n"
      "Bacharelado em Direito   2013 – 2017\nUniversidade Mineira de Ciências Jurídicas\n");
  REQUIRE(resume.education.size() == 2);
  CHECK(resume.education[0].end.year == 2027);
  CHECK(resume.education[0].end.month == 6);
}

TEST_CASE("a mark line telling of an Erasmus term, its bracket wrapped, stays a remark and gives its mark") {
  auto resume = parse_text(
      "Giulia Bassi\ngiulia@example.it\n\nISTRUZIONE\nLaurea Triennale in Scienze della Comunicazione\n"
      "Università degli Studi di Lodi e Crema\n2013 – 2016 Lodi\n"
      "Voto finale: 104/110 · Erasmus a Valencia, Universitat de València (sem.\nprimaverile 2015)\n"
      "Diploma di Liceo Linguistico\nLiceo Statale Ada Negri\n2008 – 2013 Lodi\n");
  REQUIRE(resume.education.size() == 2);
  CHECK(resume.education[0].score == "104/110");
  CHECK(resume.education[1].study_type == "Diploma di Liceo Linguistico");
}

TEST_CASE("a student exchange programme in a degree's bullets is no school of its own") {
  auto resume = parse_text(
      "Wei Ling Tan\nweiling@example.sg\n\nEDUCATION\nAug 2015 – May 2019 Bachelor of Business Administration, Finance\n"
      "National University of Singapore\n- Honours (Distinction)\n"
      "- Student Exchange Programme: Copenhagen Business School, Denmark (Aug – Dec 2017)\n");
  REQUIRE(resume.education.size() == 1);
  CHECK(resume.education[0].institution == "National University of Singapore");
}

TEST_CASE("a term abroad told after the school's line is no part of the school's name") {
  auto resume = parse_text(
      "Lucía Moreno\nlucia@example.es\n\nFORMACIÓN\n2010 – 2014 Grado en Derecho\n"
      "Universidad de Andalucía Occidental, Sevilla (España)\n"
      "Nota media: 8,12 (Notable). Estancia Erasmus en la Université de Bordeaux-Montesquieu\n(2012–2013).\n");
  REQUIRE(resume.education.size() == 1);
  CHECK(resume.education[0].institution == "Universidad de Andalucía Occidental");
}

TEST_CASE("a stay abroad among a degree's remarks keeps the next degree's dates with it") {
  auto resume = parse_text(
      "Rafael Nunes\nrafael@example.com.br\n\nFORMAÇÃO\nBacharelado em Sistemas de Informação\n"
      "Universidade do Vale do Jacuí\n2012 – 2016\nTCC: Detecção de fraudes em transações com cartão usando aprendizado de máquina\n"
      "Intercâmbio pelo Ciência sem Fronteiras: Universidade de Coimbra, Portugal (2º sem. 2014)\n"
      "Técnico em Informática\nInstituto Técnico Rio-Grandense\n2009 – 2011\n");
  REQUIRE(resume.education.size() == 2);
  CHECK(resume.education[1].start.year == 2009);
  CHECK(resume.education[1].end.year == 2011);
}

TEST_CASE("a postcode and town before their country, after the street, are the town") {
  auto resume = parse_text("Mathieu Vernay\n12 rue Duguesclin – 69006 Lyon – France\n06 47 82 19 35\n");
  CHECK(resume.contact.city == "Lyon");
  CHECK(resume.contact.location_text == "Lyon, France");
}

TEST_CASE("Sweden's spaced postcode stands before the town") {
  auto resume = parse_text("Johanna Berg\njohanna@example.se\n+46 70 482 19 63\n413 14 Gothenburg\nSweden\n");
  CHECK(resume.contact.city == "Gothenburg");
  CHECK(resume.contact.country_code == "SE");
}

TEST_CASE("a suburb before a known city and its state's code is dropped; a suburb alone before its city stays") {
  auto sydney = parse_text("Olivia Hart\nolivia@example.com\n0412 583 907\nSurry Hills, Sydney NSW 2010\n");
  CHECK(sydney.contact.city == "Sydney");
  CHECK(sydney.contact.region == "NSW");
  CHECK(sydney.contact.country_code == "AU");
  auto auckland = parse_text("Tane Walker\ntane@example.co.nz\n021 555 0199\nMt Albert, Auckland\n");
  CHECK(auckland.contact.location_text == "Mt Albert, Auckland");
}

TEST_CASE("an Australian state's postcode, however like a year, closes an address") {
  auto resume = parse_text("Olivia Hart\nolivia@example.com\n0412 583 907\nSydney, NSW 2000\n");
  CHECK(resume.contact.city == "Sydney");
  CHECK(resume.contact.region == "NSW");
}

TEST_CASE("a sentence of pastimes under volunteering and interests holds no post") {
  auto resume = parse_text(
      "Lena Hofmeister\nlena@example.de\n\nBERUFSERFAHRUNG\nKonstruktionsingenieurin, Filderwerk Maschinenbau GmbH, Stuttgart\n"
      "10/2017 – 03/2021\n- Konstruktion von Getrieben\n\nEHRENAMT UND INTERESSEN\n"
      "Mentorin im Programm „Mädchen in die Technik“ (seit 2019), Bergsteigen, Cello im Kammerorchester Stuttgart-West.\n");
  REQUIRE(resume.work.size() == 1);
  CHECK(resume.work[0].company == "Filderwerk Maschinenbau GmbH");
}

TEST_CASE("a section number with its leading zero opens the heading") {
  auto resume = parse_text(
      "Tomás Giménez\ntomas@example.com\n\n03 PROYECTOS\ngo-ratelimit 2023\nLibrería open source de rate limiting.\n\n"
      "04 EDUCACIÓN\nLicenciatura en Informática 2013 – 2019\nUniversidad Tecnológica del Plata\n");
  CHECK(has_section(resume, "projects"));
  CHECK(has_section(resume, "education"));
  REQUIRE(resume.education.size() == 1);
  CHECK(resume.work.empty());
}

TEST_CASE("a section's number in a badge, read on the line after its name, heads nothing") {
  auto resume = parse_text(
      "Tomás Giménez\ntomas@example.com\n\nEXPERIENCIA LABORAL\n02\nDesarrollador Backend Senior   mar. 2022 – actualidad\n"
      "Pampa Pagos S.A. · Buenos Aires\n• Diseño de microservicios en Go\n");
  REQUIRE(resume.work.size() == 1);
  CHECK(resume.work[0].company == "Pampa Pagos S.A.");
}

TEST_CASE("a job's stack under its bullets is no header of the next job") {
  auto resume = parse_text(
      "Tomás Giménez\ntomas@example.com\n\nEXPERIENCIA\nDesarrollador Backend Senior   mar. 2022 – actualidad\n"
      "Pampa Pagos S.A. · Buenos Aires\n• Diseño de microservicios en Go para pagos\n• Migración de un monolito Java\n"
      "Go · PostgreSQL · Kafka · Redis · AWS\nDesarrollador Backend   ago. 2019 – feb. 2022\nCeibo Software · Buenos Aires\n"
      "• Desarrollo de APIs REST con Spring Boot\n");
  REQUIRE(resume.work.size() == 2);
  CHECK(resume.work[1].company == "Ceibo Software");
  CHECK(resume.work[1].position == "Desarrollador Backend");
}

TEST_CASE("'Ingeniería' alone is the degree, the rest its field; Pregrado and PGDE are degrees") {
  auto resume = parse_text(
      "Ana Ruiz\nana@example.com\n\nEDUCACIÓN\nIngeniería en Sistemas Computacionales\nUniversidad de Guadalajara\n2014 – 2019\n\n"
      "Pregrado en Diseño Gráfico\nUniversidad Tecnológica de Chapinero\n2008 – 2012\n");
  REQUIRE(resume.education.size() == 2);
  CHECK(resume.education[0].study_type == "Ingeniería");
  CHECK(resume.education[0].area == "Sistemas Computacionales");
  CHECK(resume.education[1].study_type == "Pregrado");
  CHECK(resume.education[1].area == "Diseño Gráfico");
  auto teacher = parse_text(
      "Ewan Reid\newan@example.co.uk\n\nEDUCATION\n2015 – 2016 PGDE (Secondary) – Chemistry with Science\nLothian University, Edinburgh\n");
  REQUIRE(teacher.education.size() == 1);
  CHECK(teacher.education[0].study_type == "PGDE (Secondary)");
}

TEST_CASE("a season dating an appointment's line is its whole period, not a post held since") {
  auto resume = parse_text(
      "Johanna Berg\njohanna@example.se\n\nEXPERIENCE\n"
      "Summer 2014 Warehouse Associate (summer job), Hisingen Lager AB, Gothenburg\n"
      "Picking, packing and forklift driving in a cross-dock terminal; truck licence obtained.\n");
  REQUIRE(resume.work.size() == 1);
  CHECK(resume.work[0].start.year == 2014);
  CHECK(resume.work[0].end.year == 2014);
  CHECK_FALSE(resume.work[0].end.present);
}

TEST_CASE("a letter-spaced heading wrapped onto a qualifier is named whole") {
  auto resume = parse_text(
      "Inês Moutinho\nines@example.pt\n\nF O R M A Ç Ã O\nC O M P L E M E N TA R\nSuporte Avançado de Vida (SAV)\n"
      "Conselho Português de Ressuscitação, 2023\n\nF O R M A Ç Ã O A C A D É M I C A\nLicenciatura em Enfermagem   2013 – 2017\n"
      "Escola Superior de Enfermagem do Douro\n");
  CHECK(has_section(resume, "certifications"));
  REQUIRE(resume.education.size() == 1);
  CHECK(resume.education[0].study_type == "Licenciatura");
}

TEST_CASE("a README's HTML header reads as GitHub shows it: the name, and badges' links as profiles; a repository is none") {
  auto resume = parse_text(
      "<h1 align=\"center\">Thiago Nogueira Prado</h1>\n<p align=\"center\"><b>Engenheiro de Software Sênior</b> · Backend</p>\n\n"
      "<p align=\"center\">\n  <a href=\"https://www.linkedin.com/in/thiagonprado\"><img src=\"https://img.shields.io/badge/LinkedIn-blue\" "
      "alt=\"LinkedIn\"></a>\n  <a href=\"https://github.com/thiagoprado\"><img src=\"https://img.shields.io/badge/GitHub-black\" "
      "alt=\"GitHub\"></a>\n</p>\n\n📍 Campinas, SP · 📱 +55 (19) 98734-2165 · ✉️ thiago@example.com\n\n## Projetos\n\n"
      "- [kafka-replay](https://github.com/thiagoprado/kafka-replay): ferramenta de replay de eventos\n",
      "README.md");
  CHECK(resume.contact.name == "Thiago Nogueira Prado");
  REQUIRE(resume.contact.profiles.size() == 2);
  CHECK(resume.contact.profiles[0].network == "LinkedIn");
  CHECK(resume.contact.profiles[1].url == "https://github.com/thiagoprado");
}

TEST_CASE("a title in two parts over its employer's own line keeps both parts; the employer is the line below") {
  auto vienna = parse_text(
      "Magdalena Hofbauer\nmagdalena@example.at\n\nBERUFSERFAHRUNG\nseit 03/2021   Sozialarbeiterin – Delogierungsprävention\n"
      "WohnWeg – Verein für Wohnungssicherung, Wien\n• Beratung von Haushalten mit drohendem Wohnungsverlust\n");
  REQUIRE(vienna.work.size() == 1);
  CHECK(vienna.work[0].position == "Sozialarbeiterin – Delogierungsprävention");
  CHECK(vienna.work[0].company == "WohnWeg – Verein für Wohnungssicherung");
  auto naples = parse_text(
      "Chiara Russo\nchiara@example.it\n\nESPERIENZA PROFESSIONALE\nTitolare – Dottore Commercialista   Settembre 2019 – in corso\n"
      "Studio Russo Commercialisti Associati, Napoli\n• Consulenza fiscale a PMI\n");
  REQUIRE(naples.work.size() == 1);
  CHECK(naples.work[0].position == "Titolare – Dottore Commercialista");
  CHECK(naples.work[0].company == "Studio Russo Commercialisti Associati");
}

TEST_CASE("Austria's BORG is a school") {
  auto resume = parse_text(
      "Magdalena Hofbauer\nmagdalena@example.at\n\nAUSBILDUNG\n06/2009   Matura\nBORG Linz-Urfahr – mit gutem Erfolg\n");
  REQUIRE(resume.education.size() == 1);
  CHECK(resume.education[0].institution == "BORG Linz-Urfahr");
}

TEST_CASE("Europass's digital self-assessment grid holds no skills") {
  auto resume = parse_text(
      "Chiara Lambertini\nchiara@example.com\n\nCOMPETENZE PERSONALI\nCompetenze digitali   AUTOVALUTAZIONE\n"
      "Elaborazione   Creazione di   Risoluzione di\nComunicazione   Sicurezza\ndelle informazioni   contenuti   problemi\n"
      "Utente avanzato   Utente avanzato   Utente autonomo\nCompetenze digitali - Scheda per l’autovalutazione\nAutoCAD, Revit, ArchiCAD\n");
  CHECK(skill_items(resume) == std::vector<std::string>{"AutoCAD", "Revit", "ArchiCAD"});
}

TEST_CASE("a national title in brackets goes with the degree; a master's thesis is no degree; a faculty after the university stays") {
  auto resume = parse_text(
      "Piotr Nowak\npiotr@example.pl\n\nEDUCATION\nMaster of Science (mgr inż.) in Computer Science\n"
      "Kraków University of Technology, Faculty of Electrical Engineering and Computer Science\n2017 - 2019\n"
      "Master's thesis: \"Automated visual regression testing of web applications\"\n\n"
      "Erasmus+ exchange semester\nUniversidad Politécnica de Levante, Valencia, Spain\n02.2016 - 06.2016\n");
  REQUIRE(resume.education.size() == 2);
  CHECK(resume.education[0].study_type == "Master of Science (mgr inż.)");
  CHECK(resume.education[0].area == "Computer Science");
  CHECK(resume.education[0].institution == "Kraków University of Technology");  // without its faculty (session 48)
  CHECK(resume.education[1].study_type == "Erasmus+ exchange semester");
}

TEST_CASE("chips beside a label in the skills section name a group, whatever section the label's word could head") {
  auto resume = parse_text(
      "Sam Lee\nsam@example.co.uk\n\nSKILLS & TOOLS\nResearch   Usability testing   Contextual inquiry   Card sorting\n"
      "Tools   Figma   FigJam   Maze   Jira\n\nINTERESTS\nFell running\n");
  CHECK_FALSE(has_section(resume, "experience"));
  auto items = skill_items(resume);
  CHECK(std::find(items.begin(), items.end(), "Card sorting") != items.end());
  CHECK(std::find(items.begin(), items.end(), "Jira") != items.end());
}

TEST_CASE("a town shaped like one closes an appointment's comma list after the firm's legal form") {
  auto resume = parse_text(
      "Max M\nm@example.de\n\nBerufserfahrung\n"
      "09/2013 – 02/2019   Technischer Vertriebsmitarbeiter im Innendienst, Balluff GmbH, Neuhausen auf den Fildern\n- Angebote\n");
  REQUIRE(resume.work.size() == 1);
  CHECK(resume.work[0].company == "Balluff GmbH");
  CHECK(resume.work[0].location == "Neuhausen auf den Fildern");
}

TEST_CASE("Especialidad and Post-hbo are degrees") {
  auto resume = parse_text(
      "Ana Ruiz\nana@example.mx\n\nEDUCACIÓN\nEspecialidad en Enfermería del Adulto en Estado Crítico   2019 – 2020\n"
      "Universidad Autónoma de la Sierra Madre\n\nPost-hbo Data-driven Marketing   2025 – 2026\nHogeschool Maasstad Academie\n");
  REQUIRE(resume.education.size() == 2);
  CHECK(resume.education[0].study_type == "Especialidad");
  CHECK(resume.education[0].area == "Enfermería del Adulto en Estado Crítico");
  CHECK(resume.education[1].study_type == "Post-hbo");
}
