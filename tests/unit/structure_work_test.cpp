// Work entries: titles, employers and places found on held-out resumes; all text invented.
#include <doctest/doctest.h>

#include "linter/structure/structure.h"
#include "parsers/frontend.h"
#include "resume_test_helpers.h"

using namespace atslint;

TEST_CASE("a kind of post before a title on its line qualifies the title; the employer is the line below") {
  auto resume = parse_text(
      "Giulia Rossi\ngiulia@example.it\n\nESPERIENZA\nStage – Social Media & Content Assistant\nControvento Comunicazione\n"
      "01/2018 – 07/2018   Bergamo\n• Gestione dei canali social.\n");
  REQUIRE(resume.work.size() == 1);
  CHECK(resume.work[0].position == "Stage – Social Media & Content Assistant");
  CHECK(resume.work[0].company == "Controvento Comunicazione");
}

TEST_CASE("the group's function after a title's comma is no site of the employer named below") {
  auto resume = parse_text(
      "Rachel Tan\nrachel@example.com\n\nWORK EXPERIENCE\nJul 2021 – Present   Financial Analyst, Group FP&A\n"
      "Meridian Straits Holdings Pte. Ltd.\n• Built the driver-based model.\n");
  REQUIRE(resume.work.size() == 1);
  CHECK(resume.work[0].position == "Financial Analyst, Group FP&A");
  CHECK(resume.work[0].company == "Meridian Straits Holdings Pte. Ltd.");
}

TEST_CASE("a town set apart at the end of the title's line, over the employer's own line, is the place") {
  auto resume = parse_text(
      "Marco Keller\nmarco@example.ch\n\nBERUFSERFAHRUNG\n"
      "01/2016 – 03/2020          IT-Projektleiter                                   Zürich-Altstetten\n"
      "                           Limmat Data Services AG\n                            • Leitung von Kundenprojekten\n\n"
      "08/2011 – 12/2015          Applikationsentwickler                                 Wallisellen\n"
      "                           Glattal Software GmbH\n                           • Entwicklung von Fachanwendungen\n");
  REQUIRE(resume.work.size() == 2);
  CHECK(resume.work[0].position == "IT-Projektleiter");
  CHECK(resume.work[0].location == "Zürich-Altstetten");
  CHECK(resume.work[1].position == "Applikationsentwickler");
  CHECK(resume.work[1].company == "Glattal Software GmbH");
  CHECK(resume.work[1].location == "Wallisellen");
}

TEST_CASE("a French 'Hôtel' names an employer, so the town after its comma is the place") {
  auto resume = parse_text(
      "Céline Favre\nceline@example.ch\n\nEXPÉRIENCE PROFESSIONNELLE\n02.2015 – 07.2015   Stagiaire Food & Beverage\n"
      "Hôtel Beau-Site, Verbier (Suisse)\n— Service en salle\n");
  REQUIRE(resume.work.size() == 1);
  CHECK(resume.work[0].company == "Hôtel Beau-Site");
  CHECK(resume.work[0].location == "Verbier (Suisse)");
}

TEST_CASE("an employer named as a compound closing on an employer's word (\"Diakonie-Krankenhaus\") keeps the ward apart") {
  auto resume = parse_text(
      "Katharina Jürgensen\nk@example.de\n\nBerufserfahrung\n10/2015 – 09/2019   Gesundheits- und Krankenpflegerin\n"
      "Diakonie-Krankenhaus Alstertal, Hamburg – Kardiologie und Chest Pain Unit\n• Pflege von Patient:innen\n");
  REQUIRE(resume.work.size() == 1);
  CHECK(resume.work[0].company == "Diakonie-Krankenhaus Alstertal");
  CHECK(resume.work[0].location == "Hamburg");
}

TEST_CASE("a hospital named for a saint keeps its 'St.' name before the town") {
  auto resume = parse_text(
      "Julia Sommer\njulia@example.de\n\nBerufserfahrung\n10/2016 – 09/2019     Gesundheits- und Krankenpflegerin\n"
      "                      Ortenau Hospital St. Elisabeth, Offenburg\n                      - Grund- und Behandlungspflege\n");
  REQUIRE(resume.work.size() == 1);
  CHECK(resume.work[0].company == "Ortenau Hospital St. Elisabeth");
  CHECK(resume.work[0].location == "Offenburg");
}
