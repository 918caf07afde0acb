// Held-out rounds 85–86 and earlier leftovers: what session 40's documents taught.
#include <doctest/doctest.h>

#include <algorithm>

#include "linter/structure/fields.h"
#include "linter/structure/headings.h"
#include "linter/text_util.h"
#include "resume_test_helpers.h"

using namespace atslint;

TEST_CASE("French trade certificates (CAP, BTM) are degrees and an apprentice centre (CFA) is their school") {
  auto resume = parse_text(
      "Camille Vergnaud\ncamille@example.fr\n\nFormation\n\n"
      "2013 — 2015   Brevet Technique des Métiers (BTM) Pâtissier, confiseur, glacier,\n"
      "              traiteur\n"
      "              CFA de la Chambre de métiers du Puy-de-Dôme — en alternance\n\n"
      "2011 — 2013   CAP Pâtissier\n"
      "              CFA des métiers de l'Allier, Vichy — mention Bien\n");
  REQUIRE(resume.education.size() == 2);
  CHECK(resume.education[0].study_type == "Brevet Technique des Métiers (BTM)");
  // The school on the line below the degree's wrapped field, its remark after the dash left out.
  CHECK(resume.education[0].institution == "CFA de la Chambre de métiers du Puy-de-Dôme");
  CHECK(resume.education[1].study_type == "CAP");
  CHECK(resume.education[1].area == "Pâtissier");
  CHECK(resume.education[1].institution == "CFA des métiers de l'Allier");
  CHECK(resume.education[1].score == "mention Bien");
}

TEST_CASE("a site's 'Tools I use' heads skills; 'Systems' and 'Sistemas' alone do not") {
  CHECK(canonical_section("Tools I use").canonical == "skills");
  // "Systems" is as often a wrapped word ("Design" / "Systems"), "Sistemas" an employer's IT department on its line.
  CHECK(canonical_section("Systems").canonical.empty());
  CHECK(canonical_section("Sistemas").canonical.empty());
  auto resume = parse_text(
      "Lucía Pérez\nlucia@example.es\n\nExperiencia\n\nBanco Santander\nSistemas\nAnalista programadora\n2018 - 2022\n"
      "- Migración de procesos batch.\n\nTelefónica\nSistemas\nTécnica de soporte\n2015 - 2018\n- Soporte.\n");
  CHECK(resume.work.size() == 2);
}

TEST_CASE("Frisian is a spoken language, no skill") {
  auto resume = parse_text(
      "Anouk Hoekstra\nanouk@example.nl\n\nVaardigheden en talen\n\n"
      "Vaardigheden      ECG-interpretatie, hartbewaking, wondzorg\n"
      "Talen             Nederlands (moedertaal), Fries (moedertaal), Engels (goed)\n");
  auto items = skill_items(resume);
  CHECK(std::find(items.begin(), items.end(), "wondzorg") != items.end());
  for (const auto& item : items) CHECK(item.find("Fries") == std::string::npos);
}

TEST_CASE("an applicant-tracking form's school rows: the labels in their cells are no school, period or field") {
  auto resume = parse_text(
      "Anouk Hoekstra\nanouk@example.nl\n\nOpleiding\n\nOpleiding 1\n"
      "Hoogst genoten opleiding    HBO-V, Bachelor of Nursing\n"
      "Onderwijsinstelling         NHL Stenden Hogeschool\n"
      "Periode                     sep. 2012 – jul. 2016\n\nOpleiding 2\n"
      "Opleiding                   Vervolgopleiding Cardiac Care Verpleegkundige (CCU)\n"
      "Onderwijsinstelling         UMCG Opleidingscentrum\n"
      "Periode                     2020 – 2021\n");
  REQUIRE(resume.education.size() == 2);
  CHECK(resume.education[0].institution == "NHL Stenden Hogeschool");
  CHECK(resume.education[0].start.iso() == "2012-09");
  CHECK(resume.education[1].institution == "UMCG Opleidingscentrum");
  for (const auto& entry : resume.education) {
    CHECK(entry.area.find("Onderwijsinstelling") == std::string::npos);
    CHECK(entry.area.find("Periode") == std::string::npos);
    CHECK(entry.area.find("Hoogst genoten") == std::string::npos);
  }
}

