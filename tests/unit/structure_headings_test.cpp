#include <doctest/doctest.h>

#include "linter/structure/headings.h"
#include "parsers/text/text_reader.h"

using namespace atslint;

TEST_CASE("headings map to canonical sections, ignoring case, punctuation and letter-spacing") {
  CHECK(canonical_section("WORK EXPERIENCE:").canonical == "experience");
  CHECK(canonical_section("E X P E R I E N C E").canonical == "experience");
  CHECK(canonical_section("Technical Skills").canonical == "skills");
  CHECK(canonical_section("Programming Languages").canonical == "skills");
  CHECK(canonical_section("Languages").canonical == "languages");
  CHECK(canonical_section("Where I've Made an Impact").canonical.empty());
}

TEST_CASE("plain-text heading candidates: capitals and known names, not the name line or sentences") {
  auto doc = read_text("cv.txt", "JANE DOE\nEXPERIENCE\nAcme Corp, Engineer\nEducation\nShipped it.\n", Format::Txt);
  CHECK_FALSE(is_heading_line(doc, 0));
  CHECK(is_heading_line(doc, 1));
  CHECK_FALSE(is_heading_line(doc, 2));
  CHECK(is_heading_line(doc, 3));
  CHECK_FALSE(is_heading_line(doc, 4));
}
