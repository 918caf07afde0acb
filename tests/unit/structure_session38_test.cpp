// Held-out rounds 81–82: what job-site printouts, recruiters' exports, printed text files and static sites taught.
#include <doctest/doctest.h>

#include "linter/structure/headings.h"
#include "resume_test_helpers.h"

using namespace atslint;

TEST_CASE("a site's verified badge after the name ('Danielle M. ✓') is no part of it") {
  auto resume = parse_text("Danielle M. ✓\nKelowna, Canada\ndanielle@example.ca\n\nEmployment history\n");
  CHECK(resume.contact.name == "Danielle M.");
}

TEST_CASE("a2ps's 'Printed by lucia' over a printed text file names no one") {
  auto resume = parse_text(
      "Printed by lucia\nLUCÍA MARÍN FERRÁNDIZ\nResponsable de Almacén y Logística\nlucia@example.es\n\nEXPERIENCIA\n");
  CHECK(resume.contact.name == "LUCÍA MARÍN FERRÁNDIZ");
}

TEST_CASE("a web page's button ('Editar perfil', 'View profile') heads no section") {
  CHECK(canonical_section("Editar perfil").canonical.empty());
  CHECK(canonical_section("View profile").canonical.empty());
  CHECK(canonical_section("Perfil").canonical == "summary");
  CHECK(canonical_section("Skills Overview").canonical == "skills");
}

TEST_CASE("a hyphen printed as a minus sign inside an e-mail domain ('t−online.de') reads as a hyphen") {
  auto resume = parse_text("Jörg Wendling\nj.wendling@t\u2212online.de\n\nBerufserfahrung\n");
  CHECK(resume.contact.email == "j.wendling@t-online.de");
}

TEST_CASE("a recruiter's switchboard beside its web address gives way to the candidate's labelled number") {
  auto resume = parse_text(
      "VÉRTICE TALENTOS   (62) 3088-4150 · verticetalentos.com.br\nAPRESENTAÇÃO DE CANDIDATO\n"
      "Nome   Rafael Menezes Duarte\nTelefone / WhatsApp   (62) 99174-2386\nE-mail   rafael.mduarte@outlook.com\n\n"
      "EXPERIÊNCIA PROFISSIONAL\n");
  CHECK(resume.contact.phone == "(62) 99174-2386");
}

TEST_CASE("guard: a number beside the person's own website stays their phone") {
  auto resume = parse_text("Jane Roe\n+1 312 555 0100 · janeroe.dev\njane@gmail.com\n\nExperience\n");
  CHECK(resume.contact.phone == "+1 312 555 0100");
}

TEST_CASE("a portal's CV code, a candidate reference and an identity number are no phone") {
  CHECK(parse_text("Beatrice Zanella\nCodice CV: 4518873\nCellulare +39 347 208 6614\nbz@example.it\n\nESPERIENZE\n")
            .contact.phone == "+39 347 208 6614");
  CHECK(parse_text("Référence candidat : 4827135\nNom : MÉNARD\nPrénom : Aurélie\nTéléphone : 06 71 32 88 14\n\nEXPÉRIENCES\n")
            .contact.phone == "06 71 32 88 14");
  CHECK(parse_text("LWAZI MTHEMBU\nIdentity number:\t920415 5123 08 7\nCell:\t082 441 7305\nlwazi@example.co.za\n\nEXPERIENCE\n")
            .contact.phone == "082 441 7305");
}

TEST_CASE("a CV forwarded below a colleague's note: the greeting is no name, the forwarded sender is") {
  auto resume = parse_text(
      "Ciao Marta,\nti giro la candidatura arrivata ieri.\n\nGrazie\nLuca\n\n--\nLuca Rota\nUfficio Personale\n\n"
      "---------- Forwarded message ---------\nDa: Stefano Carminati <ste.carminati@example.it>\n"
      "Subject: Candidatura spontanea\n\nGentili Signori,\nvi sottopongo la mia candidatura.\n\n"
      "CURRICULUM VITAE\n\nSTEFANO CARMINATI\nGeometra - Tecnico di cantiere\n\nESPERIENZE LAVORATIVE\n");
  CHECK(resume.contact.name == "Stefano Carminati");
}

TEST_CASE("Hugo's shortcodes hold entries in their attributes; Dutch front-matter keys hold the contact details") {
  auto resume = parse_text(
      "---\ntitle: \"Curriculum vitae\"\nparams:\n  naam: \"Femke van der Heijden\"\n  contact:\n"
      "    email: \"femke@example.nl\"\n    telefoon: \"06 28 14 77 30\"\n    woonplaats: \"Nijmegen\"\n"
      "    linkedin: \"https://www.linkedin.com/in/femkevdh/\"\n---\n\n{{< cv-header >}}\n\n## Werkervaring\n\n"
      "{{< cv-item periode=\"aug. 2019 – heden\" functie=\"Docent aardrijkskunde\" organisatie=\"Waalstad College\" plaats=\"Nijmegen\" >}}\n"
      "- Lesgeven aan havo 4–5\n- Mentor van een vwo-4 klas\n{{< /cv-item >}}\n\n"
      "{{< cv-item periode=\"aug. 2015 – jul. 2019\" functie=\"Docent\" organisatie=\"RSG De Maasoever\" plaats=\"Wijchen\" >}}\n"
      "{{< /cv-item >}}\n\n## Vaardigheden\n\n{{< chips >}}\nVeldwerk, QGIS, Magister\n{{< /chips >}}\n",
      "cv.md");
  CHECK(resume.contact.name == "Femke van der Heijden");
  CHECK(resume.contact.phone == "06 28 14 77 30");
  CHECK(resume.contact.city == "Nijmegen");
  REQUIRE(resume.contact.profiles.size() == 1);
  CHECK(resume.contact.profiles[0].url.find("femkevdh") != std::string::npos);
  REQUIRE(resume.work.size() == 2);
  CHECK(resume.work[0].position == "Docent aardrijkskunde");
  CHECK(resume.work[0].company == "Waalstad College");
  CHECK(resume.work[0].location == "Nijmegen");
  CHECK(resume.work[0].highlights.size() == 2);
  CHECK(resume.work[1].company == "RSG De Maasoever");
  CHECK(resume.work[1].end.year == 2019);
  CHECK(skill_items(resume) == std::vector<std::string>{"Veldwerk", "QGIS", "Magister"});
}
