// Held-out rounds 83–84 and round 81–82 leftovers: what session 39's documents taught.
#include <doctest/doctest.h>

#include "linter/structure/fields.h"
#include "linter/structure/headings.h"
#include "resume_test_helpers.h"

using namespace atslint;

TEST_CASE("a degree named by its whole discipline ('Master of Clinical Nursing') is one degree, its bracket the field") {
  auto resume = parse_text(
      "Jane Doe\njane@example.com\n\nEDUCATION\nMaster of Clinical Nursing (Emergency), University of Tasmania, 2018 – 2020\n");
  REQUIRE(resume.education.size() == 1);
  CHECK(resume.education[0].study_type == "Master of Clinical Nursing");
  CHECK(resume.education[0].area == "Emergency");
  // "Master of Science in Physics" still parts degree and field.
  CHECK(degree_length("Master of Science in Physics") == std::string("Master of Science").size());
  CHECK(degree_length("Bachelor of Urban Horticulture, 2012") == std::string("Bachelor of Urban Horticulture").size());
}

TEST_CASE("AlmaLaurea's graduate grid: Ateneo, Anno di immatricolazione, Data di conseguimento, Voto di laurea") {
  auto resume = parse_text(
      "Beatrice Zanella\nbz@example.it\n\nISTRUZIONE E FORMAZIONE\n\nLaurea\n"
      "Titolo   Laurea magistrale a ciclo unico in Giurisprudenza (classe LMG/01)\n"
      "Ateneo   Università degli Studi di Ferrara\nDipartimento   Dipartimento di Giurisprudenza\n"
      "Anno di immatricolazione   2017\nData di conseguimento   18/03/2024\nVoto di laurea   108/110\n"
      "Titolo della tesi   Il licenziamento per giustificato motivo oggettivo\n\n"
      "Esperienze di studio all'estero\nProgramma   Erasmus+ Studio\nUniversità ospitante   Universidad de Granada (Spagna)\n"
      "Periodo   da 09/2021 a 02/2022 (5 mesi)\n");
  REQUIRE(resume.education.size() == 2);
  CHECK(resume.education[0].study_type == "Laurea magistrale a ciclo unico");
  CHECK(resume.education[0].area == "Giurisprudenza");
  CHECK(resume.education[0].institution == "Università degli Studi di Ferrara");
  CHECK(resume.education[0].score == "108/110");
  CHECK(resume.education[1].institution == "Universidad de Granada");
  CHECK(resume.education[1].study_type == "Erasmus+ Studio");
}

TEST_CASE("the chamber or cycle in brackets after the field ('(IHK)', '(CFGS)') is part of the degree's name") {
  auto resume = parse_text(
      "Florian Achatz\nflorian@example.de\n\nAus- und Weiterbildung\n"
      "09/2016 – 07/2018   Industriemeister Fachrichtung Elektrotechnik (IHK)\n   IHK Regensburg, berufsbegleitend\n\n"
      "2011 – 2013   Técnico Superior en Transporte y Logística (CFGS)\n   IES Severo Ochoa, Elche\n");
  REQUIRE(resume.education.size() == 2);
  CHECK(resume.education[0].study_type == "Industriemeister (IHK)");
  CHECK(resume.education[0].area == "Elektrotechnik");
  CHECK(resume.education[1].study_type == "Técnico Superior (CFGS)");
  CHECK(resume.education[1].area == "Transporte y Logística");
}

TEST_CASE("a degree's short form wrapped onto the next line ('Bachelor of Management' / '(BMgt), Accounting') stays with it") {
  auto resume = parse_text(
      "Danielle M.\ndanielle@example.ca\n\nEducation\nUniversity of British Columbia\nBachelor of Management\n"
      "(BMgt), Accounting\n2012–2016\n");
  REQUIRE(resume.education.size() == 1);
  CHECK(resume.education[0].study_type == "Bachelor of Management (BMgt)");
  CHECK(resume.education[0].area == "Accounting");
}

