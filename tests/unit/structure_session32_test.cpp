// Resumes shaped like session 32's held-out rounds (rounds 69–70); all people, schools and employers invented.
#include <doctest/doctest.h>

#include <algorithm>

#include "linter/structure/fields.h"
#include "linter/structure/headings.h"
#include "linter/structure/structure.h"
#include "resume_test_helpers.h"

using namespace atslint;

TEST_CASE("a university's short form in brackets stays with its name; an unknown town in brackets is still a place") {
  auto resume = parse_text(
      "Maria Souza\nmaria@example.br\n\nExperiência\n\n"
      "Pesquisadora de pós-doutorado   ago. 2019 – fev. 2022\n"
      "Instituto de Biologia, Universidade Estadual de Campinas (Unicamp), Campinas – SP\n"
      "• Modelos de redes mutualísticas.\n"
      "Analista ambiental   mar. 2016 – jul. 2019\n"
      "Océalis (Nantes)\n"
      "• Levantamentos florísticos.\n");
  REQUIRE(resume.work.size() == 2);
  CHECK(resume.work[0].company == "Instituto de Biologia, Universidade Estadual de Campinas (Unicamp)");
  CHECK(resume.work[0].location == "Campinas – SP");
  CHECK(resume.work[1].company == "Océalis");
  CHECK(resume.work[1].location == "Nantes");
}

TEST_CASE("a department's address line is no town: the contact block's town is further down") {
  auto resume = parse_text(
      "Mariana Teixeira\nDepartamento de Botânica, CB\nUniversidade Federal de Pernambuco\nRecife – PE, Brasil\n"
      "mariana@example.br\n\nPerfil\nEcóloga vegetal.\n");
  CHECK(resume.contact.location_text.starts_with("Recife"));
  CHECK_FALSE(is_location("Departamento de Botânica, CB"));
  CHECK_FALSE(is_location("Department of Physics, MA"));
  CHECK(is_location("Cambridge, MA"));
}

TEST_CASE("an academic appointment's comma list: a unit names the employer, a town with its province or country ends it") {
  auto resume = parse_text(
      "Chiara Benvenuti\nchiara@example.it\n\nPosizioni accademiche e professionali\n\n"
      "11/2021 – oggi   Assegnista di ricerca, Dipartimento di Ingegneria Civile, Edile e Ambientale (ICEA), Università degli Studi di Padova, Padova\n"
      "• Modellazione idrodinamica 2D delle piene.\n"
      "09/2018 – 12/2018   Visiting PhD student, Delft University of Technology, Faculty of Civil Engineering, Delft (Paesi Bassi)\n"
      "01/2015 – 09/2016   Ingegnere idraulico junior, Studio Idrotecnico Veneto S.r.l., Mestre (VE)\n"
      "• Progettazione di casse di espansione.\n");
  REQUIRE(resume.work.size() == 3);
  CHECK(resume.work[0].position == "Assegnista di ricerca");
  CHECK(resume.work[0].company == "Dipartimento di Ingegneria Civile, Edile e Ambientale (ICEA), Università degli Studi di Padova");
  CHECK(resume.work[0].location == "Padova");
  CHECK(resume.work[1].company == "Delft University of Technology");
  CHECK(resume.work[1].location == "Delft (Paesi Bassi)");
  CHECK(resume.work[2].company == "Studio Idrotecnico Veneto S.r.l.");
  CHECK(resume.work[2].location == "Mestre (VE)");
}

TEST_CASE("countries named in the seven languages") {
  CHECK(country_code("Paesi Bassi") == "NL");
  CHECK(country_code("Alemanha") == "DE");
  CHECK(country_code("Royaume-Uni") == "GB");
  CHECK(country_code("Svizzera") == "CH");
  CHECK(country_code("Países Bajos") == "NL");
}