TEST_CASE("Taleo's candidate file: given and family name side by side, the name reversed above is no town") {
  auto resume = parse_text(
      "Brockmeyer, Dennis\n\nPersönliche Angaben\n"
      "Vorname             Dennis                    Nachname            Brockmeyer\n"
      "E-Mail-Adresse      d.brockmeyer@posteo.de    Mobiltelefon        0171 4482 936\n"
      "Ort / PLZ           Bielefeld, 33604          Land / Region       Deutschland\n");
  CHECK(resume.contact.name == "Dennis Brockmeyer");
  CHECK(resume.contact.location_text.find("Brockmeyer") == std::string::npos);
  CHECK(resume.contact.location_text.starts_with("Bielefeld"));
}

TEST_CASE("an HR system's record numbers are no phone: person IDs, matricules, candidate codes, council numbers") {
  for (const char* line : {"Candidate    Person ID 448-1207     Source: Indeed", "Whitfield, Tamara (4481207)",
                           "Matricule             00731482", "Cod. candidato BS-2024-08817",
                           "Engenheira Agrônoma · CREA-SP 5063187420"}) {
    auto resume = parse_text(std::string("Jane Doe\njane@example.com\n") + line + "\nPhone (Mobile)   (509) 555-0148\n");
    CHECK_MESSAGE(resume.contact.phone == "(509) 555-0148", line);
  }
}

TEST_CASE("a pharmacist's post-nominals after her name: a dotted degree, its honours and a membership") {
  auto resume = parse_text("Hannah Wexford, B.Pharm (Hons), MPS\nCommunity Pharmacist\n"
                           "Lake Wendouree, Ballarat VIC 3350  |  0438 602 117  |  hannah@example.com.au\n");
  CHECK(resume.contact.name == "Hannah Wexford");
}

TEST_CASE("a page icon before the name is no part of it; a street number is no icon") {
  auto resume = parse_text("📦 Kirsty McAllister – Resume\nkirsty.mcallister@example.com.au\n");
  CHECK(resume.contact.name == "Kirsty McAllister");
  // A phone of eight digits in brackets is still a phone; a street number is no icon.
  CHECK(parse_text("Kirsty McAllister\nkirsty@example.sg\nMobile (91234567)\n").contact.phone == "91234567");
  auto address_first = parse_text("12 rue des Lilas\n69003 Lyon\nFrance\nCamille Girard\ncamille@example.fr\n");
  CHECK(address_first.contact.name == "Camille Girard");
}

TEST_CASE("an address closes on a town, never on words in lower case") {
  auto resume = parse_text(
      "Matteo Cipriani\n🍷 Cena a quattro mani – 12 aprile, prenota qui\n"
      "Sous-chef · Perugia (PG) · +39 347 612 0893 · matteo@example.com\n");
  CHECK(resume.contact.location_text == "Perugia (PG)");
  // A town typed in lower case still closes an address.
  CHECK(parse_text("Jean Dupont\njean@example.fr\n12 rue de la Paix, paris\n").contact.location_text == "paris");
}

TEST_CASE("a mailing-list CV: headings ruled out to the margin, a letter-spaced name beside its tagline") {
  auto resume = parse_text(
      "=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=\n"
      "  G A R E T H   P R Y C E                   Signalling Tester (TIC) & Installer\n"
      "  Swindon, Wiltshire                 Full UK licence / own van\n"
      "=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=\n\n"
      "---[ EXPERIENCE ]-------------------------------------------------------------\n\n"
      " Mar 2019 - present   Senior S&T Tester (Tester in Charge)\n"
      "                      Amberline Rail Systems Ltd, Swindon\n"
      "    o  TIC on 11 commissionings.\n\n"
      "---[ EDUCATION ]--------------------------------------------------------------\n\n"
      " 2014 - 2016   HNC Electrical & Electronic Engineering      (Merit)\n"
      "               Wiltshire College, Chippenham\n\n"
      "-- \n Gareth Pryce  .  07700 914 362  .  gareth.pryce@example.com\n");
  CHECK(resume.contact.name == "GARETH PRYCE");
  REQUIRE(resume.work.size() == 1);
  CHECK(resume.work[0].company == "Amberline Rail Systems Ltd");
  REQUIRE(resume.education.size() == 1);
  CHECK(resume.education[0].institution == "Wiltshire College");
  // The cells are joined one by one; a line of words stays as it is.
  CHECK(join_letter_spacing("G A R E T H   P R Y C E                   Signalling Tester") ==
        "GARETH PRYCE                   Signalling Tester");
  CHECK(join_letter_spacing("Senior Tester      Amberline Rail") == "Senior Tester      Amberline Rail");
}