TEST_CASE("initials then the degree they stand for ('DCG – Diplôme de Comptabilité et de Gestion') are one degree") {
  auto resume = parse_text(
      "Jane Doe\njane@example.fr\n\nFORMATION\n2016 – 2018   DCG – Diplôme de Comptabilité et de Gestion\nLycée Chevrollier, Angers\n\n"
      "2014   Baccalauréat STMG, spécialité Gestion et Finance\nLycée Joachim du Bellay, Angers\n");
  REQUIRE(resume.education.size() == 2);
  CHECK(resume.education[0].study_type == "DCG – Diplôme de Comptabilité et de Gestion");
  CHECK(resume.education[0].area.empty());
  CHECK(resume.education[1].area == "Gestion et Finance");
}

TEST_CASE("a site's wordmark over the name: a profile on behance.net spells no 'Behance'") {
  auto resume = parse_text(
      "Behance   Para você   Descobrir\nThaís Okamoto\nRibeiro\nMotion Designer & Ilustradora\n\nSOBRE MIM\n"
      "thais.okamoto.motion@gmail.com\nBehance: https://behance.net/thaisokamoto\n\nEXPERIÊNCIA PROFISSIONAL\n");
  CHECK(resume.contact.name == "Thaís Okamoto");  // in plain text no type vouches for "Ribeiro" below as the surname
  // Review 39: nor for a title below the name ("Illustratrice").
  auto welcome = parse_text("WELCOME\nClémence Le Goff\nIllustratrice\nclemence.legoff@gmail.com\n\nEXPÉRIENCE\n");
  CHECK(welcome.contact.name == "Clémence Le Goff");
}

TEST_CASE("review 39: a full name the mailbox does not spell stays, whatever a later line the mailbox spells") {
  auto shared = parse_text(
      "Sophie Martin\nDirectrice artistique\ncontact@atelier-lumiere.fr · www.behance.net/atelier-lumiere\n\nEXPÉRIENCE\n"
      "Atelier Lumière\nDirectrice artistique   2018 – aujourd'hui\n");
  CHECK(shared.contact.name == "Sophie Martin");
  auto transliterated = parse_text(
      "Jürgen Müller\nElektroniker\njuergen.mueller@web.de\n\nBERUFSERFAHRUNG\nElektroniker, Siemens AG   2015 – heute\n\n"
      "Mit freundlichen Grüßen\nJuergen Mueller\n");
  CHECK(transliterated.contact.name == "Jürgen Müller");
}

TEST_CASE("a job site's report over the résumé it scanned: the name the e-mail spells, far below") {
  auto resume = parse_text(
      "jobscan   Dashboard   Match Report\nDistribution Centre Manager\nCompany: Corio Freight Logistics\n"
      "Searchability 3 issues\nHard skills 5 issues\nSoft skills 2 issues\nwarehouse management system\n"
      "Resume\nSHANNON KOWALCZYK\nGeelong VIC 3220 | 0412 558 317 | shannon.kowalczyk@outlook.com\n\nEXPERIENCE\n");
  CHECK(resume.contact.name == "SHANNON KOWALCZYK");
  // Far below only a line every word of which the address spells: not a referee sharing a surname.
  auto referee = parse_text(
      "jobscan\nMatch Report\n\nEXPERIENCE\nAnalyst, Acme   2019 – 2021\n\nREFERENCES\nMary Kowalczyk Jones\n"
      "shannon.kowalczyk@outlook.com\n");
  CHECK(referee.contact.name != "Mary Kowalczyk Jones");
}

TEST_CASE("a man page CV: 'NAME' is the label, the name follows the command") {
  auto resume = parse_text(
      "NAME\nwhitaker - Dale R. Whitaker, embedded firmware engineer\nSYNOPSIS\nwhitaker [--relocate] role\n"
      "Tucson, AZ -- (520) 555-0183 -- <dale.whitaker@fastmail.com>\n\nEXPERIENCE\n");
  CHECK(resume.contact.name == "Dale R. Whitaker");
}

TEST_CASE("a Flemish portal's 'Voornaam' and 'Naam' are the given name and the surname") {
  auto resume = parse_text(
      "CV van Lotte Vanhoutte\n\nPERSOONLIJKE GEGEVENS\nVoornaam:          Lotte\nNaam:              Vanhoutte\n"
      "E-mail:            lotte.vanhoutte@telenet.be\n\nWERKERVARING\n");
  CHECK(resume.contact.name == "Lotte Vanhoutte");
}

