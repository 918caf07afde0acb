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
