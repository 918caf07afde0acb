#include <doctest/doctest.h>

#include <fstream>
#include <sstream>

#include "linter/structure/json_resume.h"
#include "linter/structure/structure.h"
#include "parsers/frontend.h"

using namespace atslint;

namespace {

Document read_text_document(const std::string& name, const std::string& text) { return read_document(name, text); }

Document read_data_file(const std::string& relative) {
  std::ifstream in(std::string(ATSLINT_SOURCE_DIR) + "/tests/data/structure/" + relative, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return read_document(relative, buffer.str());
}

std::vector<std::string> canonical_order(const Resume& resume) {
  std::vector<std::string> order;
  for (const auto& section : resume.sections) order.push_back(section.canonical);
  return order;
}

}  // namespace

TEST_CASE("a German CV yields its canonical sections in order") {
  auto document = read_text_document("cv.txt",
                                     "Anna Weber\nanna.weber@example.de | +49 151 2345 6789 | Leipzig\n\n"
                                     "Profil\nEntwicklerin mit sechs Jahren Erfahrung.\n\nBerufserfahrung\n"
                                     "Softwareentwicklerin | Elbtal Logistik GmbH | 03/2021 – heute\n"
                                     "- Tourenplanung neu geschrieben\n\nProjekte\nLager-API\n\nKenntnisse\nGo, Kotlin\n\n"
                                     "Ausbildung\nM.Sc. Informatik, Universität Leipzig, 2018\n");
  auto resume = analyse_structure(document);
  CHECK(canonical_order(resume) ==
        std::vector<std::string>{"summary", "experience", "projects", "skills", "education"});
  for (const auto& section : resume.sections) CHECK(section.language == "de");
  REQUIRE(resume.work.size() == 1);
  CHECK(resume.work[0].position == "Softwareentwicklerin");
  CHECK(resume.work[0].company == "Elbtal Logistik GmbH");
  CHECK(resume.work[0].start.iso() == "2021-03");
  CHECK(resume.work[0].end.present);
  REQUIRE(resume.work[0].bullet_indices.size() == 1);
  CHECK(resume.bullets[resume.work[0].bullet_indices[0]].entry == 0);
  REQUIRE(resume.education.size() == 1);
  CHECK(resume.education[0].study_type == "M.Sc.");
  CHECK(resume.education[0].area == "Informatik");
  CHECK(resume.education[0].institution == "Universität Leipzig");
}

TEST_CASE("contact details: document title skipped, accented name, international phone, profiles") {
  auto resume = analyse_structure(read_data_file("fr_cv.txt"));
  CHECK(resume.contact.name == "Élodie Marchand");
  CHECK(resume.contact.email == "elodie.marchand@example.fr");
  CHECK(resume.contact.phone == "06 12 34 56 78");
  CHECK(resume.contact.city == "Lyon");
  CHECK(resume.contact.country_code == "FR");
  REQUIRE(resume.contact.profiles.size() == 1);
  CHECK(resume.contact.profiles[0].network == "LinkedIn");
  REQUIRE(resume.work.size() == 2);
  CHECK(resume.work[0].position == "Ingénieure logicielle");
  CHECK(resume.work[0].start.iso() == "2021-01");
  CHECK(resume.work[0].end.present);
  CHECK(resume.work[1].company == "Alpes Capteurs SARL");
  CHECK(resume.work[1].end.iso() == "2020-08");
}

TEST_CASE("a shared employer banner applies to every role under it, link targets become profiles") {
  auto resume = analyse_structure(read_data_file("en_banner.md"));
  REQUIRE(resume.work.size() == 2);
  CHECK(resume.work[0].company == "Northwind Analytics");
  CHECK(resume.work[1].company == "Northwind Analytics");
  CHECK(resume.work[0].position == "Senior Data Engineer");
  CHECK(resume.work[0].start.iso() == "2022-09");
  CHECK(resume.work[1].start.year == 2020);
  REQUIRE(resume.education.size() == 1);
  CHECK(resume.education[0].study_type == "Master of Science");
  CHECK(resume.education[0].area == "Computer Science");
  CHECK(resume.education[0].institution == "Stanford University");
  CHECK(resume.education[0].score == "3.9/4.0");
  REQUIRE(resume.skills.size() == 2);
  CHECK(resume.skills[0].name == "Languages");
  CHECK(resume.skills[0].keywords == std::vector<std::string>{"Python", "Scala", "SQL"});
  bool github = false;
  for (const auto& profile : resume.contact.profiles) github = github || profile.network == "GitHub";
  CHECK(github);
}

TEST_CASE("label-rail headings and right-margin dates") {
  auto resume = analyse_structure(read_text_document(
      "rail.txt",
      "JAMIE ORTEGA\njamie@example.com | (555) 014-2233 | Denver, CO\n\n"
      "Experience       Platform Engineer, Borealis Labs          Feb 2021 - Present\n"
      "                 - Cut build times by 60 percent\n\n"
      "Education        B.S. Physics, Colorado State University   2016 - 2020\n"));
  REQUIRE(resume.sections.size() == 2);
  CHECK(resume.sections[0].canonical == "experience");
  CHECK(resume.sections[1].canonical == "education");
  REQUIRE(resume.work.size() == 1);
  CHECK(resume.work[0].start.iso() == "2021-02");
  REQUIRE(resume.education.size() == 1);
  CHECK(resume.education[0].institution == "Colorado State University");
  CHECK(resume.education[0].end.iso() == "2020");
}

TEST_CASE("JSON Resume output: ISO dates, no endDate while current, sections in meta") {
  auto document = read_data_file("es_cv.txt");
  auto json = to_json_resume(document, analyse_structure(document));
  REQUIRE(json["work"].size() == 2);
  CHECK(json["work"][0]["startDate"] == "2022-03");
  CHECK_FALSE(json["work"][0].contains("endDate"));
  CHECK(json["work"][1]["endDate"] == "2022");
  CHECK(json["basics"]["location"]["countryCode"] == "CO");
  CHECK(json["meta"]["atslint"]["sections"][1]["canonical"] == "experience");
  CHECK(json["meta"]["atslint"]["sections"][1]["language"] == "es");
}

TEST_CASE("German Lebenslauf: title line skipped, postal-code city, right-margin numeric dates, grade") {
  auto resume = analyse_structure(read_data_file("de_lebenslauf.txt"));
  CHECK(resume.contact.name == "Jonas Müller-Lüdenscheidt");
  CHECK(resume.contact.city == "München");
  CHECK(resume.contact.phone == "+49 (0)89 1234 5678");
  REQUIRE(resume.work.size() == 2);
  CHECK(resume.work[0].position == "Senior Backend-Entwickler");
  CHECK(resume.work[0].company == "Isar Mobility GmbH");
  CHECK(resume.work[0].location == "München");
  CHECK(resume.work[0].end.present);
  CHECK(resume.work[1].start.iso() == "2018-10");
  CHECK(resume.work[1].end.iso() == "2021-03");
  REQUIRE(resume.education.size() == 1);
  CHECK(resume.education[0].institution == "Technische Universität München");
  CHECK(resume.education[0].score == "1,7");
  bool spoken_in_skills = false;
  for (const auto& group : resume.skills)
    for (const auto& keyword : group.keywords) spoken_in_skills = spoken_in_skills || keyword.starts_with("Deutsch");
  CHECK_FALSE(spoken_in_skills);
}

TEST_CASE("Italian, Portuguese and Dutch entries") {
  auto italian = analyse_structure(read_data_file("it_cv.txt"));
  REQUIRE(italian.work.size() == 2);
  CHECK(italian.work[0].position == "Data Scientist");
  CHECK(italian.work[0].company == "Assicurazioni Subalpine S.p.A.");
  CHECK(italian.work[1].company == "Banca del Po");
  CHECK(italian.work[1].location == "Torino");
  REQUIRE(italian.education.size() == 1);
  CHECK(italian.education[0].study_type == "Laurea Magistrale");

  auto portuguese = analyse_structure(read_data_file("pt_cv.txt"));
  CHECK(portuguese.contact.phone == "+55 11 98765-4321");
  REQUIRE(portuguese.work.size() == 2);
  CHECK(portuguese.work[0].start.iso() == "2021-01");
  CHECK(portuguese.work[0].end.present);
  CHECK(portuguese.work[1].end.iso() == "2020-12");

  auto dutch = analyse_structure(read_data_file("nl_cv.txt"));
  CHECK(dutch.contact.city == "Utrecht");
  REQUIRE(dutch.work.size() == 2);
  CHECK(dutch.work[0].company == "Grachten Webwinkel B.V.");
  CHECK(dutch.work[0].start.iso() == "2020-05");
  CHECK(dutch.sections.front().language == "nl");
}

TEST_CASE("bullets without a dated entry are kept, unlinked") {
  auto resume = analyse_structure(read_text_document(
      "b.txt", "Sam Lee\nsam@example.com\n\nEXPERIENCE\nFreelance work\n- Built three websites for local shops\n"
               "- Ran social media for a bakery\n\nSKILLS\nHTML, CSS\n"));
  REQUIRE(resume.bullets.size() == 2);
  CHECK(resume.bullets[0].entry == -1);
  CHECK(resume.bullets[0].section == "experience");
  CHECK(resume.bullets[1].text == "Ran social media for a bakery");
}

TEST_CASE("title at company, company — title, dotted phone, bare website") {
  auto resume = analyse_structure(read_data_file("en_designer.txt"));
  CHECK(resume.contact.name == "Jane Q. Public");
  CHECK(resume.contact.phone == "(503) 555.014.2233");
  CHECK(resume.contact.url == "https://janepublic.design");
  REQUIRE(resume.work.size() == 3);
  CHECK(resume.work[0].position == "Senior Product Designer");
  CHECK(resume.work[0].company == "Lumen Health");
  CHECK(resume.work[0].end.iso() == "2023-03");
  CHECK(resume.work[1].position == "UX Designer");
  CHECK(resume.work[1].company == "Northstar Bank");
  CHECK(resume.work[1].start.iso() == "2017-05");
  CHECK(resume.work[2].company == "Bright Apps Inc.");
  CHECK(resume.work[2].location == "Seattle, WA");
  REQUIRE(resume.skills.size() == 1);
  CHECK(resume.skills[0].keywords.size() == 4);
}

TEST_CASE("Markdown: entry sub-headings stay entries, link lines are not headings") {
  auto resume = analyse_structure(read_data_file("en_markdown_entries.md"));
  CHECK(canonical_order(resume) == std::vector<std::string>{"summary", "experience", "education", "skills"});
  REQUIRE(resume.work.size() == 2);
  CHECK(resume.work[0].company == "Thames Pay Ltd");
  CHECK(resume.work[0].position == "Senior Backend Engineer");
  CHECK(resume.work[0].end.present);
  REQUIRE(resume.education.size() == 1);
  CHECK(resume.education[0].institution == "Imperial College London");
  CHECK(resume.contact.country_code == "GB");
}

TEST_CASE("one-line title, company and place, 'now', CGPA, several skill groups on a line") {
  auto resume = analyse_structure(read_data_file("en_india.txt"));
  CHECK(resume.contact.phone == "+91 98765 43210");
  CHECK(resume.contact.region == "Maharashtra");
  REQUIRE(resume.work.size() == 2);
  CHECK(resume.work[0].position == "Software Development Engineer II");
  CHECK(resume.work[0].company == "Konkan Cloud Pvt. Ltd.");
  CHECK(resume.work[0].location == "Pune, Maharashtra");
  CHECK(resume.work[0].end.present);
  CHECK(resume.work[1].company == "Zephyr Payments");
  CHECK(resume.work[1].position == "Backend Intern");
  REQUIRE(resume.education.size() == 1);
  CHECK(resume.education[0].study_type == "B.Tech");
  CHECK(resume.education[0].score == "8.7/10");
  REQUIRE(resume.skills.size() == 2);
  CHECK(resume.skills[1].name == "Cloud");
  CHECK(resume.skills[1].keywords == std::vector<std::string>{"AWS", "GCP"});
}