TEST_CASE("dotted post-nominal letters ('Danielle Kowalchuk, C.E.T.') leave the name") {
  auto resume = parse_text(
      "Danielle Kowalchuk, C.E.T.\nCivil Engineering Technologist\nSaskatoon, SK  •  dkowalchuk.cet@gmail.com\n\nProfile\n");
  CHECK(resume.contact.name == "Danielle Kowalchuk");
}

TEST_CASE("a site's label ('Web   haegele-it.de (https://…)') is no town") {
  auto resume = parse_text(
      "Tobias Hägele\nLinux-Systemadministrator\n\nTelefon   +49 731 9805 4471\nE-Mail   t.haegele@posteo.de\n"
      "Web   haegele-it.de (https://haegele-it.de)\n\nBerufserfahrung\n");
  CHECK(resume.contact.city.empty());
}

TEST_CASE("a GitLab README: badges read as they show, emoji shortcodes go, a fediverse handle is no e-mail") {
  auto resume = parse_text(
      "# Hoi, ik ben Bram Hulshof :wave:\n\n"
      "[![GitLab](https://img.shields.io/badge/GitLab-bhulshof-FC6D26?style=flat-square)](https://gitlab.com/bhulshof)\n"
      "[![Mastodon](https://img.shields.io/badge/Mastodon-@bramh@mastodon.nl-6364FF)](https://mastodon.nl/@bramh)\n"
      "[![E-mail](https://img.shields.io/badge/e--mail-bram%40hulshof.dev-555555)](mailto:bram@hulshof.dev)\n"
      "![Locatie](https://img.shields.io/badge/%F0%9F%93%8D-Enschede%2C%20NL-2E7D32?style=flat-square)\n\n"
      "## :briefcase: Werkervaring\n\n## :hammer_and_wrench: Skills\n\n"
      "![Zephyr](https://img.shields.io/badge/Zephyr_RTOS-AF7FE4?style=for-the-badge)\n",
      "README.md");
  CHECK(resume.contact.name == "Bram Hulshof");
  CHECK(resume.contact.email == "bram@hulshof.dev");
  CHECK(resume.contact.city == "Enschede");
  REQUIRE(resume.sections.size() >= 2);
  CHECK(resume.sections[0].heading == "Werkervaring");
  REQUIRE(!resume.skills.empty());
  CHECK(resume.skills[0].keywords == std::vector<std::string>{"Zephyr RTOS"});
}

TEST_CASE("a town with its province's code or postcode in brackets, then its region or country") {
  auto lecce = parse_text("Antonio De Giorgi\nElettricista industriale\n📍 Lecce (LE), Puglia   Disponibilità: immediata   Patente: B, C\n"
                          "antonio@example.it\n\nESPERIENZE\n");
  CHECK(lecce.contact.city == "Lecce");
  CHECK(lecce.contact.region == "Puglia");
  auto limoges = parse_text("Julien Peyrat\nAdresse   Limoges (87000), France\njulien@example.fr\n\nEXPÉRIENCE\n");
  CHECK(limoges.contact.city == "Limoges");
  CHECK(limoges.contact.location_text == "Limoges, France");
}

TEST_CASE("a job site's 'Company: … · Lara, VIC' and a French salutation name no home") {
  auto report = parse_text(
      "Distribution Centre Manager\nCompany: Corio Freight Logistics · Lara, VIC\n\nShannon Kowalczyk\n"
      "Geelong VIC 3220 | 0412 558 317 | shannon@example.com\n\nEXPERIENCE\n");
  CHECK(report.contact.city == "Geelong");
  auto letter = parse_text(
      "Madame, Monsieur,\nVeuillez trouver mon CV ci-dessous.\n\nAMANDINE ROUSSEL\n14, rue de Vesoul - 25000 Besançon\n"
      "E-mail : amandine@example.fr\n\nPROFIL\n");
  CHECK(letter.contact.city == "Besançon");
}

TEST_CASE("an address stacked in a column: the country opening the next line, beside a profile, closes it") {
  auto resume = parse_text(
      "Doorniksewijk 118     +32 478 21 64 09\n8500 Kortrijk     liesbeth@example.be\nBelgië     linkedin.com/in/liesbeth\n"
      "Liesbeth Vanhoutte\n\nWERKERVARING\n");
  CHECK(resume.contact.city == "Kortrijk");
  CHECK(resume.contact.location_text == "Kortrijk, België");
}

