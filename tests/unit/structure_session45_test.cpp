// Held-out rounds 81–104 leftovers: what session 45's documents taught.
#include <doctest/doctest.h>

#include <algorithm>

#include "resume_test_helpers.h"

using namespace atslint;

namespace {

std::vector<std::string> companies_of(const std::string& experience_lines) {
  auto resume = parse_text("Asha Rao\nasha@example.com\n+44 20 7946 0000\n\nExperience\n\n" + experience_lines);
  std::vector<std::string> companies;
  for (const auto& entry : resume.work) companies.push_back(entry.company);
  return companies;
}

}  // namespace

TEST_CASE("under the title's own line, an employer's unit after its dash stays in the employer's name") {
  CHECK(companies_of("Labourer (seasonal)                      2010 to 2012\n"
                     "City of Prince Albert – Roads and Parks – Prince Albert, SK\n- Cleared snow from arterial roads\n") ==
        std::vector<std::string>{"City of Prince Albert – Roads and Parks"});
  CHECK(companies_of("Infermiera\nResidenza Il Pineto – RSA · Osimo (AN)\nset 2016 – feb 2019\n- Assistenza agli ospiti\n") ==
        std::vector<std::string>{"Residenza Il Pineto – RSA"});
  CHECK(companies_of("Volunteer Firefighter                    2018 – 2021\nNSW Rural Fire Service – Eumungerie Brigade\n"
                     "- Attended grass fires\n") == std::vector<std::string>{"NSW Rural Fire Service – Eumungerie Brigade"});
  // A town after the dash is the job's place, not a unit.
  auto towns = companies_of("Conductor de camión                      2010 - 2012\nTransportes Hermanos Pastor, S.A. − Elche (Alicante)\n"
                            "- Rutas nacionales\n\nEngenheiro de moldes                     2012 - 2015\n"
                            "Iberomoldes Plásticos, S.A. – Marinha Grande\n- Projeto de moldes\n");
  CHECK(towns == std::vector<std::string>{"Transportes Hermanos Pastor, S.A.", "Iberomoldes Plásticos, S.A."});
}
