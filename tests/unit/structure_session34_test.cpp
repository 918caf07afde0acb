// Held-out rounds 73–74: what the session's new templates and job-site exports taught.
#include <doctest/doctest.h>

#include <algorithm>

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

TEST_CASE("review: a Markdown sub-section naming a group of jobs ('### Freelance Work') stays a section, no employer") {
  auto resume = parse_text(
      "# Maya Chen\n\nmaya.chen@example.com\n\n## Work Experience\n\n**Software Engineer**\nStripe Inc., San Francisco\n"
      "Jan 2022 – Present\n- Built payment retry logic\n\n### Freelance Work\n\n**Web Developer**\nAcme Studio LLC, Oakland\n"
      "2017 – 2018\n- Built sites for local shops\n",
      "cv.md");
  REQUIRE(resume.work.size() == 2);
  CHECK(resume.work[1].company == "Acme Studio LLC");
}

TEST_CASE("review: a duty naming a firm after a hyphen is no header; a duty closing on '– Firm Ltd' opens no entry") {
  auto duty = parse_text(
      "Lukas Brenner\nlukas@example.de\n\nExperience\n\nProcurement Manager, Robert Bosch GmbH, Stuttgart\nJan 2019 – Dec 2023\n"
      "Introduced a supplier rating scheme together with the consultancy - Roland Berger GmbH\n"
      "Managed a team of six buyers across three plants.\n");
  REQUIRE(duty.work.size() == 1);
  CHECK(duty.work[0].company == "Robert Bosch GmbH");
  auto dated = parse_text(
      "Priya Raman\npriya@example.com\n\nExperience\n\nMar 2020 – Present\nAccount Manager, Northwind Logistics Ltd, London\n"
      "• Managed a £12m portfolio\n• Grew revenue by 18%\n– Key accounts handled – Jaguar Land Rover Ltd and Rolls-Royce plc\n"
      "Jan 2017 – Feb 2020\nSales Executive, Contoso Freight Ltd, Leeds\n• Won 30 new customers\n");
  REQUIRE(dated.work.size() == 2);
  CHECK(dated.work[1].position == "Sales Executive");
  CHECK(dated.work[1].company == "Contoso Freight Ltd");
}

TEST_CASE("review: 'Substituição do Chefe de Cozinha nas suas ausências' under a job is a duty, no title") {
  auto resume = parse_text(
      "Ana Martins\nana@example.pt\n\nExperiência Profissional\n\nCozinheira de 1.ª\nRestaurante Tasca, Lda., Porto\n"
      "Março 2019 – Presente\nSubstituição do Chefe de Cozinha nas suas ausências\n"
      "Preparação de pratos tradicionais para 120 refeições diárias\n\nAjudante de Cozinha\nHotel Infante Sagres, S.A., Porto\n"
      "Junho 2016 – Fevereiro 2019\nApoio à equipa na preparação de entradas\n");
  REQUIRE(resume.work.size() == 2);
  CHECK(resume.work[1].position == "Ajudante de Cozinha");
  CHECK(resume.work[1].company == "Hotel Infante Sagres, S.A.");
}

TEST_CASE("review: a greeting naming the person is no town, a town holding the name is ('Villa Carlos Paz')") {
  auto town = parse_text("Carlos Paz\ncarlos.paz@example.com\nVilla Carlos Paz, Córdoba, Argentina\n");
  CHECK(town.contact.city == "Villa Carlos Paz");
  auto greeting = parse_text("Hi, I am Łukasz Wałęsa\nlukasz.walesa@gmail.com\n");
  CHECK(greeting.contact.name == "Łukasz Wałęsa");
  CHECK(greeting.contact.city.empty());
}

TEST_CASE("a contact detail's label beside its value ('Telefon', 'E-Mail') is no town") {
  auto resume = parse_text(
      "Martin Kretzschmar\nM.Sc. Wirtschaftsinformatik\n\nTelefon               0176 28 451 907\n"
      "E-Mail                m.kretzschmar@posteo.de\n\nBerufserfahrung\n\nseit 04/2021          SAP Inhouse-Consultant\n");
  CHECK(resume.contact.phone == "0176 28 451 907");
  CHECK(resume.contact.city.empty());
}

TEST_CASE("a typed date column: the employer in the text column under the title heads the job, its duties follow") {
  auto resume = parse_text(
      "Katharina Jessen\nk.jessen@example.de\n\nBerufserfahrung\n---------------\n\n"
      "04/2019 - heute       Gesundheits- und Krankenpflegerin, Fachkraft\n"
      "                      für Intensivpflege und Anästhesie\n"
      "                      Elbufer Klinikum Hamburg-Altona GmbH, Hamburg\n"
      "                      Interdisziplinäre Intensivstation (18 Betten)\n"
      "                      - Pflege beatmeter Patientinnen und Patienten\n"
      "                      - Schichtleitung im Spät- und Nachtdienst\n\n"
      "10/2015 - 03/2019     Gesundheits- und Krankenpflegerin\n"
      "                      Heide-Klinikum Buchholz gGmbH, Buchholz\n"
      "                      - Pflegeplanung und Dokumentation im KIS\n");
  REQUIRE(resume.work.size() == 2);
  CHECK(resume.work[0].company == "Elbufer Klinikum Hamburg-Altona GmbH");
  CHECK(resume.work[0].highlights.size() == 2);
  CHECK(resume.work[1].company == "Heide-Klinikum Buchholz gGmbH");
}

