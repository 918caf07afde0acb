// Held-out rounds 75–76: what the session's new templates and job-site exports taught.
#include <doctest/doctest.h>

#include "resume_test_helpers.h"

using namespace atslint;

TEST_CASE("'Work & Volunteer Experience' heads a section: its title word lies in a part naming a section whole") {
  auto resume = parse_text(
      "Aaliyah Brooks\nabrooks@example.com\n\nEducation\n\nGeorgia Institute of Technology\nBachelor of Science\n"
      "Aug 2022 - May 2026\n\nWork & Volunteer Experience\n\nSupply Chain Analytics Intern\n"
      "Southeastern Cold Chain Logistics, Inc.\nMay 2025 - Aug 2025\n• Built a slotting model for 3,400 SKUs\n");
  REQUIRE(resume.sections.size() == 2);
  CHECK(resume.sections[1].canonical == "experience");
  REQUIRE(resume.work.size() == 1);
  CHECK(resume.work[0].position == "Supply Chain Analytics Intern");
  // A job title joined by '&' is still no heading.
  auto titles = parse_text("Dana Reyes\ndana@example.com\n\nExperience\n\nSoftware & Data Engineer\nAcme Corp\n2020 - 2022\n");
  CHECK(titles.sections.size() == 1);
}

TEST_CASE("a logo's letters opening the firm's first word ('NU' over 'Nu Pagamentos S.A.') name no employer") {
  auto resume = parse_text(
      "Juliana Queiroz\njuliana@example.com\n\nExperiência\n\nProduct Manager\nNU\njul 2018 – fev 2021\nSão Paulo, SP\n"
      "Nu Pagamentos S.A. · Crédito\n• Lançamento do produto de empréstimo pessoal\n");
  REQUIRE(resume.work.size() == 1);
  CHECK(resume.work[0].company == "Nu Pagamentos S.A.");
  CHECK(resume.work[0].position == "Product Manager");
}