TEST_CASE("headings of Italian academic CVs and of Latin American portals map to their sections") {
  CHECK(canonical_section("Posizioni accademiche e professionali").canonical == "experience");
  CHECK(canonical_section("Pubblicazioni selezionate").canonical == "publications");
  CHECK(canonical_section("Progetti finanziati").canonical == "awards");
  CHECK(canonical_section("Resumo das qualificações").canonical == "summary");
  CHECK(canonical_section("Objetivo laboral").canonical == "summary");
}

TEST_CASE("a job portal's printout: its logo word names no one, its reference number is no phone") {
  auto resume = parse_text(
      "Réf. candidat : CE-4471-20931\ncadremploi\nAnne-Sophie Le Goff\nResponsable Supply Chain\n06 71 38 52 94\n"
      "as.legoff@example.fr\nlinkedin.com/in/annesophie-legoff\n\nRésumé\nResponsable supply chain, 12 ans d'expérience.\n");
  CHECK(resume.contact.name == "Anne-Sophie Le Goff");
  CHECK(resume.contact.phone == "06 71 38 52 94");
}

TEST_CASE("academic CVs head their work 'Positions'") { CHECK(canonical_section("Positions").canonical == "experience"); }

TEST_CASE("a student portal's job cards: logo initials, a kind-of-job chip after the role, the town after a dot") {
  auto resume = parse_text(
      "Camille Roux\ncamille@example.fr\n\nExpériences\n\n"
      "Stagiaire assistante qualité   Stage\nVP\nLaboratoires Vercors Pharma · Saint-Égrève\nmai 2022 - août 2022 · 4 mois\n"
      "• Mise à jour de l'AMDEC processus.\n\n"
      "Équipière polyvalente   Job étudiant\nGS\nGrand Sud Distribution SARL · Échirolles\njuil. 2020 - août 2021 · 1 an 2 mois\n"
      "• Réception des livraisons.\n\n"
      "Chargée de clientèle\nAcme Conseil SAS · Full-time\nsept. 2019 - juin 2020\n• Accueil des clients.\n");
  REQUIRE(resume.work.size() == 3);
  CHECK(resume.work[0].company == "Laboratoires Vercors Pharma");
  CHECK(resume.work[0].location == "Saint-Égrève");
  CHECK(resume.work[1].position.starts_with("Équipière polyvalente"));
  CHECK(resume.work[1].company == "Grand Sud Distribution SARL");
  CHECK(resume.work[2].company == "Acme Conseil SAS");
  CHECK(resume.work[2].location.empty());  // the kind of contract is no town
}

TEST_CASE("French titles for a buyer and a volunteer; a duty after the employer's dash is no part of it") {
  auto resume = parse_text(
      "Élodie Guérin\nelodie@example.fr\n\nExpérience professionnelle\n\n"
      "2015 – 2016   Approvisionneuse, Système U Centrale Régionale Ouest – Vieillevigne\n"
      "• Gestion des commandes fournisseurs.\n\n"
      "Engagement associatif\n\n"
      "depuis 2018   Bénévole, Banque Alimentaire de Loire-Atlantique – organisation de la collecte nationale sur 12 magasins\n");
  REQUIRE(resume.work.size() == 2);
  CHECK(resume.work[0].position == "Approvisionneuse");
  CHECK(resume.work[0].company == "Système U Centrale Régionale Ouest");
  CHECK(resume.work[0].location == "Vieillevigne");
  CHECK(resume.work[1].position == "Bénévole");
  CHECK(resume.work[1].company == "Banque Alimentaire de Loire-Atlantique");
}

TEST_CASE("pandoc Markdown: a hard line break's backslash is no text, a definition list's groups are skills") {
  auto resume = parse_text(
      "# Ciarán Ó Murchú\n\nData Engineer · Dublin, Ireland\\\nciaran@example.ie · +353 87 412 3068 \\\n\n---\n\n"
      "## Skills\n\nLanguages\n:   Python, SQL, Scala\n\nCloud & ops\n:   Terraform, Docker\n\n---\n\n"
      "## Languages\n\nEnglish (native), Irish (fluent)\n",
      "cv.md");
  CHECK(resume.contact.location_text == "Dublin, Ireland");
  auto items = skill_items(resume);
  CHECK(std::find(items.begin(), items.end(), "Python") != items.end());
  CHECK(std::find(items.begin(), items.end(), "Docker") != items.end());
  CHECK(std::find(items.begin(), items.end(), "English (native)") == items.end());
}