TEST_CASE("a Logseq page: headings as outline blocks, block properties as labelled values, tags as a list") {
  auto resume = parse_text(
      "title:: Currículo — Larissa Moretti Campos\ntags:: [[carreira]], pessoal\n\n"
      "- # Larissa Moretti Campos\n  id:: 65d1f0a2-4c3e-4b8e-9f21-7a0c2d5e1b44\n"
      "\t- 📱 (16) 99184-2270 · ✉️ larissa.agro@example.com\n"
      "- ## Experiência profissional\n"
      "\t- ### Coordenadora de Qualidade Agrícola — [[Usina Santa Helena do Pardo]]\n"
      "\t  período:: mar/2021 – atual\n\t  collapsed:: true\n"
      "\t\t- Coordeno equipe de 14 técnicos.\n"
      "- ## Competências\n\t- #manejo-de-solo #fertilidade\n\t- Ferramentas:: QGIS, Farmbox\n",
      "cv.md");
  CHECK(resume.contact.name == "Larissa Moretti Campos");
  REQUIRE(resume.work.size() == 1);
  CHECK(resume.work[0].position == "Coordenadora de Qualidade Agrícola");
  CHECK(resume.work[0].company == "Usina Santa Helena do Pardo");
  CHECK(resume.work[0].start.iso() == "2021-03");
  auto items = skill_items(resume);
  for (const char* item : {"manejo-de-solo", "fertilidade", "QGIS", "Farmbox"})
    CHECK_MESSAGE(std::find(items.begin(), items.end(), item) != items.end(), item);
}

TEST_CASE("lynx -dump: the link numbers glued to their labels go, the address list gives the profiles") {
  auto resume = parse_text(
      "   [1]About | [2]Experience\n\n                                Marike du Toit\n\n"
      "   [3]marike@example.co.za · +27 82 614 3390 · [4]LinkedIn\n\nExperience\n\n"
      "   Winemaker — [5]Bergkloof Estate, Stellenbosch\n          January 2020 – present\n\n"
      "          + Responsible for all white wines.\n\n"
      "Studies\n\n     * BScAgric (Viticulture and Oenology), Stellenbosch University,\n       2011 – 2014\n\n"
      "References\n\n   1. https://example.co.za/#about\n   2. https://example.co.za/#experience\n"
      "   3. mailto:marike@example.co.za\n   4. https://www.linkedin.com/in/marike-dutoit-wine/\n"
      "   5. https://www.bergkloof.example/\n");
  REQUIRE(resume.work.size() == 1);
  CHECK(resume.work[0].company == "Bergkloof Estate");
  REQUIRE(resume.education.size() == 1);
  CHECK(resume.education[0].study_type == "BScAgric");
  REQUIRE(resume.contact.profiles.size() == 1);
  CHECK(resume.contact.profiles[0].url.find("linkedin.com/in/marike-dutoit-wine") != std::string::npos);
}

TEST_CASE("a title and its firm over their dates: a legal form or an all-capitals line keeps no dash between them") {
  auto resume = parse_text(
      "Jean Dupont\njean@example.fr\n\nEXPÉRIENCES PROFESSIONNELLES\n\n"
      "MAÎTRE D’HÔTEL — RESTAURANT LE CLOS DES SENS, ANNECY-LE-VIEUX\nMars 2020 – aujourd’hui\n"
      "–   Encadrement d’une brigade de 12 personnes\n\n"
      "Voorman Expeditie — Nedvers Logistics B.V., Apeldoorn\nsep. 2013 – feb. 2017\n• Coördinatie van laden\n\n"
      "Heavy Diesel Fitter\nRoss River Transport Pty Ltd −− Townsville QLD\nMar 2021 − Present\n• Servicing\n");
  REQUIRE(resume.work.size() == 3);
  CHECK(resume.work[0].position == "MAÎTRE D’HÔTEL");
  CHECK(resume.work[0].company == "RESTAURANT LE CLOS DES SENS");
  CHECK(resume.work[1].position == "Voorman Expeditie");
  CHECK(resume.work[1].company == "Nedvers Logistics B.V.");
  CHECK(resume.work[2].company == "Ross River Transport Pty Ltd");
  // A name's second half after its dash, closed by the legal form, still joins it beside a title's line.
  auto joined = parse_text("Ana Costa\nana@example.pt\n\nExperiência\n\nCRITICAL BITS – SOFTWARE, LDA. | Programadora Júnior\n"
                           "2019 – 2021\n• Desenvolvimento\n");
  REQUIRE(joined.work.size() == 1);
  CHECK(joined.work[0].company == "CRITICAL BITS – SOFTWARE, LDA.");
}

