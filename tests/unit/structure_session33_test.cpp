// Held-out rounds 71–72: contact labels of recruiters' profiles and researchers' pages, Swiss and Portuguese degrees,
// portals' labelled fields.
#include <doctest/doctest.h>

#include <algorithm>

#include "resume_test_helpers.h"

using namespace atslint;

TEST_CASE("Québec's engineer's 'ing.' after a comma is no part of the name") {
  auto resume = parse_text(
      "Camille Ouellet-Gagnon, ing.\nDéveloppeuse logicielle principale\nMontréal (Québec) | 514 555-0187 | camille@example.ca\n\n"
      "Expérience professionnelle\n\nDéveloppeuse, Lumen Logistique inc.   2021 – 2023\n");
  CHECK(resume.contact.name == "Camille Ouellet-Gagnon");
}

TEST_CASE("a recruiter's profile: the candidate's name by its label, the agency's reference no phone") {
  auto resume = parse_text(
      "Candidate name   Anjali Subramaniam\nRef: HSR-1048823   CONFIDENTIAL\nMobile   0412 558 307\nEmail   anjali@example.com\n");
  CHECK(resume.contact.name == "Anjali Subramaniam");
  CHECK(resume.contact.phone == "0412 558 307");
}

TEST_CASE("a researcher's address: a Cedex code after the town goes, ORCID and HAL link labels are no town") {
  auto resume = parse_text(
      "Élodie Marchand\nMaître de conférences\nIRIT, 118 route de Narbonne, 31062 Toulouse Cedex 9\n"
      "Tél. : +33 5 61 55 74 08   Mél. : elodie@example.fr\nORCID   HAL   github.com/emarchand\n");
  CHECK(resume.contact.city == "Toulouse");
  auto resume_without = parse_text("Élodie Marchand\nelodie@example.fr\nORCID   HAL   github.com/emarchand\n");
  CHECK(resume_without.contact.location_text.empty());
}

TEST_CASE("Switzerland's Master of Advanced Studies and Portugal's '12.º Ano' are degrees") {
  auto resume = parse_text(
      "Simon Brändli\nsimon@example.ch\n\nAusbildung\n\nMaster of Advanced Studies (MAS) in Corporate Finance   2017 – 2019\n"
      "Hochschule Luzern\n\n12.º Ano – Curso Científico-Humanístico   2010 – 2013\nEscola Secundária Garcia de Orta\n");
  REQUIRE(resume.education.size() == 2);
  CHECK(resume.education[0].study_type == "Master of Advanced Studies (MAS)");
  CHECK(resume.education[0].area == "Corporate Finance");
  CHECK(resume.education[1].study_type == "12.o Ano");  // the text reader's NFKC folds the ordinal º
}

TEST_CASE("a Portuguese portal's 'Localidade:' labels the town, no employer") {
  auto resume = parse_text(
      "Ana Rita Pacheco\nana@example.pt\n\nEXPERIÊNCIA PROFISSIONAL\n\n"
      "Empresa: Hotel Ribeira Douro – Exploração Hoteleira, Lda.\nLocalidade: Porto\nFunção: Supervisora de Receção\n"
      "Período: Abril 2021 – Presente\n\nEmpresa: Gaia Riverside Hotels, S.A.\nLocalidade: Vila Nova de Gaia\n"
      "Função: Rececionista\nPeríodo: Junho 2017 – Março 2021\n");
  REQUIRE(resume.work.size() == 2);
  CHECK(resume.work[0].company == "Hotel Ribeira Douro – Exploração Hoteleira, Lda.");
  CHECK(resume.work[0].location == "Porto");
  CHECK(resume.work[1].company == "Gaia Riverside Hotels, S.A.");
}

TEST_CASE("a school's compound name broken at its hyphen goes on in capitals on the next line") {
  auto resume = parse_text(
      "Lena Brandt\nlena@example.de\n\nAusbildung\n\nBachelor of Arts Logistikmanagement, HFH Hamburger Fern-\n"
      "Hochschule, Hamburg\nOKT. 2016 — SEPT. 2020\n");
  REQUIRE(resume.education.size() == 1);
  CHECK(resume.education[0].institution == "HFH Hamburger Fern-Hochschule");
}

