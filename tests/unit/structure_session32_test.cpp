// Resumes shaped like session 32's held-out rounds (rounds 69–70); all people, schools and employers invented.
#include <doctest/doctest.h>

#include "linter/structure/fields.h"
#include "linter/structure/structure.h"
#include "resume_test_helpers.h"

using namespace atslint;

TEST_CASE("a university's short form in brackets stays with its name; an unknown town in brackets is still a place") {
  auto resume = parse_text(
      "Maria Souza\nmaria@example.br\n\nExperiência\n\n"
      "Pesquisadora de pós-doutorado   ago. 2019 – fev. 2022\n"
      "Instituto de Biologia, Universidade Estadual de Campinas (Unicamp), Campinas – SP\n"
      "• Modelos de redes mutualísticas.\n"
      "Analista ambiental   mar. 2016 – jul. 2019\n"
      "Océalis (Nantes)\n"
      "• Levantamentos florísticos.\n");
  REQUIRE(resume.work.size() == 2);
  CHECK(resume.work[0].company == "Instituto de Biologia, Universidade Estadual de Campinas (Unicamp)");
  CHECK(resume.work[0].location == "Campinas – SP");
  CHECK(resume.work[1].company == "Océalis");
  CHECK(resume.work[1].location == "Nantes");
}

TEST_CASE("a department's address line is no town: the contact block's town is further down") {
  auto resume = parse_text(
      "Mariana Teixeira\nDepartamento de Botânica, CB\nUniversidade Federal de Pernambuco\nRecife – PE, Brasil\n"
      "mariana@example.br\n\nPerfil\nEcóloga vegetal.\n");
  CHECK(resume.contact.location_text.starts_with("Recife"));
  CHECK_FALSE(is_location("Departamento de Botânica, CB"));
  CHECK_FALSE(is_location("Department of Physics, MA"));
  CHECK(is_location("Cambridge, MA"));
}