TEST_CASE("Taleo's job rows: start and end labelled in a rail, the duties label wrapped beside the duties") {
  auto resume = parse_text(
      "Dennis Brockmeyer\nd@example.de\n\nBerufserfahrung\n"
      "Berufserfahrung 1 von 2\n"
      "Arbeitgeber                      Brüggemann Kontraktlogistik GmbH & Co. KG\n"
      "Position                         Schichtleiter Wareneingang\n"
      "Ort                              Gütersloh\n"
      "Beginn                           03/2019\n"
      "Ende                             –\n"
      "Aktueller Arbeitgeber            Ja\n"
      "Aufgaben /                       - Führung von 22 Mitarbeitenden\n"
      "Verantwortlichkeiten             - Steuerung von ca. 60 Ein- und Ausgängen\n"
      "Berufserfahrung 2 von 2\n"
      "Arbeitgeber                      Ostwestfalen Frischedienst GmbH\n"
      "Position                         Fachkraft für Lagerlogistik\n"
      "Ort                              Herford\n"
      "Beginn                           07/2011\n"
      "Ende                             07/2014\n"
      "Aktueller Arbeitgeber            Nein\n"
      "Aufgaben /                       Wareneingangskontrolle und Verladung\n"
      "Verantwortlichkeiten             nach Tourenplan. Ab 2013 Key-User.\n");
  REQUIRE(resume.work.size() == 2);
  CHECK(resume.work[0].company == "Brüggemann Kontraktlogistik GmbH & Co. KG");
  CHECK(resume.work[0].position == "Schichtleiter Wareneingang");
  CHECK(resume.work[0].start.iso() == "2019-03");
  CHECK(resume.work[1].position == "Fachkraft für Lagerlogistik");
  CHECK(resume.work[1].end.iso() == "2014-07");
}

TEST_CASE("iCIMS's long employer runs into the next label of its row") {
  auto resume = parse_text(
      "Tamara Whitfield\ntamara@example.com\n\nWork Experience\n\n"
      "Employer               Inland Northwest Heart & Vascular Center Location                     Spokane, WA\n"
      "Job Title              Staff Nurse II – Cardiovascular ICU      Dates                        08/2020 – Present\n\n"
      "Employer               Palouse Regional Medical Center                 Location              Pullman, WA\n"
      "Job Title              Registered Nurse                                Dates                 06/2017 – 07/2020\n");
  REQUIRE(resume.work.size() == 2);
  CHECK(resume.work[0].company == "Inland Northwest Heart & Vascular Center");
  CHECK(resume.work[1].company == "Palouse Regional Medical Center");
}

TEST_CASE("Portuguese 'Percurso' and an HR system's 'Historique professionnel externe' head experience") {
  CHECK(canonical_section("Percurso").canonical == "experience");
  CHECK(canonical_section("Historique professionnel externe").canonical == "experience");
}

