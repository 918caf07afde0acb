// Review of session 26's changes: resumes that parsed right before them must still do so; all text invented.
#include <doctest/doctest.h>

#include <algorithm>

#include "linter/structure/structure.h"
#include "resume_test_helpers.h"

using namespace atslint;

TEST_CASE("review 26: a finished degree's 'Expected' date under a running one is its own, not the running one's end") {
  auto resume = parse_text(
      "Emily Carter\nemily@example.com\n\nEDUCATION\n\nStanford University\nM.S. Computer Science\nSep 2024 – Present\n\n"
      "UCLA\nB.S. Mathematics\nExpected May 2024\n");
  REQUIRE(resume.education.size() == 2);
  CHECK(resume.education[0].end.present);
  CHECK(resume.education[1].institution == "UCLA");
  CHECK(resume.education[1].end.year == 2024);
  auto one_line = parse_text(
      "Emily Carter\nemily@example.com\n\nEDUCATION\n\nBoston University, Master of Public Health, Sep 2024 – Present\n"
      "Harvard University, Bachelor of Arts in Economics, Expected May 2024\n");
  REQUIRE(one_line.education.size() == 2);
  CHECK(one_line.education[1].institution == "Harvard University");
}

TEST_CASE("review 26: a header with middle dots after a job's bullets is the next job, no stack") {
  auto resume = parse_text(
      "Carlos Mendes\ncarlos@example.com\n\nEXPERIENCE\n\nSenior Software Engineer · Dell Technologies · Austin, TX\n"
      "Mar 2021 – Present · Full-time\n- Built microservices in Go and Kafka\n\nJava Developer · Oracle · Austin, TX\n"
      "Jan 2018 – Feb 2021 · Full-time\n- Maintained Java EE services\n");
  REQUIRE(resume.work.size() == 2);
  CHECK(resume.work[1].position == "Java Developer");
  CHECK(resume.work[1].company == "Oracle");
}

TEST_CASE("review 26: in a rail of section labels, a label after Skills opens its section") {
  auto resume = parse_text(
      "Mia Keller\nmia@example.com | Zürich\n\nSkills         Python   Go   Kubernetes   Terraform\n\n"
      "Experience     Senior Engineer   Google   Zürich\n               2020 – Present\n");
  CHECK(std::any_of(resume.sections.begin(), resume.sections.end(), [](const Section& s) { return s.canonical == "experience"; }));
  auto items = skill_items(resume);
  CHECK(std::find(items.begin(), items.end(), "Google") == items.end());
}

TEST_CASE("review 26: a dated volunteer role told in a sentence stays a role") {
  auto resume = parse_text(
      "Sarah Miller\nsarah@example.com\n\nVOLUNTEER EXPERIENCE\n\nVolunteer EMT at Boulder Rural Fire Department (2016–2019), "
      "responding to emergencies, training new members, and coordinating drills.\n");
  REQUIRE(resume.work.size() == 1);
  CHECK(resume.work[0].start.year == 2016);
}

TEST_CASE("review 26: a town before its province's capital and the country stays the town") {
  auto resume = parse_text("Marco Rossi\nmarco@example.it\n+39 347 812 4590\nFiumicino, Roma, Italia\n");
  CHECK(resume.contact.city == "Fiumicino");
}

TEST_CASE("review 26: a tag named in code in Markdown stays text") {
  auto resume = parse_text(
      "# Ana Lima\nana@example.com\n\n## Experience\n\n### Frontend Developer — Acme\n*2021 – 2023*\n\n"
      "- Rebuilt the menu with semantic `<button>` and `<details>` elements\n",
      "cv.md");
  REQUIRE(resume.work.size() == 1);
  REQUIRE(resume.work[0].highlights.size() == 1);
  CHECK(resume.work[0].highlights[0].find("button") != std::string::npos);
}

TEST_CASE("review 26: 'Master Project Management' is a master's in project management") {
  auto resume = parse_text(
      "Lotte de Vries\nlotte@example.nl\n\nOPLEIDING\nMaster Project Management, Hogeschool Utrecht\n2018 – 2020\n");
  REQUIRE(resume.education.size() == 1);
  CHECK(resume.education[0].study_type == "Master");
}

TEST_CASE("review 26: a repository in the contact line is the profile printed; a label before its address is no handle") {
  auto resume = parse_text(
      "Ana Lima\nana@example.com | GitHub: github.com/ana-lima/portfolio\n\n## Projects\n\n"
      "- [Replay](https://github.com/ana-lima/kafka-replay): tool\n",
      "cv.md");
  REQUIRE(resume.contact.profiles.size() == 1);
  CHECK(resume.contact.profiles[0].url == "https://github.com/ana-lima/portfolio");
}
