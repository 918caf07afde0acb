// Held-out rounds 107–110: what session 47's documents taught.
#include <doctest/doctest.h>

#include "resume_test_helpers.h"

using namespace atslint;

TEST_CASE("a public portal's job blocks: two labels with their values on one line, the occupation code dropped") {
  auto resume = parse_text(
      "Rita Gonçalves\nrita.goncalves@example.pt\n\nExperiência profissional\n"
      "Entidade empregadora   Centro Social e Paroquial de Santa Maria (IPSS)\n"
      "Profissão   Educador de infância (2342.0)   Localidade   Bragança\n"
      "Data de início   01-09-2018   Data de fim   (atual)\nDescrição de funções\n– Responsável pela sala dos 4 anos\n"
      "Entidade empregadora   Município de Bragança\nProfissão   Monitor de tempos livres   Localidade   Bragança\n"
      "Data de início   01-07-2013   Data de fim   31-08-2013\n");
  REQUIRE(resume.work.size() == 2);
  CHECK(resume.work[0].company == "Centro Social e Paroquial de Santa Maria (IPSS)");
  CHECK(resume.work[0].position == "Educador de infância");
  CHECK(resume.work[0].location == "Bragança");
  CHECK(resume.work[0].start.year == 2018);
  CHECK(resume.work[1].position == "Monitor de tempos livres");
  CHECK(resume.work[1].end.year == 2013);
  CHECK(resume.work[1].end.month == 8);
}
