// Held-out rounds 109–112: what session 48's documents taught.
#include <doctest/doctest.h>

#include "linter/structure/headings.h"
#include "resume_test_helpers.h"

using namespace atslint;

TEST_CASE("a title line that keeps its dashes still loses the contract's terms after the last one") {
  auto resume = parse_text(
      "Nicolas Chambon\nn.chambon@proton.me\n\nExpériences professionnelles\n\n"
      "Administrateur Systèmes et Réseaux – CDI   sept. 2016 - févr. 2021\nAlsys Informatique · Saint-Étienne (42) · ESN\n"
      "• Infogérance de 40 PME clientes\n\n"
      "Technicien Support Informatique N2 – CDI   juil. 2013 - août 2016\nCHU de Saint-Étienne · Saint-Étienne (42)\n"
      "• Support des services de soins\n");
  REQUIRE(resume.work.size() == 2);
  CHECK(resume.work[0].position == "Administrateur Systèmes et Réseaux");
  CHECK(resume.work[0].company == "Alsys Informatique");
  CHECK(resume.work[1].position == "Technicien Support Informatique N2");
  CHECK(resume.work[1].company == "CHU de Saint-Étienne");
}

TEST_CASE("a UK student's 'Positions of responsibility' are roles: a treasurer of a society is a title and its employer") {
  CHECK(canonical_section("Positions of responsibility").canonical == "experience");
  CHECK(canonical_section("POSITIONS OF RESPONSIBILITY").canonical == "experience");
  auto resume = parse_text(
      "Hannah Okafor\nhannah@example.co.uk\n\nPositions of responsibility\n\n"
      "Treasurer · Loughborough ChemEng Society   Sep 2024 – Present\nManage a £6,500 budget and sponsorship.\n");
  REQUIRE(resume.work.size() == 1);
  CHECK(resume.work[0].position == "Treasurer");
  CHECK(resume.work[0].company == "Loughborough ChemEng Society");
}

TEST_CASE("areas of work after a title's dash ('Health, Safety & Environment') stay in the title over the employer's line") {
  auto resume = parse_text(
      "Hannah Okafor\nhannah@example.co.uk\n\nWork experience\n\n"
      "Summer Intern – Health, Safety & Environment · Jun 2022 – Aug 2022\nMidshires Water Services, Nottingham\n"
      "• Audited chemical storage at 11 water treatment works\n\n"
      "Graduate Engineer – Sales & Marketing · Sep 2024 – Present\nBrightwater Pumps Ltd, Derby\n• Quoted pump packages\n");
  REQUIRE(resume.work.size() == 2);
  CHECK(resume.work[0].position == "Summer Intern – Health, Safety & Environment");
  CHECK(resume.work[0].company == "Midshires Water Services");
  CHECK(resume.work[0].location == "Nottingham");
  CHECK(resume.work[1].position == "Graduate Engineer – Sales & Marketing");
  CHECK(resume.work[1].company == "Brightwater Pumps Ltd");
}

TEST_CASE("'Toolkit' alone heads the skills; a project named '… Toolkit' heads nothing") {
  CHECK(canonical_section("TOOLKIT").canonical == "skills");
  CHECK(canonical_section("Tool kit").canonical == "skills");
  CHECK(canonical_section("Ledger Ingest Toolkit").canonical.empty());
  auto resume = parse_text("Ana Lee\nana@example.com\n\nProjects\n\nLedger Ingest Toolkit\nA tool for ledgers.\n\n"
                           "TOOLKIT\nYamaha CL/QL, Dante, QLab\n");
  REQUIRE(resume.projects.size() == 1);
  CHECK(resume.projects[0].name == "Ledger Ingest Toolkit");
  REQUIRE(resume.skills.size() == 1);
  CHECK(resume.skills[0].keywords.size() == 3);
}