TEST_CASE("a labelled address over its value: the postcode and town part of a street line; 'Str.' is a street") {
  auto spanish = parse_text(
      "Íñigo Sáenz Bermejo\nDatos personales\nDirección\nC/ Vara de Rey, 41 – 3o B · 26002 Logroño (La Rioja)\n"
      "Correo electrónico\ninigo@example.es\n\nEXPERIENCIA\n");
  CHECK(spanish.contact.city == "Logroño");
  // Under a cover note, the street beside the phone is found by the phone's neighbours.
  auto german = parse_text(
      "Von: Florian Brandlmeier <f.b@example.de>\nBetreff: Bewerbung\n\nSehr geehrter Herr Obermaier,\nich bewerbe mich.\n"
      "Mit freundlichen Grüßen\nFlorian Brandlmeier\n\n\n\n\n\nLEBENSLAUF\nFlorian Brandlmeier\nAnlagenmechaniker SHK\n"
      "Seligenthaler Str. 27, 84034 Landshut\nHandy: 0171 4839205\nE-Mail: f.b@example.de\n\nBERUFSERFAHRUNG\n");
  CHECK(german.contact.city == "Landshut");
}

TEST_CASE("a site's name ('about.me') heads no section") {
  CHECK(canonical_section("about.me").canonical.empty());
  CHECK(canonical_section("About me").canonical == "summary");
}

TEST_CASE("texinfo's dates over an indented 'Title, Firm GmbH & Co. KG, Town' over duties: a header, however long") {
  auto resume = parse_text(
      "Tobias Hägele\nt@example.de\n\nBerufserfahrung\n\n04/2019 – heute\n"
      "      Senior Systemadministrator Linux, Donautal Logistik GmbH & Co. KG, Ulm\n"
      "         • Betrieb von rund 180 Linux-Servern\n09/2014 – 03/2019\n      Systemadministrator, Albtec Systemhaus GmbH, Neu-Ulm\n"
      "         • Betreuung von ca. 40 KMU-Kunden\n");
  REQUIRE(resume.work.size() == 2);
  CHECK(resume.work[0].position == "Senior Systemadministrator Linux");
  CHECK(resume.work[0].company == "Donautal Logistik GmbH & Co. KG");
}


TEST_CASE("a Flemish portal's export: numbered captions and rules over blocks of Dutch field labels") {
  auto resume = parse_text(
      "Lotte Vanhoutte\nlotte@example.be\n\nWERKERVARING\n\nWerkervaring 1\n----------------------------\n"
      "Functietitel:      Key Accountmanager Retail\nWerkgever:         Flandria Snacks NV\nPlaats:            Waregem\n"
      "Van:               september 2021\nTot:               heden\nSector:            Voeding en dranken\nBeschrijving:\n"
      " * Beheer van 7 nationale retailaccounts\n\nWerkervaring 2\n----------------------------\n"
      "Functietitel:      Accountmanager Buitendienst\nWerkgever:         Deprez Kantoorinrichting BV\nPlaats:            Kortrijk\n"
      "Van:               maart 2017\nTot:               augustus 2021\n\nOPLEIDINGEN\n\nOpleiding 1\n----------------------------\n"
      "Diploma:           Professionele bachelor\nStudierichting:    Bedrijfsmanagement\n"
      "Onderwijsinstelling: Howest, Hogeschool West-Vlaanderen\nPlaats:            Kortrijk\nVan:               2011\n"
      "Tot:               2014\nDiploma behaald:   Ja\nGraad:             -\n");
  REQUIRE(resume.work.size() == 2);
  CHECK(resume.work[0].position == "Key Accountmanager Retail");
  CHECK(resume.work[0].company == "Flandria Snacks NV");
  CHECK(resume.work[1].company == "Deprez Kantoorinrichting BV");
  REQUIRE(resume.education.size() == 1);
  CHECK(resume.education[0].study_type == "Professionele bachelor");
  CHECK(resume.education[0].institution == "Howest, Hogeschool West-Vlaanderen");
  CHECK(resume.education[0].score.empty());
}

