// Held-out rounds 121–122 (and 119–120 left over): what session 52's documents taught.
#include <doctest/doctest.h>

#include "linter/structure/fields.h"
#include "linter/structure/headings.h"
#include "linter/structure/table_entries.h"
#include "resume_test_helpers.h"

using namespace atslint;

TEST_CASE("a form's employer remark wrapped in brackets onto the next line; a town after the legal form's dash") {
  auto resume = parse_text(
      "Javier Moreno\njavier@example.com\n\nExperiencia profesional\n\n"
      "Periodo:      03/2017 – actualidad\n"
      "Empresa:      Montajes Eléctricos Calatrava, S.L. (contrata de mantenimiento en el Complejo Industrial\n"
      "              de Puertollano)\n"
      "Puesto:       Oficial Electricista de Mantenimiento\n"
      "Funciones:\n• Mantenimiento preventivo de motores\n"
      "Periodo:      09/2010 – 05/2012\n"
      "Empresa:      Solar Valle de Alcudia, S.A. – Argamasilla de Calatrava\n"
      "Puesto:       Operario de mantenimiento\n");
  REQUIRE(resume.work.size() == 2);
  CHECK(resume.work[0].company == "Montajes Eléctricos Calatrava, S.L.");
  CHECK(resume.work[0].position == "Oficial Electricista de Mantenimiento");
  CHECK(resume.work[1].company == "Solar Valle de Alcudia, S.A.");
  CHECK(resume.work[1].location == "Argamasilla de Calatrava");
}

TEST_CASE("a skills matrix's header row names its columns, no skills; 'Principais habilidades' heads the skills") {
  auto resume = parse_text(
      "Larissa Zanette\nlarissa@example.com\n\nPrincipais habilidades     autoavaliação da candidata\n\n"
      "HABILIDADE               EXPERIÊNCIA     NÍVEL\n"
      "Java                     8 anos          Avançado\n"
      "Spring Boot              6 anos          Avançado\n"
      "AWS (ECS, SQS, Lambda)   4 anos          Intermediário\n");
  REQUIRE(resume.skills.size() == 1);
  CHECK(resume.skills[0].keywords == std::vector<std::string>{"Java", "Spring Boot", "AWS (ECS, SQS, Lambda)"});
  CHECK(names_table_column("Experiência"));
  CHECK_FALSE(names_table_column("Education and Experience"));  // a compound section heading, no pair of columns
}

TEST_CASE("a portal's wordmark with a slash is no name") {
  auto resume = parse_text("ROLLING/PIN JOBS\nKATHARINA MOSER\nSous-Chefin\n8970 Schladming, Steiermark\nk.moser.kueche@gmx.at\n");
  CHECK(resume.contact.name == "KATHARINA MOSER");
}

TEST_CASE("a form's employer, then its town and state after a middle dot") {
  auto resume = parse_text(
      "Bianca Rezende\nbianca@example.com\n\nExperiências\n\n"
      "Cargo: Jovem Aprendiz – Auxiliar Administrativo\n"
      "Empresa: Rede Mais Supermercados · Três Corações/MG\n"
      "Período: 03/2019 - 02/2021\n");
  REQUIRE(resume.work.size() == 1);
  CHECK(resume.work[0].company == "Rede Mais Supermercados");
  CHECK(resume.work[0].location == "Três Corações/MG");
  CHECK(names_town_and_state("Varginha/MG"));
  CHECK_FALSE(names_town_and_state("Varginha"));
}

TEST_CASE("an NSF biographical sketch: lettered parts name their sections; citations' volumes and DOIs are no phone") {
  auto resume = parse_text(
      "Mariana Castillo\nmc@example.edu\n\n(a) PROFESSIONAL PREPARATION\nUniversity of Florida, BS, Civil Engineering, 2013\n\n"
      "(b) APPOINTMENTS AND POSITIONS\n2021 - present   Assistant Professor, Texas Tech University, Lubbock, TX\n\n"
      "(c) PRODUCTS\n1. Castillo ME, Kareem A. Peak pressure estimation. Structural Safety. 2020 July; 85:101951. DOI: 10.1016/\n"
      "j.strusafe.2020.101951\n"
      "2. Castillo ME. Full-scale pressure measurements. Journal of Structural Engineering. 2024 March; 150(3):04024007.\n");
  REQUIRE(resume.sections.size() == 3);
  CHECK(resume.sections[0].canonical == "education");
  CHECK(resume.sections[1].canonical == "experience");
  CHECK(resume.sections[2].canonical == "publications");
  CHECK(resume.contact.phone.empty());
  CHECK(section_number_length("(b) APPOINTMENTS AND POSITIONS") == 4);
  CHECK(section_number_length("(STAGE)") == 0);
}