TEST_CASE("review: an employer in capitals over bullets is no sub-label; 'Candidate:' before a title labels no name") {
  auto resume = parse_text(
      "Jane Doe\njane.doe@example.com | +1 415 555 0134 | San Francisco, CA\n\nEXPERIENCE\n\n"
      "Senior Software Engineer    Jan 2020 – Present\nBLUE HARBOR\n- Built the billing pipeline serving 2M customers\n"
      "- Led a team of five engineers\n\nSoftware Engineer    Jun 2016 – Dec 2019\nNORTHWIND\n- Migrated services to Kubernetes\n"
      "- Cut build times by 40%\n\nEDUCATION\n\nB.S. Computer Science, University of Washington, 2016\n");
  REQUIRE(resume.work.size() == 2);
  CHECK(resume.work[0].company == "BLUE HARBOR");
  auto titled = parse_text("JANE DOE\nCandidate: Senior Data Engineer\njane@example.com\n");
  CHECK(titled.contact.name == "JANE DOE");
}

TEST_CASE("a word broken at the margin after Chromium's soft hyphen joins without it") {
  auto resume = parse_text("Miriam Oberländer\nmiriam@example.de\n\nKenntnisse\n\nIFRS\nUmsatzsteuer\u00AD-\nvoranmeldung\nLohnbuchhaltung\n");
  auto items = skill_items(resume);
  for (const auto& item : items) MESSAGE(item);
  CHECK(std::find(items.begin(), items.end(), "Umsatzsteuervoranmeldung") != items.end());
}

TEST_CASE("Spanish worker-owned firms and cooperatives keep their legal form; a tab's dot leader is no part of the title") {
  auto resume = parse_text(
      "Lucía Ferrer\nlucia@example.es\n\nExperiencia\n\nTécnica de Reporting ........................ 09/2015 – 02/2018\n"
      "Caja Rural del Turia, S.C.C., Paterna\n• Informes mensuales.\n\n"
      "Técnica de Mantenimiento ..................... 2012 – 2015\nTalleres Zorrotza, S.L.L., Bilbao\n• Mantenimiento predictivo.\n");
  REQUIRE(resume.work.size() == 2);
  CHECK(resume.work[0].position == "Técnica de Reporting");
  CHECK(resume.work[0].company == "Caja Rural del Turia, S.C.C.");
  CHECK(resume.work[1].company == "Talleres Zorrotza, S.L.L.");
}

TEST_CASE("'Certifications and Affiliations' lists certifications and memberships, no volunteering") {
  auto resume = parse_text("Jane Doe\njane@example.com\n\nCertifications and Affiliations\n\nAWS Certified Solutions Architect (2022)\n");
  REQUIRE_FALSE(resume.sections.empty());
  CHECK(resume.sections.back().canonical == "certifications");
}

TEST_CASE("a citizenship's country is no home; a postcode before a town and its province names the town") {
  auto resume = parse_text(
      "Sebastian Moser\nStaatsbürgerschaft   Österreich\nAdresse   Hernalser Hauptstraße 112/14, 1170 Wien\n"
      "Telefon   +43 664 381 27 05\nsebastian@example.at\n");
  CHECK(resume.contact.city == "Wien");
  auto bilbao = parse_text("Ane Etxeberria\nC/ Licenciado Poza, 38, 4.º izda.\n48011 Bilbao (Bizkaia)\nTel.: 688 41 27 93\nane@example.com\n");
  CHECK(bilbao.contact.city == "Bilbao");
}

TEST_CASE("France's 'Master Recherche' is the degree whole, its field after it") {
  auto resume = parse_text(
      "Élodie Marchand\nelodie@example.fr\n\nFormation\n\n2011 Master Recherche Informatique, Université Grenoble Alpes, mention Bien.\n");
  REQUIRE(resume.education.size() == 1);
  CHECK(resume.education[0].study_type == "Master Recherche");
  CHECK(resume.education[0].area == "Informatique");
}