TEST_CASE("plain text's '===' and '---' underlines mark no rank: a languages section after skills stays languages") {
  auto resume = parse_text(
      "Ana Lopes\nana@example.pt\n\nCOMPETÊNCIAS\n============\nFerramentas: Jira, Confluence\n\nIDIOMAS\n-------\nInglês - fluente (C2)\n\n"
      "OUTRAS INFORMAÇÕES\n------------------\nCarta de condução (categoria B).\n");
  auto items = skill_items(resume);
  CHECK(std::find(items.begin(), items.end(), "Jira") != items.end());
  CHECK(std::none_of(items.begin(), items.end(), [](const std::string& item) { return item.find("Carta") != std::string::npos; }));
}

TEST_CASE("review: a phone written 'Label-number' is a phone; a unit's initials in brackets are no town") {
  auto resume = parse_text(
      "Rahul Verma\nrahul@example.in\nMob-9876543210\n\nExperience\n\n"
      "2019 – 2023   Analyst, Acme Holdings Ltd, Human Resources (HR)\n• Payroll for 400 staff.\n");
  CHECK(resume.contact.phone == "9876543210");
  REQUIRE(resume.work.size() == 1);
  CHECK(resume.work[0].location.empty());
}

TEST_CASE("review: a school's field in capitals and a title's letters are no logo initials") {
  auto resume = parse_text(
      "Arjun Rao\narjun@example.in\n\nEducation\n\nIndian Institute of Technology Delhi\nIT\nB.Tech, 2014 – 2018\n\n"
      "Experience\n\nSilicon Valley Partners Inc\nVP   2019 – 2023\n• Led the sales team.\n");
  REQUIRE(resume.education.size() == 1);
  CHECK(resume.education[0].area == "IT");
  REQUIRE(resume.work.size() == 1);
  CHECK(resume.work[0].position == "VP");
}

TEST_CASE("review: a kind-of-job chip after an employer keeps the employer; a town repeated in brackets is the place") {
  auto resume = parse_text(
      "Lena Roth\nlena@example.de\n\nExperience\n\nGoogle   Part-time\nCustomer Support\n2019\n• Answered tickets.\n\n"
      "Sachbearbeiterin   2015 – 2018\nStadtwerke Schwerte (Schwerte)\n• Abrechnung.\n");
  REQUIRE(resume.work.size() == 2);
  CHECK(resume.work[0].company == "Google");
  CHECK(resume.work[1].location == "Schwerte");
}

TEST_CASE("a portal's labelled job fields: the department's label names no employer") {
  auto resume = parse_text(
      "María Godoy\nflor@example.com\n\nEXPERIENCIA LABORAL\n-------------------\n"
      "Empresa: Agroexportadora del Litoral S.A.\nPuesto: Analista Sr. de Comercio Exterior\nÁrea: Comercio Exterior / Logística\n"
      "Período: 03/2019 - Actualidad\nLocalidad: Rosario, Santa Fe\nDescripción:\n• Coordinación de embarques.\n\n"
      "Empresa: Estudio Bertolini & Asociados\nPuesto: Asistente administrativa\nÁrea: Aduana\nPeríodo: 03/2013 - 07/2015\n"
      "Localidad: Rosario, Santa Fe\n");
  REQUIRE(resume.work.size() == 2);
  CHECK(resume.work[0].company == "Agroexportadora del Litoral S.A.");
  CHECK(resume.work[0].position == "Analista Sr. de Comercio Exterior");
  CHECK(resume.work[1].company == "Estudio Bertolini & Asociados");
}
