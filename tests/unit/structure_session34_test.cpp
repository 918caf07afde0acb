// Held-out rounds 73–74: what the session's new templates and job-site exports taught.
#include <doctest/doctest.h>

#include "parsers/common/word_layout.h"
#include "resume_test_helpers.h"

using namespace atslint;

TEST_CASE("LinkedIn: 'Company · Internship' under the title is the employer with its kind of post, not the role") {
  auto resume = parse_text(
      "Rachel Dominguez\nrachel@example.com\n\nExperience\n"
      "UX Research Intern\nBarton Creek Software, Inc. · Internship\nMay 2017 - Aug 2017 · 4 mos\n"
      "Round Rock, Texas, United States\n- Recruited participants for usability tests.\n");
  REQUIRE(resume.work.size() == 1);
  CHECK(resume.work[0].position == "UX Research Intern");
  CHECK(resume.work[0].company == "Barton Creek Software, Inc.");
}

TEST_CASE("a job site's wordmark over the name: the e-mail spells 'Sønderby' as 'sonderby'") {
  auto resume = parse_text(
      "jobindex   CV printed from Jobindex · Updated 3 March 2025\n\nMikkel Sønderby Kristensen\nLogistics Coordinator\n"
      "Aarhus, Denmark   +45 28 41 67 93   mikkel.sonderby@outlook.dk\n");
  CHECK(resume.contact.name == "Mikkel Sønderby Kristensen");
}

TEST_CASE("entries opened by '•' over their dates, duties marked '–': a long role and employer line heads the next entry") {
  auto resume = parse_text(
      "Julien Dethier\njulien@example.be\n\nExpérience Professionnelle:\n\n"
      "• Délégué Commercial Senior – Distrimeuse SA, Herstal\n  Janvier 2020 - Aujourd'hui\n"
      "  – Gestion d'un portefeuille de 180 clients\n  – Encadrement de deux juniors\n\n"
      "• Délégué Commercial – Brasserie du Val de l'Ourthe SRL, Esneux\n  Septembre 2016 - Décembre 2019\n"
      "  – Vente de bières artisanales aux cafés\n");
  REQUIRE(resume.work.size() == 2);
  CHECK(resume.work[0].highlights.size() == 2);
  CHECK(resume.work[1].position == "Délégué Commercial");
  CHECK(resume.work[1].company == "Brasserie du Val de l'Ourthe SRL");
}

TEST_CASE("a Markdown table's header row names its columns: the first job's employer is no column label") {
  auto resume = parse_text(
      "# Matteo Zanardi\n\nmatteo@example.it\n\n## Esperienza professionale\n\n"
      "| Periodo | Ruolo | Azienda | Attività principali |\n|---|---|---|---|\n"
      "| 03/2021 – oggi | Senior Full-Stack Developer | Portici Software S.r.l., Bologna | Migrazione a React |\n"
      "| 09/2018 – 02/2021 | Sviluppatore Java | Emilia Digitale S.p.A., Casalecchio di Reno (BO) | Servizi SUAP |\n",
      "cv.md");
  REQUIRE(resume.work.size() == 2);
  CHECK(resume.work[0].company == "Portici Software S.r.l.");
  CHECK(resume.work[0].position == "Senior Full-Stack Developer");
}

TEST_CASE("'Chefe de Cozinha - Taberna do Largo, Lda. (Lisboa, Príncipe Real)' under its dates: title, employer and place") {
  auto resume = parse_text(
      "Tiago Lopes\ntiago@example.pt\n\nEXPERIÊNCIA PROFISSIONAL\n\n2019 - Presente\n"
      "Chefe de Cozinha - Taberna do Largo, Lda. (Lisboa, Príncipe Real)\n  * Responsável pela carta e equipa de 9 cozinheiros\n");
  REQUIRE(resume.work.size() == 1);
  CHECK(resume.work[0].position == "Chefe de Cozinha");
  CHECK(resume.work[0].company == "Taberna do Largo, Lda.");
  CHECK(resume.work[0].location == "Lisboa, Príncipe Real");
}

TEST_CASE("a word processor's custom 'Heading 3 Pages' style is a level-3 heading, 'Section Heading' a level-1 one") {
  CHECK(heading_level_from_name("Heading 3 Pages") == 3);
  CHECK(heading_level_from_name("Section Heading") == 1);
  CHECK(heading_level_from_name("CV Heading 2") == 2);
  CHECK(heading_level_from_name("heading 2") == 2);
}

TEST_CASE("a sub-heading naming its section's kind of work ('Pharmazeutin im Praktikum') is an entry's title") {
  auto resume = parse_text(
      "# Annika Brüggemann\n\nannika@example.de\n\n## Berufliche Erfahrung\n\n### Filialleiterin\nLinden-Apotheke e.K., Köln\n"
      "04/2021 – heute\n\n### Pharmazeutin im Praktikum\nRosen-Apotheke Bonn-Beuel\n05/2015 – 10/2015\n\n## Studium\n\n"
      "Pharmazie (Staatsexamen), Universität Bonn, 2010 – 2015\n",
      "cv.md");
  REQUIRE(resume.sections.size() == 2);
  REQUIRE(resume.work.size() == 2);
  CHECK(resume.work[1].position == "Pharmazeutin im Praktikum");
  CHECK(resume.work[1].company == "Rosen-Apotheke Bonn-Beuel");
}
