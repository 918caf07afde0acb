// Held-out rounds 107–110: what session 47's documents taught.
#include <doctest/doctest.h>

#include "linter/structure/headings.h"
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

TEST_CASE("a site's wordmark over an avatar's initials and a name stacked a word a line: the name whole") {
  auto resume = parse_text("instahyre   Employer dashboard · Candidate profile · ID IH-5523871\nKS\nKarthikeyan\nSubramanian\n"
                           "Senior Quality Engineer at Sri Ranga Engineering Works\nkarthik.subramanian@example.in\n\n"
                           "Experience\nQuality Engineer, Sri Ranga Engineering Works, 2016 - 2020\n");
  CHECK(resume.contact.name == "Karthikeyan Subramanian");
}

TEST_CASE("a practice's site named after her: the person's name, as the line under the heading opens on it") {
  auto resume = parse_text("Physiotherapie Lena Brückl   START   LEISTUNGEN   ÜBER MICH   KONTAKT\nWEIDEN I.D.OPF.\nÜber mich\n"
                           "Lena Brückl · Physiotherapeutin B.Sc. · Sektorale Heilpraktikerin\nSeit über zehn Jahren Physiotherapeutin.\n"
                           "praxis@physio-brueckl.de\n\nBerufserfahrung\nPhysiotherapeutin, Klinikum Weiden, 2015 - 2021\n");
  CHECK(resume.contact.name == "Lena Brückl");
}

TEST_CASE("a consultant profile's title 'Beraterprofil:' before the name; 'Standort:' labels the town") {
  auto resume = parse_text("Beraterprofil: Thorsten Beckmann   Senior Inbetriebnahmeingenieur Automatisierungstechnik\nStandort: Neuss\n"
                           "thorsten.beckmann@inova-es.de\n\nAusbildung\nDipl.-Ing. (FH) Elektrotechnik, Hochschule Niederrhein, 2009 - 2013\n");
  CHECK(resume.contact.name == "Thorsten Beckmann");
  CHECK(resume.contact.city == "Neuss");
}

TEST_CASE("an employer's applicant record: the firm's addresses in its letterhead are not the applicant's labelled private ones") {
  auto resume = parse_text("Heitmann Antriebstechnik GmbH & Co. KG\nPersonalabteilung · Am Hafen 7 · 38442 Wolfsburg\n"
                           "Tel. 05362 9471-0 · bewerbung@heitmann-antriebe.de\nBewerberakte: Brinkmann, Jonas\n"
                           "Ansprechpartner/in   Sabine Kohl, Personalreferentin\nTel. 05362 9471-218 · s.kohl@heitmann-\nantriebe.de\n"
                           "Stammdaten\nVorname   Jonas   Nachname   Brinkmann\nTelefon privat   05371 938447\nE-Mail   j.brinkmann94@gmx.de\n\n"
                           "Berufserfahrung\n09/2019 – heute   Industriemechaniker, Vowinkel Fördertechnik GmbH\n");
  CHECK(resume.contact.email == "j.brinkmann94@gmx.de");
  CHECK(resume.contact.phone == "05371 938447");
  // A person writing from a firm's mailbox with no private one: that address is theirs.
  auto own = parse_text("Kowalski Bau GmbH\nAnna Kowalski\nanna@kowalski-bau.de · 0171 2233445\n\nBerufserfahrung\n"
                        "2015 – heute   Geschäftsführerin, Kowalski Bau GmbH\n");
  CHECK(own.contact.email == "anna@kowalski-bau.de");
}

TEST_CASE("a student profile's chips after the title ('CDD', 'Bénévolat') name no field; 'Je recherche' heads no experience") {
  auto resume = parse_text("Mathis Delpech\nmathis@example.fr\n\nMes expériences\nHôte de caisse   CDD\nLe Comptoir du Lot · Cahors\n"
                           "juil. 2022 - août 2022\nBénévole – responsable buvette   Bénévolat\nFestival Lot of Sound · Luzech\njuil. 2023\n");
  REQUIRE(resume.work.size() == 2);
  CHECK(resume.work[0].position == "Hôte de caisse");
  CHECK(resume.work[0].company == "Le Comptoir du Lot");
  CHECK(resume.work[1].company == "Festival Lot of Sound");
  CHECK(canonical_section("Je recherche").canonical.empty());
  CHECK(canonical_section("Ich suche").canonical.empty());
  CHECK(canonical_section("Recherche").canonical == "experience");
}