TEST_CASE("dates set apart below the last of entries whose dates follow them close that entry, not one of their own") {
  auto resume = parse_text(
      "Valeria Ortiz\nvaleria@example.mx\n\nEDUCACIÓN\n\nDiplomado en Diseño de Experiencia de Usuario\nUniversidad Iberoamericana\n"
      "2018\nLicenciatura en Diseño de la Comunicación Gráfica\nUniversidad Autónoma Metropolitana, Unidad Xochimilco\n\n2011 - 2015\n");
  REQUIRE(resume.education.size() == 2);
  CHECK(resume.education[0].institution == "Universidad Iberoamericana");
  CHECK(resume.education[1].institution == "Universidad Autónoma Metropolitana");
  CHECK(resume.education[1].start.year == 2011);
}

TEST_CASE("a job portal's labelled schools: 'Institución' opens each, 'Título' after 'Carrera' names the same degree") {
  auto resume = parse_text(
      "Camila Fuentes\ncamila@example.cl\n\nANTECEDENTES ACADÉMICOS\n\n"
      "Institución            Universidad Diego Portales\nCarrera / Programa     Magíster en Educación\n"
      "Situación              Titulado · 2017 – 2019\n\nInstitución            Universidad de Santiago de Chile\n"
      "Carrera / Programa     Pedagogía en Castellano\nTítulo                 Profesora de Estado en Castellano\n"
      "Situación              Titulado · 2008 – 2012\n\nInstitución            Liceo Carmela Carvajal de Prat\n"
      "Nivel                  Enseñanza Media completa\nSituación              Egresado · 2007\n");
  REQUIRE(resume.education.size() == 3);
  CHECK(resume.education[0].institution == "Universidad Diego Portales");
  CHECK(resume.education[0].start.year == 2017);
  CHECK(resume.education[1].institution == "Universidad de Santiago de Chile");
  CHECK(resume.education[1].study_type == "Profesora de Estado en Castellano");
  CHECK(resume.education[2].study_type == "Enseñanza Media");
}

TEST_CASE("review 2: a firm named by the e-mail under the name is no name; client firms in a duty are no employer") {
  auto firm = parse_text("Maria Fernanda Souza\nSouza Imóveis\nsouzaimoveis@gmail.com | +55 11 98765-4321\nSão Paulo, SP\n");
  CHECK(firm.contact.name == "Maria Fernanda Souza");
  auto clients = parse_text(
      "John Carter\njohn.carter@gmail.com | London\n\nExperience\n\n2019 - present        Account Manager\n"
      "                      Managing accounts for Barclays PLC and HSBC Holdings plc\n"
      "                      Grew revenue by 20% year over year\n");
  REQUIRE(clients.work.size() == 1);
  CHECK(clients.work[0].company.empty());
  auto second_firm = parse_text(
      "Anna Schmidt\nanna@example.de\n\nBerufserfahrung\n\n04/2019 - heute       Projektleiterin\n"
      "                      Nordwind Energie GmbH, Hamburg\n                      Steuerung von Projekten für Vattenfall Europe AG\n"
      "                      Budgetverantwortung bis 2 Mio. EUR\n");
  REQUIRE(second_firm.work.size() == 1);
  CHECK(second_firm.work[0].company == "Nordwind Energie GmbH");
  CHECK(second_firm.work[0].summary.find("Vattenfall") != std::string::npos);
}

TEST_CASE("review 2: a skills table of groups and comma lists keeps its lists; dates over more lines open the next entry") {
  auto groups = parse_text(
      "Priya Sharma\npriya@example.com\n\nTechnical Skills\nTechnology          Experience     Level\n"
      "Programming         Python, Java, C++     Advanced\nDatabases           MySQL, PostgreSQL     Intermediate\n");
  auto items = skill_items(groups);
  CHECK(std::find(items.begin(), items.end(), "Python") != items.end());
  CHECK(std::find(items.begin(), items.end(), "PostgreSQL") != items.end());
  auto dates = parse_text(
      "Sofía Ramírez\nsofia@example.com\n\nEXPERIENCE\nSenior Analyst\nSantander\n2021 - present\nAnalyst\nBBVA\n\n"
      "2018 - 2021\nIntern\nCaixaBank\n");
  REQUIRE_FALSE(dates.work.empty());
  CHECK(dates.work.back().position == "Intern");
  CHECK(dates.work.back().company == "CaixaBank");
}

TEST_CASE("review 2: two degrees with dates of their own under one 'Centro' stay two entries") {
  auto resume = parse_text(
      "Lucía Martín\nlucia@example.es\n\nFormación\n\nCentro        Universidad Complutense de Madrid\n"
      "Título        Grado en Derecho\nFechas        2010 - 2015\nTítulo        Grado en Administración y Dirección de Empresas\n"
      "Fechas        2010 - 2016\n\nCentro        IE Law School\nTítulo        Máster de Acceso a la Abogacía\nFechas        2016 - 2017\n");
  REQUIRE(resume.education.size() == 3);
  CHECK(resume.education[0].area == "Derecho");
}

TEST_CASE("'Chair, Department of Economics, Hartwell University' names a post, the chair's, at the university") {
  auto resume = parse_text(
      "Harold Kessler\nh.kessler@example.edu\n\nACADEMIC APPOINTMENTS\n"
      "Chair, Department of Economics, Hartwell University   2004–2010\n");
  REQUIRE(resume.work.size() == 1);
  CHECK(resume.work[0].position == "Chair");
  CHECK(resume.work[0].company.find("Hartwell University") != std::string::npos);
}
