// Held-out rounds 117–118: what session 50's documents taught.
#include <doctest/doctest.h>

#include "linter/structure/headings.h"
#include "resume_test_helpers.h"

using namespace atslint;

TEST_CASE("a paper-style author line: the affiliation's number and the footnote's star after the surname are no part of the name") {
  auto resume = parse_text("Catrin M. Howells1, ∗\n1 ISIS Neutron and Muon Source, Didcot\ncatrin.howells@stfc.ac.uk\n\n"
                           "Employment\n\nInstrument Scientist, ISIS Neutron and Muon Source   Oct 2019 – present\n");
  CHECK(resume.contact.name == "Catrin M. Howells");
}

TEST_CASE("a job centre's form: 'Données personnelles' holds 'Nom' and 'Prénom' on lines of their own") {
  CHECK(canonical_section("Données personnelles").canonical == "contact");
  CHECK(canonical_section("Métiers recherchés").canonical == "summary");
  CHECK(canonical_section("Connaissances linguistiques").canonical == "languages");
  auto resume = parse_text(
      "Mon tableau de bord   Mes offres   Mon CV   Mes documents\n\nDonnées personnelles\n\n"
      "Nom              MOREELS\nPrénom           Inès\nTéléphone (GSM)  0476 38 21 59\nE-mail           ines.moreels@hotmail.be\n\n"
      "Expériences professionnelles\n\nDepuis septembre 2021\nInfirmière en soins généraux\nCentre hospitalier Porte de Hal\n");
  CHECK(resume.contact.name == "Inès MOREELS");
}

TEST_CASE("an Irish physiotherapist's 'MISCP' after her name is a membership, not her surname") {
  auto resume = parse_text("Aoife Gallagher MISCP\naoife.gallagher@gmail.com\n\nExperience\n\n"
                           "Senior Physiotherapist, Mayo University Hospital   2019 – Present\n");
  CHECK(resume.contact.name == "Aoife Gallagher");
}

TEST_CASE("a craftsman's site titled with his workshop: the person below who bears its name is the name") {
  auto resume = parse_text(
      "Atelier Delmas\nÉbénisterie & agencement sur mesure\n\nAccueil   Réalisations   Mon parcours   Contact\n\n"
      "Julien Delmas – ébéniste\nTél. : 06 72 18 45 09\nMail : atelier.delmas15@orange.fr\n\n"
      "Expérience professionnelle\n\nArtisan ébéniste, gérant – Atelier Delmas, Aurillac\nDepuis mars 2019\n");
  CHECK(resume.contact.name == "Julien Delmas");
}

TEST_CASE("a job board's 'Area:' label before the town; a unit's initials in brackets name no town") {
  auto resume = parse_text("Lungile Radebe\nEmail: lradebe.diesel@gmail.com\nArea: Vanderbijlpark, Gauteng\n\n"
                           "Work experience\n\nDiesel Mechanic, Barloworld Equipment   2019 – Present\n");
  CHECK(resume.contact.city == "Vanderbijlpark");
  auto nurse = parse_text("Danielle Broussard\nRegistered Nurse · Progressive Care (PCU) · 8+ yrs experience\n"
                          "Lafayette, LA   (337) 555-0142   dani@example.com\n\nWork experience\n\n"
                          "Staff RN, Ochsner Lafayette General   Jun 2019 – Aug 2023\n");
  CHECK(nurse.contact.city == "Lafayette");
}

TEST_CASE("a numbered heading maps as a compound whose last part is a section's name: '4. EDUCATION & TRAINING'") {
  CHECK(canonical_section("4. EDUCATION & TRAINING").canonical == "education");
  CHECK(canonical_section("6. SYSTEMS & SKILLS").canonical == "skills");
  CHECK(canonical_section("5 Years Experience").canonical.empty());
  CHECK(canonical_section("1. Research & Development").canonical.empty());
  auto resume = parse_text("Bradley Kerslake\nbrad@example.com.au\n\n1. CAREER SUMMARY\nParts and sales manager.\n\n"
                           "3. EMPLOYMENT HISTORY\nSales Manager, Gympie Machinery   2019 – Present\n\n"
                           "4. EDUCATION & TRAINING\nDiploma of Agribusiness Management   2016 – 2017\nTAFE Queensland\n");
  REQUIRE(resume.sections.size() == 3);
  CHECK(resume.sections[2].canonical == "education");
}

TEST_CASE("a bullet's word broken at its hyphen goes on below, though a year follows") {
  auto resume = parse_text("Aoife Gallagher\naoife@example.ie\n\nProfessional Experience\n\n"
                           "Senior Physiotherapist, Mayo University Hospital   Mar 2021 – Present\n"
                           "• Completed two clinical audits and presented at Saolta re-\n  search day 2023\n"
                           "• Supervise final-year students\n");
  REQUIRE(resume.work.size() == 1);
  REQUIRE(resume.work[0].highlights.size() == 2);
  CHECK(resume.work[0].highlights[0].ends_with("search day 2023"));
}