TEST_CASE("numbered_caption_of names the section a numbered caption stands for") {
  CHECK(numbered_caption_of("Werkervaring 1") == "experience");
  CHECK(numbered_caption_of("Opleiding 2") == "education");
  CHECK(numbered_caption_of("Esperienze lavorative 4") == "experience");  // a heading with its count, under "Chi sono"
  CHECK(numbered_caption_of("Werkervaring").empty());
  CHECK(numbered_caption_of("Team 2021").empty());
}

TEST_CASE("review 39: 'Naam' holding the whole name, and a referee's 'Voornaam' / 'Naam' below the sections") {
  auto whole = parse_text("PERSOONLIJKE GEGEVENS\nVoornaam:   Pieter\nNaam:       Pieter Vermeulen\nE-mail:     pieter@example.be\n\nWERKERVARING\n");
  CHECK(whole.contact.name == "Pieter Vermeulen");
  auto referee = parse_text(
      "Pieter Vermeulen\npieter@example.be\n\nWERKERVARING\nMagazijnier, Colruyt   2019 – heden\n\nREFERENTIES\n"
      "Voornaam:   Jan\nNaam:       Peeters\n");
  CHECK(referee.contact.name == "Pieter Vermeulen");
}

TEST_CASE("review 39: reST roles and mid-sentence colons stay; badges with a version keep their alt text") {
  auto resume = parse_text(
      "# Jan de Vries :wave:\n\njan@example.nl\n\n## Summary\n\nI cross-linked docs with the :ref: and :doc: roles.\n\n## Skills\n\n"
      "![Java](https://img.shields.io/badge/Java-17-orange)\n",
      "README.md");
  CHECK(resume.contact.name == "Jan de Vries");
  CHECK(resume.summary.find(":ref: and :doc:") != std::string::npos);
  CHECK(skill_items(resume) == std::vector<std::string>{"Java"});
  CHECK(resume.contact.url.find("shields.io") == std::string::npos);  // a badge's picture is no link of the person's
}

TEST_CASE("review 39: a bracket wrapped under a degree that its initials do not spell stays with the field") {
  auto resume = parse_text("Jane Doe\njane@example.ie\n\nEducation\nMaster of Science\n(Part-time), Data Analytics, UCD, 2020\n");
  REQUIRE(resume.education.size() == 1);
  CHECK(resume.education[0].study_type == "Master of Science");
  CHECK(resume.education[0].area == "Data Analytics");
}

TEST_CASE("review 39: day-first dates joined by a dash keep their end; a grade range's figure is no day") {
  auto resume = parse_text(
      "Wei Ling Tan\nwei@example.sg\n\nExperience\nDBS Bank   01-Sep-2014–15-Mar-2020\nAnalyst\n- Built reports.\n");
  REQUIRE(resume.work.size() == 1);
  CHECK(resume.work[0].end.year == 2020);
  CHECK(resume.work[0].end.month == 3);
}

TEST_CASE("a Jekyll CV: kramdown attribute lists dropped, so a dated job item over its duties heads its entry") {
  auto resume = parse_text(
      "# Dr. Asha Kumar\n{: .no_toc }\n\nasha@example.in\n\n## Summary\n\nWrote GenServers returning `{:ok, state}` tuples.\n\n"
      "## Academic Positions\n"
      "* **Assistant Professor**, Chamundi Institute of Technology, Mysuru (Aug 2019 – present) Current{: .label .label-green }\n"
      "  * Teach Engineering Chemistry to first-year students\n",
      "index.md");
  REQUIRE(!resume.work.empty());
  CHECK(resume.work[0].position == "Assistant Professor");
  CHECK(resume.work[0].start.year == 2019);
  // Review 39b: code is no attribute list.
  CHECK(resume.summary.find("{:ok, state}") != std::string::npos);
}

TEST_CASE("a number wrapped in a paragraph ('WhatsApp me on +27 82 614' / '3390.') takes its last group from the next line") {
  auto resume = parse_text(
      "Lerato Mokoena\nBrand designer\n\nBiography\nSay hi at hello@leratomokoena.co.za or WhatsApp me on +27 82 614\n3390.\n\n"
      "Work history\n");
  CHECK(resume.contact.phone == "+27 82 614 3390");
  // Guard: a year on the line under a short number is the next line's, no group of it.
  CHECK(parse_text("Jane Doe\nTel. 0171 48392\n2019\njane@example.de\n\nBerufserfahrung\n").contact.phone == "0171 48392");
}

