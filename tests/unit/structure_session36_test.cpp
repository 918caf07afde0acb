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
