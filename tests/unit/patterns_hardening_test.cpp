// Contact patterns on hostile text: a long run of letters once made the e-mail regex quadratic
// (about 30 s for three 9,800-character lines). Speed belongs to tools/bench; this checks results.
#include <doctest/doctest.h>

#include <string>

#include "linter/patterns.h"

TEST_CASE("find_emails on a long run of letters and still finds the address after it") {
  std::string run;
  for (int i = 0; i < 4900; ++i) run += "AB";
  std::string text = run + " jane.doe@example.com, " + run + "@";
  for (int i = 0; i < 3; ++i) {
    auto emails = atslint::find_emails(text);
    REQUIRE(emails.size() == 1);
    CHECK(emails[0].text == "jane.doe@example.com");
    CHECK(emails[0].offset == run.size() + 1);
  }
}

TEST_CASE("find_emails reports each address once, with its offset, when several share a line") {
  auto emails = atslint::find_emails("a@b.co / x.y@mail.example.org");
  REQUIRE(emails.size() == 2);
  CHECK(emails[0].text == "a@b.co");
  CHECK(emails[0].offset == 0);
  CHECK(emails[1].text == "x.y@mail.example.org");
  CHECK(emails[1].offset == 9);
}
