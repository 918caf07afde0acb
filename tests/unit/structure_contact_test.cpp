// Contact details found on held-out resumes; all text invented.
#include <doctest/doctest.h>

#include "linter/structure/structure.h"
#include "parsers/frontend.h"
#include "resume_test_helpers.h"

using namespace atslint;

TEST_CASE("a Contact section's phone wins over a referee's number printed before it") {
  auto resume = parse_text(
      "Daniela Restrepo Ochoa\nIngeniera Industrial\n\nEXPERIENCIA LABORAL\nJefe de Planeación    Feb. 2021 – actual\n"
      "Textiles Valle de Aburrá S.A.S.\n\nREFERENCIAS\nCarlos Andrés Zuluaga, Gerente de Operaciones\nCel. 314 782 0951\n\n"
      "CONTACTO\n+57 310 456 7821\ndani@example.com\n");
  CHECK(resume.contact.phone == "+57 310 456 7821");
}

TEST_CASE("credentials with a hyphen after the name (\"FNP-BC\") are no part of it, nor a place") {
  auto resume = parse_text(
      "Jessica L. Harmon, MSN, APRN, FNP-BC\nDublin, OH 43017  |  (614) 382-4417  |  jh@example.com\n\n"
      "Professional Summary\nBoard-certified family nurse practitioner.\n");
  CHECK(resume.contact.name == "Jessica L. Harmon");
  CHECK(resume.contact.location_text == "Dublin, OH");
}

TEST_CASE("Europass: the name on the line under the 'personal information' label") {
  auto resume = parse_text(
      "INFORMAÇÃO PESSOAL\nInês Carvalho Matos\nRua Actor Taborda, 27, 1000-008 Lisboa (Portugal)\n(+351) 912 457 338\n"
      "ines@example.com\n\nEXPERIÊNCIA PROFISSIONAL\nMarketing Manager\n");
  CHECK(resume.contact.name == "Inês Carvalho Matos");
}

TEST_CASE("an Irish Eircode after the town is dropped with the street") {
  auto resume = parse_text("Ciara Donovan\n14 Maryborough Woods, Douglas, Cork T12 X2Y8\n+353 87 412 6639 • c@example.com\n\nEXPERIENCE\n");
  CHECK(resume.contact.location_text == "Cork");
}

TEST_CASE("Europass: the name beside a 'personal information' label wrapped onto two lines of the rail") {
  auto resume = parse_text(
      "Curriculum vitae\nINFORMATIONS   Céline Favre\nPERSONNELLES\nAvenue de Cour 58, 1007 Lausanne (Suisse)\n+41 79 456 12 38\n"
      "celine@example.com\n\nEXPÉRIENCE PROFESSIONNELLE\n05.2021 – à ce jour   Rooms Division Manager\n");
  CHECK(resume.contact.name == "Céline Favre");
}