TEST_CASE("a Markdown heading that opens with a degree heads its school's entry, no section") {
  auto resume = parse_text(
      "# Inês Carvalho\n\ninês@example.pt\n\n## Formação académica\n\n### Mestrado Integrado em Engenharia Informática e Computação\n"
      "**Faculdade de Engenharia da Universidade do Porto (FEUP)** | Porto | 2011 – 2016\n\n## Competências\n\n- Python, SQL\n",
      "cv.md");
  REQUIRE(resume.education.size() == 1);
  CHECK(resume.education[0].study_type == "Mestrado Integrado");
  CHECK(resume.education[0].institution == "Faculdade de Engenharia da Universidade do Porto (FEUP)");
  for (const auto& section : resume.sections) CHECK(section.heading.find("Mestrado") == std::string::npos);
}

TEST_CASE("an org-mode CV: the name from its title, each job from its heading and property drawer") {
  auto resume = parse_text(
      "#+TITLE: Kiri Matheson\n#+EMAIL: kiri@example.nz\n#+MOBILE: +64 21 448 9031\n\n* Experience\n** Senior GIS Developer\n"
      ":PROPERTIES:\n:CV_ENV:   cventry\n:FROM:     <2020-02-03 Mon>\n:TO:       present\n:EMPLOYER: Tohu Spatial Limited\n"
      ":LOCATION: Wellington\n:END:\n- Lead developer of the flood-hazard viewer used by three councils.\n\n"
      "* Education\n** Bachelor of Surveying\n:PROPERTIES:\n:FROM:     <2010-02-22 Mon>\n:TO:       <2013-11-30 Sat>\n"
      ":EMPLOYER: University of Otago\n:END:\n",
      "cv.org");
  CHECK(resume.contact.name == "Kiri Matheson");
  REQUIRE(resume.work.size() == 1);
  CHECK(resume.work[0].position == "Senior GIS Developer");
  CHECK(resume.work[0].company == "Tohu Spatial Limited");
  CHECK(resume.work[0].location == "Wellington");
  REQUIRE(resume.education.size() == 1);
  CHECK(resume.education[0].institution == "University of Otago");
}

TEST_CASE("a README's greeting names its writer without the waving hand after the name") {
  auto resume = parse_text("<h1 align=\"center\">Hola, soy Rocío Jiménez Barroso 👋</h1>\n\nrocio.jimenez.dev@example.com\n"
                           "[GitHub](https://github.com/rjbarroso)\n",
                           "cv.md");
  CHECK(resume.contact.name == "Rocío Jiménez Barroso");
}

TEST_CASE("a LinkedIn page's 'Company logo' line is the picture's text, no line of the entry below it") {
  auto resume = parse_text(
      "Rachel Dominguez\nrachel@example.com\n\nExperience\n"
      "Lonestar Health Systems\nSenior UX Researcher\nJan 2022 - Present · 2 yrs 5 mos\n- Lead research for the patient portal.\n\n"
      "Hill Country Credit Union logo\nUser Researcher\nHill Country Credit Union · Full-time\nMar 2018 - Dec 2019 · 1 yr 10 mos\n"
      "Austin, Texas, United States · On-site\n- Ran card sorting for online banking.\n");
  REQUIRE(resume.work.size() == 2);
  CHECK(resume.work[1].company == "Hill Country Credit Union");
  CHECK(resume.work[1].position == "User Researcher");
}

TEST_CASE("re-read: a dot leader after a word ending in a two-byte letter leaves the letter whole") {
  auto resume = parse_text(
      "Lars Næss\nlars@example.no\n\nExperience\n\nKonsulent hos Bæ .................. 2019 – 2021\nAcme AS, Oslo\n• Rådgivning.\n");
  REQUIRE(resume.work.size() == 1);
  CHECK(resume.work[0].position.find("Bæ") != std::string::npos);
  CHECK(resume.work[0].position.find("..") == std::string::npos);
}