TEST_CASE("a Docusaurus page: module lines, admonition fences, heading ids and React components print no text") {
  auto resume = parse_text(
      "import Tabs from '@theme/Tabs';\nimport Link from '@docusaurus/Link';\n\n# Friederike Ahlborn\n\n"
      "f.ahlborn@example.de · <Link to=\"/portfolio\">Arbeitsproben</Link>\n\n"
      ":::info Verfügbarkeit\n\nAb 01.07.2024 verfügbar.\n\n:::\n\n"
      "## Berufserfahrung {#berufserfahrung}\n\n"
      "### Technische Redakteurin · KWS Saat SE & Co. KGaA, Einbeck {#kws}\n\n*09/2017 – 03/2020*\n\n"
      "- Betriebsanleitungen für Saatgutaufbereitungsanlagen.\n\n"
      "## Kenntnisse {#kenntnisse}\n\n<Tabs groupId=\"skills\">\n<TabItem value=\"tools\" label=\"Werkzeuge\" default>\n\n"
      "- Schema ST4, FrameMaker\n\n</TabItem>\n</Tabs>\n",
      "cv.md");
  REQUIRE(resume.work.size() == 1);
  CHECK(resume.work[0].company == "KWS Saat SE & Co. KGaA");
  CHECK(resume.work[0].location == "Einbeck");
  REQUIRE(resume.sections.size() >= 2);
  CHECK(resume.sections[0].heading == "Berufserfahrung");
  auto items = skill_items(resume);
  CHECK(std::find(items.begin(), items.end(), "Schema ST4") != items.end());
  for (const auto& item : items) CHECK(item.find('<') == std::string::npos);
}

TEST_CASE("a ward or specialty after a hospital's comma is no part of the employer's name") {
  auto resume = parse_text(
      "Jana Weber\njana@example.de\n\nBerufserfahrung\n\n"
      "04/2018 – heute   Fachkrankenpflegerin Intensivpflege\n"
      "                  Regnitztal-Klinikum Bamberg, Interdisziplinäre Intensivstation (14 Betten)\n"
      "                  • Pflege beatmeter Patienten\n\n"
      "09/2013 – 03/2018   Gesundheits- und Krankenpflegerin\n"
      "                    Steigerwaldklinik Burgebrach, Kardiologie\n"
      "                    • Pflege\n\n"
      "01/2010 – 08/2013   Account Manager\n"
      "                    Meyer Hospitality GmbH, Sales\n"
      "                    • Verkauf\n");
  REQUIRE(resume.work.size() == 3);
  CHECK(resume.work[0].company == "Regnitztal-Klinikum Bamberg");
  CHECK(resume.work[1].company == "Steigerwaldklinik Burgebrach");  // German compounds end on the hospital's word
  CHECK(resume.work[1].location.empty());  // the specialty is no town either
  // Not a hospital: the name keeps what follows its comma as the reader printed it before.
  CHECK(resume.work[2].company.starts_with("Meyer Hospitality GmbH"));
}

TEST_CASE("France's bar certificate is a degree, spelt out or as CAPA") {
  CHECK(degree_length("Certificat d’aptitude à la profession d’avocat (CAPA), EDA Rhône-Alpes") ==
        std::string("Certificat d’aptitude à la profession d’avocat (CAPA)").size());
  CHECK(degree_length("CAPA, 2017") == 4);
}

TEST_CASE("a French site's 'Mon parcours' heads experience") {
  CHECK(canonical_section("Mon parcours").canonical == "experience");
  CHECK(canonical_section("Parcours").canonical == "experience");
  CHECK(canonical_section("Parcours académique").canonical == "education");
}

TEST_CASE("a Zola page's TOML front matter gives the contact, its title the name when it reads as one") {
  auto resume = parse_text(
      "+++\ntitle = \"Aoife Brennan\"\ntemplate = \"cv.html\"\n\n[extra]\nemail = \"hello@example.ie\"\n"
      "phone = \"+353 87 214 6630\"\nlocation = \"Waterford, Ireland\"\n+++\n\n## Experience {#experience}\n\n"
      "### Senior Process Engineer — Suirway Biologics, Waterford\n*June 2021 – present*\n\n- Process owner.\n",
      "cv.md");
  CHECK(resume.contact.name == "Aoife Brennan");
  CHECK(resume.contact.email == "hello@example.ie");
  CHECK(resume.contact.phone == "+353 87 214 6630");
  // A document's title is no name.
  auto titled = parse_text("+++\ntitle = \"Curriculum Vitae\"\n+++\n\n# Jane Roe\njane@example.com\n", "cv.md");
  CHECK(titled.contact.name == "Jane Roe");
}

