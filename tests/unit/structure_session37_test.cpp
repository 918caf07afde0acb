// Held-out rounds 79–80: what the session's new templates, spreadsheets and job-site exports taught.
#include <doctest/doctest.h>

#include "resume_test_helpers.h"

using namespace atslint;

TEST_CASE("a portal's 'Categoría:' row is the job's grade, no employer; a second column of fields ends the surname") {
  auto resume = parse_text(
      "María del Carmen Ortega Lozano\n\nDATOS PERSONALES\n"
      "Nombre:       María del Carmen          Localidad:     Valladolid\n"
      "Apellidos:    Ortega Lozano             Provincia:     Valladolid\n"
      "Correo electrónico: mc@example.es\n\nEXPERIENCIA PROFESIONAL\n\n"
      "Puesto:     Técnica de Selección\nEmpresa:    Castellana de Servicios Empresariales, S.L.\n"
      "Categoría:  Técnico · Empleado/a\nLocalidad:  Valladolid\nFechas:     Febrero 2019 - Actualidad\n\n"
      "Puesto:     Becaria de Recursos Humanos\nEmpresa:    Autopartes Pisuerga, S.L.\nCategoría:  Becario/Prácticas\n"
      "Fechas:     Marzo 2016 - Agosto 2016\n");
  CHECK(resume.contact.name == "María del Carmen Ortega Lozano");
  REQUIRE(resume.work.size() == 2);
  CHECK(resume.work[0].position == "Técnica de Selección");
  CHECK(resume.work[0].company == "Castellana de Servicios Empresariales, S.L.");
  CHECK(resume.work[1].company == "Autopartes Pisuerga, S.L.");
}

TEST_CASE("outline numbers before entries ('2.1   Engenheira …') are no part of the title or the degree") {
  auto resume = parse_text(
      "Beatriz Fontes\nbeatriz@example.pt\n\n2. Experiência Profissional\n\n"
      "2.1   Engenheira de Aplicações Clínicas\n      Tecnoimagem Diagnóstico, S.A. · Coimbra          jan. 2021 – presente\n"
      "       ▪ Formação de médicos e técnicos\n\n"
      "2.2   Técnica de Manutenção\n      Hospital Particular do Mondego, S.A. · Coimbra          set. 2017 – dez. 2020\n\n"
      "3. Formação Académica\n\n3.1   Pós-Graduação em Gestão da Qualidade\n"
      "      Instituto Superior de Engenharia de Coimbra (ISEC)          2019 – 2020\n\n"
      "3.2   Mestrado Integrado em Engenharia Biomédica\n      Universidade de Coimbra          2011 – 2017\n");
  REQUIRE(resume.work.size() == 2);
  CHECK(resume.work[0].position == "Engenheira de Aplicações Clínicas");
  CHECK(resume.work[1].position == "Técnica de Manutenção");
  REQUIRE(resume.education.size() == 2);
  CHECK(resume.education[0].study_type == "Pós-Graduação");
  CHECK(resume.education[1].study_type == "Mestrado Integrado");
}

TEST_CASE("one numbered line alone ('2.5 Years …') keeps its number") {
  auto resume = parse_text("Ann Lee\nann@example.com\n\nSummary\n2.5 Years of data work\n\nSkills\nSQL, Python\n");
  REQUIRE(resume.sections.size() >= 1);
  CHECK(resume.summary.find("2.5") != std::string::npos);
}
