// Held-out rounds 97–100 leftovers: what session 43's documents taught.
#include <doctest/doctest.h>

#include "resume_test_helpers.h"

using namespace atslint;

TEST_CASE("a town with its département's number, then the département named after a dash") {
  auto resume = parse_text("Camille Etcheverry\n06 42 18 77 30\ncamille@example.fr\nPau (64) – Pyrénées-Atlantiques\n\n"
                           "EXPÉRIENCE\n\nGraphiste\nStudio Ona\n2019 - 2023\n");
  CHECK(resume.contact.city == "Pau");
  CHECK(resume.contact.region == "Pyrénées-Atlantiques");
  CHECK(resume.contact.location_text == "Pau (64), Pyrénées-Atlantiques");  // as printed
}

TEST_CASE("a personal site's greeting over the name ('OLÁ, SOU A') is no place; the labelled address is") {
  auto resume = parse_text("OLÁ, SOU A\nInês Carvalho Morais\nEnóloga no Douro\n\nPercurso profissional\n\nEnóloga residente\n"
                           "Quinta da Costa · Sabrosa\nset. 2019 – presente\n\nContactos\n\nTelemóvel +351 912 384 076\n"
                           "E-mail ines@example.pt\nMorada   Vila Real, Portugal\n");
  CHECK(resume.contact.city == "Vila Real");
  CHECK(resume.contact.name == "Inês Carvalho Morais");
}