TEST_CASE("an umlaut written out in the e-mail still spells the name ('Oberländer' as 'oberlaender')") {
  auto resume = parse_text(
      "◆ Ashby\nRecruiting / Candidates\nKatrin Oberländer\nLeiterin Standortlogistik at Kurpfalz Logistik GmbH\n"
      "katrin.oberlaender@example.de\n");
  CHECK(resume.contact.name == "Katrin Oberländer");
}

TEST_CASE("MkDocs Material: icon shortcodes, admonition and tab markers print no text; an Irish surveyor's letters go") {
  auto resume = parse_text(
      "# Aoife Delaney MSCSI MRICS\n\n**Chartered Quantity Surveyor** · Kilkenny, Ireland\n\n"
      "[:material-email-outline: Email me](mailto:aoife@example.ie){ .md-button }\n\n"
      "## :material-briefcase-outline: Experience\n\n=== \"Kilbride Construction\"\n\n"
      "    ### Senior Quantity Surveyor\n    :material-map-marker: Kilkenny · :material-calendar: Mar 2021 – Present\n\n"
      "    - Commercial lead on a primary care centre\n\n"
      "## :material-tools: Skills\n\n- :material-file-document-edit-outline: Contracts\n",
      "cv.md");
  CHECK(resume.contact.name == "Aoife Delaney");
  REQUIRE(resume.work.size() == 1);
  CHECK(resume.work[0].position == "Senior Quantity Surveyor");
  CHECK(resume.work[0].company == "Kilbride Construction");
  CHECK(resume.work[0].start.iso() == "2021-03");
  auto items = skill_items(resume);
  CHECK(std::find(items.begin(), items.end(), "Contracts") != items.end());
  for (const auto& item : items) CHECK(item.find("material-") == std::string::npos);
  // A time is no icon: only a set's name and the icon's, hyphen-joined, open on a letter.
  auto timed = read_document("cv.md", "# Jane Roe\njane@example.com\n\nShift lead 06:00-14:00 on weekdays\n");
  CHECK(std::any_of(timed.lines.begin(), timed.lines.end(), [](const Line& line) { return line.text.find("06:00-14:00") != std::string::npos; }));
}

TEST_CASE("a job portal's rail form: a title over the employer's row, entry counters, a two-label row") {
  auto resume = parse_text(
      "Antonio Gómez\nantonio@example.es\n\nEXPERIENCIA PROFESIONAL\n"
      "Experiencia 1 de 2\n"
      "Empresa     Electromontajes La Mancha S.L.\n"
      "Puesto     Oficial de 1a Electricista\n"
      "Categoría / Nivel     Instalación y mantenimiento · Mando intermedio\n"
      "Localidad     Albacete\n"
      "Fecha de inicio     03/2018\n"
      "Fecha de finalización     Actualmente trabajando aquí\n"
      "Funciones     - Montaje de cuadros de mando.\n\n"
      "Experiencia 2 de 2\n"
      "Empresa     Fotovoltaica Manchega Energía S.L.\n"
      "Puesto     Oficial de 2a Electricista\n"
      "Localidad     Villarrobledo (Albacete)\n"
      "Fecha de inicio     05/2014\n"
      "Fecha de finalización     02/2018\n");
  REQUIRE(resume.work.size() == 2);
  CHECK(resume.work[0].company == "Electromontajes La Mancha S.L.");
  CHECK(resume.work[0].position == "Oficial de 1a Electricista");
  CHECK(resume.work[0].start.iso() == "2018-03");
  CHECK(resume.work[1].position == "Oficial de 2a Electricista");
  auto titled = parse_text(
      "María Ruiz\nmaria@example.es\n\nExperiencia profesional\n"
      "Cocinera\n"
      "Empresa     Mesón El Alto de la Villa S.L.\n"
      "Localidad     Albacete\n"
      "Periodo     09/2021 - Actualidad\n"
      "Funciones     Responsable de la partida de brasa.\n"
      "Ayudante de cocina\n"
      "Empresa     Hotel Cinco Llanos\n"
      "Localidad     Albacete\n"
      "Periodo     03/2018 - 08/2021\n"
      "Funciones     Preparación de desayunos buffet.\n");
  REQUIRE(titled.work.size() == 2);
  CHECK(titled.work[0].position == "Cocinera");
  CHECK(titled.work[1].position == "Ayudante de cocina");
  CHECK(titled.work[1].company == "Hotel Cinco Llanos");
}

