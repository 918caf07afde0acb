// Education entries: degree names, fields and notes found on held-out resumes; all text invented.
#include <doctest/doctest.h>

#include "linter/structure/fields.h"
#include "linter/structure/structure.h"
#include "parsers/frontend.h"

using namespace atslint;

namespace {

Resume parse_text(const std::string& text, const std::string& name = "cv.txt") { return analyse_structure(read_document(name, text)); }

}  // namespace

TEST_CASE("a Brazilian postgraduate's 'Especialização lato sensu' line is a note, not a second degree") {
  auto resume = parse_text(
      "Ana Souza\nana@example.com\n\nFORMAÇÃO\n2019 – 2020\nPós-graduação em Gestão Hospitalar\n"
      "Faculdade Paranaense de Saúde · Londrina – PR\nEspecialização lato sensu, 360 h · TCC: \"Filas no pronto-socorro\"\n"
      "2012 – 2016\nBacharelado em Enfermagem\nUniversidade Estadual de Londrina\n");
  REQUIRE(resume.education.size() == 2);
  CHECK(resume.education[0].study_type == "Pós-graduação");
  CHECK(resume.education[0].area == "Gestão Hospitalar");
  CHECK(resume.education[1].study_type == "Bacharelado");
}

TEST_CASE("Austria's 'Bachelor of Science in Engineering (BSc)' is one degree name when a field follows the dash") {
  CHECK(degree_length("Bachelor of Science in Engineering (BSc) – Mechatronik") ==
        std::string_view("Bachelor of Science in Engineering (BSc)").size());
  CHECK(degree_length("MASTER OF SCIENCE IN ENGINEERING (MSC)") == std::string_view("MASTER OF SCIENCE IN ENGINEERING (MSC)").size());
  // Without its official short form it parts degree and field as usual.
  CHECK(degree_length("Bachelor of Science in Engineering, 2019") == std::string_view("Bachelor of Science").size());
  auto resume = parse_text(
      "Lena Gruber\nlena@example.com\n\nAUSBILDUNG\n09/2016 – 07/2019\nBachelor of Science in Engineering (BSc) – Mechatronik\n"
      "Fachhochschule Oberösterreich\n");
  REQUIRE(resume.education.size() == 1);
  CHECK(resume.education[0].study_type == "Bachelor of Science in Engineering (BSc)");
  CHECK(resume.education[0].area == "Mechatronik");
}

TEST_CASE("Belgian and Austrian education lines: specialisation bachelors, FH degree names, programmes, classes and chambers") {
  auto resume = parse_text(
      "Aurélie Dethier\naurelie@example.org\n\nFORMATION\n2020 – 2021   Bachelier de spécialisation en soins intensifs\n"
      "Haute École de la Province – Liège\nGrade : Distinction\n2013 – 2016   Bachelier en soins infirmiers\n"
      "Haute École de la Province – Liège\nGrade : Grande distinction\n"
      "Stage Erasmus (fév. – avril 2016) : Hospital Clínico San Carlos, Madrid – urgences\n\n"
      "AUSBILDUNG\n2018 – 2021   Bachelor of Arts in Business (BA), FH Kärnten – Studiengang Tourismusmanagement, Villach, berufsbegleitend\n"
      "2011 – 2014   Reife- und Diplomprüfung, HLT Bad Gleichenberg – Aufbaulehrgang für Tourismus, ausgezeichneter Erfolg\n"
      "07/2011   Lehrabschlussprüfung Restaurantfachfrau, Lehrlingsstelle der WK Steiermark, mit Auszeichnung bestanden\n");
  REQUIRE(resume.education.size() == 5);  // the dated Erasmus remark is no school of its own
  CHECK(resume.education[0].study_type == "Bachelier de spécialisation");
  CHECK(resume.education[0].area == "soins intensifs");
  CHECK(resume.education[0].score == "Distinction");
  CHECK(resume.education[1].score == "Grande distinction");
  CHECK(resume.education[2].study_type == "Bachelor of Arts in Business (BA)");
  CHECK(resume.education[2].institution == "FH Kärnten");
  CHECK(resume.education[2].area == "Tourismusmanagement");
  CHECK(resume.education[3].institution == "HLT Bad Gleichenberg");
  CHECK(resume.education[3].area == "Aufbaulehrgang für Tourismus");
  CHECK(resume.education[3].score == "ausgezeichneter Erfolg");
  CHECK(resume.education[4].area == "Restaurantfachfrau");
  CHECK(resume.education[4].institution == "Lehrlingsstelle der WK Steiermark");
}

TEST_CASE("a degree named after its college's province keeps its field ('Ontario College Diploma, Practical Nursing')") {
  auto resume = parse_text(
      "Dani Reyes\ndani@example.com\n\nEDUCATION\nOntario College Diploma, Practical Nursing        2017 – 2019\n"
      "Northgate College, Toronto, ON\n");
  REQUIRE(resume.education.size() == 1);
  CHECK(resume.education[0].study_type == "Ontario College Diploma");
  CHECK(resume.education[0].area == "Practical Nursing");
  CHECK(resume.education[0].institution == "Northgate College");
}