TEST_CASE("a paragraph's sentence wrapped after the preposition a year follows ('…; ab' / '2015 stellvertretende …')") {
  auto resume = parse_text(
      "Selin Arslan\nselin@example.de\n\nBERUFSERFAHRUNG\nFachkraft für Lagerlogistik\nKaufland Logistik VZ GmbH & Co. KG · Knetzgau\n"
      "Sept. 2013 – Juli 2016\nKommissionierung, Inventur und Staplerfahrten im Trockensortiment; ab\n"
      "2015 stellvertretende Vorarbeiterin.\n");
  REQUIRE(resume.work.size() == 1);
  CHECK(resume.work[0].company == "Kaufland Logistik VZ GmbH & Co. KG");
}

TEST_CASE("an employer's plant or branch after its name ('Südwest Papier AG, Werk Ehingen') is the job's place") {
  auto resume = parse_text(
      "Markus Brenner\nmarkus@example.de\n\nBERUFSERFAHRUNG\n02/2004 – 08/2011   Elektroniker für Betriebstechnik\n"
      "                    Südwest Papier AG, Werk Ehingen\n");
  REQUIRE(resume.work.size() == 1);
  CHECK(resume.work[0].company == "Südwest Papier AG");
  CHECK(resume.work[0].location == "Ehingen");
}

TEST_CASE("review 39b: a house number under a short number, and 'check in' over the next year's job, stay apart") {
  CHECK(parse_text("Jean Muller\nTél. : +352 26 48 31\n12, rue de la Gare, L-1611 Luxembourg\njean@example.lu\n\nEXPÉRIENCE\n")
            .contact.phone == "+352 26 48 31");
  auto resume = parse_text(
      "sam lee\nsam@example.co.uk\n\nexperience\n2018 receptionist, premier inn, london\nhandled guest check in\n"
      "2016 night porter, travelodge, london\nsecurity rounds and late arrivals\n");
  CHECK(resume.work.size() == 2);
}

TEST_CASE("a university's site after a dash ('… Sacro Cuore – sede di Piacenza') is no part of its name") {
  auto resume = parse_text(
      "Giulia Ferri\ngiulia@example.it\n\nISTRUZIONE\n2012 – 2015   Laurea in Economia aziendale\n"
      "              Università Cattolica del Sacro Cuore – sede di Piacenza\n");
  REQUIRE(resume.education.size() == 1);
  CHECK(resume.education[0].institution == "Università Cattolica del Sacro Cuore");
}

TEST_CASE("how a course was attended, before the school ('Abendschule, Robert-Bosch-Schule Ulm'), is no part of it") {
  auto resume = parse_text(
      "Markus Brenner\nmarkus@example.de\n\nAUSBILDUNG\n2008 – 2010   Staatlich geprüfter Techniker Elektrotechnik\n"
      "              Abendschule, Robert-Bosch-Schule Ulm\n");
  REQUIRE(resume.education.size() == 1);
  CHECK(resume.education[0].institution == "Robert-Bosch-Schule Ulm");
}

TEST_CASE("groff's minus sign opening a duty ('−   Exploitation de …') is a bullet like a typed dash") {
  auto resume = parse_text(
      "Julien Peyrat\njulien@example.fr\n\nEXPÉRIENCE PROFESSIONNELLE\nIngénieur SRE — Limousin Cloud Services, Limoges\n"
      "janv. 2021 – aujourd’hui\n\u2212   Exploitation de 6 clusters Kubernetes pour 35 équipes produit.\n"
      "\u2212   Migration de 400 VM VMware vers OpenStack et Terraform (2021–2023).\n"
      "Administrateur systèmes Linux — Porcelaines Vernhes SA, Limoges\nsept. 2017 – déc. 2020\n"
      "\u2212   Gestion d’un parc de 120 serveurs Debian/RHEL.\n");
  REQUIRE(resume.work.size() == 2);
  CHECK(resume.work[0].highlights.size() == 2);
  CHECK(resume.work[1].company == "Porcelaines Vernhes SA");
}