TEST_CASE("an HR system's 'Arbeitshistorie' table dated by 'Gültig ab' heads experience") {
  CHECK(canonical_section("Arbeitshistorie").canonical == "experience");
  CHECK(canonical_section("Berufserfahrung vor Eintritt").canonical == "experience");
}

TEST_CASE("a dated item over its employer's plain line, its duties marked with another glyph, heads a job") {
  auto resume = parse_text(
      "Jannik Oltmanns\nj@example.de\n\nARBEITSERFAHRUNG\n▷ seit 04/2021 Disponent Nahverkehr\n"
      "Hellwege Logistik GmbH & Co. KG, Oldenburg\n◦ Disposition von 38 Fahrzeugen\n"
      "▷ 08/2017 – 03/2021 Disponent Fernverkehr\nBrüning Spedition GmbH, Bremen\n◦ Planung von Komplettladungen\n\n"
      "EHRENAMT\n▷ seit 2015 Jugendtrainer, VfL Oldenburg\nOldenburg, 17. März 2025\nJannik Oltmanns\n");
  REQUIRE(resume.work.size() >= 2);
  CHECK(resume.work[0].position == "Disponent Nahverkehr");
  CHECK(resume.work[0].company == "Hellwege Logistik GmbH & Co. KG");
  CHECK(resume.work[1].company == "Brüning Spedition GmbH");
  CHECK(resume.work[1].end.iso() == "2021-03");
  // The place, day and signature closing the CV are no job.
  for (const auto& job : resume.work) CHECK(job.position.find("Oldenburg, 17") == std::string::npos);
}

TEST_CASE("review: a front matter's title is no name where the page names someone, nor a YAML title") {
  CHECK(parse_text("+++\ntitle = \"Senior Engineer\"\n+++\n\nJane Roe\njane@example.com\n", "cv.md").contact.name == "Jane Roe");
  CHECK(parse_text("---\ntitle: Senior Engineer\n---\n\n# Jane Roe\njane@example.com\n", "cv.md").contact.name == "Jane Roe");
  CHECK(parse_text("+++\ntitle = \"Data Scientist\"\n+++\n\n# Jane Roe\njane@example.com\n", "cv.md").contact.name == "Jane Roe");
}

TEST_CASE("review: a dated duty wrapped onto a plain line stays a duty, however its sub-items are marked") {
  auto resume = parse_text(
      "Jane Roe\njane@example.com\n\nExperience\nSenior Engineer, Acme Ltd   2018 – 2022\n"
      "• 2019 - 2020 led the migration of the billing platform to AWS, cutting\n  hosting costs by a third\n"
      "  ◦ designed the cut-over plan\n• Ran the on-call rota\n");
  REQUIRE(resume.work.size() == 1);
  CHECK(resume.work[0].company == "Acme Ltd");
  CHECK(resume.work[0].highlights.size() >= 3);
}

TEST_CASE("review: a form's duties naming a grade or a floor are no entry counters; a colon form's duty is no title") {
  auto resume = parse_text(
      "Jane Roe\njane@example.com\n\nWork Experience\nCompany: St James's Hospital\nPosition: Clinical Nurse Manager\n"
      "Period: 2019 - 2023\n- Promoted to Grade 3\n- Floor 2\n\nCompany: Beaumont Hospital\nPeriod: 2015 - 2019\n"
      "Ward rostering and staff audits\nInfection control lead for the unit\n"
      "Company: Mater Hospital\nPeriod: 2012 - 2015\n");
  REQUIRE(resume.work.size() == 3);
  auto& duties = resume.work[0].highlights;
  CHECK(std::find(duties.begin(), duties.end(), "Promoted to Grade 3") != duties.end());
  CHECK(std::find(duties.begin(), duties.end(), "Floor 2") != duties.end());
  CHECK(resume.work[2].position != "Infection control lead for the unit");
}

TEST_CASE("review: Markdown lines that only look like MkDocs markers keep their words") {
  auto document = read_document("cv.md", "# Jane Roe\n\n!!! Open to relocation across Europe\n\n- Ran jobs via cron:daily-backup:script\n");
  auto has = [&](std::string_view text) {
    return std::any_of(document.lines.begin(), document.lines.end(), [&](const Line& line) { return line.text.find(text) != std::string::npos; });
  };
  CHECK(has("Open to relocation across Europe"));
  CHECK(has("cron:daily-backup:script"));
}

