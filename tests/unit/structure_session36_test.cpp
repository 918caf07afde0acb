// Held-out rounds 77–78: what the session's new templates and job-site exports taught.
#include <doctest/doctest.h>

#include "resume_test_helpers.h"

using namespace atslint;

TEST_CASE("a faculty after the school's name stays, as printed; a lower-case remark after a semicolon goes") {
  auto resume = parse_text(
      "Sanne de Vries\nsanne@example.nl\n\nOpleiding\n\n2012 – 2014   MSc Supply Chain Management, Erasmus Universiteit Rotterdam, "
      "Rotterdam School of Management; afstudeerscriptie over synchromodaal transport\n"
      "2008 – 2012   Bachelor of Economics, University of Belgrade, Faculty of Economics\n");
  REQUIRE(resume.education.size() == 2);
  CHECK(resume.education[0].institution == "Erasmus Universiteit Rotterdam, Rotterdam School of Management");
  CHECK(resume.education[1].institution == "University of Belgrade, Faculty of Economics");
}

TEST_CASE("a hyphenated job title ending in a section's word ('Engineer-in-Training') heads no section") {
  auto resume = parse_text(
      "Marcus Okafor\nmarcus@example.com\n\nPROFESSIONAL EXPERIENCE\n\nWater Resources Engineer II\nWright Water Engineers, Inc. | Denver, CO\n"
      "AUG 2016 – MAY 2020\n• Designed detention ponds\n\nEngineer-in-Training\nJUN 2014 – JUL 2016\n"
      "Colorado Department of Transportation (CDOT) | Greeley, CO\n• Hydraulic design of culverts\n");
  REQUIRE(resume.sections.size() == 1);
  REQUIRE(resume.work.size() == 2);
  CHECK(resume.work[1].position == "Engineer-in-Training");
  CHECK(resume.work[1].company == "Colorado Department of Transportation (CDOT)");
}

TEST_CASE("'BASED IN' over the town is a label, not a town in Indiana; the places one would work are no home") {
  auto based = parse_text("Eilidh Drummond\neilidh@example.com\n\nCONTACT\nBASED IN\nEdinburgh, Scotland, UK\n");
  CHECK(based.contact.city != "BASED");
  CHECK(based.contact.region != "IN");
  auto indianapolis = parse_text("JAMES CARTER\nINDIANAPOLIS IN\njames@example.com\n");
  CHECK(indianapolis.contact.city == "INDIANAPOLIS");
  auto wishes = parse_text(
      "Lea Brandtner\nWunschorte   Leipzig, Dresden, Berlin\nKarl-Heine-Straße 54\n04229 Leipzig\nlea@example.de\n\nSTUDIUM\n"
      "Master of Science Wirtschaftsinformatik   10/2022 – 03/2025\nUniversität Leipzig\n");
  CHECK(wishes.contact.city == "Leipzig");
  CHECK(wishes.contact.region.empty());
}

TEST_CASE("a job site's CV number is no phone; Mexican 'Escolaridad' heads the education") {
  auto resume = parse_text(
      "OCC · Currículum del candidato   ID de CV: 48213377\nJosé Manuel Ibarra Cárdenas\nZapopan, Jalisco   33 1847 2290   jm@example.com\n\n"
      "Escolaridad\nLicenciatura en Ingeniería Industrial   2008 - 2013\nUniversidad de Guadalajara\n");
  CHECK(resume.contact.phone == "33 1847 2290");
  REQUIRE(resume.sections.size() == 1);
  CHECK(resume.sections[0].canonical == "education");
  REQUIRE(resume.education.size() == 1);
  CHECK(resume.education[0].institution == "Universidad de Guadalajara");
  auto profile = parse_text("Lea Brandtner\nBewerberprofil · Profil-ID 4817-2290\nlea@example.de\n");
  CHECK(profile.contact.phone.empty());
}

TEST_CASE("a job site's date column: a range cut before its end's year, a duration with 'et', a contract chip after the title") {
  auto resume = parse_text(
      "Maëlle Guérin\nNantes (44)   06 72 18 45 93   maelle@example.fr\n\nExpériences professionnelles\n\n"
      "Depuis janv. 2020   Gestionnaire de paie confirmée   CDI\n4 ans et 9 mois\nAtlantique Services Conseil SAS · Saint-Herblain (44)\n"
      "• Gestion d’un portefeuille de 14 clients\n"
      "De sept. 2016 à déc.   Gestionnaire paie et ADP   CDI\n2019   Polyclinique de l’Erdre SAS · Nantes (44)\n3 ans et 4 mois\n"
      "• Paie de 420 salariés\n");
  CHECK(resume.contact.phone == "06 72 18 45 93");
  REQUIRE(resume.work.size() == 2);
  CHECK(resume.work[0].position == "Gestionnaire de paie confirmée");
  CHECK(resume.work[0].company == "Atlantique Services Conseil SAS");
  CHECK(resume.work[1].position == "Gestionnaire paie et ADP");
  CHECK(resume.work[1].company == "Polyclinique de l’Erdre SAS");
  CHECK(resume.work[1].start.iso() == "2016-09");
  CHECK(resume.work[1].end.iso() == "2019-12");
}

TEST_CASE("a logo's letters spelling the firm after its leading legal form ('MS' over 'PT Mitra Solusi Digital') name no employer") {
  auto resume = parse_text(
      "Nadia Putri\nnadia@example.co.id\n\nExperience\n\nSoftware Engineer Intern\nMS\nPT Mitra Solusi Digital\n"
      "Jun 2019 - Aug 2019 · Bandung, Indonesia\n• Built internal REST endpoints\n");
  REQUIRE(resume.work.size() == 1);
  CHECK(resume.work[0].company == "PT Mitra Solusi Digital");
  CHECK(resume.work[0].position == "Software Engineer Intern");
}

TEST_CASE("Markdown: a wiki link ('[[Cardiff University]]') reads as the name it shows") {
  auto resume = parse_text(
      "# Rhys Morgan\nrhys@example.co.uk\n\n## Education\n\n**MSc Data Science and Analytics**, [[Cardiff University]] (2016–2017)\n"
      "**BSc (Hons) Mathematics**, [[Notes/Aber|Aberystwyth University]] (2013–2016)\n", "cv.md");
  REQUIRE(resume.education.size() == 2);
  CHECK(resume.education[0].institution == "Cardiff University");
  CHECK(resume.education[1].institution == "Aberystwyth University");
}
