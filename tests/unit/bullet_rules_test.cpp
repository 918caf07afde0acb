// Bullet rules that need a whole resume: roles, sections, summary and header lines.
#include <doctest/doctest.h>

#include <algorithm>

#include "linter/engine.h"
#include "linter/layout/layout.h"
#include "linter/structure/structure.h"
#include "parsers/frontend.h"

using namespace atslint;

namespace {

std::vector<Diagnostic> lint(const std::string& markdown, const std::string& rule) {
  Document document = read_document("test.md", markdown);
  analyse_layout(document);
  Resume resume = analyse_structure(document);
  LintOptions options;
  options.rules.select = {rule};
  return run_rules(document, resume, options);
}

std::string resume(const std::string& experience, const std::string& extra = "") {
  return "# Kim Park\n\nkim@example.com\n\n" + extra + "## Experience\n\n" + experience +
         "\n## Education\n\nBSc Physics — 2015\n\n## Skills\n\nPython, Django, PostgreSQL, Redis, Docker\n";
}

}  // namespace

TEST_CASE("repeated-opener counts openers per role, by the verb's base form") {
  auto findings = lint(resume("**Engineer** — Acme — 2020 – Present\n\n"
                              "- Developed the search page for 2M shoppers.\n"
                              "- Develops the billing service for 40k customers.\n"
                              "- Developed the admin tool, saving 10 hours a week.\n\n"
                              "**Intern** — Initech — 2019 – 2020\n\n"
                              "- Developed a test harness for 12 services.\n"),
                       "repeated-opener");
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].location.line == 11);  // the third "Develop..." of the first role
}

TEST_CASE("bullet-count flags a recent role with one bullet, not an old one") {
  auto findings = lint(resume("**Engineer** — Acme — 2021 – Present\n\n"
                              "- Built the search page used by 2M shoppers a month.\n\n"
                              "**Clerk** — Initech — 2008 – 2010\n\n"
                              "- Filed 300 invoices a week.\n"),
                       "bullet-count");
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].location.line == 7);  // the role's header line
  CHECK(findings[0].message.find("1 bullet") != std::string::npos);
}

TEST_CASE("tense-mismatch: present in a past role, and a mix in the current role") {
  auto past = lint(resume("**Analyst** — Acme — 2018 – 2021\n\n- Leads the weekly review for 5 teams.\n"
                          "- Lead engineer on the 3-person data team.\n"),
                   "tense-mismatch");
  REQUIRE(past.size() == 1);
  CHECK(past[0].message.find("\"Leads\" -> \"Led\"") != std::string::npos);
  auto current = lint(resume("**Analyst** — Acme — 2021 – Present\n\n- Leads the weekly review for 5 teams.\n"
                             "- Manages a budget of $2M.\n- Built a forecast used by 40 stores.\n"),
                      "tense-mismatch");
  REQUIRE(current.size() == 1);
  CHECK(current[0].excerpt.starts_with("Built"));
  CHECK(lint(resume("- Leads the weekly review for 5 teams.\n"), "tense-mismatch").empty());  // no dates
}

TEST_CASE("a comma-separated skills line never raises tech-list, the same list as a bullet does") {
  CHECK(lint(resume("**Engineer** — Acme — 2021 – Present\n\n- Built 3 services.\n"), "tech-list").empty());
  CHECK(lint("# Kim\n\n## Skills\n\n- Python, Django, PostgreSQL, Redis, Docker\n- Go, gRPC, Kafka\n", "tech-list").empty());
  CHECK(lint(resume("- Python, Django, PostgreSQL, Redis, Docker\n"), "tech-list").size() == 1);
  // Under a skills label inside the section, the same list is a skills list.
  CHECK(lint(resume("**Dev** — Acme — 2020 – Present\n\n- Built 3 apps used by 40k people.\n\n"
                    "Stack used here:\n\n- Python, Django, PostgreSQL, Redis, Docker\n"),
             "tech-list").empty());
}

TEST_CASE("buzzword also reads the summary, placeholder-text reads every line") {
  auto buzz = lint(resume("- Built 3 services.\n", "## Summary\n\nA results-driven self-starter.\n\n"), "buzzword");
  REQUIRE(buzz.size() == 1);
  CHECK(buzz[0].message.find("\"results-driven\", \"self-starter\"") != std::string::npos);
  auto placeholder = lint("# [Your Name]\n\nCompany Name — 20XX\n", "placeholder-text");
  CHECK(placeholder.size() == 2);
}

TEST_CASE("passive voice in a clause after an active opener is fine") {
  CHECK(lint(resume("- Built a tool that was adopted by 12 teams.\n"), "passive-voice").empty());
  auto passive = lint(resume("- Reports were generated for 12 managers.\n"), "passive-voice");
  REQUIRE(passive.size() == 1);
  CHECK(passive[0].message.find("\"Generated\"") != std::string::npos);
  CHECK(passive[0].location.column == 11);  // at "were"
}

TEST_CASE("undefined-acronym accepts a spelled-out form anywhere and an extra list") {
  CHECK(lint(resume("- Led the WMS rollout to 3 sites.\n"), "undefined-acronym").size() == 1);
  CHECK(lint(resume("- Led the warehouse management system (WMS) rollout.\n- Cut WMS errors 20%.\n"),
             "undefined-acronym").empty());
  CHECK(lint(resume("- Cut AWS and SQL costs by 20%.\n"), "undefined-acronym").empty());
}
