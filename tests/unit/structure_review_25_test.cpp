// Review of session 25's changes: resumes that parsed right before them must still do so; all text invented.
#include <doctest/doctest.h>

#include "linter/structure/structure.h"
#include "parsers/frontend.h"
#include "resume_test_helpers.h"

using namespace atslint;

TEST_CASE("review 25: a 'Personal details' heading below the name takes no line under it for the name") {
  auto resume = parse_text(
      "Sarah O'Connor\nsarah@example.ie | 087 123 4567\n\nPERSONAL DETAILS\nFull Clean Driving Licence\n\nEXPERIENCE\n"
      "Staff Nurse\nSt. James's Hospital, Dublin\n2018 – 2022\n- Cared for patients\n");
  CHECK(resume.contact.name == "Sarah O'Connor");
}

TEST_CASE("review 25: a college of a federal university after its comma stays; a known city goes") {
  auto resume = parse_text(
      "Jane Doe\njane@example.com\n\nEDUCATION\nUniversity of London, Royal Holloway\nBSc Biology, 2015 – 2019\n\n"
      "University of the Arts London, Central Saint Martins\nBA Fashion, 2011 – 2014\n\n"
      "University of Central Lancashire, Preston\nBSc Nursing, 2008 – 2011\n");
  REQUIRE(resume.education.size() == 3);
  CHECK(resume.education[0].institution == "University of London, Royal Holloway");
  CHECK(resume.education[1].institution == "University of the Arts London, Central Saint Martins");
  CHECK(resume.education[2].institution == "University of Central Lancashire");
}

TEST_CASE("review 25: a count of GCSEs under a school alone, or under A-levels, is a qualification of its own") {
  auto alone = parse_text(
      "Tom Baker\ntom@example.co.uk\n\nEDUCATION\nRoundhay School, Leeds\n2010 – 2017\n10 GCSEs at grades A*–C including Maths and English\n");
  REQUIRE(alone.education.size() == 1);
  CHECK(alone.education[0].institution == "Roundhay School");
  CHECK(alone.education[0].study_type == "10 GCSEs");
  auto under_a_levels = parse_text(
      "Tom Baker\ntom@example.co.uk\n\nEDUCATION\nA Levels: Mathematics (A), Physics (B)\nRoundhay School, Leeds   2010 – 2017\n"
      "9 GCSEs including Maths and English\n");
  CHECK(under_a_levels.education.size() == 2);
}

TEST_CASE("review 25: a word beside the title that names the terms of the job, a shift or a tool is no town") {
  auto resume = parse_text(
      "Chris Evans\nchris@example.com\n\nEXPERIENCE\n\nData Analyst                                        Contract\n"
      "Northern Analytics Group\nMar 2018 – Dec 2019\n- Built dashboards\n\nStaff Nurse                                         Nights\n"
      "Salford Royal Hospital\n2015 – 2018\n- Ward duties\n\nSenior Developer                                    Python\n"
      "Acme Software Ltd\n2012 – 2015\n- Built APIs\n");
  REQUIRE(resume.work.size() == 3);
  for (const auto& job : resume.work) CHECK(job.location.empty());
}

TEST_CASE("review 25: side labels over a school's form fields still head their sections") {
  auto resume = parse_text(
      "Thabo Nkosi\nthabo@example.co.za | 082 123 4567\n\nEducation:     Institution: University of the Western Cape\n"
      "               Qualification: BCom Human Resource Management\n               Year: 2015\n\n"
      "Skills:        SAP HR, Excel, VIP Payroll\n");
  REQUIRE(resume.sections.size() == 2);
  CHECK(resume.sections[1].canonical == "skills");
  CHECK(skill_items(resume) == std::vector<std::string>{"SAP HR", "Excel", "VIP Payroll"});
}