TEST_CASE("a temp agency's branch over its candidate's profile: the branch's phone and mailbox are not the candidate's") {
  auto resume = parse_text(
      "accent.\nAccent Zottegem\nHeldenlaan 14, 9620 Zottegem\n09 364 18 20 · zottegem@accent.jobs\n"
      "Jouw consulent: Sarah De Clercq\n\nKevin Van de Velde\nReachtruckchauffeur\n"
      "Woonplaats Zottegem   GSM 0478 52 19 63\nE-mail kevin.vdvelde@telenet.be\n\nWerkervaring\n"
      "sep. 2021 – heden   Reachtruckchauffeur\nLogistiek Centrum De Dender nv · Ninove\n");
  CHECK(resume.contact.email == "kevin.vdvelde@telenet.be");
  CHECK(resume.contact.phone == "0478 52 19 63");
}

TEST_CASE("a text box that ran every line into one: headings, bullets and dated items parted again") {
  auto resume = parse_text(
      "JULIEN LACOMBE Technico-commercial agricole – 9 ans d'expérience 12 rue Lamoignon, 47000 Agen 06 81 47 29 53 – "
      "julien.lacombe47@orange.fr Permis B – véhiculé linkedin.com/in/julien-lacombe-agri\n\n"
      "PROFIL Technico-commercial terrain passionné par l'agronomie, je conseille depuis neuf ans les exploitants du "
      "Lot-et-Garonne en protection des cultures, semences et fertilisation.\n\n"
      "EXPÉRIENCES PROFESSIONNELLES Technico-commercial agrofourniture – Coopérative Val de Garonne, Agen (47) Depuis mars 2019 "
      "• Suivi d'un portefeuille de 140 exploitations (grandes cultures, arboriculture) sur le secteur Agen–Nérac • Conseil en "
      "protection des cultures et fertilisation • Chiffre d'affaires annuel de 3,2 M€, en hausse de 11 % sur 3 ans\n\n"
      "Attaché commercial – Semences du Midi SAS, Montauban (82) sept. 2015 - févr. 2019 • Vente de semences potagères et de "
      "maïs aux distributeurs et maraîchers du 47 et du 82 • Ouverture de 35 nouveaux comptes en trois saisons\n\n"
      "FORMATION 2013 : BTSA Technico-commercial, champ « Agrofournitures » – Lycée agricole Armand Fallières, Nérac "
      "2011 : Baccalauréat STAV, mention Bien – Lycée agricole Étienne Restat, Sainte-Livrade-sur-Lot\n\n"
      "COMPÉTENCES Négociation, prospection, gestion de portefeuille clients, agronomie, protection des cultures, Excel\n");
  CHECK(resume.contact.name == "JULIEN LACOMBE");
  REQUIRE(resume.work.size() == 2);
  CHECK(resume.work[0].position == "Technico-commercial agrofourniture");
  CHECK(resume.work[0].company == "Coopérative Val de Garonne");
  CHECK(resume.work[0].highlights.size() == 3);
  CHECK(resume.work[1].company == "Semences du Midi SAS");
  CHECK(resume.work[1].start.year == 2015);
  REQUIRE(resume.education.size() == 2);
  CHECK(resume.education[0].study_type == "BTSA");
  CHECK(resume.education[1].end.year == 2011);
  REQUIRE(resume.skills.size() == 1);
  CHECK(resume.skills[0].keywords.front() == "Négociation");
  // Word's "Plain Text" export, a paragraph a line: long lines without bullets or headings run in stay as they are.
  auto plain = parse_text(
      "Anna Schmidt\nanna@example.de\n\nProfil\nErfahrene Buchhalterin mit zwölf Jahren Erfahrung in mittelständischen "
      "Unternehmen, sicher in DATEV, SAP FI und der Erstellung von Monats- und Jahresabschlüssen nach HGB und IFRS.\n\n"
      "Berufserfahrung\nBuchhalterin, Müller GmbH, Köln, 2015 – heute\n");
  CHECK(plain.contact.name == "Anna Schmidt");
  REQUIRE(plain.work.size() == 1);
}