TEST_CASE("a portal's code of several prefixes is no phone: 'Codice CV: CV-PS-2024-0081734'") {
  auto resume = parse_text("Matteo Bracci\nmatteo@example.it\nCodice CV: CV-PS-2024-0081734 · Pubblicato il 22/03/2024\n"
                           "Cellulare   +39 348 552 9107\n");
  CHECK(resume.contact.phone == "+39 348 552 9107");
}

TEST_CASE("Pelican's metadata lines open a Markdown page: no CV text, the author its name") {
  auto resume = parse_text(
      "Title: Curriculum Vitae\nDate: 2023-01-29 20:15\nSlug: cv\nAuthors: Siobhan Kerrigan\nSummary: Secondary teacher, Bendigo.\n\n"
      "**Secondary Teacher**\n\nBendigo, VIC · 0412 558 903 · s.kerrigan@example.com\n",
      "cv.md");
  CHECK(resume.contact.name == "Siobhan Kerrigan");
  CHECK(resume.contact.phone == "0412 558 903");
  // A résumé opening on its own labelled lines keeps them.
  auto labelled = parse_text("Name: Jane Roe\nEmail: jane@example.com\nPhone: 0412 558 903\n\n## Experience\n", "cv.md");
  CHECK(labelled.contact.name == "Jane Roe");
  CHECK(labelled.contact.phone == "0412 558 903");
}

TEST_CASE("an agency's Ficha de Candidatura: each label in a cell over its value, a numbered heading with a remark") {
  auto resume = parse_text(
      "Rui Carvalhido\nrui@example.pt\n\n4. EXPERIÊNCIA PROFISSIONAL (da mais recente para a mais antiga)\n"
      "Entidade empregadora\nBorgwarner Emissions Systems Portugal, Unip. Lda.\nLocal\nViana do Castelo\n"
      "Data de início\n03/2019\nData de fim\naté à data\nFunção\nOperador de Logística\nPrincipais tarefas\n"
      "- Descarga e conferência de matéria-prima\n"
      "Entidade empregadora\nTransportes Ribeiro & Filhos, Lda.\nLocal\nPonte de Lima\n"
      "Data de início\n06/2016\nData de fim\n02/2019\nFunção\nMotorista de Pesados\nPrincipais tarefas\n- Distribuição regional\n");
  REQUIRE(resume.sections.size() >= 1);
  CHECK(resume.sections[0].canonical == "experience");
  REQUIRE(resume.work.size() == 2);
  CHECK(resume.work[0].company == "Borgwarner Emissions Systems Portugal, Unip. Lda.");
  CHECK(resume.work[0].position == "Operador de Logística");
  CHECK(resume.work[0].start.iso() == "2019-03");
  CHECK(resume.work[1].end.iso() == "2019-02");
}

TEST_CASE("review: remarks, keys and prefixes that are a résumé's own text") {
  // A bracketed list or a job's line in capitals is no heading with a remark.
  auto jobs = parse_text(
      "Jane Doe\njane@example.com\n\nEXPERIENCE\nSenior Engineer, Acme Ltd   2019 - 2023\n"
      "SKILLS (JAVA, SPRING BOOT, KAFKA, KUBERNETES, AWS, TERRAFORM, JENKINS)\n- Built services\n\n"
      "Engineer, Initech   2015 - 2019\n- Maintained reports\n");
  CHECK(jobs.work.size() == 2);
  // "Title:" and "Status:" opening a Markdown résumé are its own lines, no page metadata.
  auto opening = read_document("cv.md", "Title: Senior Data Analyst\nStatus: Open to work\nAvailability: Immediate\n\n# Jane Doe\n");
  CHECK(std::any_of(opening.lines.begin(), opening.lines.end(), [](const Line& line) { return line.text.find("Open to work") != std::string::npos; }));
  // A licence's categories before a number are no code prefix.
  CHECK(parse_text("Jane Doe\njane@example.com\nDriving licence: A-B-BE-06 12 34 56 78\n").contact.phone == "06 12 34 56 78");
}
